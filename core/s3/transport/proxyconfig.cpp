#include "s3/transport/proxyconfig.h"

#include <QHostAddress>
#include <QUrl>

namespace PartSweep {

namespace {

QUrl proxyUrl(const QProcessEnvironment &env, const char *upper, const char *lower)
{
    QString value = env.value(QString::fromLatin1(upper));
    if (value.isEmpty())
        value = env.value(QString::fromLatin1(lower));
    if (value.isEmpty())
        return {};
    if (!value.contains(QStringLiteral("://")))
        value.prepend(QStringLiteral("http://"));
    return QUrl(value);
}

QNetworkProxy toProxy(const QUrl &url)
{
    QNetworkProxy proxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(url.scheme() == u"https" ? 443 : 80)));
    if (url.scheme().startsWith(u"socks"))
        proxy.setType(QNetworkProxy::Socks5Proxy);
    if (!url.userName().isEmpty()) {
        proxy.setUser(url.userName(QUrl::FullyDecoded));
        proxy.setPassword(url.password(QUrl::FullyDecoded));
    }
    return proxy;
}

} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory(const QProcessEnvironment &env)
    : m_httpsProxy(proxyUrl(env, "HTTPS_PROXY", "https_proxy"))
    , m_httpProxy(proxyUrl(env, "HTTP_PROXY", "http_proxy"))
{
    QString noProxy = env.value(QStringLiteral("NO_PROXY"));
    if (noProxy.isEmpty())
        noProxy = env.value(QStringLiteral("no_proxy"));
    for (const QString &entry : noProxy.split(u',', Qt::SkipEmptyParts))
        m_noProxy << entry.trimmed().toLower();
    m_fromEnvironment = m_httpsProxy.isValid() || m_httpProxy.isValid();
}

bool EnvironmentProxyFactory::bypasses(const QString &host) const
{
    const QString h = host.toLower();
    if (h == u"localhost" || QHostAddress(h).isLoopback())
        return true;
    for (const QString &entry : m_noProxy) {
        if (entry == u"*")
            return true;
        const QString suffix = entry.startsWith(u'.') ? entry.mid(1) : entry;
        if (h == suffix || h.endsWith(u'.' + suffix))
            return true;
    }
    return false;
}

QNetworkProxy EnvironmentProxyFactory::proxyFor(const QUrl &url) const
{
    if (bypasses(url.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl &proxy = url.scheme() == u"https" ? m_httpsProxy : m_httpProxy;
    if (!proxy.isValid() || proxy.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return toProxy(proxy);
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (!m_fromEnvironment) {
        if (bypasses(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
    return {proxyFor(query.url())};
}

} // namespace PartSweep
