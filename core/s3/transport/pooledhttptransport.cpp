#include "s3/transport/pooledhttptransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace PartSweep {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024; // status line and headers together

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArray originOf(const QUrl &url)
{
    const bool tls = url.scheme() == u"https";
    return url.scheme().toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLatin1() + ':' +
           QByteArray::number(url.port(tls ? 443 : 80));
}

} // namespace

// One persistent HTTP/1.1 connection: one exchange at a time, the answer parsed as it comes.
// Reports the end of each exchange to the transport through `ended`.
class PooledConnection final : public QObject
{
    Q_DISABLE_COPY_MOVE(PooledConnection)

public:
    // reusable: the connection may carry another exchange; stale: it was reused and closed before
    // a byte of the answer came (the server had closed it while idle).
    using Ended = std::function<void(PooledConnection *, const HttpResult &, bool reusable, bool stale)>;

    PooledConnection(QByteArray origin, const QUrl &url, const TransportSettings &settings, const TlsSetup &tls,
                     Ended ended, QObject *parent);

    const QByteArray &origin() const { return m_origin; }
    bool isBusy() const { return m_busy; }
    void send(const HttpRequest &request);
    void close();

private:
    enum class Framing
    {
        Length,     // Content-Length bytes
        Chunked,    // chunks, then trailers
        UntilClose, // the body ends with the connection
    };
    enum class Stage
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd, // the CRLF after a chunk's data
        Trailers,
    };

    void connectSocket();
    void writeRequest();
    void readSome();
    void closed();
    void socketError(QAbstractSocket::SocketError error);
    void tick();
    bool parse(); // false when it failed or finished the exchange
    bool parseHead(qsizetype headEnd);
    bool takeBody(qsizetype bytes);
    void complete();
    void fail(QNetworkReply::NetworkError error, const QString &message, HttpResult::Limit limit = {},
              qint64 limitBytes = 0);
    void end(bool reusable, bool stale);

    QByteArray m_origin;
    QUrl m_url;
    const TransportSettings &m_settings;
    const TlsSetup &m_tls;
    Ended m_ended;
    QTcpSocket *m_socket = nullptr;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    bool m_connected = false;
    bool m_busy = false;
    bool m_reused = false; // carried an exchange before this one

    // The exchange in flight.
    QByteArray m_request;
    bool m_head = false; // a HEAD request: the answer has no body
    qint64 m_maxBytes = 0;
    qint64 m_sentMs = 0;
    qint64 m_lastByteMs = 0;
    qint64 m_windowStartMs = -1; // -1 until the answer's headers came
    qint64 m_windowStartBytes = 0;
    qint64 m_receivedBytes = 0;
    QByteArray m_in; // received, not parsed yet
    qsizetype m_scanned = 0;
    Stage m_stage = Stage::Head;
    Framing m_framing = Framing::Length;
    qint64 m_remaining = 0; // of the body (Length) or of the current chunk
    bool m_keepAlive = true;
    HttpResult m_result;
};

PooledConnection::PooledConnection(QByteArray origin, const QUrl &url, const TransportSettings &settings,
                                   const TlsSetup &tls, Ended ended, QObject *parent)
    : QObject(parent)
    , m_origin(std::move(origin))
    , m_url(url)
    , m_settings(settings)
    , m_tls(tls)
    , m_ended(std::move(ended))
{
    m_clock.start();
    m_ticker.setInterval(m_settings.watchIntervalMs());
    connect(&m_ticker, &QTimer::timeout, this, &PooledConnection::tick);
}

void PooledConnection::connectSocket()
{
    const bool tls = m_url.scheme() == u"https";
#if QT_CONFIG(ssl)
    if (tls) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls.isCustom() ? m_tls.configuration()
                                                     : QSslConfiguration::defaultConfiguration());
        connect(socket, &QSslSocket::encrypted, this, [this] {
            m_connected = true;
            writeRequest();
        });
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            fail(QNetworkReply::SslHandshakeFailedError,
                 errors.isEmpty() ? QCoreApplication::translate("S3", "TLS error") : errors.first().errorString());
        });
        m_socket = socket;
    }
#endif
    if (!m_socket) {
        if (tls) {
            fail(QNetworkReply::SslHandshakeFailedError,
                 QCoreApplication::translate("S3", "TLS is not available in this build"));
            return;
        }
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, [this] {
            m_connected = true;
            writeRequest();
        });
    }
    m_socket->setProxy(QNetworkProxy::NoProxy); // the transport is for direct requests only
    connect(m_socket, &QAbstractSocket::readyRead, this, &PooledConnection::readSome);
    connect(m_socket, &QAbstractSocket::disconnected, this, &PooledConnection::closed);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &PooledConnection::socketError);
    const QString host = m_url.host(QUrl::FullyEncoded); // IDN hosts as punycode
#if QT_CONFIG(ssl)
    if (auto *socket = qobject_cast<QSslSocket *>(m_socket)) {
        socket->connectToHostEncrypted(host, quint16(m_url.port(443)));
        return;
    }
#endif
    m_socket->connectToHost(host, quint16(m_url.port(80)));
}

void PooledConnection::send(const HttpRequest &request)
{
    m_busy = true;
    m_head = request.method == "HEAD";
    m_maxBytes = request.maxResponseBytes;
    m_sentMs = m_lastByteMs = m_clock.elapsed();
    m_windowStartMs = -1;
    m_windowStartBytes = m_receivedBytes = 0;
    m_in.clear();
    m_scanned = 0;
    m_stage = Stage::Head;
    m_keepAlive = true;
    m_result = HttpResult();

    m_request = request.method + ' ' + request.target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : request.headers)
        m_request += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || request.method == "PUT" || request.method == "POST")
        m_request += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    m_request += "\r\n";
    m_request += request.body;

    m_ticker.start();
    if (!m_socket)
        connectSocket();
    else if (m_connected)
        writeRequest();
}

void PooledConnection::writeRequest()
{
    if (!m_busy || m_request.isEmpty())
        return;
    m_socket->write(m_request);
    m_request.clear();
}

void PooledConnection::close()
{
    m_ticker.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void PooledConnection::readSome()
{
    if (!m_busy) {
        // Bytes nobody asked for: the connection is out of step with its server.
        m_socket->readAll();
        close();
        end(false, false);
        return;
    }
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_lastByteMs = m_clock.elapsed();
    m_receivedBytes += data.size();
    m_in += data;
    parse();
}

bool PooledConnection::parse()
{
    while (m_busy) {
        switch (m_stage) {
        case Stage::Head: {
            const qsizetype headEnd = m_in.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_scanned - 3));
            if (headEnd < 0 || headEnd > MaxHeadBytes) {
                m_scanned = m_in.size();
                if (m_in.size() > MaxHeadBytes) {
                    fail(QNetworkReply::ProtocolFailure,
                         QCoreApplication::translate("S3", "The answer's headers are larger than PartSweep accepts"));
                    return false;
                }
                return true;
            }
            if (!parseHead(headEnd))
                return false;
            break;
        }
        case Stage::Body:
            if (!takeBody(std::min<qint64>(m_remaining, m_in.size())))
                return false;
            if (m_framing == Framing::Length && m_remaining == 0) {
                complete();
                return false;
            }
            return true;
        case Stage::ChunkSize: {
            const qsizetype lineEnd = m_in.indexOf("\r\n");
            if (lineEnd < 0) {
                if (m_in.size() > 1024) {
                    fail(QNetworkReply::ProtocolFailure, QCoreApplication::translate("S3", "A malformed answer"));
                    return false;
                }
                return true;
            }
            QByteArrayView line = QByteArrayView(m_in).first(lineEnd);
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            m_in.remove(0, lineEnd + 2);
            if (!ok || size < 0) {
                fail(QNetworkReply::ProtocolFailure, QCoreApplication::translate("S3", "A malformed answer"));
                return false;
            }
            m_remaining = size;
            m_stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData:
            if (!takeBody(std::min<qint64>(m_remaining, m_in.size())))
                return false;
            if (m_remaining > 0)
                return true;
            m_stage = Stage::ChunkEnd;
            break;
        case Stage::ChunkEnd:
            if (m_in.size() < 2)
                return true;
            if (!m_in.startsWith("\r\n")) {
                fail(QNetworkReply::ProtocolFailure, QCoreApplication::translate("S3", "A malformed answer"));
                return false;
            }
            m_in.remove(0, 2);
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers: {
            const qsizetype lineEnd = m_in.indexOf("\r\n");
            if (lineEnd < 0)
                return true;
            m_in.remove(0, lineEnd + 2);
            if (lineEnd == 0) { // the empty line that ends the trailers
                complete();
                return false;
            }
            break;
        }
        }
    }
    return false;
}

bool PooledConnection::parseHead(qsizetype headEnd)
{
    const QByteArrayView head = QByteArrayView(m_in).first(headEnd);
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
    // "HTTP/1.1 200 OK"
    bool ok = statusLine.size() >= 12 && statusLine.startsWith("HTTP/1.") && statusLine.at(8) == ' ';
    const int status = ok ? statusLine.sliced(9, 3).toInt(&ok) : 0;
    if (!ok || status < 100) {
        fail(QNetworkReply::ProtocolFailure, QCoreApplication::translate("S3", "The server's answer is not HTTP"));
        return false;
    }
    const bool http10 = statusLine.at(7) == '0';
    QHash<QByteArray, QByteArray> headers;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line = head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.first(colon).trimmed().toByteArray().toLower(),
                           line.sliced(colon + 1).trimmed().toByteArray());
    }
    m_in.remove(0, headEnd + 4);
    m_scanned = 0;
    if (status < 200) // 100 Continue and its kin: the real answer follows
        return true;

    m_result.httpStatus = status;
    const QByteArray connection = headers.value(QByteArrayLiteral("connection")).toLower();
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    const QByteArray contentLength = headers.value(QByteArrayLiteral("content-length"));
    if (m_head || status == 204 || status == 304) {
        m_framing = Framing::Length;
        m_remaining = 0;
    } else if (headers.value(QByteArrayLiteral("transfer-encoding")).toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (!contentLength.isNull()) {
        m_remaining = contentLength.trimmed().toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(QNetworkReply::ProtocolFailure, QCoreApplication::translate("S3", "A malformed answer"));
            return false;
        }
        m_framing = Framing::Length;
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
        m_remaining = std::numeric_limits<qint64>::max();
    }
    m_result.headers = std::move(headers);
    m_windowStartMs = m_clock.elapsed();
    m_windowStartBytes = m_receivedBytes;
    if (m_framing == Framing::Length && m_maxBytes > 0 && m_remaining > m_maxBytes) {
        fail(QNetworkReply::OperationCanceledError,
             QCoreApplication::translate("S3", "The answer is larger than PartSweep accepts"),
             HttpResult::Limit::TooLarge, m_remaining);
        return false;
    }
    m_stage = m_framing == Framing::Chunked ? Stage::ChunkSize : Stage::Body;
    if (m_framing == Framing::Length && m_remaining == 0) {
        complete();
        return false;
    }
    return true;
}

bool PooledConnection::takeBody(qsizetype bytes)
{
    if (bytes <= 0)
        return true;
    if (bytes == m_in.size()) {
        if (m_result.body.isEmpty())
            m_result.body = std::exchange(m_in, QByteArray());
        else
            m_result.body += std::exchange(m_in, QByteArray());
    } else {
        m_result.body.append(m_in.constData(), bytes);
        m_in.remove(0, bytes);
    }
    m_remaining -= bytes;
    if (m_maxBytes > 0 && m_result.body.size() > m_maxBytes) {
        fail(QNetworkReply::OperationCanceledError,
             QCoreApplication::translate("S3", "The answer is larger than PartSweep accepts"),
             HttpResult::Limit::TooLarge, m_result.body.size());
        return false;
    }
    return true;
}

void PooledConnection::complete()
{
    // Bytes past the answer: the server is out of step; the connection is not used again.
    const bool reusable = m_keepAlive && m_in.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState;
    if (!reusable)
        close();
    end(reusable, false);
}

void PooledConnection::closed()
{
    if (!m_busy) {
        close();
        end(false, false);
        return;
    }
    if (m_socket->bytesAvailable() > 0) {
        m_in += m_socket->readAll();
        if (!parse())
            return;
    }
    if (m_stage == Stage::Body && m_framing == Framing::UntilClose) {
        m_keepAlive = false;
        complete();
        return;
    }
    if (m_receivedBytes == 0 && m_reused && m_request.isEmpty()) {
        close();
        end(false, true);
        return;
    }
    fail(QNetworkReply::RemoteHostClosedError,
         QCoreApplication::translate("S3", "The connection closed before a complete answer"));
}

void PooledConnection::socketError(QAbstractSocket::SocketError error)
{
    // Over TLS, the server closing the connection arrives only as this error, without
    // disconnected(): it ends the answer, as a disconnect does.
    if (error == QAbstractSocket::RemoteHostClosedError) {
        closed();
        return;
    }
    if (!m_busy) {
        close();
        end(false, false);
        return;
    }
    fail(networkErrorOf(error), m_socket->errorString());
}

void PooledConnection::tick()
{
    if (!m_busy)
        return;
    const qint64 now = m_clock.elapsed();
    const qint64 window = std::max(1, m_settings.timeoutMs);
    const qint64 deadline = window * std::max(1, m_settings.deadlineFactor);
    if (now - m_sentMs > deadline) {
        fail(QNetworkReply::TimeoutError, QCoreApplication::translate("S3", "No answer in time"),
             HttpResult::Limit::TooLong, m_result.body.size());
        return;
    }
    if (now - m_lastByteMs >= window) {
        fail(QNetworkReply::TimeoutError, QCoreApplication::translate("S3", "No answer in time"));
        return;
    }
    if (m_windowStartMs < 0 || now - m_windowStartMs < window)
        return;
    const qint64 bytes = m_receivedBytes - m_windowStartBytes;
    if (bytes < m_settings.lowSpeedBytes) {
        fail(QNetworkReply::TimeoutError, QCoreApplication::translate("S3", "No answer in time"),
             HttpResult::Limit::TooSlow, bytes);
        return;
    }
    m_windowStartMs = now;
    m_windowStartBytes = m_receivedBytes;
}

void PooledConnection::fail(QNetworkReply::NetworkError error, const QString &message, HttpResult::Limit limit,
                            qint64 limitBytes)
{
    if (!m_busy)
        return;
    HttpResult result;
    result.httpStatus = m_result.httpStatus;
    result.headers = m_result.headers;
    result.error = error;
    result.errorString = message;
    result.limit = limit;
    result.limitBytes = limitBytes;
    m_result = std::move(result);
    close();
    end(false, false);
}

void PooledConnection::end(bool reusable, bool stale)
{
    const bool wasBusy = m_busy;
    m_busy = false;
    m_ticker.stop();
    if (wasBusy)
        m_reused = true;
    HttpResult result = std::exchange(m_result, HttpResult());
    m_in.clear();
    m_ended(this, result, reusable, stale);
}

PooledHttpTransport::PooledHttpTransport(const TransportSettings &settings, const TlsSetup &tls, QObject *parent)
    : HttpTransport(parent)
    , m_settings(settings)
    , m_tls(tls)
{}

PooledHttpTransport::~PooledHttpTransport() = default;

void PooledHttpTransport::send(const HttpRequest &request, std::function<void(const HttpResult &)> done)
{
    m_queue.push_back(Pending{request, std::move(done), originOf(request.url)});
    pump();
}

PooledConnection *PooledHttpTransport::idleConnectionTo(const QByteArray &origin) const
{
    for (PooledConnection *connection : m_connections) {
        if (!connection->isBusy() && connection->origin() == origin)
            return connection;
    }
    return nullptr;
}

PooledConnection *PooledHttpTransport::anyIdleConnection() const
{
    for (PooledConnection *connection : m_connections) {
        if (!connection->isBusy())
            return connection;
    }
    return nullptr;
}

void PooledHttpTransport::drop(PooledConnection *connection)
{
    const auto it = std::find(m_connections.begin(), m_connections.end(), connection);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    m_busy.remove(connection);
    connection->close();
    connection->deleteLater(); // it may be on the stack, reporting
}

void PooledHttpTransport::pump()
{
    const size_t limit = size_t(std::max(1, m_settings.maxConnections));
    while (!m_queue.empty()) {
        PooledConnection *connection = idleConnectionTo(m_queue.front().origin);
        if (!connection) {
            if (m_connections.size() >= limit) {
                PooledConnection *spare = anyIdleConnection();
                if (!spare)
                    return; // all busy: the next one to end pumps again
                drop(spare);
            }
            connection = new PooledConnection(
                m_queue.front().origin, m_queue.front().request.url, m_settings, m_tls,
                [this](PooledConnection *ended, const HttpResult &result, bool reusable, bool stale) {
                    exchangeEnded(ended, result, reusable, stale);
                },
                this);
            m_connections.push_back(connection);
            ++m_opened;
        }
        Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        const HttpRequest request = pending.request; // implicitly shared: no copy of the bytes
        m_busy.insert(connection, std::move(pending));
        connection->send(request);
    }
}

void PooledHttpTransport::exchangeEnded(PooledConnection *connection, const HttpResult &result, bool reusable,
                                        bool stale)
{
    const auto it = m_busy.find(connection);
    if (it == m_busy.end()) { // an idle connection closed or went out of step
        drop(connection);
        pump();
        return;
    }
    Pending pending = std::move(*it);
    m_busy.erase(it);
    if (!reusable)
        drop(connection);
    if (stale && !pending.resent) {
        pending.resent = true;
        m_queue.push_front(std::move(pending));
        pump();
        return;
    }
    const QPointer<PooledHttpTransport> self(this);
    pending.done(result);
    if (self)
        pump();
}

} // namespace PartSweep
