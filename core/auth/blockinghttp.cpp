#include "auth/blockinghttp.h"

#include "s3/transport/exacthttptransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace PartSweep::Auth {

HttpResult sendAndWait(const HttpRequest &request, const TransportSettings &settings)
{
    S3Transport transport(settings);
    QEventLoop loop;
    std::optional<HttpResult> result;
    transport.send(request, [&](const HttpResult &answer) {
        result = answer;
        loop.quit();
    });
    // The transport times out by itself; this only guards against one that would not.
    QTimer::singleShot(settings.timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (result)
        return *result;
    HttpResult timedOut;
    timedOut.error = QNetworkReply::TimeoutError;
    timedOut.errorString = QCoreApplication::translate("Auth", "no answer within %1 ms").arg(settings.timeoutMs);
    return timedOut;
}

HttpRequest requestTo(const QByteArray &method, const QUrl &url)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.target = url.path(QUrl::FullyEncoded).toUtf8();
    if (request.target.isEmpty())
        request.target = "/";
    if (url.hasQuery())
        request.target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    request.headers.append({QByteArrayLiteral("host"), host});
    return request;
}

} // namespace PartSweep::Auth
