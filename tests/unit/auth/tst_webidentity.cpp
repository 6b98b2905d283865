// Web identity federation (AssumeRoleWithWebIdentity), as on EKS or GitHub Actions: the token
// file and the role from the environment or the profile, sent UNSIGNED to STS, the token file read
// again when the credentials are renewed. STS is FaultyS3Server answering the one action (a FAKE:
// Ceph RGW only answers AssumeRoleWithWebIdentity with an OpenID Connect provider set up, which
// the sandbox does not have), reached through AWS_ENDPOINT_URL_STS as the AWS SDKs allow.
#include "auth/credentials.h"
#include "faultys3server.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrlQuery>

using namespace PartSweep;
using namespace PartSweep::Test;

namespace {

QByteArray stsAnswer(const QString &accessKey, const QDateTime &expiration)
{
    return QStringLiteral("<AssumeRoleWithWebIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                          "<AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>%1</AccessKeyId>"
                          "<SecretAccessKey>web-secret</SecretAccessKey><SessionToken>web-token</SessionToken>"
                          "<Expiration>%2</Expiration></Credentials><AssumedRoleUser>"
                          "<Arn>arn:aws:sts::123456789012:assumed-role/Pods/s</Arn></AssumedRoleUser>"
                          "</AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>")
        .arg(accessKey, expiration.toString(Qt::ISODate))
        .toUtf8();
}

// An AssumeRole answer (the role of a profile whose source_profile uses web identity).
QByteArray assumeRoleAnswer()
{
    return QStringLiteral("<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAADMIN</AccessKeyId>"
                          "<SecretAccessKey>admin-secret</SecretAccessKey><SessionToken>admin-token</SessionToken>"
                          "<Expiration>%1</Expiration></Credentials><AssumedRoleUser>"
                          "<Arn>arn:aws:sts::210987654321:assumed-role/Admin/s</Arn></AssumedRoleUser>"
                          "</AssumeRoleResult></AssumeRoleResponse>")
        .arg(QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate))
        .toUtf8();
}

QString formValue(const RecordedRequest &request, const QString &name)
{
    return QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

class TestWebIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_sts = std::make_unique<FaultyS3Server>();
        QVERIFY(m_sts->listen());
        m_sts->addRule([this](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.method == "POST" && r.body.startsWith("Action=AssumeRole&"))
                return FakeResponse::ok(assumeRoleAnswer());
            if (r.method != "POST" || !r.body.contains("Action=AssumeRoleWithWebIdentity"))
                return std::nullopt;
            if (formValue(r, QStringLiteral("WebIdentityToken")) == u"revoked")
                return FakeResponse::s3Error(400, QStringLiteral("InvalidIdentityToken"),
                                             QStringLiteral("Token is expired"));
            return FakeResponse::ok(
                stsAnswer(QStringLiteral("ASIAWEB%1").arg(++m_answers), QDateTime::currentDateTimeUtc().addSecs(3600)));
        });
    }
    void cleanup()
    {
        m_sts.reset();
        m_home.reset();
    }

    void environmentTokenFileAndRole()
    {
        writeToken(QStringLiteral("first.jwt"));
        const CredentialResolver resolver(environment(), m_home->path());
        const Result<ResolvedConnection> resolved = resolver.resolve(ConnectionOptions());
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIAWEB1"));
        QCOMPARE(resolved->credentials.sessionToken, QStringLiteral("web-token"));
        QCOMPARE(resolved->assumedRoleArn, QStringLiteral("arn:aws:sts::123456789012:assumed-role/Pods/s"));

        QCOMPARE(m_sts->requestCount(), 1);
        const RecordedRequest &sent = m_sts->requests().constFirst();
        QVERIFY2(!sent.hasHeader("authorization"), "AssumeRoleWithWebIdentity is sent unsigned");
        QCOMPARE(formValue(sent, QStringLiteral("RoleArn")), QStringLiteral("arn:aws:iam::123456789012:role/Pods"));
        QCOMPARE(formValue(sent, QStringLiteral("RoleSessionName")), QStringLiteral("pod-7"));
        QCOMPARE(formValue(sent, QStringLiteral("WebIdentityToken")), QStringLiteral("first.jwt"));

        // Renewal reads the token file again (the platform rotates it).
        QVERIFY(resolved->renew);
        writeToken(QStringLiteral("rotated.jwt"));
        const Result<AwsCredentials> renewed = resolved->renew(RenewingCredentialsProvider::Renewal::Expiring);
        QVERIFY2(renewed.ok(), qPrintable(renewed.errorString()));
        QCOMPARE(renewed->accessKeyId, QStringLiteral("ASIAWEB2"));
        QCOMPARE(formValue(m_sts->requests().constLast(), QStringLiteral("WebIdentityToken")),
                 QStringLiteral("rotated.jwt"));
    }

    // The profile's keys, and with --profile the environment's variables are not used.
    void profileSettingsAndExplicitProfile()
    {
        writeToken(QStringLiteral("profile.jwt"));
        writeFile(QStringLiteral(".aws/config"),
                  QStringLiteral("[profile pods]\nweb_identity_token_file = ~/token\n"
                                 "role_arn = arn:aws:iam::123456789012:role/FromProfile\n"
                                 "[profile broken]\nweb_identity_token_file = ~/token\n"));
        ConnectionOptions options;
        options.profile = QStringLiteral("pods");
        Result<ResolvedConnection> resolved = CredentialResolver(environment(), m_home->path()).resolve(options);
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(formValue(m_sts->requests().constLast(), QStringLiteral("RoleArn")),
                 QStringLiteral("arn:aws:iam::123456789012:role/FromProfile"));

        options.profile = QStringLiteral("broken");
        resolved = CredentialResolver(environment(), m_home->path()).resolve(options);
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().message.contains(QStringLiteral("no role_arn")), qPrintable(resolved.errorString()));
    }

    // A role profile whose source_profile gets its credentials with a web identity token (as
    // botocore resolves a source profile through the whole profile chain): the token's role
    // first (unsigned), then AssumeRole signed with its credentials.
    void webIdentityProfileAsSourceProfile()
    {
        writeToken(QStringLiteral("source.jwt"));
        writeFile(QStringLiteral(".aws/config"),
                  QStringLiteral("[profile pods]\nweb_identity_token_file = ~/token\n"
                                 "role_arn = arn:aws:iam::123456789012:role/FromProfile\n"
                                 "[profile admin]\nrole_arn = arn:aws:iam::210987654321:role/Admin\n"
                                 "source_profile = pods\nregion = eu-west-1\n"));
        ConnectionOptions options;
        options.profile = QStringLiteral("admin");
        const Result<ResolvedConnection> resolved = CredentialResolver(environment(), m_home->path()).resolve(options);
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIAADMIN"));
        QCOMPARE(m_sts->requestCount(), 2);
        const RecordedRequest &web = m_sts->requests().at(0);
        QVERIFY(!web.hasHeader("authorization"));
        QCOMPARE(formValue(web, QStringLiteral("WebIdentityToken")), QStringLiteral("source.jwt"));
        QCOMPARE(formValue(web, QStringLiteral("RoleArn")),
                 QStringLiteral("arn:aws:iam::123456789012:role/FromProfile"));
        const RecordedRequest &assume = m_sts->requests().at(1);
        QCOMPARE(formValue(assume, QStringLiteral("RoleArn")), QStringLiteral("arn:aws:iam::210987654321:role/Admin"));
        QVERIFY2(assume.header("authorization").contains("Credential=ASIAWEB"),
                 assume.header("authorization").constData());
        QCOMPARE(assume.header("x-amz-security-token"), QByteArray("web-token"));
    }

    void missingTokenFileAndRefusedToken()
    {
        CredentialResolver resolver(environment(), m_home->path());
        Result<ResolvedConnection> resolved = resolver.resolve(ConnectionOptions());
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().message.contains(QStringLiteral("token file")) &&
                     resolved.error().message.contains(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE")),
                 qPrintable(resolved.errorString()));
        QCOMPARE(m_sts->requestCount(), 0);

        writeToken(QStringLiteral("revoked"));
        resolved = resolver.resolve(ConnectionOptions());
        QVERIFY(!resolved.ok());
        const QString message = resolved.errorString();
        QVERIFY2(message.contains(QStringLiteral("InvalidIdentityToken")) &&
                     message.contains(QStringLiteral("arn:aws:iam::123456789012:role/Pods")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("revoked")), "the token itself is never quoted");
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), m_home->filePath(QStringLiteral("token")));
        env.insert(QStringLiteral("AWS_ROLE_ARN"), QStringLiteral("arn:aws:iam::123456789012:role/Pods"));
        env.insert(QStringLiteral("AWS_ROLE_SESSION_NAME"), QStringLiteral("pod-7"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_sts->endpoint().toString());
        return env;
    }
    void writeToken(const QString &token) { writeFile(QStringLiteral("token"), token + u'\n'); }
    void writeFile(const QString &relative, const QString &content)
    {
        const QString path = m_home->filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.toUtf8());
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FaultyS3Server> m_sts;
    int m_answers = 0;
};

QTEST_GUILESS_MAIN(TestWebIdentity)
#include "tst_webidentity.moc"
