#pragma once

#include "s3/transport/httptransport.h"
#include "s3/transport/transportsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <vector>

class QNetworkAccessManager;

namespace PartSweep {

// Exchanges through QNetworkAccessManager, for requests that go through a proxy (direct ones take
// PooledHttpTransport: Qt 6.4 reads headers one system call per byte). Persistent connections,
// spread over several managers because Qt 6.4 opens at most 6 HTTP/1.1 connections per host per
// manager. Proxies from the environment (EnvironmentProxyFactory); TLS from the TlsSetup given.
//
// Bounds every answer: a body larger than the request's maxResponseBytes (announced or received) is
// cut off at once; a body that trickles (TransportSettings::lowSpeedBytes) or an exchange past its
// deadline is cut off by a watchdog that ticks only while exchanges are in flight.
//
// Qt's HTTP stack rewrites some request targets (see sendsUnchanged): those must go through
// ExactHttpTransport.
class QtHttpTransport final : public HttpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtHttpTransport)

public:
    QtHttpTransport(const TransportSettings &settings, const TlsSetup &tls, QObject *parent = nullptr);
    ~QtHttpTransport() override;

    void send(const HttpRequest &request, std::function<void(const HttpResult &)> done) override;

    // Whether Qt puts this request-target on the wire as it is. Qt 6.4 normalises "." and ".."
    // path segments away before sending (and QUrl decodes "%2E" back to "."), so the key "a/../b"
    // would reach the object "b"; it also collapses a leading "//" to "/" (the virtual-hosted
    // path of a key that starts with '/').
    static bool sendsUnchanged(const QByteArray &target);

    // The proxy this transport uses for a URL (NoProxy when none applies).
    QNetworkProxy proxyFor(const QUrl &url) const;

private:
    struct Exchange
    {
        qint64 maxBytes = 0;
        qint64 startedMs = 0;
        qint64 answeredMs = -1; // when the headers came; -1 before
        qint64 windowStartMs = 0;
        qint64 windowStartBytes = 0;
        QByteArray body;
        HttpResult::Limit limit = HttpResult::Limit::None;
        qint64 limitBytes = 0;
    };

    QNetworkAccessManager *nextManager();
    void readBody(QNetworkReply *reply);
    void cutOff(QNetworkReply *reply, Exchange &exchange, HttpResult::Limit limit, qint64 bytes);
    void watch();

    TransportSettings m_settings;
    const TlsSetup &m_tls;
    std::vector<QNetworkAccessManager *> m_managers;
    size_t m_nextManager = 0;
    QHash<QNetworkReply *, Exchange> m_exchanges;
    QElapsedTimer m_clock;
    QTimer m_watchdog;
};

} // namespace PartSweep
