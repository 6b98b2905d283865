// Credentials from a credential_process, run again before they expire: a long job must not die
// with ExpiredToken. The process is a real shell script; the S3 side is FakeTransport (a FAKE, no
// network), which shows which access key signed each request.
#include "auth/credentialprocess.h"
#include "auth/renewingcredentialsprovider.h"
#include "faketransport.h"
#include "s3/s3client.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using PartSweep::Test::FakeTransport;

namespace {

S3ClientConfig config()
{
    S3ClientConfig config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.addressingStyle = AddressingStyle::Path;
    return config;
}

AwsCredentials expiringIn(qint64 seconds)
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIAFIRST");
    credentials.secretAccessKey = QStringLiteral("first-secret");
    credentials.sessionToken = QStringLiteral("first-token");
    credentials.expiration = QDateTime::currentDateTimeUtc().addSecs(seconds);
    credentials.source = QStringLiteral("credential_process of profile 'p'");
    return credentials;
}

} // namespace

// A profile's credential_process renewed as the resolver renews it (ResolvedConnection::renew):
// the process run again, in the same environment.
std::shared_ptr<RenewingCredentialsProvider> processProvider(const QString &command, const AwsCredentials &initial)
{
    return std::make_shared<RenewingCredentialsProvider>(
        [command](RenewingCredentialsProvider::Renewal) {
            return Auth::runCredentialProcess(QProcessEnvironment::systemEnvironment(), command, QStringLiteral("p"),
                                              30000);
        },
        QStringLiteral("credential_process of profile 'p'"), initial);
}

class TestProcessCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A credential_process that counts its runs and hands out keys valid for an hour (or fails).
    QString script(bool fails)
    {
        const QString path = m_dir.filePath(fails ? QStringLiteral("fails.sh") : QStringLiteral("ok.sh"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        const QByteArray counter = m_dir.filePath(QStringLiteral("runs")).toUtf8();
        f.write("#!/bin/sh\nn=$(( $(cat '" + counter + "' 2>/dev/null || echo 0) + 1 ))\necho $n > '" + counter +
                "'\n");
        if (fails)
            f.write("echo 'the vault is sealed' >&2\nexit 3\n");
        else
            f.write("printf '{\"Version\": 1, \"AccessKeyId\": \"AKIAREFRESHED%s\", \"SecretAccessKey\": \"s\", "
                    "\"SessionToken\": \"t\", \"Expiration\": \"%s\"}' \"$n\" "
                    "\"$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)\"\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    // Sends `requests` aborts one after the other through a client of `provider`; the access key
    // that signed each.
    QList<QByteArray> signWith(std::shared_ptr<CredentialsProvider> provider, int requests,
                               QList<Result<AbortAnswer>> *results = nullptr, std::deque<HttpResult> answers = {})
    {
        auto *transport = new FakeTransport;
        transport->answers = std::move(answers);
        S3Client client(config(), std::unique_ptr<HttpTransport>(transport), std::move(provider));
        QList<Result<AbortAnswer>> answered;
        for (int i = 0; i < requests; ++i) {
            client.abortUpload(QStringLiteral("b"), QStringLiteral("k%1").arg(i), QStringLiteral("u"), this,
                               [&answered](Result<AbortAnswer> r, const ResponseMeta &) { answered << r; });
            [&] { QTRY_COMPARE_WITH_TIMEOUT(answered.size(), i + 1, 30000); }();
        }
        if (results)
            *results = answered;
        QList<QByteArray> signers;
        for (const FakeTransport::Exchange &e : std::as_const(transport->exchanges)) {
            const qsizetype from = e.authorization.indexOf("Credential=") + 11;
            signers << e.authorization.mid(from, e.authorization.indexOf('/', from) - from); // the access key
        }
        return signers;
    }

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("runs"))); }

    // Less than a minute left: the process runs before the request, once; the next request uses
    // the new keys without running it again.
    void refreshesBeforeExpiry()
    {
        auto provider = processProvider(script(false), expiringIn(30));
        const QList<QByteArray> signers = signWith(provider, 2);
        QCOMPARE(signers, (QList<QByteArray>{"AKIAREFRESHED1", "AKIAREFRESHED1"}));
        QCOMPARE(provider->refreshes(), 1);
        QVERIFY(provider->credentials().expiration > QDateTime::currentDateTimeUtc().addSecs(3000));
    }

    // Hours left: nothing runs.
    void freshCredentialsAreKept()
    {
        auto provider = processProvider(script(false), expiringIn(7200));
        QCOMPARE(signWith(provider, 1), QList<QByteArray>{"AKIAFIRST"});
        QCOMPARE(provider->refreshes(), 0);
    }

    // Four minutes left and the process fails: the current keys still serve (advisory refresh),
    // and it is not run again for every request.
    void failedAdvisoryRefreshKeepsTheCurrentKeys()
    {
        auto provider = processProvider(script(true), expiringIn(240));
        const QList<QByteArray> signers = signWith(provider, 2);
        QCOMPARE(signers.size(), 2);
        QCOMPARE(signers, (QList<QByteArray>{"AKIAFIRST", "AKIAFIRST"}));
        QCOMPARE(provider->refreshes(), 1);
    }

    // The server says ExpiredToken although the Expiration field promised hours (clocks differ,
    // a token revoked early): the process runs again and the request goes out once more, signed
    // with the new keys, and succeeds. Before, the request failed and the job with it.
    void expiredTokenAnswerRenewsAndSendsAgain()
    {
        auto provider = processProvider(script(false), expiringIn(7200));
        QList<Result<AbortAnswer>> results;
        const QList<QByteArray> signers =
            signWith(provider, 1, &results, {FakeTransport::error(400, QByteArrayLiteral("ExpiredToken"))});
        QCOMPARE(signers, (QList<QByteArray>{"AKIAFIRST", "AKIAREFRESHED1"}));
        QVERIFY2(results.first().ok(), qPrintable(results.first().errorString()));
        QCOMPARE(provider->refreshes(), 1);
    }

    // Keys that cannot be renewed, refused as expired: the answer is the error, sent once.
    void expiredTokenWithKeysThatCannotBeRenewedFails()
    {
        AwsCredentials keys = expiringIn(7200);
        keys.expiration = {};
        QList<Result<AbortAnswer>> results;
        const QList<QByteArray> signers = signWith(std::make_shared<StaticCredentialsProvider>(keys), 1, &results,
                                                   {FakeTransport::error(400, QByteArrayLiteral("ExpiredToken"))});
        QCOMPARE(signers, QList<QByteArray>{"AKIAFIRST"});
        QVERIFY(!results.first().ok());
        QCOMPARE(results.first().error().code, QStringLiteral("ExpiredToken"));
    }

    // The process keeps handing out keys the server calls expired: renewed and sent again once,
    // then the error (no loop).
    void expiredTokenAfterRenewalIsTheAnswer()
    {
        auto provider = processProvider(script(false), expiringIn(7200));
        QList<Result<AbortAnswer>> results;
        const QList<QByteArray> signers = signWith(provider, 1, &results,
                                                   {FakeTransport::error(400, QByteArrayLiteral("ExpiredToken")),
                                                    FakeTransport::error(400, QByteArrayLiteral("ExpiredToken"))});
        QCOMPARE(signers.size(), 2);
        QVERIFY(!results.first().ok());
        QCOMPARE(results.first().error().code, QStringLiteral("ExpiredToken"));
        QCOMPARE(provider->refreshes(), 1);
    }

    // Seconds left and the process fails: requests fail with its error, nothing is sent signed
    // with keys about to expire.
    void failedMandatoryRefreshFailsTheRequest()
    {
        auto provider = processProvider(script(true), expiringIn(20));
        QList<Result<AbortAnswer>> results;
        const QList<QByteArray> signers = signWith(provider, 1, &results);
        QVERIFY(signers.isEmpty());
        QVERIFY(!results.first().ok());
        QCOMPARE(results.first().error().kind, S3Error::Kind::Credentials);
        QVERIFY2(results.first().error().message.contains(QStringLiteral("exit code 3")),
                 qPrintable(results.first().error().message));
    }
};

QTEST_GUILESS_MAIN(TestProcessCredentials)
#include "tst_processcredentials.moc"
