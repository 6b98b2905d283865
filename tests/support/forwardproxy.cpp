#include "forwardproxy.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QTcpSocket>

namespace PartSweep::Test {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;

// The port of "host:port" or "[v6]:port"; fallback when there is none.
quint16 portOf(const QByteArray &authority, quint16 fallback)
{
    const qsizetype colon = authority.lastIndexOf(':');
    if (colon < 0 || authority.indexOf(']', colon) >= 0)
        return fallback;
    bool ok = false;
    const quint16 port = authority.mid(colon + 1).toUShort(&ok);
    return ok ? port : fallback;
}

} // namespace

// One client connection and the upstream connection it was given. Request heads are parsed one
// by one (a keep-alive connection carries several), bodies are forwarded by Content-Length;
// responses flow back untouched. After CONNECT, bytes flow both ways untouched.
class ForwardProxy::Connection final : public QObject
{
public:
    Connection(QTcpSocket *client, ForwardProxy *proxy)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Connection::handleClientData);
        connect(client, &QTcpSocket::disconnected, this, [this] {
            if (m_upstream)
                m_upstream->disconnectFromHost();
            deleteLater();
        });
    }

private:
    void handleClientData()
    {
        m_in += m_client->readAll();
        if (m_tunnel) {
            m_upstream->write(m_in);
            m_in.clear();
            return;
        }
        while (!m_connectPending && !m_failed && takeRequest()) {
        }
    }

    // Handles one complete request at the start of m_in; false when more bytes are needed.
    bool takeRequest()
    {
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_in.size() > MaxHeadBytes)
                fail("431 Request Header Fields Too Large");
            return false;
        }
        const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3) {
            fail("400 Bad Request");
            return false;
        }
        const QByteArray &method = requestLine[0];
        const QByteArray &target = requestLine[1];
        const QByteArray &version = requestLine[2];

        if (method == "CONNECT") {
            m_proxy->m_requests.append({method, target, target});
            m_in.remove(0, headEnd + 4);
            m_connectPending = true;
            openUpstream(portOf(target, 443));
            return false;
        }

        if (!target.startsWith("http://")) {
            fail("400 Bad Request");
            return false;
        }
        QByteArray host;
        QByteArray headers;
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "host")
                host = value;
            else if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "transfer-encoding") {
                fail("501 Not Implemented"); // S3Client always sends a Content-Length
                return false;
            }
            if (name == "proxy-connection" || name == "proxy-authorization")
                continue;
            headers += line + "\r\n";
        }
        const qsizetype total = headEnd + 4 + contentLength;
        if (m_in.size() < total)
            return false;

        const QByteArray rest = target.mid(7); // after "http://"
        qsizetype pathStart = rest.size();
        for (const char c : {'/', '?'}) {
            const qsizetype at = rest.indexOf(c);
            if (at >= 0 && at < pathStart)
                pathStart = at;
        }
        const QByteArray authority = rest.left(pathStart);
        QByteArray originForm = rest.mid(pathStart);
        if (!originForm.startsWith('/'))
            originForm.prepend('/');
        const quint16 port = portOf(authority, 80);
        m_proxy->m_requests.append({method, target, host});

        if (m_upstream && port != m_upstreamPort) {
            fail("400 Bad Request"); // one upstream per client connection; Qt never mixes them
            return false;
        }
        if (!m_upstream)
            openUpstream(port);
        sendUpstream(method + ' ' + originForm + ' ' + version + "\r\n" + headers + "\r\n" +
                     m_in.mid(headEnd + 4, contentLength));
        m_in.remove(0, total);
        return true;
    }

    void openUpstream(quint16 port)
    {
        m_upstreamPort = port;
        m_upstream = new QTcpSocket(this);
        m_upstream->setProxy(QNetworkProxy::NoProxy);
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            if (m_connectPending) {
                m_connectPending = false;
                m_tunnel = true;
                m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                m_pending += m_in;
                m_in.clear();
            }
            m_upstream->write(m_pending);
            m_pending.clear();
        });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_client->write(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            m_client->write(m_upstream->readAll());
            m_client->disconnectFromHost();
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError && !m_tunnel)
                fail("502 Bad Gateway");
        });
        m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }

    void sendUpstream(const QByteArray &bytes)
    {
        if (m_upstream->state() == QAbstractSocket::ConnectedState)
            m_upstream->write(bytes);
        else
            m_pending += bytes;
    }

    void fail(const char *status)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_client->write(QByteArray("HTTP/1.1 ") + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_client->disconnectFromHost();
    }

    ForwardProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    quint16 m_upstreamPort = 0;
    QByteArray m_in;      // from the client, not yet handled
    QByteArray m_pending; // for upstream, until it is connected
    bool m_connectPending = false;
    bool m_tunnel = false;
    bool m_failed = false;
};

ForwardProxy::ForwardProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ForwardProxy::handleNewConnection);
}

ForwardProxy::~ForwardProxy() = default;

bool ForwardProxy::listen()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QString ForwardProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void ForwardProxy::handleNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        new Connection(client, this);
}

} // namespace PartSweep::Test
