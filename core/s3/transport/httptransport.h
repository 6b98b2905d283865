#pragma once

#include "util/s3error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

// The bottom layer of the S3 client: moving one signed HTTP exchange over the network. A
// transport knows nothing about S3, signing or retries; it owns the connections, TLS and proxies.
namespace PartSweep {

struct HttpRequest
{
    QByteArray method;
    // Built from the exact bytes that were signed (QUrl::fromEncoded(..., QUrl::StrictMode)).
    QUrl url;
    // The exact request-target: the signed path, then '?' and the signed query when there is one.
    QByteArray target;
    // Every header to send, "host" included (transports that write Host themselves skip it).
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The largest answer body accepted (announced by Content-Length or received); 0: no cap.
    qint64 maxResponseBytes = 0;
};

struct HttpResult
{
    int httpStatus = 0;                    // 0: no complete answer
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    // Set when the transport refused to send the request (nothing went on the wire), with why.
    std::optional<S3Error> notSent;

    // An answer the transport cut off because it broke a bound (error is then set too).
    enum class Limit
    {
        None,
        TooLarge, // the body is, or was announced as, larger than maxResponseBytes
        TooSlow,  // once the answer began, it trickled: less than the low-speed bytes in a timeout
        TooLong,  // the whole exchange outlasted its deadline
    };
    Limit limit = Limit::None;
    qint64 limitBytes = 0; // TooLarge: the size announced or read so far; TooSlow: bytes in the window
};

// Sends exchanges. Lives on one thread and is used from it; done runs on that thread exactly once
// per send(), unless the transport is destroyed first (then never).
class HttpTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    using QObject::QObject;
    ~HttpTransport() override;

    virtual void send(const HttpRequest &request, std::function<void(const HttpResult &)> done) = 0;
};

} // namespace PartSweep
