#pragma once

#include "s3/transport/httptransport.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

class QTcpSocket;
class QTimer;

namespace PartSweep {

// One HTTP/1.1 exchange written byte for byte, for the requests Qt's HTTP stack cannot send
// unchanged: it normalises "." and ".." path segments away (QHttpNetworkRequest::uri), so an
// S3 key like "logs/../a" would otherwise address "a". Used only for such keys through a proxy
// (direct requests all go through PooledHttpTransport). One connection per exchange
// ("Connection: close"), through the proxy given (setProxy), else direct. No byte for timeoutMs
// ends it, and so does its deadline (setDeadlineMs: a trickling answer); its body may be capped
// (setMaxResponseBytes).
// Emits finished exactly once. Lives on the thread that created it.
class RawHttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpExchange)

public:
    using Result = HttpResult;

    // origin: scheme, host and port; target: the exact request-target bytes ("/b/k?x=y").
    RawHttpExchange(QUrl origin, QByteArray method, QByteArray target, QList<std::pair<QByteArray, QByteArray>> headers,
                    QByteArray body, int timeoutMs, QObject *parent = nullptr);
#if QT_CONFIG(ssl)
    void setSslConfiguration(const QSslConfiguration &config)
    {
        m_ssl = config;
    }
#endif

    // The largest body accepted (0: no cap); a larger one, announced or received, ends the
    // exchange with HttpResult::Limit::TooLarge.
    void setMaxResponseBytes(qint64 bytes)
    {
        m_maxResponseBytes = bytes;
    }

    // The whole exchange must end this long after start() (0: no deadline); timeoutMs alone is
    // the longest silence.
    void setDeadlineMs(qint64 ms)
    {
        m_deadlineMs = ms;
    }

    // Default: no proxy.
    void setProxy(const QNetworkProxy &proxy)
    {
        m_proxy = proxy;
    }

    void start();

    // Parses a complete HTTP/1.1 response (status line, headers, Content-Length or chunked
    // body); exposed for tests. Returns false when it is not complete or not HTTP.
    static bool parseResponse(const QByteArray &data, Result *result);

Q_SIGNALS:
    void finished(const PartSweep::HttpResult &result);

private:
    void sendRequest();
    void handleDisconnected();
    void fail(QNetworkReply::NetworkError error, const QString &message, Result result = {});
    void readSome();

    QUrl m_origin;
    QByteArray m_method;
    QByteArray m_target;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    int m_timeoutMs;
#if QT_CONFIG(ssl)
    QSslConfiguration m_ssl;
#endif
    QNetworkProxy m_proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_received;
    qint64 m_maxResponseBytes = 0;
    qint64 m_bodyStart = -1; // where the body begins in m_received, once the headers are in
    qint64 m_announced = -1; // their Content-Length, when they have one
    qint64 m_deadlineMs = 0;
    bool m_done = false;
};

} // namespace PartSweep
