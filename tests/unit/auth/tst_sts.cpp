// AWS STS as the role provider speaks it: the form body, the answers (credentials, error
// documents, what is not STS), and the AWS CLI's cache of assumed roles (file name, format, mode,
// the 15-minute rule). Pure functions and files; the calls themselves run against Ceph RGW's STS
// in tests/integration/test_assume_role.sh.
#include "auth/rolecache.h"
#include "auth/sts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using namespace PartSweep::Auth;

namespace {

// As Ceph RGW 16.2 answers (its Expiration carries nanoseconds).
const QByteArray RgwAnswer =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>\n"
    "<AssumedRoleUser><Arn>arn:aws:sts:::assumed-role/PartSweepAdmin/s1</Arn><AssumedRoleId>x</AssumedRoleId></"
    "AssumedRoleUser>\n"
    "<Credentials><AccessKeyId>ASIATEMP</AccessKeyId><Expiration>2026-11-28T16:06:47.984795468Z</Expiration>\n"
    "<SecretAccessKey>tempsecret</SecretAccessKey><SessionToken>temptoken</SessionToken></Credentials>\n"
    "<PackedPolicySize>0</PackedPolicySize></AssumeRoleResult>\n"
    "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></AssumeRoleResponse>";

} // namespace

class TestSts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formBodyAsTheAwsCliSendsIt()
    {
        AssumeRoleParams params;
        params.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/Admin");
        params.roleSessionName = QStringLiteral("me@corp");
        params.externalId = QStringLiteral("a b&c");
        params.durationSeconds = 3600;
        params.mfaSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/me");
        params.mfaCode = QStringLiteral("123456");
        QCOMPARE(
            assumeRoleBody(params, false),
            QByteArray("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FAdmin"
                       "&RoleSessionName=me%40corp&DurationSeconds=3600&ExternalId=a%20b%26c"
                       "&SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Fme&TokenCode=123456"));
        params.webIdentityToken = QStringLiteral("eyJ.token");
        const QByteArray web = assumeRoleBody(params, true);
        QVERIFY(web.startsWith("Action=AssumeRoleWithWebIdentity&"));
        QVERIFY(web.contains("&WebIdentityToken=eyJ.token"));
        QVERIFY(!web.contains("ExternalId") && !web.contains("TokenCode"));
    }

    void credentialsFromTheAnswer()
    {
        const Result<AssumedRole> role = parseAssumeRoleAnswer(200, RgwAnswer, QStringLiteral("arn:aws:iam:::role/R"));
        QVERIFY2(role.ok(), qPrintable(role.errorString()));
        QCOMPARE(role->credentials.accessKeyId, QStringLiteral("ASIATEMP"));
        QCOMPARE(role->credentials.secretAccessKey, QStringLiteral("tempsecret"));
        QCOMPARE(role->credentials.sessionToken, QStringLiteral("temptoken"));
        QCOMPARE(role->credentials.expiration, QDateTime(QDate(2026, 11, 28), QTime(16, 6, 47, 985), Qt::UTC));
        QCOMPARE(role->assumedRoleArn, QStringLiteral("arn:aws:sts:::assumed-role/PartSweepAdmin/s1"));
    }

    void errorsNameTheRoleAndTheCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("access denied")
            << 403
            << QByteArray(
                   "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                   "<Code>AccessDenied</Code><Message>User: x is not authorized to perform: sts:AssumeRole</Message>"
                   "</Error><RequestId>req-2</RequestId></ErrorResponse>")
            << QStringLiteral(
                   "STS refused to let PartSweep assume role 'arn:aws:iam:::role/R': AccessDenied: User: x is "
                   "not authorized to perform: sts:AssumeRole (HTTP 403).");
        QTest::newRow("ceph: an S3-style error document")
            << 404
            << QByteArray(
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchEntity</Code><Message></Message>"
                   "<RequestId>tx1</RequestId></Error>")
            << QStringLiteral("assume role 'arn:aws:iam:::role/R': NoSuchEntity (HTTP 404).");
        QTest::newRow("html from a proxy") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                                           << QStringLiteral("STS answered HTTP 502 without an error document");
        QTest::newRow("200 that is not STS")
            << 200 << QByteArray("<ListAllMyBucketsResult/>") << QStringLiteral("but not with an AssumeRole result");
        QTest::newRow("no session token")
            << 200 << QByteArray(RgwAnswer).replace("<SessionToken>temptoken</SessionToken>", "")
            << QStringLiteral("without complete credentials");
    }
    void errorsNameTheRoleAndTheCode()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const Result<AssumedRole> role = parseAssumeRoleAnswer(status, body, QStringLiteral("arn:aws:iam:::role/R"));
        QVERIFY(!role.ok());
        QCOMPARE(role.error().kind, S3Error::Kind::Credentials);
        QVERIFY2(role.error().message.contains(expected), qPrintable(role.error().message));
        QVERIFY(!role.error().hint.isEmpty());
        QVERIFY(!role.error().toString().contains(QStringLiteral("tempsecret")));
    }

    // Who the credentials belong to: AWS's documented answer; what Ceph RGW 16.2 answers (it does
    // not implement the call: an error document coded "Unknown"); something that is not STS.
    void callerIdentityFromTheAnswer()
    {
        const Result<CallerIdentity> identity = parseCallerIdentityAnswer(
            200, "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                 "<GetCallerIdentityResult><Arn>arn:aws:sts::123456789012:assumed-role/Admin/me</Arn>\n"
                 "<UserId>AROAEXAMPLE:me</UserId><Account>123456789012</Account></GetCallerIdentityResult>\n"
                 "<ResponseMetadata><RequestId>01234567-89ab</RequestId></ResponseMetadata>"
                 "</GetCallerIdentityResponse>");
        QVERIFY2(identity.ok(), qPrintable(identity.errorString()));
        QCOMPARE(identity->account, QStringLiteral("123456789012"));
        QCOMPARE(identity->arn, QStringLiteral("arn:aws:sts::123456789012:assumed-role/Admin/me"));
        QCOMPARE(identity->userId, QStringLiteral("AROAEXAMPLE:me"));

        const Result<CallerIdentity> rgw = parseCallerIdentityAnswer(
            400, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>Unknown</Code><RequestId>tx1</RequestId>"
                 "</Error>");
        QVERIFY(!rgw.ok());
        QCOMPARE(rgw.error().code, QStringLiteral("Unknown"));
        QCOMPARE(rgw.error().requestId, QStringLiteral("tx1"));
        QVERIFY2(rgw.error().hint.contains(QStringLiteral("works without it")), qPrintable(rgw.errorString()));

        const Result<CallerIdentity> html =
            parseCallerIdentityAnswer(200, "<html><body>Sign in to the Wi-Fi</body></html>");
        QVERIFY(!html.ok());
        QCOMPARE(html.error().kind, S3Error::Kind::Xml);
        QVERIFY(!parseCallerIdentityAnswer(200, RgwAnswer).ok()); // an AssumeRole answer is not an identity
    }

    void regionalEndpointsByDefault()
    {
        QCOMPARE(defaultStsEndpoint(QStringLiteral("eu-west-1")).url,
                 QUrl(QStringLiteral("https://sts.eu-west-1.amazonaws.com")));
        QCOMPARE(defaultStsEndpoint(QStringLiteral("eu-west-1")).region, QStringLiteral("eu-west-1"));
        const StsEndpoint legacy = defaultStsEndpoint(QStringLiteral("eu-west-1"), true);
        QCOMPARE(legacy.url, QUrl(QStringLiteral("https://sts.amazonaws.com")));
        QCOMPARE(legacy.region, QStringLiteral("us-east-1"));
    }

    // The AWS CLI's names: SHA-1 of json.dumps(args, sort_keys=True).
    void cacheKeysAsTheAwsCliNamesThem()
    {
        AssumeRoleParams params;
        params.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/Admin");
        params.roleSessionName = QStringLiteral("partsweep-1");
        QCOMPARE(RoleCache::key(params, false), QStringLiteral("51e7b105b5040ce662656c8dc6ab4de70c4de7ad"));
        // With every optional argument: python3 -c 'import json,hashlib; print(hashlib.sha1(json.dumps(
        // {"RoleArn": "arn:aws:iam::123456789012:role/Admin", "RoleSessionName": "s\u00e9", "ExternalId": "x",
        // "SerialNumber": "arn:aws:iam::123456789012:mfa/me", "DurationSeconds": 3600},
        // sort_keys=True).encode()).hexdigest())'
        params.roleSessionName = QStringLiteral("s\u00e9");
        params.externalId = QStringLiteral("x");
        params.mfaSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/me");
        params.durationSeconds = 3600;
        QCOMPARE(RoleCache::key(params, true), QStringLiteral("6931026acb97f248adc36dd79008d9d6f9ab3d80"));
    }

    void cacheEntriesRoundTripPrivately()
    {
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral(".aws/cli/cache"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AssumedRole role;
        role.credentials = {QStringLiteral("ASIAX"),
                            QStringLiteral("sec"),
                            QStringLiteral("tok"),
                            now.addSecs(3600).addMSecs(-now.time().msec()),
                            {}};
        role.assumedRoleArn = QStringLiteral("arn:aws:sts::1:assumed-role/R/s");
        QVERIFY(RoleCache::write(dir, QStringLiteral("k"), role));
        QFile file(dir + QStringLiteral("/k.json"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        // The AWS CLI writes datetimes as strftime('%Y-%m-%dT%H:%M:%S%Z'): "...UTC".
        const QString expiration =
            written.value(QStringLiteral("Credentials")).toObject().value(QStringLiteral("Expiration")).toString();
        QVERIFY2(expiration.endsWith(QStringLiteral("UTC")) && expiration.size() == 22, qPrintable(expiration));

        const std::optional<AssumedRole> back = RoleCache::read(dir, QStringLiteral("k"), now);
        QVERIFY(back);
        QCOMPARE(back->credentials.accessKeyId, role.credentials.accessKeyId);
        QCOMPARE(back->credentials.sessionToken, role.credentials.sessionToken);
        QCOMPARE(back->credentials.expiration, role.credentials.expiration);
        QCOMPARE(back->assumedRoleArn, role.assumedRoleArn);
        // Fewer than 15 minutes left: not used.
        QVERIFY(!RoleCache::read(dir, QStringLiteral("k"), now.addSecs(46 * 60)));
        QVERIFY(RoleCache::read(dir, QStringLiteral("k"), now.addSecs(44 * 60)));
        QVERIFY(!RoleCache::read(dir, QStringLiteral("absent"), now));
    }
};

QTEST_GUILESS_MAIN(TestSts)
#include "tst_sts.moc"
