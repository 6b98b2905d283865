#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

namespace PartSweep::Test {

// An HTTP forward proxy on 127.0.0.1 that stands in for DNS, for tests: whatever host name a
// request names, it connects to 127.0.0.1 on the port the request names. Clients can then use
// host names this machine cannot resolve (virtual-hosted "bucket.localhost") through the same
// proxy support (HTTP_PROXY, HTTPS_PROXY) they use on real networks, and the test sees what
// they asked for. Plain requests (absolute-form, "GET http://host:port/path HTTP/1.1") go on in
// origin-form with their headers unchanged (Host included, so signatures still match); CONNECT
// opens a tunnel, and TLS stays end to end between client and server.
// Lives on the thread that created it and serves only while that thread's event loop runs (a
// client in the same thread must not block; wait with QTRY_* or QSignalSpy::wait).
class ForwardProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardProxy)

public:
    struct Request
    {
        QByteArray method; // "GET", "DELETE", ..., or "CONNECT"
        QByteArray target; // as sent: "http://b.localhost:8000/?uploads" or, for CONNECT, "b.localhost:8443"
        QByteArray host;   // the Host header; for CONNECT the authority
    };

    explicit ForwardProxy(QObject *parent = nullptr);
    ~ForwardProxy() override;

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QString url() const; // "http://127.0.0.1:PORT", for HTTP_PROXY / HTTPS_PROXY

    // Every request head seen since the last clear(), in arrival order.
    const QList<Request> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    class Connection;
    void handleNewConnection();

    QTcpServer m_server;
    QList<Request> m_requests;
};

} // namespace PartSweep::Test
