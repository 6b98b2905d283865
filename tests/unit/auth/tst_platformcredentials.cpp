// Credentials from the platform: a container's credentials endpoint (ECS, EKS Pod Identity) and
// EC2 instance metadata (IMDSv2, the v1 fallback). Both services are FaultyS3Server rules (FAKES:
// the real ones exist only inside AWS), reached through the variables the AWS SDKs honour
// (AWS_CONTAINER_CREDENTIALS_FULL_URI to a loopback address, AWS_EC2_METADATA_SERVICE_ENDPOINT).
#include "auth/credentials.h"
#include "faultys3server.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using namespace PartSweep::Test;

namespace {

QByteArray credentialsJson(const QString &accessKey)
{
    return QStringLiteral("{\"Code\": \"Success\", \"AccessKeyId\": \"%1\", \"SecretAccessKey\": "
                          "\"platform-secret\", \"Token\": \"platform-token\", \"Expiration\": \"%2\"}")
        .arg(accessKey, QDateTime::currentDateTimeUtc().addSecs(6 * 3600).toString(Qt::ISODate))
        .toUtf8();
}

} // namespace

class TestPlatformCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        m_server.reset();
        m_home.reset();
    }

    void containerEndpointWithAuthorizationToken()
    {
        m_server->addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.path != "/v2/credentials/abc")
                return std::nullopt;
            if (r.header("authorization") != "pod-token")
                return FakeResponse::s3Error(401, QStringLiteral("Unauthorized"));
            return FakeResponse::ok(credentialsJson(QStringLiteral("ASIACONTAINER")));
        });
        QFile token(m_home->filePath(QStringLiteral("token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("pod-token\n");
        token.close();
        const Result<ResolvedConnection> resolved =
            resolve({{QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                      m_server->endpoint().toString() + QStringLiteral("/v2/credentials/abc")},
                     {QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"), token.fileName()}});
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIACONTAINER"));
        QCOMPARE(resolved->credentials.sessionToken, QStringLiteral("platform-token"));
        QVERIFY(resolved->credentials.expiration.isValid());
        QVERIFY(resolved->renew); // fetched again before they expire
        QVERIFY(resolved->credentials.source.contains(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI")));

        // A wrong token: the status, never the token.
        const Result<ResolvedConnection> refused =
            resolve({{QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                      m_server->endpoint().toString() + QStringLiteral("/v2/credentials/abc")},
                     {QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), QStringLiteral("wrong-token")}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("answered HTTP 401")) &&
                     !refused.errorString().contains(QStringLiteral("wrong-token")),
                 qPrintable(refused.errorString()));
    }

    // The SDKs' rules: plain http only to the container addresses or a loopback one; no line
    // break in the token (it would inject a header).
    void containerRulesProtectTheCredentials()
    {
        Result<ResolvedConnection> resolved = resolve(
            {{QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"), QStringLiteral("http://example.com/creds")}});
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("over plain http")),
                 qPrintable(resolved.errorString()));
        resolved = resolve({{QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                             m_server->endpoint().toString() + QStringLiteral("/c")},
                            {QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), QStringLiteral("a\r\nX-Evil: 1")}});
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("line break")), qPrintable(resolved.errorString()));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void instanceMetadataV2()
    {
        serveInstanceMetadata(/*v2=*/true);
        const Result<ResolvedConnection> resolved =
            resolve({{QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), m_server->endpoint().toString()}});
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIAINSTANCE"));
        QVERIFY2(resolved->credentials.source.contains(QStringLiteral("role 'app-role'")) &&
                     !resolved->credentials.source.contains(QStringLiteral("IMDSv1")),
                 qPrintable(resolved->credentials.source));
        // The token was asked first, then sent with both reads.
        const QList<RecordedRequest> &sent = m_server->requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[0].method, QByteArray("PUT"));
        QCOMPARE(sent[0].header("x-aws-ec2-metadata-token-ttl-seconds"), QByteArray("21600"));
        QCOMPARE(sent[1].header("x-aws-ec2-metadata-token"), QByteArray("imds-session"));
        QCOMPARE(sent[2].path, QByteArray("/latest/meta-data/iam/security-credentials/app-role"));
        QCOMPARE(sent[2].header("x-aws-ec2-metadata-token"), QByteArray("imds-session"));
    }

    void instanceMetadataFallsBackToV1UnlessDisabled()
    {
        serveInstanceMetadata(/*v2=*/false); // the token call answers 405
        Result<ResolvedConnection> resolved =
            resolve({{QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), m_server->endpoint().toString()}});
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QVERIFY(resolved->credentials.source.contains(QStringLiteral("IMDSv1")));

        // v1 disabled: no credentials from there, and the chain's message says why.
        resolved = resolve({{QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), m_server->endpoint().toString()},
                            {QStringLiteral("AWS_EC2_METADATA_V1_DISABLED"), QStringLiteral("true")}});
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("No credentials found")) &&
                     resolved.errorString().contains(QStringLiteral("no session token (HTTP 405) and IMDSv1 disabled")),
                 qPrintable(resolved.errorString()));
    }

    // Turned off, or nothing listening: not an error of its own, the chain's "nothing found" says
    // what was searched.
    void noInstanceNoCredentials()
    {
        const quint16 port = m_server->endpoint().port();
        m_server.reset(); // nothing listens there now
        Result<ResolvedConnection> resolved = resolve(
            {{QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), QStringLiteral("http://127.0.0.1:%1").arg(port)}});
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("No credentials found")) &&
                     resolved.errorString().contains(QStringLiteral("EC2 instance metadata (no answer at")),
                 qPrintable(resolved.errorString()));
        resolved = resolve({{QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true")}});
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("turned off by AWS_EC2_METADATA_DISABLED")),
                 qPrintable(resolved.errorString()));
    }

private:
    Result<ResolvedConnection> resolve(const QList<std::pair<QString, QString>> &variables) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home->path());
        for (const auto &[name, value] : variables)
            env.insert(name, value);
        return CredentialResolver(env, m_home->path()).resolve(ConnectionOptions());
    }
    void serveInstanceMetadata(bool v2)
    {
        m_server->addRule([v2](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.method == "PUT" && r.path == "/latest/api/token") {
                if (!v2) {
                    FakeResponse refused;
                    refused.status = 405;
                    return refused;
                }
                return FakeResponse::ok("imds-session");
            }
            if (v2 && r.header("x-aws-ec2-metadata-token") != "imds-session") {
                FakeResponse unauthorized;
                unauthorized.status = 401;
                return unauthorized;
            }
            if (r.path == "/latest/meta-data/iam/security-credentials/")
                return FakeResponse::ok("app-role\n");
            if (r.path == "/latest/meta-data/iam/security-credentials/app-role")
                return FakeResponse::ok(credentialsJson(QStringLiteral("ASIAINSTANCE")));
            return std::nullopt;
        });
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FaultyS3Server> m_server;
};

QTEST_GUILESS_MAIN(TestPlatformCredentials)
#include "tst_platformcredentials.moc"
