// PooledHttpTransport, the client's own HTTP/1.1 keep-alive transport, against a scripted raw
// server (a FAKE: a QTcpServer that writes the bytes each test gives, split as the test asks),
// for what a real server will not do on demand: chunked answers cut anywhere, 100 Continue,
// closing an idle connection, answers without length, bytes past the answer.

#include "s3/transport/pooledhttptransport.h"
#include "s3/transport/transportsettings.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <deque>
#include <optional>

using namespace PartSweep;

namespace {

// One scripted answer: its bytes, written in pieces of `piece` bytes (0: at once), and whether the
// server closes the connection after it (or instead of it, when bytes is empty).
struct RawAnswer
{
    QByteArray bytes;
    int piece = 0;
    bool close = false;
};

class RawServer final : public QObject
{
public:
    RawServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    QUrl url(const QString &path = QStringLiteral("/b/k")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void answer(RawAnswer answer) { m_answers.push_back(std::move(answer)); }
    int connections() const { return m_connections; }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void readFrom(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        for (qsizetype end = pending.indexOf("\r\n\r\n"); end >= 0; end = pending.indexOf("\r\n\r\n")) {
            const QByteArray head = pending.left(end + 4);
            qsizetype bodyLength = 0;
            const qsizetype at = head.toLower().indexOf("\r\ncontent-length:");
            if (at >= 0)
                bodyLength = head.mid(at + 17, head.indexOf("\r\n", at + 2) - at - 17).trimmed().toLongLong();
            if (pending.size() < end + 4 + bodyLength)
                return;
            m_requests.append(pending.left(end + 4 + bodyLength));
            pending.remove(0, end + 4 + bodyLength);
            if (m_answers.empty()) {
                socket->abort();
                return;
            }
            RawAnswer answer = std::move(m_answers.front());
            m_answers.pop_front();
            writeIn(socket, answer);
        }
    }
    void writeIn(QTcpSocket *socket, const RawAnswer &answer)
    {
        if (answer.piece <= 0 || answer.bytes.size() <= answer.piece) {
            socket->write(answer.bytes);
            if (answer.close)
                socket->disconnectFromHost();
            return;
        }
        socket->write(answer.bytes.left(answer.piece));
        socket->flush();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(5, this, [this, guard, answer] {
            if (guard)
                writeIn(guard, RawAnswer{answer.bytes.mid(answer.piece), answer.piece, answer.close});
        });
    }

    QTcpServer m_server;
    std::deque<RawAnswer> m_answers;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

HttpRequest get(const QUrl &url, const QByteArray &method = "GET")
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.target = url.path(QUrl::FullyEncoded).toLatin1();
    request.headers = {{"host", url.authority().toLatin1()}, {"x-amz-date", "20261207T000000Z"}};
    return request;
}

HttpResult exchange(HttpTransport &transport, const HttpRequest &request)
{
    std::optional<HttpResult> result;
    transport.send(request, [&result](const HttpResult &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    return result.value_or(HttpResult());
}

QByteArray ok(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" +
           body;
}

} // namespace

class TestPooledHttp : public QObject
{
    Q_OBJECT

private:
    TransportSettings m_settings{.caBundle = {}, .verifyTls = true, .timeoutMs = 2000, .maxConnections = 4};
    TlsSetup m_tls{m_settings};

private Q_SLOTS:
    void sequentialExchangesShareOneConnection()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        for (int i = 0; i < 20; ++i) {
            server.answer(
                {ok("<r>" + QByteArray::number(i) + "</r>", "x-amz-request-id: tx" + QByteArray::number(i) + "\r\n")});
            const HttpResult result = exchange(transport, get(server.url()));
            QCOMPARE(result.error, QNetworkReply::NoError);
            QCOMPARE(result.httpStatus, 200);
            QCOMPARE(result.body, QByteArray("<r>" + QByteArray::number(i) + "</r>"));
            QCOMPARE(result.headers.value("x-amz-request-id"), QByteArray("tx" + QByteArray::number(i)));
        }
        QCOMPARE(server.connections(), 1);
        QCOMPARE(transport.connectionsOpened(), 1);
    }

    // The request-target and the signed headers go out exactly as given (Host included).
    void theRequestGoesOutAsGiven()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        server.answer({ok({})});
        HttpRequest request = get(server.url(QStringLiteral("/b/logs/../x%2F")));
        request.target = "/b/logs/../x%2F?uploadId=u%2B1";
        QCOMPARE(exchange(transport, request).httpStatus, 200);
        QCOMPARE(server.requests().size(), 1);
        const QByteArray sent = server.requests().constFirst();
        QVERIFY2(sent.startsWith("GET /b/logs/../x%2F?uploadId=u%2B1 HTTP/1.1\r\n"), sent.constData());
        QVERIFY(sent.contains(QByteArray("\r\nhost: " + server.url().authority().toLatin1() + "\r\n")));
        QVERIFY(sent.contains("\r\nx-amz-date: 20261207T000000Z\r\n"));
    }

    void manyAtOnceUseAtMostTheConnectionLimit()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        constexpr int Requests = 40;
        for (int i = 0; i < Requests; ++i)
            server.answer({ok(QByteArray(3000, 'x')), 512});
        int answered = 0;
        for (int i = 0; i < Requests; ++i) {
            transport.send(get(server.url()), [&answered](const HttpResult &r) {
                if (r.httpStatus == 200 && r.body == QByteArray(3000, 'x'))
                    ++answered;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, Requests, 20000);
        QCOMPARE(server.connections(), m_settings.maxConnections);
    }

    // Chunked bodies, cut anywhere (here: a byte at a time), with an extension and trailers.
    void chunkedAnswersCutAnywhere()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "5;ext=1\r\n<Part\r\n3\r\ns/>\r\n0\r\nx-trailer: t\r\n\r\n";
        server.answer({chunked, 1});
        server.answer({chunked});
        for (int i = 0; i < 2; ++i) {
            const HttpResult result = exchange(transport, get(server.url()));
            QCOMPARE(result.error, QNetworkReply::NoError);
            QCOMPARE(result.body, QByteArray("<Parts/>"));
        }
        QCOMPARE(server.connections(), 1);
    }

    void continueIsSkippedAndNoBodyAnswersEnd()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        server.answer({"HTTP/1.1 100 Continue\r\n\r\n" + ok("done")});
        server.answer({"HTTP/1.1 204 No Content\r\nx-amz-request-id: a\r\n\r\n"});
        server.answer({"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"}); // HEAD: a length, no body
        QCOMPARE(exchange(transport, get(server.url())).body, QByteArray("done"));
        const HttpResult deleted = exchange(transport, get(server.url(), "DELETE"));
        QCOMPARE(deleted.httpStatus, 204);
        QCOMPARE(deleted.headers.value("x-amz-request-id"), QByteArray("a"));
        const HttpResult head = exchange(transport, get(server.url(), "HEAD"));
        QCOMPARE(head.httpStatus, 200);
        QCOMPARE(head.error, QNetworkReply::NoError);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(server.connections(), 1);
    }

    // "Connection: close", an answer delimited by the connection's end and bytes past an answer
    // each leave the connection unused afterwards.
    void connectionsThatCannotBeReusedAreNot()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        server.answer({ok("one", "Connection: close\r\n"), 0, true});
        server.answer({"HTTP/1.1 200 OK\r\n\r\nuntil the end", 4, true});
        server.answer({ok("three") + "HTTP/1.1 200 OK\r\n"});
        server.answer({ok("four")});
        QCOMPARE(exchange(transport, get(server.url())).body, QByteArray("one"));
        QCOMPARE(exchange(transport, get(server.url())).body, QByteArray("until the end"));
        QCOMPARE(exchange(transport, get(server.url())).body, QByteArray("three"));
        const HttpResult fourth = exchange(transport, get(server.url()));
        QCOMPARE(fourth.error, QNetworkReply::NoError);
        QCOMPARE(fourth.body, QByteArray("four"));
        QCOMPARE(server.connections(), 4);
    }

    // A server closes an idle keep-alive connection when it likes: the next request on it fails
    // before a byte comes back, and goes again on a new connection, once.
    void aConnectionClosedWhileIdleIsReplacedOnce()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        server.answer({ok("first")});
        server.answer({{}, 0, true}); // the reused connection closes without an answer
        server.answer({ok("again")});
        QCOMPARE(exchange(transport, get(server.url())).body, QByteArray("first"));
        const HttpResult second = exchange(transport, get(server.url(), "DELETE"));
        QCOMPARE(second.error, QNetworkReply::NoError);
        QCOMPARE(second.body, QByteArray("again"));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.connections(), 2);

        // On the fresh connection the same failure is the caller's: a request goes at most twice.
        server.answer({{}, 0, true});
        server.answer({{}, 0, true});
        server.answer({ok("never asked for")});
        const HttpResult failed = exchange(transport, get(server.url()));
        QCOMPARE(failed.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(failed.httpStatus, 0);
        QCOMPARE(server.requests().size(), 5);
    }

    void anAnswerCutShortIsAnError()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        server.answer({"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this", 0, true});
        const HttpResult result = exchange(transport, get(server.url()));
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(result.body.isEmpty());
    }

    void notHttpIsAnError()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        server.answer({"SSH-2.0-OpenSSH_9.2\r\n\r\n"});
        const HttpResult result = exchange(transport, get(server.url()));
        QCOMPARE(result.error, QNetworkReply::ProtocolFailure);
        QCOMPARE(result.httpStatus, 0);
    }

    void bodiesAndHeadersAreBounded()
    {
        RawServer server;
        PooledHttpTransport transport(m_settings, m_tls);
        server.answer({"HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\n"});
        server.answer({"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2000\r\n" + QByteArray(0x2000, 'a') +
                       "\r\n0\r\n\r\n"});
        server.answer({"HTTP/1.1 200 OK\r\nx-big: " + QByteArray(70 * 1024, 'h') + "\r\n\r\n"});
        HttpRequest request = get(server.url());
        request.maxResponseBytes = 4096;
        const HttpResult announced = exchange(transport, request);
        QCOMPARE(announced.limit, HttpResult::Limit::TooLarge);
        QCOMPARE(announced.limitBytes, 999999999);
        const HttpResult received = exchange(transport, request);
        QCOMPARE(received.limit, HttpResult::Limit::TooLarge);
        QVERIFY(received.limitBytes > 4096);
        const HttpResult head = exchange(transport, request);
        QCOMPARE(head.error, QNetworkReply::ProtocolFailure);
    }

    void silenceAndTricklesEndTheExchange()
    {
        RawServer server;
        TransportSettings settings = m_settings;
        settings.timeoutMs = 300;
        PooledHttpTransport transport(settings, m_tls);
        server.answer({"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"}); // then nothing
        server.answer({ok(QByteArray(200, 't')), 1});                     // a byte every 5 ms
        const HttpResult silent = exchange(transport, get(server.url()));
        QCOMPARE(silent.error, QNetworkReply::TimeoutError);
        QCOMPARE(silent.limit, HttpResult::Limit::None);
        const HttpResult trickle = exchange(transport, get(server.url()));
        QCOMPARE(trickle.error, QNetworkReply::TimeoutError);
        QCOMPARE(trickle.limit, HttpResult::Limit::TooSlow);
    }

    void aRefusedConnectionIsAnError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        PooledHttpTransport transport(m_settings, m_tls);
        const HttpResult result = exchange(transport, get(QUrl(QStringLiteral("http://127.0.0.1:%1/b/k").arg(port))));
        QCOMPARE(result.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!result.errorString.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPooledHttp)
#include "tst_pooledhttp.moc"
