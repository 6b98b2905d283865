#pragma once

#include "s3/transport/httptransport.h"

#include <QTimer>

#include <deque>

namespace PartSweep::Test {

// A FAKE transport (no network): records each signed exchange and answers what the test queued
// (204 when nothing is queued). For what a real server cannot be made to do on demand.
class FakeTransport final : public HttpTransport
{
public:
    struct Exchange
    {
        HttpRequest request;
        QByteArray authorization;
    };

    void send(const HttpRequest &request, std::function<void(const HttpResult &)> done) override
    {
        Exchange sent{request, {}};
        for (const auto &[name, value] : request.headers) {
            if (name == "Authorization")
                sent.authorization = value;
        }
        exchanges.push_back(sent);
        HttpResult answer;
        answer.httpStatus = 204;
        if (!answers.empty()) {
            answer = answers.front();
            answers.pop_front();
        }
        QTimer::singleShot(0, this, [done = std::move(done), answer] { done(answer); });
    }

    static HttpResult error(int status, const QByteArray &code)
    {
        HttpResult result;
        result.httpStatus = status;
        result.body =
            "<Error><Code>" + code + "</Code><Message>m</Message><RequestId>rid-" + code + "</RequestId></Error>";
        return result;
    }

    std::deque<HttpResult> answers;
    QList<Exchange> exchanges;
};

} // namespace PartSweep::Test
