#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace PartSweep {

// Proxies as command-line tools (and the AWS CLI) take them from the environment:
// HTTPS_PROXY / https_proxy for https URLs, HTTP_PROXY / http_proxy for http URLs, and
// NO_PROXY / no_proxy (comma-separated host names, ".suffix" or "suffix" domains, "*") for
// hosts to reach directly. Loopback hosts are always reached directly. Without these
// variables the system's configuration is used (QNetworkProxyFactory::systemProxyForQuery).
// A plain value; the environment is read once, at construction.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // The proxy for a URL, exposed for tests (NoProxy when none applies).
    QNetworkProxy proxyFor(const QUrl &url) const;

private:
    bool bypasses(const QString &host) const;

    QUrl m_httpsProxy;
    QUrl m_httpProxy;
    QStringList m_noProxy;
    bool m_fromEnvironment = false;
};

} // namespace PartSweep
