// ConnectionResolver: a saved connection becomes an S3ClientConfig off the caller's thread, with
// the profile's settings (from a temporary HOME), the connection's overrides, the secrets of the
// secret store for hand-entered connections, and errors that never hold a secret.
#include "connection/connectionresolver.h"
#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "faultys3server.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace PartSweep;

namespace {

const QString ProdSecret = QStringLiteral("prodSecretKeyThatMustNeverShow0000000001");
const QString LabSecret = QStringLiteral("labSecretKeyThatMustNeverShow00000000002");
const QString LabToken = QStringLiteral("labSessionTokenThatMustNeverShow00000003");

// Collects the one answer of a resolve, and where it ran.
struct Answer
{
    std::optional<Result<ResolvedClient>> result;
    QThread *thread = nullptr;
    int calls = 0;

    ConnectionResolver::Done callback()
    {
        return [this](Result<ResolvedClient> r) {
            result = std::move(r);
            thread = QThread::currentThread();
            ++calls;
        };
    }
};

QString everything(const Result<ResolvedClient> &r)
{
    if (!r)
        return r.error().toString() + u'\n' + r.error().message + u'\n' + r.error().hint;
    return r->notes.join(u'\n') + u'\n' + r->description + u'\n' + r->config.credentials.source;
}

} // namespace

class TestConnectionResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        writeFile(QStringLiteral(".aws/credentials"),
                  QStringLiteral("[prod]\naws_access_key_id = AKIAPRODEXAMPLE\naws_secret_access_key = %1\n")
                      .arg(ProdSecret));
        writeFile(QStringLiteral(".aws/config"),
                  QStringLiteral("[profile prod]\nregion = eu-west-1\n"
                                 "[profile lab]\nregion = eu-north-1\nendpoint_url = http://127.0.0.1:7480\n"
                                 "aws_access_key_id = AKIALABPROFILE\naws_secret_access_key = x\n"));
    }

    // What both front ends say every time (the CLI's warning line, the window's banner).
    void securityWarningOnlyWhenCertificatesGoUnchecked()
    {
        S3ClientConfig config;
        config.region = QStringLiteral("eu-west-1");
        QVERIFY(securityWarning(config).isEmpty());
        config.verifyTls = false;
        QVERIFY2(securityWarning(config).contains(QStringLiteral("could pose as s3.eu-west-1.amazonaws.com")),
                 qPrintable(securityWarning(config)));
        config.endpoint = QUrl(QStringLiteral("https://ceph.lab:7480"));
        QVERIFY(securityWarning(config).contains(QStringLiteral("ceph.lab")));
        config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:7480")); // no TLS to verify
        QVERIFY(securityWarning(config).isEmpty());
    }

    void profileResolvesOnAWorkerAndAnswersOnTheCallersThread()
    {
        MemorySecretStore secrets;
        ConnectionResolver resolver(environment(), m_home->path(), &secrets);
        Answer answer;
        resolver.resolve(ConnectionSettings::forProfile(QStringLiteral("prod")), this, answer.callback());
        QCOMPARE(answer.calls, 0); // never inside the call
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.thread, QThread::currentThread());
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->errorString()));
        const ResolvedClient &client = answer.result->value();
        QCOMPARE(client.profile, QStringLiteral("prod"));
        QCOMPARE(client.config.region, QStringLiteral("eu-west-1"));
        QVERIFY(client.config.endpoint.isEmpty());
        QCOMPARE(client.config.credentials.accessKeyId, QStringLiteral("AKIAPRODEXAMPLE"));
        QVERIFY(client.config.credentials.secretAccessKey == ProdSecret);
        QCOMPARE(client.description, QStringLiteral("profile prod · eu-west-1 · https://s3.eu-west-1.amazonaws.com"));
        QVERIFY(!everything(*answer.result).contains(ProdSecret));
    }

    void connectionOverridesBeatTheProfile()
    {
        MemorySecretStore secrets;
        ConnectionResolver resolver(environment(), m_home->path(), &secrets);
        ConnectionSettings lab = ConnectionSettings::forProfile(QStringLiteral("lab"));
        lab.region = QStringLiteral("us-west-2");
        lab.addressingStyle = AddressingStyle::Virtual;
        lab.addressingStyleSet = true;
        lab.requestPayer = true;
        lab.expectedBucketOwner = QStringLiteral("123456789012");
        lab.concurrency = 7;
        lab.maxAttempts = 9;
        lab.verifyTls = false;
        Answer answer;
        resolver.resolve(lab, this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->errorString()));
        const S3ClientConfig &config = answer.result->value().config;
        QCOMPARE(config.region, QStringLiteral("us-west-2"));
        QCOMPARE(config.endpoint, QUrl(QStringLiteral("http://127.0.0.1:7480")));
        QCOMPARE(config.addressingStyle, AddressingStyle::Virtual);
        QCOMPARE(config.requestPayer, true);
        QCOMPARE(config.expectedBucketOwner, QStringLiteral("123456789012"));
        QCOMPARE(config.concurrency, 7);
        QCOMPARE(config.maxAttempts, 9);
        QCOMPARE(config.verifyTls, false);
        QVERIFY(answer.result->value().notes.join(u' ').contains(QStringLiteral("not verified")));
        QCOMPARE(answer.result->value().description, QStringLiteral("profile lab · us-west-2 · http://127.0.0.1:7480"));
    }

    // A credential_process that waits for the test to go on: if resolve() blocked the caller,
    // the marker would never be written and the process would time out.
    void credentialProcessDoesNotBlockTheCaller()
    {
        const QString marker = m_home->filePath(QStringLiteral("go"));
        const QString script = writeFile(
            QStringLiteral("bin/creds"),
            QStringLiteral("#!/bin/sh\nwhile [ ! -e '%1' ]; do sleep 0.05; done\n"
                           "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROCESS\", \"SecretAccessKey\": \"%2\"}'\n")
                .arg(marker, ProdSecret));
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        writeFile(QStringLiteral(".aws/config"),
                  QStringLiteral("[profile proc]\ncredential_process = %1\n").arg(script));

        MemorySecretStore secrets;
        ConnectionResolver resolver(environment(), m_home->path(), &secrets);
        resolver.setCredentialProcessTimeout(20000);
        Answer answer;
        resolver.resolve(ConnectionSettings::forProfile(QStringLiteral("proc")), this, answer.callback());
        QCOMPARE(answer.calls, 0);
        writeFile(QStringLiteral("go"), QStringLiteral("go"));
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 15000);
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->errorString()));
        QCOMPARE(answer.result->value().config.credentials.accessKeyId, QStringLiteral("AKIAPROCESS"));
        QCOMPARE(answer.result->value().credentialProcess, script);
    }

    // Temporary credentials of a credential_process are renewed by running it again in the
    // environment it first ran in (the resolver's), not the application's.
    void credentialProcessIsRunAgainInTheSameEnvironment()
    {
        const QString script = writeFile(
            QStringLiteral("bin/creds"),
            QStringLiteral("#!/bin/sh\necho \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"$PARTSWEEP_TEST_KEY\\\", "
                           "\\\"SecretAccessKey\\\": \\\"s\\\", \\\"SessionToken\\\": \\\"t\\\", "
                           "\\\"Expiration\\\": \\\"$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)\\\"}\"\n"));
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        writeFile(QStringLiteral(".aws/config"),
                  QStringLiteral("[profile proc]\ncredential_process = %1\n").arg(script));
        qunsetenv("PARTSWEEP_TEST_KEY");
        MemorySecretStore secrets;
        ConnectionResolver resolver(environment({QStringLiteral("PARTSWEEP_TEST_KEY=ASIAFROMENV")}), m_home->path(),
                                    &secrets);
        Answer answer;
        resolver.resolve(ConnectionSettings::forProfile(QStringLiteral("proc")), this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 15000);
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->errorString()));
        const std::shared_ptr<CredentialsProvider> provider = answer.result->value().config.credentialsProvider;
        QVERIFY(provider);
        QVERIFY(provider->markExpired()); // as after ExpiredToken
        std::optional<Result<Unit>> renewed;
        provider->refresh(this, [&renewed](Result<Unit> r) { renewed = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 15000);
        QVERIFY2(renewed->ok(), qPrintable(renewed->errorString()));
        QCOMPARE(provider->credentials().accessKeyId, QStringLiteral("ASIAFROMENV"));
    }

    void missingProfileIsAnError()
    {
        MemorySecretStore secrets;
        ConnectionResolver resolver(environment(), m_home->path(), &secrets);
        Answer answer;
        resolver.resolve(ConnectionSettings::forProfile(QStringLiteral("nope")), this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.result->ok());
        QVERIFY2(answer.result->errorString().contains(QStringLiteral("nope")),
                 qPrintable(answer.result->errorString()));
    }

    void manualConnectionUsesTheSecretStoreOnly()
    {
        MemorySecretStore secrets;
        // Environment keys and AWS_REGION must not leak into a hand-entered connection.
        ConnectionResolver resolver(
            environment({QStringLiteral("AWS_REGION=ap-south-1"), QStringLiteral("AWS_CA_BUNDLE=/nonexistent/ca.pem"),
                         QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENV"),
                         QStringLiteral("AWS_SECRET_ACCESS_KEY=envsecret")}),
            m_home->path(), &secrets);
        ConnectionSettings lab;
        lab.kind = ConnectionSettings::Kind::Manual;
        lab.name = QStringLiteral("lab");
        lab.endpointUrl = QStringLiteral("http://127.0.0.1:9000");
        lab.accessKeyId = QStringLiteral("AKIALAB");
        int written = 0;
        secrets.write(lab.name, SecretKind::SecretAccessKey, LabSecret, this, [&written](Result<Unit>) { ++written; });
        secrets.write(lab.name, SecretKind::SessionToken, LabToken, this, [&written](Result<Unit>) { ++written; });
        QTRY_COMPARE(written, 2);

        Answer answer;
        resolver.resolve(lab, this, answer.callback());
        QCOMPARE(answer.calls, 0);
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->errorString()));
        const ResolvedClient &client = answer.result->value();
        QCOMPARE(client.config.credentials.accessKeyId, QStringLiteral("AKIALAB"));
        QVERIFY(client.config.credentials.secretAccessKey == LabSecret);
        QVERIFY(client.config.credentials.sessionToken == LabToken);
        QCOMPARE(client.config.region, QStringLiteral("us-east-1"));
        QVERIFY(client.config.caBundle.isEmpty());
        QCOMPARE(client.config.endpoint, QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QVERIFY(client.notes.join(u' ').contains(QStringLiteral("No region set")));
        QCOMPARE(client.description, QStringLiteral("lab · us-east-1 · http://127.0.0.1:9000"));
        const QString words = everything(*answer.result);
        QVERIFY(!words.contains(LabSecret) && !words.contains(LabToken));
    }

    void manualWithoutSecretSaysWhatIsMissing()
    {
        MemorySecretStore secrets(QStringLiteral("No keychain service (test)."));
        ConnectionResolver resolver(environment(), m_home->path(), &secrets);
        ConnectionSettings lab;
        lab.kind = ConnectionSettings::Kind::Manual;
        lab.name = QStringLiteral("lab");
        lab.accessKeyId = QStringLiteral("AKIALAB");
        Answer answer;
        resolver.resolve(lab, this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.result->ok());
        const QString words = answer.result->errorString();
        QCOMPARE(answer.result->error().kind, S3Error::Kind::Credentials);
        QVERIFY2(words.contains(QStringLiteral("secret key")) && words.contains(QStringLiteral("AKIALAB")),
                 qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("only for this session")), qPrintable(words));
    }

    void resolveWithUsesTheKeysGiven()
    {
        ConnectionResolver resolver(environment(), m_home->path(), nullptr);
        ConnectionSettings lab;
        lab.kind = ConnectionSettings::Kind::Manual;
        lab.name = QStringLiteral("lab");
        lab.accessKeyId = QStringLiteral("AKIALAB");
        lab.caBundle = m_home->filePath(QStringLiteral("missing-ca.pem"));
        AwsCredentials keys;
        keys.secretAccessKey = LabSecret;
        Answer answer;
        resolver.resolveWith(lab, keys, this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.result->ok()); // the CA bundle is checked before any request fails on it
        QVERIFY2(answer.result->errorString().contains(QStringLiteral("missing-ca.pem")),
                 qPrintable(answer.result->errorString()));
        QVERIFY(!everything(*answer.result).contains(LabSecret));

        lab.caBundle.clear();
        Answer second;
        resolver.resolveWith(lab, keys, this, second.callback());
        QTRY_COMPARE(second.calls, 1);
        QVERIFY(second.result->ok());
        QVERIFY(second.result->value().config.credentials.secretAccessKey == LabSecret);
    }

    void noAnswerAfterTheContextOrResolverIsGone()
    {
        MemorySecretStore secrets;
        auto resolver = std::make_unique<ConnectionResolver>(environment(), m_home->path(), &secrets);
        auto *context = new QObject;
        Answer dead;
        resolver->resolve(ConnectionSettings::forProfile(QStringLiteral("prod")), context, dead.callback());
        delete context;
        Answer gone;
        resolver->resolve(ConnectionSettings::forProfile(QStringLiteral("prod")), this, gone.callback());
        resolver.reset();
        Answer alive;
        ConnectionResolver other(environment(), m_home->path(), &secrets);
        other.resolve(ConnectionSettings::forProfile(QStringLiteral("prod")), this, alive.callback());
        QTRY_COMPARE(alive.calls, 1);
        QTest::qWait(0); // lets any answer already queued arrive (there must be none)
        QCOMPARE(dead.calls, 0);
        QCOMPARE(gone.calls, 0);
    }

    // Who the connection signs in as: STS GetCallerIdentity, signed for "sts" with the connection's
    // keys, sent where the profile's endpoint_url points (S3-compatible servers answer STS on their
    // S3 endpoint, when they do). The STS here is a FAKE (FaultyS3Server rules); Ceph RGW 16.2
    // answers the call with HTTP 400 "Unknown", which must read as "not known", not as a failure.
    void identityIsLookedUpWhereTheServerAnswersIt()
    {
        using namespace PartSweep::Test;
        FaultyS3Server server;
        QVERIFY(server.listen());
        QList<RecordedRequest> asked;
        bool implemented = true;
        server.addRule([&](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.method != "POST" || r.body != "Action=GetCallerIdentity&Version=2011-06-15")
                return std::nullopt;
            asked << r;
            if (!implemented)
                return FakeResponse::s3Error(400, QStringLiteral("Unknown"));
            return FakeResponse::ok("<GetCallerIdentityResponse><GetCallerIdentityResult>"
                                    "<Arn>arn:aws:iam::123456789012:user/lab-admin</Arn><UserId>AIDALAB</UserId>"
                                    "<Account>123456789012</Account></GetCallerIdentityResult>"
                                    "</GetCallerIdentityResponse>");
        });
        writeFile(QStringLiteral(".aws/config"),
                  QStringLiteral("[profile lab]\nregion = eu-north-1\nendpoint_url = %1\n"
                                 "aws_access_key_id = AKIALABPROFILE\naws_secret_access_key = %2\n")
                      .arg(server.endpoint().toString(), LabSecret));
        MemorySecretStore secrets;
        ConnectionResolver resolver(environment(), m_home->path(), &secrets);
        Answer answer;
        resolver.resolve(ConnectionSettings::forProfile(QStringLiteral("lab")), this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->errorString()));
        QVERIFY(answer.result->value().sts);

        std::optional<Result<Auth::CallerIdentity>> identity;
        resolver.lookUpIdentity(answer.result->value(), this,
                                [&identity](Result<Auth::CallerIdentity> r) { identity = std::move(r); });
        QVERIFY(!identity); // never inside the call
        QTRY_VERIFY(identity);
        QVERIFY2(identity->ok(), qPrintable(identity->errorString()));
        QCOMPARE(describeIdentity(identity->value()),
                 QStringLiteral("arn:aws:iam::123456789012:user/lab-admin (account 123456789012)"));
        QCOMPARE(asked.size(), 1);
        const QByteArray authorization = asked.first().header("authorization");
        QVERIFY2(authorization.contains("Credential=AKIALABPROFILE/") &&
                     authorization.contains("/eu-north-1/sts/aws4_request"),
                 authorization.constData());
        QCOMPARE(describeExpiry(answer.result->value()), QStringLiteral("without expiry (long-term keys)"));

        implemented = false;
        identity.reset();
        resolver.lookUpIdentity(answer.result->value(), this,
                                [&identity](Result<Auth::CallerIdentity> r) { identity = std::move(r); });
        QTRY_VERIFY(identity);
        QVERIFY(!identity->ok());
        QVERIFY2(identity->error().hint.contains(QStringLiteral("works without it")),
                 qPrintable(identity->errorString()));
        QVERIFY(!identity->errorString().contains(LabSecret));
    }

    void listsProfilesAndTheDefaultChain()
    {
        QTemporaryDir dir;
        ConnectionStore store(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat));
        ConnectionResolver without(environment(), m_home->path(), nullptr);
        QCOMPARE(without.connections(store).size(), 2); // lab, prod
        ConnectionResolver with(environment({QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENV"),
                                             QStringLiteral("AWS_SECRET_ACCESS_KEY=envsecret")}),
                                m_home->path(), nullptr);
        const QList<ConnectionSettings> listed = with.connections(store);
        QCOMPARE(listed.size(), 3);
        QVERIFY(listed.constFirst().isDefaultChain());

        Answer answer;
        with.resolve(listed.constFirst(), this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(answer.result->ok(), qPrintable(answer.result->errorString()));
        QCOMPARE(answer.result->value().config.credentials.accessKeyId, QStringLiteral("AKIAENV"));
        QVERIFY(answer.result->value().description.startsWith(QStringLiteral("default chain")));
    }

    void clientConfigTakesEveryOption()
    {
        ResolvedConnection resolved;
        resolved.region = QStringLiteral("eu-central-1");
        resolved.endpointUrl = QStringLiteral("https://s3.example.com");
        resolved.caBundle = QStringLiteral("/ca.pem");
        resolved.addressingStyle = AddressingStyle::Path;
        resolved.credentials.accessKeyId = QStringLiteral("AKIA");
        ClientOptions options;
        options.verifyTls = false;
        options.requestPayer = true;
        options.expectedBucketOwner = QStringLiteral("111122223333");
        options.concurrency = 3;
        options.maxAttempts = 4;
        const S3ClientConfig config = makeClientConfig(resolved, options);
        QCOMPARE(config.region, resolved.region);
        QCOMPARE(config.endpoint, QUrl(resolved.endpointUrl));
        QCOMPARE(config.caBundle, resolved.caBundle);
        QCOMPARE(config.addressingStyle, AddressingStyle::Path);
        QCOMPARE(config.credentials.accessKeyId, QStringLiteral("AKIA"));
        QCOMPARE(config.verifyTls, false);
        QCOMPARE(config.requestPayer, true);
        QCOMPARE(config.expectedBucketOwner, options.expectedBucketOwner);
        QCOMPARE(config.concurrency, 3);
        QCOMPARE(config.maxAttempts, 4);
    }

private:
    QString writeFile(const QString &relativePath, const QString &content)
    {
        const QString path = QDir(m_home->path()).filePath(relativePath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write test file");
        file.write(content.toUtf8());
        return path;
    }

    // Never the real environment: a developer's AWS_* variables must not change the results.
    QProcessEnvironment environment(const QStringList &assignments = {}) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), m_home->path());
        for (const QString &assignment : assignments) {
            const qsizetype equals = assignment.indexOf(u'=');
            env.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
        return env;
    }

    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestConnectionResolver)
#include "tst_connectionresolver.moc"
