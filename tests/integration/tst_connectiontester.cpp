// "Test connection" against the real S3 sandbox: every check passes with the owner's keys, and
// each kind of mistake a user makes is named by the check that catches it.
#include "connection/connectiontester.h"
#include "sandbox.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace PartSweep;
using Kind = ConnectionCheck::Kind;
using Outcome = ConnectionCheck::Outcome;

namespace {

// A port nothing listens on: bound once by us, then released.
quint16 deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot bind a local port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = Test::Sandbox::fromEnvironment();
        if (!m_sandbox.isValid())
            QSKIP("no S3 sandbox (PARTSWEEP_SANDBOX_DIR): run through ctest, which starts it");
    }

    void ownerKeysPassEveryCheck()
    {
        ConnectionTester tester(m_sandbox.clientConfig(m_sandbox.owner));
        QSignalSpy updated(&tester, &ConnectionTester::checkUpdated);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start();
        QVERIFY(tester.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        for (const ConnectionCheck &check : tester.checks())
            qInfo("%s: %s", qPrintable(ConnectionCheck::title(check.kind)), qPrintable(check.words));
        QCOMPARE(tester.check(Kind::Endpoint).outcome, Outcome::Passed);
        QCOMPARE(tester.check(Kind::Tls).outcome, Outcome::Skipped); // the sandbox is plain http
        QVERIFY(tester.check(Kind::Tls).words.contains(QStringLiteral("not encrypted")));
        QCOMPARE(tester.check(Kind::Authentication).outcome, Outcome::Passed);
        QVERIFY(tester.check(Kind::Authentication).words.contains(m_sandbox.owner.accessKeyId));
        QCOMPARE(tester.check(Kind::Clock).outcome, Outcome::Passed);
        QCOMPARE(tester.check(Kind::UploadListing).outcome, Outcome::Passed);
        QVERIFY(tester.allPassed());
        // Reported live: the endpoint was Running before it Passed.
        QVERIFY(updated.size() >= 8);
        QCOMPARE(updated.at(0).at(0).value<ConnectionCheck>().outcome, Outcome::Running);
        QCOMPARE(updated.at(0).at(0).value<ConnectionCheck>().kind, Kind::Endpoint);
    }

    void wrongSecretKeyIsNamed()
    {
        AwsCredentials keys = m_sandbox.owner;
        keys.secretAccessKey = QStringLiteral("notTheRightSecretKeyForTheOwner000000000");
        ConnectionTester tester(m_sandbox.clientConfig(keys));
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(tester.check(Kind::Endpoint).outcome, Outcome::Passed);
        const ConnectionCheck auth = tester.check(Kind::Authentication);
        QCOMPARE(auth.outcome, Outcome::Failed);
        QVERIFY2(auth.words.contains(QStringLiteral("secret key is wrong")), qPrintable(auth.words));
        QVERIFY(!auth.words.contains(keys.secretAccessKey));
        QCOMPARE(tester.check(Kind::UploadListing).outcome, Outcome::Skipped);
        QVERIFY(!tester.allPassed());
    }

    void unknownAccessKeyIsNamed()
    {
        AwsCredentials keys = m_sandbox.owner;
        keys.accessKeyId = QStringLiteral("PSNOSUCHACCESSKEY999");
        ConnectionTester tester(m_sandbox.clientConfig(keys));
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start();
        QVERIFY(finished.wait(60000));
        const ConnectionCheck auth = tester.check(Kind::Authentication);
        QCOMPARE(auth.outcome, Outcome::Failed);
        QVERIFY2(auth.words.contains(QStringLiteral("does not know access key PSNOSUCHACCESSKEY999")),
                 qPrintable(auth.words));
    }

    void deadPortFailsTheEndpointCheck()
    {
        S3ClientConfig config = m_sandbox.clientConfig(m_sandbox.owner);
        config.endpoint.setPort(deadPort());
        ConnectionTester tester(config);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start();
        QVERIFY(finished.wait(30000));
        const ConnectionCheck endpoint = tester.check(Kind::Endpoint);
        QCOMPARE(endpoint.outcome, Outcome::Failed);
        QVERIFY2(
            endpoint.words.contains(QStringLiteral("refused the connection on port %1").arg(config.endpoint.port())),
            qPrintable(endpoint.words));
        for (Kind kind : {Kind::Tls, Kind::Authentication, Kind::Clock, Kind::UploadListing}) {
            QCOMPARE(tester.check(kind).outcome, Outcome::Skipped);
            QVERIFY(tester.check(kind).words.contains(QStringLiteral("endpoint cannot be reached")));
        }
    }

    // A clock 7 minutes fast: the server still accepts the requests (S3 allows 15), but the check
    // warns. This computer's clock is shifted for the tester alone.
    void clockSkewAboveFiveMinutesFails()
    {
        ConnectionTester tester(m_sandbox.clientConfig(m_sandbox.owner));
        tester.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(7 * 60); });
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(tester.check(Kind::Authentication).outcome, Outcome::Passed);
        const ConnectionCheck clock = tester.check(Kind::Clock);
        QCOMPARE(clock.outcome, Outcome::Failed);
        QVERIFY2(clock.words.contains(QStringLiteral("ahead of the server's")) &&
                     clock.words.contains(QStringLiteral("7 min")),
                 qPrintable(clock.words));
    }

    // A clock 40 minutes slow: the server refuses the first request (RequestTimeTooSkewed), the
    // client corrects itself, and the check says so.
    void clockTheServerRefusedIsReported()
    {
        ConnectionTester tester(m_sandbox.clientConfig(m_sandbox.owner));
        tester.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-40 * 60); });
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(tester.check(Kind::Authentication).outcome, Outcome::Passed);
        const ConnectionCheck clock = tester.check(Kind::Clock);
        QCOMPARE(clock.outcome, Outcome::Failed);
        QVERIFY2(clock.words.contains(QStringLiteral("behind the server's")) &&
                     clock.words.contains(QStringLiteral("refused")),
                 qPrintable(clock.words));
    }

private:
    Test::Sandbox m_sandbox;
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
