#pragma once

#include "s3/transport/httptransport.h"
#include "s3/transport/transportsettings.h"

#include <QHash>

#include <deque>
#include <functional>
#include <vector>

namespace PartSweep {

class PooledConnection;

// HTTP/1.1 exchanges over persistent connections of its own, for requests that go to the server
// directly (no proxy). Why not QNetworkAccessManager: Qt 6.4 reads every answer's status line and
// headers with one read() system call per byte (its HTTP sockets are unbuffered): ~220 system
// calls for an S3 answer, which made the client's CPU per request 2.7-3.8x curl's
// (docs/benchmarks.md). Here a connection takes what the socket holds in one read.
//
// The request-target goes on the wire byte for byte (no dot-segment rewriting, unlike Qt's stack).
// At most TransportSettings::maxConnections connections are open at once, over all hosts (a
// virtual-hosted bucket is a host of its own): a request waits for a free connection to its host,
// or for an idle one to another host to be closed. A reused connection the server closed while it
// was idle (it fails before a byte of the answer came) is replaced and the request sent again,
// once; any other failure is the caller's.
//
// Bounds every answer as QtHttpTransport does: a body larger than the request's maxResponseBytes
// (announced or received) is cut off at once; no byte for timeoutMs, a body that trickles
// (lowSpeedBytes per timeoutMs once the answer began) or an exchange past deadlineFactor x
// timeoutMs ends the exchange. Lives on the thread that created it.
class PooledHttpTransport final : public HttpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PooledHttpTransport)

public:
    PooledHttpTransport(const TransportSettings &settings, const TlsSetup &tls, QObject *parent = nullptr);
    ~PooledHttpTransport() override;

    void send(const HttpRequest &request, std::function<void(const HttpResult &)> done) override;

    // Connections opened since construction (tests check that connections are reused).
    int connectionsOpened() const { return m_opened; }

private:
    struct Pending
    {
        HttpRequest request;
        std::function<void(const HttpResult &)> done;
        QByteArray origin; // "scheme://host:port"
        bool resent = false;
    };

    void pump();
    PooledConnection *idleConnectionTo(const QByteArray &origin) const;
    PooledConnection *anyIdleConnection() const;
    void drop(PooledConnection *connection);
    void exchangeEnded(PooledConnection *connection, const HttpResult &result, bool reusable, bool stale);

    TransportSettings m_settings;
    const TlsSetup &m_tls;
    std::deque<Pending> m_queue;
    std::vector<PooledConnection *> m_connections;
    QHash<PooledConnection *, Pending> m_busy;
    int m_opened = 0;
};

} // namespace PartSweep
