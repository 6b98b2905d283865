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
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        HttpResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        if (reply->isOpen()) // not after a timeout aborted it
            result.body = reply->readAll();
        result.error = reply->error();
        result.errorString = reply->errorString();
        done(result);
    });
}

} // namespace PartSweep
