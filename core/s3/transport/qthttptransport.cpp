#include "s3/transport/qthttptransport.h"

#include "s3/transport/proxyconfig.h"
#include "util/appinfo.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <algorithm>

namespace PartSweep {

namespace {

constexpr int ConnectionsPerManager = 6; // Qt 6.4's fixed HTTP/1.1 limit per host and manager

} // namespace

QtHttpTransport::QtHttpTransport(const TransportSettings &settings, const TlsSetup &tls, QObject *parent)
    : HttpTransport(parent)
    , m_settings(settings)
    , m_tls(tls)
{
    const int connections = std::max(1, m_settings.maxConnections);
    const int managers = (connections + ConnectionsPerManager - 1) / ConnectionsPerManager;
    for (int i = 0; i < managers; ++i) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setAutoDeleteReplies(false);
        manager->setProxyFactory(new EnvironmentProxyFactory()); // the manager owns it
        m_managers.push_back(manager);
    }
    m_clock.start();
    m_watchdog.setInterval(m_settings.watchIntervalMs());
    connect(&m_watchdog, &QTimer::timeout, this, &QtHttpTransport::watch);
}

QtHttpTransport::~QtHttpTransport() = default;

bool QtHttpTransport::sendsUnchanged(const QByteArray &target)
{
    const qsizetype queryAt = target.indexOf('?');
    const QByteArrayView path = QByteArrayView(target).first(queryAt < 0 ? target.size() : queryAt);
    if (path.startsWith("//"))
        return false;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        const QByteArrayView segment = path.sliced(start, end - start);
        if (segment == "." || segment == "..")
            return false;
        start = end + 1;
    }
    return true;
}

QNetworkProxy QtHttpTransport::proxyFor(const QUrl &url) const
{
    if (QNetworkProxyFactory *factory = m_managers.front()->proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
        if (!proxies.isEmpty())
            return proxies.first();
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QNetworkAccessManager *QtHttpTransport::nextManager()
{
    QNetworkAccessManager *manager = m_managers[m_nextManager];
    m_nextManager = (m_nextManager + 1) % m_managers.size();
    return manager;
}

void QtHttpTransport::send(const HttpRequest &request, std::function<void(const HttpResult &)> done)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setTransferTimeout(m_settings.timeoutMs);
    for (const auto &[name, value] : request.headers) {
        if (name != "host") // Qt writes Host itself, from the same URL
            networkRequest.setRawHeader(name, value);
    }
#if QT_CONFIG(ssl)
    if (request.url.scheme() == u"https" && m_tls.isCustom())
        networkRequest.setSslConfiguration(m_tls.configuration());
#endif
    QNetworkReply *reply = nextManager()->sendCustomRequest(networkRequest, request.method, request.body);
    const qint64 now = m_clock.elapsed();
    Exchange &exchange = m_exchanges[reply];
    exchange.maxBytes = request.maxResponseBytes;
    exchange.startedMs = exchange.windowStartMs = now;
    if (!m_watchdog.isActive())
        m_watchdog.start();
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const auto it = m_exchanges.find(reply);
        if (it == m_exchanges.end() || it->answeredMs >= 0)
            return;
        it->answeredMs = it->windowStartMs = m_clock.elapsed();
        bool known = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && it->maxBytes > 0 && announced > it->maxBytes)
            cutOff(reply, *it, HttpResult::Limit::TooLarge, announced);
    });
    // Read as it comes, so that a body past its cap is stopped there (and never held whole).
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readBody(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        Exchange exchange = m_exchanges.take(reply);
        if (m_exchanges.isEmpty())
            m_watchdog.stop();
        HttpResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        result.error = reply->error();
        result.errorString = reply->errorString();
        if (exchange.limit != HttpResult::Limit::None) {
            result.limit = exchange.limit;
            result.limitBytes = exchange.limitBytes;
            result.error = exchange.limit == HttpResult::Limit::TooLarge ? QNetworkReply::OperationCanceledError
                                                                         : QNetworkReply::TimeoutError;
        } else if (reply->isOpen()) { // not after a timeout aborted it
            result.body = std::move(exchange.body);
            result.body += reply->readAll();
        }
        done(result);
    });
}

void QtHttpTransport::readBody(QNetworkReply *reply)
{
    const auto it = m_exchanges.find(reply);
    if (it == m_exchanges.end() || it->limit != HttpResult::Limit::None)
        return;
    it->body += reply->readAll();
    if (it->maxBytes > 0 && it->body.size() > it->maxBytes)
        cutOff(reply, *it, HttpResult::Limit::TooLarge, it->body.size());
}

void QtHttpTransport::cutOff(QNetworkReply *reply, Exchange &exchange, HttpResult::Limit limit, qint64 bytes)
{
    exchange.limit = limit;
    exchange.limitBytes = bytes;
    exchange.body = QByteArray();
    reply->abort(); // finished follows at once
}

void QtHttpTransport::watch()
{
    const qint64 now = m_clock.elapsed();
    const qint64 window = std::max(1, m_settings.timeoutMs);
    const qint64 deadline = window * std::max(1, m_settings.deadlineFactor);
    QList<QNetworkReply *> tooSlow;
    QList<QNetworkReply *> tooLong;
    for (auto it = m_exchanges.begin(); it != m_exchanges.end(); ++it) {
        Exchange &exchange = *it;
        if (exchange.limit != HttpResult::Limit::None)
            continue;
        if (now - exchange.startedMs > deadline) {
            tooLong.append(it.key());
            continue;
        }
        if (exchange.answeredMs < 0 || now - exchange.windowStartMs < window)
            continue;
        const qint64 bytes = exchange.body.size() + it.key()->bytesAvailable();
        if (bytes - exchange.windowStartBytes < m_settings.lowSpeedBytes) {
            exchange.limitBytes = bytes - exchange.windowStartBytes;
            tooSlow.append(it.key());
            continue;
        }
        exchange.windowStartMs = now;
        exchange.windowStartBytes = bytes;
    }
    // Cut off after the walk: abort() runs the finished handler, which edits m_exchanges.
    for (QNetworkReply *reply : std::as_const(tooSlow)) {
        if (const auto it = m_exchanges.find(reply); it != m_exchanges.end())
            cutOff(reply, *it, HttpResult::Limit::TooSlow, it->limitBytes);
    }
    for (QNetworkReply *reply : std::as_const(tooLong)) {
        if (const auto it = m_exchanges.find(reply); it != m_exchanges.end())
            cutOff(reply, *it, HttpResult::Limit::TooLong, it->body.size());
    }
}

} // namespace PartSweep
