// ConnectionTester's TLS and endpoint checks against local fake servers (named as such): a TLS
// server with a self-signed certificate made for this test, and a plain TCP server on an https
// URL. These are certificate faults the S3 sandbox does not have on demand. The checks against a
// real S3 server are in tests/integration/tst_connectiontester.cpp.
#include "connection/connectiontester.h"
#include "s3/transport/transportsettings.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using Kind = ConnectionCheck::Kind;
using Outcome = ConnectionCheck::Outcome;

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A self-signed certificate for "localhost" only (not for 127.0.0.1).
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       certificatePath()});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            QSKIP("openssl could not make a test certificate");
        QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
        QCOMPARE(certificates.size(), 1);

        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(certificates.constFirst());
        ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tlsServer.setSslConfiguration(ssl);
        QVERIFY(m_tlsServer.listen(QHostAddress::LocalHost));
        // The fake accepts the handshake and then never answers a request.
        connect(&m_tlsServer, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_tlsServer.nextPendingConnection())
                socket->setParent(&m_tlsServer);
        });

        QVERIFY(m_plainServer.listen(QHostAddress::LocalHost));
        connect(&m_plainServer, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_plainServer.nextPendingConnection()) {
                socket->setParent(&m_plainServer);
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    }

    void selfSignedCertificateIsNotTrusted()
    {
        ConnectionTester &tester = run(config(QStringLiteral("localhost"), m_tlsServer.serverPort()));
        QCOMPARE(tester.check(Kind::Endpoint).outcome, Outcome::Passed);
        const ConnectionCheck tls = tester.check(Kind::Tls);
        QCOMPARE(tls.outcome, Outcome::Failed);
        QVERIFY2(tls.words.contains(QStringLiteral("is not accepted")) &&
                     tls.words.contains(QStringLiteral("CA bundle")),
                 qPrintable(tls.words));
        QCOMPARE(tester.check(Kind::Authentication).outcome, Outcome::Skipped);
        QVERIFY(tester.check(Kind::Authentication).words.contains(QStringLiteral("TLS")));
    }

    void trustedWithTheCaBundle()
    {
        S3ClientConfig c = config(QStringLiteral("localhost"), m_tlsServer.serverPort());
        c.caBundle = certificatePath();
        ConnectionTester &tester = run(c);
        const ConnectionCheck tls = tester.check(Kind::Tls);
        QCOMPARE(tls.outcome, Outcome::Passed);
        QVERIFY2(tls.words.contains(QStringLiteral("is trusted")) && tls.words.contains(QStringLiteral("localhost")),
                 qPrintable(tls.words));
        // The fake never answers the S3 request: authentication fails, it is not skipped.
        QCOMPARE(tester.check(Kind::Authentication).outcome, Outcome::Failed);
    }

    // As the AWS CLI's: the bundle's CAs are the only ones trusted. The process's default trust
    // stands in for the system's here: it trusts the fake's certificate, the bundle does not.
    void caBundleReplacesTheSystemCas()
    {
        QProcess openssl;
        const QString other = m_dir.filePath(QStringLiteral("other-ca.pem"));
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Another CA"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("other-key.pem")),
                       QStringLiteral("-out"), other});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        const QSslConfiguration system = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([system] { QSslConfiguration::setDefaultConfiguration(system); });
        QSslConfiguration trusting = system;
        trusting.addCaCertificates(QSslCertificate::fromPath(certificatePath()));
        QSslConfiguration::setDefaultConfiguration(trusting);

        // Without a bundle the "system" trust applies...
        QCOMPARE(run(config(QStringLiteral("localhost"), m_tlsServer.serverPort())).check(Kind::Tls).outcome,
                 Outcome::Passed);
        // ...with one, only the bundle's CA counts.
        S3ClientConfig c = config(QStringLiteral("localhost"), m_tlsServer.serverPort());
        c.caBundle = other;
        const ConnectionCheck tls = run(c).check(Kind::Tls);
        QCOMPARE(tls.outcome, Outcome::Failed);
        QVERIFY2(tls.words.contains(QStringLiteral("in place of this computer's CAs")), qPrintable(tls.words));
        const TlsSetup setup(TransportSettings{.caBundle = other, .verifyTls = true});
        QCOMPARE(setup.configuration().caCertificates(), QSslCertificate::fromPath(other));
    }

    void certificateForAnotherHostName()
    {
        S3ClientConfig c = config(QStringLiteral("127.0.0.1"), m_tlsServer.serverPort());
        c.caBundle = certificatePath(); // trusted, but made for "localhost"
        ConnectionTester &tester = run(c);
        const ConnectionCheck tls = tester.check(Kind::Tls);
        QCOMPARE(tls.outcome, Outcome::Failed);
        QVERIFY2(tls.words.contains(QStringLiteral("127.0.0.1")), qPrintable(tls.words));
        QVERIFY2(!tls.words.contains(QStringLiteral("CA bundle")), qPrintable(tls.words)); // not a CA problem
    }

    void plainHttpOnAnHttpsUrl()
    {
        ConnectionTester &tester = run(config(QStringLiteral("127.0.0.1"), m_plainServer.serverPort()));
        QCOMPARE(tester.check(Kind::Endpoint).outcome, Outcome::Passed);
        const ConnectionCheck tls = tester.check(Kind::Tls);
        QCOMPARE(tls.outcome, Outcome::Failed);
        QVERIFY2(tls.words.contains(QStringLiteral("TLS handshake")) && tls.words.contains(QStringLiteral("http://")),
                 qPrintable(tls.words));
    }

    void unreadableCaBundle()
    {
        S3ClientConfig c = config(QStringLiteral("localhost"), m_tlsServer.serverPort());
        c.caBundle = m_dir.filePath(QStringLiteral("no-such-ca.pem"));
        ConnectionTester &tester = run(c);
        const ConnectionCheck tls = tester.check(Kind::Tls);
        QCOMPARE(tls.outcome, Outcome::Failed);
        QVERIFY2(tls.words.contains(QStringLiteral("no-such-ca.pem")), qPrintable(tls.words));
    }

    void verificationTurnedOffIsSaid()
    {
        S3ClientConfig c = config(QStringLiteral("localhost"), m_tlsServer.serverPort());
        c.verifyTls = false;
        ConnectionTester &tester = run(c);
        const ConnectionCheck tls = tester.check(Kind::Tls);
        QCOMPARE(tls.outcome, Outcome::Skipped);
        QVERIFY2(tls.words.contains(QStringLiteral("turned off")), qPrintable(tls.words));
    }

    void noKeysIsAnAuthenticationFailure()
    {
        S3ClientConfig c = config(QStringLiteral("127.0.0.1"), m_plainServer.serverPort());
        c.endpoint.setScheme(QStringLiteral("http"));
        c.credentials = AwsCredentials();
        ConnectionTester &tester = run(c);
        QCOMPARE(tester.check(Kind::Tls).outcome, Outcome::Skipped);
        QVERIFY(tester.check(Kind::Tls).words.contains(QStringLiteral("not encrypted")));
        QCOMPARE(tester.check(Kind::Authentication).outcome, Outcome::Failed);
        QVERIFY(tester.check(Kind::Authentication).words.contains(QStringLiteral("secret key")));
        QVERIFY(!tester.allPassed());
    }

private:
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

    static S3ClientConfig config(const QString &host, quint16 port)
    {
        S3ClientConfig c;
        c.endpoint = QUrl(QStringLiteral("https://%1:%2").arg(host).arg(port));
        c.addressingStyle = AddressingStyle::Path;
        c.credentials.accessKeyId = QStringLiteral("AKIAFAKE");
        c.credentials.secretAccessKey = QStringLiteral("fakeSecretKeyForTheTlsTest000000000000");
        return c;
    }

    ConnectionTester &run(const S3ClientConfig &config)
    {
        m_tester = std::make_unique<ConnectionTester>(config);
        m_tester->setTimeoutMs(3000);
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->start();
        if (!finished.wait(30000))
            qFatal("the connection test did not finish");
        for (const ConnectionCheck &check : m_tester->checks()) // the words, for people reading the log
            qInfo("%s: %s", qPrintable(ConnectionCheck::title(check.kind)), qPrintable(check.words));
        return *m_tester;
    }

    QTemporaryDir m_dir;
    QSslServer m_tlsServer;
    QTcpServer m_plainServer;
    std::unique_ptr<ConnectionTester> m_tester;
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester_tls.moc"
