#include "s3/transport/exacthttptransport.h"

#include "s3/transport/pooledhttptransport.h"
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
    m_pooled = new PooledHttpTransport(m_settings, m_tls, this);
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
    if (isDirect(request.url))
        m_pooled->send(request, std::move(done));
    else
        (QtHttpTransport::sendsUnchanged(request.target) ? m_qt : m_exact)->send(request, std::move(done));
}

bool S3Transport::isDirect(const QUrl &url)
{
    const QString origin = url.scheme() + u' ' + url.host() + u' ' + QString::number(url.port());
    const auto it = m_direct.constFind(origin);
    if (it != m_direct.cend())
        return *it;
    const bool direct = m_qt->proxyFor(url).type() == QNetworkProxy::NoProxy;
    m_direct.insert(origin, direct);
    return direct;
}

} // namespace PartSweep
