// Profiles signed in with `aws login` (login_session): the session's credentials from the AWS
// CLI's cache (file named by the SHA-256 of the session, as the AWS CLI names it), refreshed at the
// sign-in service when they near expiry with a DPoP proof that this test checks cryptographically
// against the session's key, and written back for the AWS CLI too. The sign-in service is
// FaultyS3Server answering POST /v1/token (a FAKE: the service exists only at AWS), reached
// through AWS_ENDPOINT_URL_SIGNIN.
#include "auth/credentials.h"
#include "auth/login.h"
#include "faultys3server.h"
#include "s3/crypto.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using namespace PartSweep::Test;

namespace {

// A throwaway P-256 key in the form the AWS CLI stores it (SEC1 PEM), made for this test only.
const QString TestKey = QStringLiteral("-----BEGIN EC PRIVATE KEY-----\n"
                                       "MHcCAQEEIPFj5BOhntN19RYWK0cqtYILDmPEKWpso89NcS9K/gTZoAoGCCqGSM49\n"
                                       "AwEHoUQDQgAEHhTFdXXjNG+8qo3EDFSvQ5MaIdhJpjy7l3G1AruD9sOmTsrn2hQW\n"
                                       "UW9aDlHEcIRmvJln9/92YRiJlMcAVNDslA==\n"
                                       "-----END EC PRIVATE KEY-----\n");
const QString Session = QStringLiteral("arn:aws:iam::0123456789012:user/Admin");

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

} // namespace

class TestLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
        m_refusal.clear();
        m_proofProblems.clear();
        m_server->addRule([this](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.method != "POST" || r.path != "/v1/token")
                return std::nullopt;
            checkProof(r.header("dpop"));
            if (!m_refusal.isEmpty())
                return FakeResponse{.status = 400,
                                    .headers = {},
                                    .body = QJsonDocument(QJsonObject{{QStringLiteral("error"), m_refusal}}).toJson(),
                                    .fault = FakeResponse::Fault::None,
                                    .delayMs = 0};
            return FakeResponse::ok(
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("tokenOutput"),
                         QJsonObject{
                             {QStringLiteral("accessToken"),
                              QJsonObject{{QStringLiteral("accessKeyId"), QStringLiteral("ASIAREFRESHED")},
                                          {QStringLiteral("secretAccessKey"), QStringLiteral("refreshed-secret")},
                                          {QStringLiteral("sessionToken"), QStringLiteral("refreshed-token")}}},
                             {QStringLiteral("tokenType"), QStringLiteral("aws_sigv4")},
                             {QStringLiteral("expiresIn"), 900},
                             {QStringLiteral("refreshToken"), QStringLiteral("refresh-2")}}}})
                    .toJson());
        });
        QDir().mkpath(m_home->filePath(QStringLiteral(".aws")));
        QFile config(m_home->filePath(QStringLiteral(".aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("[profile console]\nlogin_session = %1\nregion = eu-central-1\n").arg(Session).toUtf8());
    }

    void cachedSessionGivesItsCredentials()
    {
        writeCache(QDateTime::currentDateTimeUtc().addSecs(3600));
        const Result<ResolvedConnection> resolved = resolve();
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIACACHED"));
        QCOMPARE(resolved->credentials.sessionToken, QStringLiteral("cached-token"));
        QVERIFY(resolved->credentials.source.contains(QStringLiteral("aws login")));
        QVERIFY(resolved->renew); // renewed before it expires, like every temporary credential
        QCOMPARE(m_server->requestCount(), 0);
    }

    void nearExpiryIsRefreshedWithAProvenRequestAndWrittenBack()
    {
        writeCache(QDateTime::currentDateTimeUtc().addSecs(120));
        const Result<ResolvedConnection> resolved = resolve();
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("ASIAREFRESHED"));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY2(m_proofProblems.isEmpty(), qPrintable(m_proofProblems.join(u'\n')));
        const QJsonObject body = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QCOMPARE(body.value(QStringLiteral("grantType")).toString(), QStringLiteral("refresh_token"));
        QCOMPARE(body.value(QStringLiteral("refreshToken")).toString(), QStringLiteral("refresh-1"));
        QCOMPARE(body.value(QStringLiteral("clientId")).toString(),
                 QStringLiteral("arn:aws:signin:::devtools/same-device"));

        // Written back: new credentials and refresh token, every other field as the AWS CLI left it.
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QJsonObject cached = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject token = cached.value(QStringLiteral("accessToken")).toObject();
        QCOMPARE(token.value(QStringLiteral("accessKeyId")).toString(), QStringLiteral("ASIAREFRESHED"));
        QCOMPARE(token.value(QStringLiteral("accountId")).toString(), QStringLiteral("0123456789012"));
        QVERIFY(token.value(QStringLiteral("expiresAt")).toString().endsWith(u'Z'));
        QCOMPARE(cached.value(QStringLiteral("refreshToken")).toString(), QStringLiteral("refresh-2"));
        QCOMPARE(cached.value(QStringLiteral("idToken")).toString(), QStringLiteral("id-token"));
        QCOMPARE(cached.value(QStringLiteral("dpopKey")).toString(), TestKey);
    }

    void expiredSessionSaysToSignInAgain()
    {
        writeCache(QDateTime::currentDateTimeUtc().addSecs(-60));
        m_refusal = QStringLiteral("TOKEN_EXPIRED");
        const Result<ResolvedConnection> resolved = resolve();
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().message.contains(QStringLiteral("TOKEN_EXPIRED")) &&
                     resolved.error().hint.contains(QStringLiteral("aws login --profile console")) &&
                     resolved.error().message.contains(QStringLiteral(".aws/config:")),
                 qPrintable(resolved.errorString()));
        for (const QString &secret : {QStringLiteral("cached-secret"), QStringLiteral("refresh-1"), TestKey})
            QVERIFY(!resolved.errorString().contains(secret));

        QFile::remove(cachePath());
        const Result<ResolvedConnection> none = resolve();
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(QStringLiteral("no sign-in to use")), qPrintable(none.errorString()));
    }

    // The proof's signature holds for what was signed only (so checkProof can fail): changing a
    // claim or the signature breaks it; a key that is not P-256 is refused in words.
    void proofVerifiesOnlyWhatWasSigned()
    {
        const Result<QByteArray> proof = Auth::Login::dpopProof(
            TestKey.toUtf8(), "POST", QUrl(QStringLiteral("https://eu-central-1.signin.aws.amazon.com/v1/token")),
            QDateTime::currentDateTimeUtc(), QStringLiteral("0123456789abcdef0"));
        QVERIFY(proof.ok());
        const QList<QByteArray> parts = proof->split('.');
        const Crypto::Es256Signature byKey = Crypto::es256Sign(TestKey.toUtf8(), "x");
        const QByteArray signature = fromBase64Url(parts[2]);
        QVERIFY(Crypto::es256Verify(byKey.x, byKey.y, QByteArray(parts[0] + '.' + parts[1]), signature));
        QVERIFY(!Crypto::es256Verify(byKey.x, byKey.y, QByteArray(parts[0] + '.' + parts[0]), signature));
        QByteArray flipped = signature;
        flipped[10] = char(flipped[10] ^ 1);
        QVERIFY(!Crypto::es256Verify(byKey.x, byKey.y, QByteArray(parts[0] + '.' + parts[1]), flipped));
        const Result<QByteArray> notAKey = Auth::Login::dpopProof(
            "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n", "POST",
            QUrl(QStringLiteral("https://x/v1/token")), QDateTime::currentDateTimeUtc(), QStringLiteral("j"));
        QVERIFY(!notAKey.ok());
        QVERIFY(notAKey.errorString().contains(QStringLiteral("P-256")));
    }

    // The cache file name, as the AWS CLI derives it (SHA-256 of the session, its Ruby SDK's vector).
    void cacheFileNamedAsTheAwsCliNamesIt()
    {
        Auth::Login::Settings settings;
        settings.session = Session;
        settings.cacheDir = QStringLiteral("/c");
        QCOMPARE(Auth::Login::cachePath(settings),
                 QStringLiteral("/c/36db1d138ff460920374e4c3d8e01f53f9f73537e89c88d639f68393df0e2726.json"));
    }

private:
    QString cachePath() const
    {
        Auth::Login::Settings settings;
        settings.session = Session;
        settings.cacheDir = m_home->filePath(QStringLiteral(".aws/login/cache"));
        return Auth::Login::cachePath(settings);
    }
    void writeCache(const QDateTime &expiresAt)
    {
        const QJsonObject cache{{QStringLiteral("accessToken"),
                                 QJsonObject{{QStringLiteral("accessKeyId"), QStringLiteral("ASIACACHED")},
                                             {QStringLiteral("secretAccessKey"), QStringLiteral("cached-secret")},
                                             {QStringLiteral("sessionToken"), QStringLiteral("cached-token")},
                                             {QStringLiteral("accountId"), QStringLiteral("0123456789012")},
                                             {QStringLiteral("expiresAt"), iso(expiresAt)}}},
                                {QStringLiteral("tokenType"), QStringLiteral("aws_sigv4")},
                                {QStringLiteral("clientId"), QStringLiteral("arn:aws:signin:::devtools/same-device")},
                                {QStringLiteral("refreshToken"), QStringLiteral("refresh-1")},
                                {QStringLiteral("idToken"), QStringLiteral("id-token")},
                                {QStringLiteral("dpopKey"), TestKey}};
        QDir().mkpath(QFileInfo(cachePath()).absolutePath());
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(cache).toJson());
    }
    Result<ResolvedConnection> resolve() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SIGNIN"), m_server->endpoint().toString());
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        ConnectionOptions options;
        options.profile = QStringLiteral("console");
        return CredentialResolver(env, m_home->path()).resolve(options);
    }
    // RFC 9449: a dpop+jwt, ES256, signed by the session's key (its public point in the header).
    void checkProof(const QByteArray &proof)
    {
        const QList<QByteArray> parts = proof.split('.');
        if (parts.size() != 3)
            return void(m_proofProblems << QStringLiteral("not a compact JWS: %1").arg(QString::fromLatin1(proof)));
        const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
        const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(parts[1])).object();
        const QJsonObject jwk = header.value(QStringLiteral("jwk")).toObject();
        if (header.value(QStringLiteral("typ")).toString() != u"dpop+jwt" ||
            header.value(QStringLiteral("alg")).toString() != u"ES256" ||
            jwk.value(QStringLiteral("crv")).toString() != u"P-256")
            m_proofProblems << QStringLiteral("header: %1").arg(QString::fromUtf8(fromBase64Url(parts[0])));
        // The public point must be the session key's: what the key signs verifies with it.
        const Crypto::Es256Signature byKey = Crypto::es256Sign(TestKey.toUtf8(), "x");
        const QByteArray x = fromBase64Url(jwk.value(QStringLiteral("x")).toString().toLatin1());
        const QByteArray y = fromBase64Url(jwk.value(QStringLiteral("y")).toString().toLatin1());
        if (x != byKey.x || y != byKey.y)
            m_proofProblems << QStringLiteral("the jwk is not the session's key");
        if (!Crypto::es256Verify(x, y, QByteArray(parts[0] + '.' + parts[1]), fromBase64Url(parts[2])))
            m_proofProblems << QStringLiteral("the signature does not verify");
        if (claims.value(QStringLiteral("htm")).toString() != u"POST" ||
            claims.value(QStringLiteral("htu")).toString() !=
                m_server->endpoint().toString() + QStringLiteral("/v1/token") ||
            qAbs(claims.value(QStringLiteral("iat")).toInteger() - QDateTime::currentSecsSinceEpoch()) > 60 ||
            claims.value(QStringLiteral("jti")).toString().size() < 16)
            m_proofProblems << QStringLiteral("claims: %1").arg(QString::fromUtf8(fromBase64Url(parts[1])));
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FaultyS3Server> m_server;
    QString m_refusal;
    QStringList m_proofProblems;
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
