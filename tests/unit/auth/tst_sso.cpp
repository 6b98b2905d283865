// IAM Identity Center profiles: the token `aws sso login` leaves in ~/.aws/sso/cache (fixtures in
// the AWS CLI's documented format and file names), refreshed through OIDC when it nears expiry
// and written back for both tools, the role's credentials from the portal, and every way it can
// fail said in words. The portal and OIDC services are FakeIdentityCenter (a FAKE: they exist
// only at AWS), reached through AWS_ENDPOINT_URL_SSO / AWS_ENDPOINT_URL_SSO_OIDC.
#include "auth/credentials.h"
#include "auth/sso.h"
#include "fakeidentitycenter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrlQuery>

using namespace PartSweep;
using namespace PartSweep::Test;

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

QString sha1(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

class TestSso : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
        m_sso = std::make_unique<FakeIdentityCenter>(*m_server);
        // STS for a role assumed with the sign-in's credentials (a FAKE too, on the same server).
        m_server->addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.method != "POST" || !r.body.startsWith("Action=AssumeRole&"))
                return std::nullopt;
            if (!r.header("authorization").contains("Credential=ASIASSO/") ||
                r.header("x-amz-security-token") != "sso-session-token")
                return FakeResponse::s3Error(403, QStringLiteral("InvalidClientTokenId"));
            return FakeResponse::ok(
                QStringLiteral("<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAAUDIT</AccessKeyId>"
                               "<SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>%1"
                               "</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>")
                    .arg(QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate))
                    .toUtf8());
        });
        writeFile(QStringLiteral(".aws/config"),
                  QStringLiteral("[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
                                 "sso_role_name = Admin\nregion = eu-west-1\n"
                                 "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
                                 "sso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n"
                                 "[profile legacy]\nsso_start_url = https://old.awsapps.com/start\n"
                                 "sso_region = us-east-1\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n"
                                 "[profile other-account]\nsso_session = corp\nsso_account_id = 999999999999\n"
                                 "sso_role_name = Admin\n"
                                 "[profile nosession]\nsso_session = gone\nsso_account_id = 1\nsso_role_name = R\n"
                                 "[profile norole]\nsso_session = corp\nsso_account_id = 111122223333\n"
                                 "[profile audit]\nrole_arn = arn:aws:iam::444455556666:role/Audit\n"
                                 "source_profile = dev\nregion = eu-west-1\n"));
    }
    void cleanup()
    {
        m_sso.reset();
        m_server.reset();
        m_home.reset();
    }

    void cachedTokenGivesTheRoleCredentials()
    {
        writeToken(sha1(QStringLiteral("corp")), QStringLiteral("cached-access"),
                   QDateTime::currentDateTimeUtc().addSecs(7200));
        const Result<ResolvedConnection> resolved = resolve(QStringLiteral("dev"));
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIASSO"));
        QCOMPARE(resolved->credentials.sessionToken, QStringLiteral("sso-session-token"));
        QCOMPARE(resolved->credentials.expiration.toMSecsSinceEpoch(), m_sso->roleExpiration.toMSecsSinceEpoch());
        QVERIFY(resolved->renew);
        QCOMPARE(m_sso->bearers, QStringList{QStringLiteral("cached-access")});
        QCOMPARE(m_server->requests().constLast().queryItem(QStringLiteral("role_name")), QStringLiteral("Admin"));
        QVERIFY(m_sso->refreshes.isEmpty());
        QVERIFY2(!resolved->credentials.source.contains(QStringLiteral("cached-access")), "no token in sources");
    }

    // Less than 15 minutes left: the refresh grant, the new token used and written back for the
    // AWS CLI too (the client registration kept).
    void nearExpiryTokenIsRefreshedAndShared()
    {
        const QString name = sha1(QStringLiteral("corp"));
        writeToken(name, QStringLiteral("old-access"), QDateTime::currentDateTimeUtc().addSecs(5 * 60));
        const Result<ResolvedConnection> resolved = resolve(QStringLiteral("dev"));
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(m_sso->refreshes.size(), 1);
        QCOMPARE(m_sso->refreshes[0].value(QStringLiteral("grantType")).toString(), QStringLiteral("refresh_token"));
        QCOMPARE(m_sso->refreshes[0].value(QStringLiteral("clientId")).toString(), QStringLiteral("client-1"));
        QCOMPARE(m_sso->refreshes[0].value(QStringLiteral("refreshToken")).toString(), QStringLiteral("refresh-1"));
        QCOMPARE(m_sso->bearers, QStringList{QStringLiteral("refreshed-access")});

        const std::optional<Auth::Sso::Token> written =
            Auth::Sso::readToken(m_home->filePath(QStringLiteral(".aws/sso/cache/%1.json").arg(name)));
        QVERIFY(written);
        QCOMPARE(written->accessToken, QStringLiteral("refreshed-access"));
        QCOMPARE(written->refreshToken, QStringLiteral("next-refresh"));
        QCOMPARE(written->clientId, QStringLiteral("client-1"));
        QCOMPARE(written->clientSecret, QStringLiteral("client-secret-1"));
        QCOMPARE(written->startUrl, QStringLiteral("https://corp.awsapps.com/start"));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(written->expiresAt) - 28800) < 60);
        QFile file(m_home->filePath(QStringLiteral(".aws/sso/cache/%1.json").arg(name)));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        // The AWS CLI's time format: seconds and a Z.
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString expiresAt =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("expiresAt")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                     .match(expiresAt)
                     .hasMatch(),
                 qPrintable(expiresAt));
    }

    void signInProblemsSayToSignIn()
    {
        // Nothing cached.
        Result<ResolvedConnection> resolved = resolve(QStringLiteral("dev"));
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("no sign-in to use")) &&
                     resolved.error().hint.contains(QStringLiteral("aws sso login --profile dev")),
                 qPrintable(resolved.errorString()));
        // The window offers its own sign-in for these (and only these) errors.
        const auto offersSignIn = [&resolved] {
            return resolved.error().settings.contains(S3Error::Setting::SsoSignIn);
        };
        QVERIFY(offersSignIn());
        // A legacy profile's token (named after the start URL) that expired: never refreshed.
        writeToken(sha1(QStringLiteral("https://old.awsapps.com/start")), QStringLiteral("old"),
                   QDateTime::currentDateTimeUtc().addSecs(-60));
        resolved = resolve(QStringLiteral("legacy"));
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("expired at")) && m_sso->refreshes.isEmpty(),
                 qPrintable(resolved.errorString()));
        // The portal no longer accepts the token.
        writeToken(sha1(QStringLiteral("corp")), QStringLiteral("revoked"),
                   QDateTime::currentDateTimeUtc().addSecs(7200));
        resolved = resolve(QStringLiteral("dev"));
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("HTTP 401")) &&
                     resolved.error().hint.contains(QStringLiteral("aws sso login")),
                 qPrintable(resolved.errorString()));
        QVERIFY(offersSignIn());
        QVERIFY(!resolved.errorString().contains(QStringLiteral("revoked")));
        // A role the user is not assigned.
        writeToken(sha1(QStringLiteral("corp")), QStringLiteral("fine"), QDateTime::currentDateTimeUtc().addSecs(7200));
        resolved = resolve(QStringLiteral("other-account"));
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().hint.contains(QStringLiteral("sso_account_id and sso_role_name")),
                 qPrintable(resolved.errorString()));
        QVERIFY(!offersSignIn()); // signing in again would not help
    }

    // Signing in from PartSweep (partsweep-cli sso-login): the device code shown, polled until
    // approved, the token cached where and as `aws sso login` caches it, and used at once.
    void deviceSignInIsSharedWithTheAwsCli()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_server->endpoint().toString());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), m_server->endpoint().toString());
        const CredentialResolver resolver(env, m_home->path());
        const Result<Auth::Sso::Settings> settings = resolver.ssoSettings(QStringLiteral("dev"));
        QVERIFY2(settings.ok(), qPrintable(settings.errorString()));
        QCOMPARE(settings->startUrl, QStringLiteral("https://corp.awsapps.com/start"));

        const Result<Auth::Sso::DeviceSignIn> signIn =
            Auth::Sso::startSignIn(*settings, QStringLiteral("dev"), QDateTime::currentDateTimeUtc());
        QVERIFY2(signIn.ok(), qPrintable(signIn.errorString()));
        QCOMPARE(signIn->userCode, QStringLiteral("ABCD-EFGH"));
        QCOMPARE(signIn->verificationUriComplete, QStringLiteral("https://device.sso/?user_code=ABCD-EFGH"));
        const Result<Auth::Sso::Token> token = Auth::Sso::finishSignIn(*settings, *signIn, resolver.ssoCacheDir(),
                                                                       QStringLiteral("dev"), [] { return false; });
        QVERIFY2(token.ok(), qPrintable(token.errorString()));
        QCOMPARE(m_sso->polls, 2); // pending, then approved

        // In the AWS CLI's file, with what a refresh needs.
        const std::optional<Auth::Sso::Token> cached = Auth::Sso::readToken(
            m_home->filePath(QStringLiteral(".aws/sso/cache/%1.json").arg(sha1(QStringLiteral("corp")))));
        QVERIFY(cached);
        QCOMPARE(cached->accessToken, QStringLiteral("device-access"));
        QCOMPARE(cached->refreshToken, QStringLiteral("device-refresh"));
        QCOMPARE(cached->clientId, QStringLiteral("new-client"));
        QCOMPARE(cached->region, QStringLiteral("eu-west-1"));
        QVERIFY(cached->registrationExpiresAt > QDateTime::currentDateTimeUtc().addDays(80));

        const Result<ResolvedConnection> resolved = resolve(QStringLiteral("dev"));
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(m_sso->bearers, QStringList{QStringLiteral("device-access")});
    }

    // A role profile whose source_profile signs in with IAM Identity Center: the portal's role
    // credentials sign the AssumeRole of the audit role.
    void ssoProfileAsSourceProfile()
    {
        writeToken(sha1(QStringLiteral("corp")), QStringLiteral("cached-access"),
                   QDateTime::currentDateTimeUtc().addSecs(7200));
        const Result<ResolvedConnection> resolved = resolve(QStringLiteral("audit"));
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIAAUDIT"));
        QCOMPARE(m_sso->bearers, QStringList{QStringLiteral("cached-access")});
    }

    void configurationErrorsNameTheFileAndLine()
    {
        Result<ResolvedConnection> resolved = resolve(QStringLiteral("nosession"));
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("has no [sso-session gone]")),
                 qPrintable(resolved.errorString()));
        resolved = resolve(QStringLiteral("norole"));
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.errorString().contains(QStringLiteral("has no sso_role_name")) &&
                     resolved.errorString().contains(QStringLiteral(".aws/config:")),
                 qPrintable(resolved.errorString()));
        QCOMPARE(m_server->requestCount(), 0);
    }

private:
    Result<ResolvedConnection> resolve(const QString &profile) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_server->endpoint().toString());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), m_server->endpoint().toString());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_server->endpoint().toString());
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        ConnectionOptions options;
        options.profile = profile;
        return CredentialResolver(env, m_home->path()).resolve(options);
    }
    // A token as `aws sso login` caches it.
    void writeToken(const QString &name, const QString &accessToken, const QDateTime &expiresAt)
    {
        writeFile(QStringLiteral(".aws/sso/cache/%1.json").arg(name),
                  QString::fromUtf8(
                      QJsonDocument(
                          QJsonObject{{QStringLiteral("startUrl"), QStringLiteral("https://corp.awsapps.com/start")},
                                      {QStringLiteral("region"), QStringLiteral("eu-west-1")},
                                      {QStringLiteral("accessToken"), accessToken},
                                      {QStringLiteral("expiresAt"), iso(expiresAt)},
                                      {QStringLiteral("clientId"), QStringLiteral("client-1")},
                                      {QStringLiteral("clientSecret"), QStringLiteral("client-secret-1")},
                                      {QStringLiteral("registrationExpiresAt"),
                                       iso(QDateTime::currentDateTimeUtc().addDays(80))},
                                      {QStringLiteral("refreshToken"), QStringLiteral("refresh-1")}})
                          .toJson()));
    }
    void writeFile(const QString &relative, const QString &content)
    {
        const QString path = m_home->filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.toUtf8());
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FaultyS3Server> m_server;
    std::unique_ptr<FakeIdentityCenter> m_sso;
};

QTEST_GUILESS_MAIN(TestSso)
#include "tst_sso.moc"
