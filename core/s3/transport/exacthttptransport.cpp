#include "s3/transport/exacthttptransport.h"

#include "s3/transport/qthttptransport.h"
#include "s3/transport/rawhttp.h"

#include <QTimer>

#include <algorithm>

namespace PartSweep {

ExactHttpTransport::ExactHttpTransport(const TransportSettings &settings, const TlsSetup &tls,
                                       std::function<QNetworkProxy(const QUrl &)> proxyFor, QObject *parent)
    : HttpTransport(parent)
    , m_settings(settings)
    , m_tls(tls)
    , m_proxyFor(std::move(proxyFor))
{}

ExactHttpTransport::~ExactHttpTransport() = default;

void ExactHttpTransport::send(const HttpRequest &request, std::function<void(const HttpResult &)> done)
{
    QUrl origin = request.url;
    origin.setPath(QString());
    origin.setQuery(QString());
    auto *exchange = new RawHttpExchange(origin, request.method, request.target, request.headers, request.body,
                                         m_settings.timeoutMs, this);
#if QT_CONFIG(ssl)
    if (m_tls.isCustom())
        exchange->setSslConfiguration(m_tls.configuration());
#endif
    exchange->setMaxResponseBytes(request.maxResponseBytes);
    exchange->setDeadlineMs(qint64(m_settings.timeoutMs) * std::max(1, m_settings.deadlineFactor));
    if (m_proxyFor)
        exchange->setProxy(m_proxyFor(request.url));
    connect(exchange, &RawHttpExchange::finished, this, [exchange, done = std::move(done)](const HttpResult &result) {
        exchange->deleteLater();
        done(result);
    });
    exchange->start();
}

S3Transport::S3Transport(const TransportSettings &settings, QObject *parent)
    : HttpTransport(parent)
    , m_settings(settings)
    , m_tls(settings)
{
    auto *qt = new QtHttpTransport(m_settings, m_tls, this);
    m_qt = qt;
    m_exact = new ExactHttpTransport(
        m_settings, m_tls, [qt](const QUrl &url) { return qt->proxyFor(url); }, this);
}

S3Transport::~S3Transport() = default;

void S3Transport::send(const HttpRequest &request, std::function<void(const HttpResult &)> done)
{
    if (request.url.scheme() == u"https" && m_tls.caBundleError()) {
        HttpResult failed;
        failed.notSent = m_tls.caBundleError();
        QTimer::singleShot(0, this, [done = std::move(done), failed] { done(failed); });
        return;
    }
    (QtHttpTransport::sendsUnchanged(request.target) ? m_qt : m_exact)->send(request, std::move(done));
}

} // namespace PartSweep
