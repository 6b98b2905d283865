#include "s3/transport/rawhttp.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace PartSweep {

RawHttpExchange::RawHttpExchange(QUrl origin, QByteArray method, QByteArray target,
                                 QList<std::pair<QByteArray, QByteArray>> headers, QByteArray body, int timeoutMs,
                                 QObject *parent)
    : QObject(parent)
    , m_origin(std::move(origin))
    , m_method(std::move(method))
    , m_target(std::move(target))
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_timeoutMs(timeoutMs)
{}

void RawHttpExchange::start()
{
    const bool tls = m_origin.scheme() == u"https";
    m_timer = new QTimer(this); // restarted by every byte that comes
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this,
            [this] { fail(QNetworkReply::TimeoutError, QCoreApplication::translate("S3", "No answer in time")); });
    m_timer->start(m_timeoutMs);
    if (m_deadlineMs > 0) {
        auto *deadline = new QTimer(this);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this, [this] {
            // A byte now and then kept the idle timer quiet: a trickle.
            Result result;
            result.limit = Result::Limit::TooLong;
            result.limitBytes = m_received.size();
            fail(QNetworkReply::TimeoutError, QCoreApplication::translate("S3", "No answer in time"), result);
        });
        deadline->start(m_deadlineMs);
    }
#if QT_CONFIG(ssl)
    QSslSocket *sslSocket = nullptr;
    if (tls) {
        sslSocket = new QSslSocket(this);
        sslSocket->setSslConfiguration(m_ssl.isNull() ? QSslConfiguration::defaultConfiguration() : m_ssl);
        connect(sslSocket, &QSslSocket::encrypted, this, &RawHttpExchange::sendRequest);
        connect(sslSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            fail(QNetworkReply::SslHandshakeFailedError,
                 errors.isEmpty() ? QCoreApplication::translate("S3", "TLS error") : errors.first().errorString());
        });
    }
    m_socket = sslSocket ? sslSocket : new QTcpSocket(this);
#else
    if (tls) {
        fail(QNetworkReply::SslHandshakeFailedError,
             QCoreApplication::translate("S3", "TLS is not available in this build"));
        return;
    }
    m_socket = new QTcpSocket(this);
#endif
    // The proxy the client's network managers would use (HTTPS_PROXY, NO_PROXY, the system's):
    // an HttpProxy makes the socket tunnel with CONNECT.
    m_socket->setProxy(m_proxy);
    connect(m_socket, &QAbstractSocket::disconnected, this, &RawHttpExchange::handleDisconnected);
    connect(m_socket, &QAbstractSocket::readyRead, this, &RawHttpExchange::readSome);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // Over TLS, the server closing the connection ("Connection: close") arrives only as this
        // error, without disconnected(): it ends the answer, as a disconnect does.
        if (error == QAbstractSocket::RemoteHostClosedError)
            handleDisconnected();
        else
            fail(error == QAbstractSocket::HostNotFoundError ? QNetworkReply::HostNotFoundError
                                                             : QNetworkReply::ConnectionRefusedError,
                 m_socket->errorString());
    });
#if QT_CONFIG(ssl)
    if (sslSocket) {
        sslSocket->connectToHostEncrypted(m_origin.host(), quint16(m_origin.port(443)));
        return;
    }
#endif
    connect(m_socket, &QAbstractSocket::connected, this, &RawHttpExchange::sendRequest);
    m_socket->connectToHost(m_origin.host(), quint16(m_origin.port(80)));
}

void RawHttpExchange::sendRequest()
{
    QByteArray request = m_method + ' ' + m_target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : std::as_const(m_headers))
        request += name + ": " + value + "\r\n";
    request += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n";
    request += m_body;
    m_socket->write(request);
}

void RawHttpExchange::readSome()
{
    m_received += m_socket->readAll();
    if (!m_done)
        m_timer->start(m_timeoutMs);
    if (m_maxResponseBytes <= 0 || m_done)
        return;
    // Headers are not body: a cap on the body leaves room for them (up to 64 KiB).
    constexpr qint64 HeaderRoom = 64 * 1024;
    if (m_bodyStart < 0) { // the headers, read once when they are complete
        const qsizetype headerEnd = m_received.indexOf("\r\n\r\n");
        if (headerEnd < 0 && m_received.size() <= HeaderRoom)
            return;
        if (headerEnd >= 0) {
            m_bodyStart = headerEnd + 4;
            const QByteArray head = m_received.left(headerEnd).toLower();
            const qsizetype at = head.indexOf("\ncontent-length:");
            if (at >= 0) {
                const qsizetype end = head.indexOf('\n', at + 1);
                bool ok = false;
                const qint64 length = head.mid(at + 16, end < 0 ? -1 : end - at - 16).trimmed().toLongLong(&ok);
                if (ok)
                    m_announced = length;
            }
        }
    }
    const qint64 size = std::max(m_announced, m_received.size() - std::max<qint64>(m_bodyStart, 0));
    if (size <= m_maxResponseBytes)
        return;
    Result result;
    result.limit = Result::Limit::TooLarge;
    result.limitBytes = size;
    fail(QNetworkReply::OperationCanceledError,
         QCoreApplication::translate("S3", "The answer is larger than PartSweep accepts"), result);
}

void RawHttpExchange::handleDisconnected()
{
    if (m_done)
        return;
    m_received += m_socket->readAll();
    Result result;
    if (!parseResponse(m_received, &result)) {
        fail(QNetworkReply::RemoteHostClosedError,
             QCoreApplication::translate("S3", "The connection closed before a complete answer"));
        return;
    }
    m_done = true;
    for (QTimer *timer : findChildren<QTimer *>())
        timer->stop();
    Q_EMIT finished(result);
}

void RawHttpExchange::fail(QNetworkReply::NetworkError error, const QString &message, Result result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (m_socket)
        m_socket->abort();
    for (QTimer *timer : findChildren<QTimer *>())
        timer->stop();
    result.error = error;
    result.errorString = message;
    Q_EMIT finished(result);
}

bool RawHttpExchange::parseResponse(const QByteArray &data, Result *result)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    if (status.size() < 2 || !status.first().startsWith("HTTP/1."))
        return false;
    bool ok = false;
    result->httpStatus = status.at(1).toInt(&ok);
    if (!ok)
        return false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            result->headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    QByteArray rest = data.mid(headerEnd + 4);
    if (result->headers.value(QByteArrayLiteral("transfer-encoding")).toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = 0;
        for (;;) {
            const qsizetype lineEnd = rest.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            const qsizetype size = rest.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return false;
            if (size == 0)
                break;
            if (lineEnd + 2 + size > rest.size())
                return false;
            body += rest.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        result->body = body;
        return true;
    }
    if (result->headers.contains(QByteArrayLiteral("content-length"))) {
        const qsizetype length = result->headers.value(QByteArrayLiteral("content-length")).toLongLong(&ok);
        if (!ok || rest.size() < length)
            return false;
        result->body = rest.left(length);
        return true;
    }
    result->body = rest; // delimited by the connection's end
    return true;
}

} // namespace PartSweep
