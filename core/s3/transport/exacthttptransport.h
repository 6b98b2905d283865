#pragma once

#include "s3/transport/httptransport.h"
#include "s3/transport/transportsettings.h"

#include <QHash>
#include <QNetworkProxy>

#include <functional>

namespace PartSweep {

class QtHttpTransport;

// Exchanges written byte for byte (RawHttpExchange, one connection each), for the request-targets
// Qt's HTTP stack would rewrite (QtHttpTransport::sendsUnchanged). proxyFor picks the proxy of
// each exchange, so that these requests take the same way as the others.
class ExactHttpTransport final : public HttpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExactHttpTransport)

public:
    ExactHttpTransport(const TransportSettings &settings, const TlsSetup &tls,
                       std::function<QNetworkProxy(const QUrl &)> proxyFor, QObject *parent = nullptr);
    ~ExactHttpTransport() override;

    void send(const HttpRequest &request, std::function<void(const HttpResult &)> done) override;

private:
    TransportSettings m_settings;
    const TlsSetup &m_tls;
    std::function<QNetworkProxy(const QUrl &)> m_proxyFor;
};

// The transport an S3 client uses, with one TLS set-up and one proxy configuration:
// PooledHttpTransport for every request that goes to its server directly; through a proxy,
// QtHttpTransport for every request-target Qt sends unchanged and ExactHttpTransport for the others.
class S3Transport final : public HttpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(S3Transport)

public:
    explicit S3Transport(const TransportSettings &settings, QObject *parent = nullptr);
    ~S3Transport() override;

    void send(const HttpRequest &request, std::function<void(const HttpResult &)> done) override;

private:
    bool isDirect(const QUrl &url); // no proxy applies to it (remembered per origin)

    TransportSettings m_settings;
    TlsSetup m_tls;
    QtHttpTransport *m_qt;
    HttpTransport *m_exact;
    HttpTransport *m_pooled;
    QHash<QString, bool> m_direct;
};

} // namespace PartSweep
