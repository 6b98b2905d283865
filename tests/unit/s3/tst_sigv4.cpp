// Tests of SigV4 signing (core/sigv4.h) and the hashing it rests on (core/crypto.h).
//
// The S3 vectors are the worked examples AWS publishes on "Signature Calculations for the
// Authorization Header: Transferring Payload in a Single Chunk (AWS Signature Version 4)"
// (Amazon S3 API reference); the signing-key vector is the one in the AWS general reference
// ("Examples of how to derive a signing key for Signature Version 4"); the HMAC vectors are
// RFC 4231 test cases.

#include "s3/crypto.h"
#include "s3/sigv4.h"

#include <QtTest>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

using namespace PartSweep;

using Headers = QList<SigV4::Header>;
using Params = QList<SigV4::QueryParam>;

namespace {

const QString ExampleAccessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString ExampleSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QByteArray ExampleHost = QByteArrayLiteral("examplebucket.s3.amazonaws.com");
const QByteArray ExampleAmzDate = QByteArrayLiteral("20130524T000000Z");

QDateTime exampleTime()
{
    return QDateTime(QDate(2013, 5, 24), QTime(0, 0, 0), Qt::UTC);
}

AwsCredentials exampleCredentials()
{
    AwsCredentials credentials;
    credentials.accessKeyId = ExampleAccessKey;
    credentials.secretAccessKey = ExampleSecret;
    credentials.source = QStringLiteral("AWS documentation example");
    return credentials;
}

// Joins lines with '\n' and no trailing newline, as the canonical request and string to sign are.
QByteArray lines(std::initializer_list<const char *> parts)
{
    QByteArrayList list;
    for (const char *part : parts)
        list.append(QByteArray(part));
    return list.join('\n');
}

SigV4::Request minimalRequest(const Headers &extra = {})
{
    SigV4::Request request;
    request.method = "GET";
    request.canonicalPath = "/";
    request.payloadHash = SigV4::EmptyPayloadHash;
    request.headers = SigV4::requiredHeaders(ExampleHost, exampleTime(), request.payloadHash, exampleCredentials());
    request.headers += extra;
    return request;
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void cryptoKnownAnswers_data();
    void cryptoKnownAnswers();

    void awsS3Examples_data();
    void awsS3Examples();

    void signingKeyDerivation();
    void signingKeyCache();
    void signingKeyCacheIsThreadSafe();

    void uriEncode_data();
    void uriEncode();
    void canonicalPath_data();
    void canonicalPath();
    void canonicalQuery_data();
    void canonicalQuery();
    void wireBytesSurviveQUrl_data();
    void wireBytesSurviveQUrl();

    void headerCanonicalisation_data();
    void headerCanonicalisation();
    void sessionTokenIsSigned();

    void timeFormats_data();
    void timeFormats();

    void everyInputChangesTheSignature_data();
    void everyInputChangesTheSignature();

    void redactAuthorization_data();
    void redactAuthorization();
    void secretNeverInOutput();
};

// ---- crypto primitives -------------------------------------------------------------------------

void TestSigV4::cryptoKnownAnswers_data()
{
    QTest::addColumn<bool>("hmac");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expectedHex");

    QTest::newRow("sha256 empty") << false << QByteArray() << QByteArray() << QByteArray(SigV4::EmptyPayloadHash);
    QTest::newRow("sha256 abc") << false << QByteArray() << QByteArray("abc")
                                << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("sha256 S3 example body")
        << false << QByteArray() << QByteArray("Welcome to Amazon S3.")
        << QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    QTest::newRow("hmac RFC 4231 case 1")
        << true << QByteArray(20, '\x0b') << QByteArray("Hi There")
        << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("hmac RFC 4231 case 2")
        << true << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("hmac RFC 4231 case 6 (key longer than a block)")
        << true << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("hmac empty key and data")
        << true << QByteArray() << QByteArray()
        << QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

void TestSigV4::cryptoKnownAnswers()
{
    QFETCH(bool, hmac);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expectedHex);

    const QByteArray raw = hmac ? Crypto::hmacSha256(key, data) : Crypto::sha256(data);
    QCOMPARE(raw.size(), Crypto::Sha256Size);
    QCOMPARE(raw.toHex(), expectedHex);
    if (!hmac)
        QCOMPARE(Crypto::sha256Hex(data), expectedHex);
}

// ---- AWS's published S3 examples ---------------------------------------------------------------

void TestSigV4::awsS3Examples_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("rawPath");
    QTest::addColumn<Params>("query");
    QTest::addColumn<Headers>("extraHeaders"); // beyond host, x-amz-content-sha256, x-amz-date
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expectedCanonicalRequest");
    QTest::addColumn<QByteArray>("expectedStringToSign");
    QTest::addColumn<QByteArray>("expectedSignedHeaders");
    QTest::addColumn<QByteArray>("expectedSignature");

    QTest::newRow("GET Object with Range")
        << QByteArray("GET") << QStringLiteral("/test.txt") << Params{} << Headers{{"Range", "bytes=0-9"}}
        << QByteArray()
        << lines({"GET", "/test.txt", "", "host:examplebucket.s3.amazonaws.com", "range:bytes=0-9",
                  "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                  "x-amz-date:20130524T000000Z", "", "host;range;x-amz-content-sha256;x-amz-date",
                  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
        << lines({"AWS4-HMAC-SHA256", "20130524T000000Z", "20130524/us-east-1/s3/aws4_request",
                  "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"})
        << QByteArray("host;range;x-amz-content-sha256;x-amz-date")
        << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");

    QTest::newRow("PUT Object test$file.text")
        << QByteArray("PUT") << QStringLiteral("/test$file.text") << Params{}
        << Headers{{"Date", "Fri, 24 May 2013 00:00:00 GMT"}, {"x-amz-storage-class", "REDUCED_REDUNDANCY"}}
        << QByteArray("Welcome to Amazon S3.")
        << lines({"PUT", "/test%24file.text", "", "date:Fri, 24 May 2013 00:00:00 GMT",
                  "host:examplebucket.s3.amazonaws.com",
                  "x-amz-content-sha256:44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072",
                  "x-amz-date:20130524T000000Z", "x-amz-storage-class:REDUCED_REDUNDANCY", "",
                  "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class",
                  "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"})
        << lines({"AWS4-HMAC-SHA256", "20130524T000000Z", "20130524/us-east-1/s3/aws4_request",
                  "9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d"})
        << QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class")
        << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");

    QTest::newRow("GET Bucket Lifecycle")
        << QByteArray("GET") << QString() << Params{{QStringLiteral("lifecycle"), QString()}} << Headers{}
        << QByteArray()
        << lines({"GET", "/", "lifecycle=", "host:examplebucket.s3.amazonaws.com",
                  "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                  "x-amz-date:20130524T000000Z", "", "host;x-amz-content-sha256;x-amz-date",
                  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
        << lines({"AWS4-HMAC-SHA256", "20130524T000000Z", "20130524/us-east-1/s3/aws4_request",
                  "9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca"})
        << QByteArray("host;x-amz-content-sha256;x-amz-date")
        << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");

    // The parameters are given out of order on purpose: the canonical query must sort them.
    QTest::newRow("GET Bucket (list objects)")
        << QByteArray("GET") << QStringLiteral("/")
        << Params{{QStringLiteral("prefix"), QStringLiteral("J")}, {QStringLiteral("max-keys"), QStringLiteral("2")}}
        << Headers{} << QByteArray()
        << lines({"GET", "/", "max-keys=2&prefix=J", "host:examplebucket.s3.amazonaws.com",
                  "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                  "x-amz-date:20130524T000000Z", "", "host;x-amz-content-sha256;x-amz-date",
                  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
        << lines({"AWS4-HMAC-SHA256", "20130524T000000Z", "20130524/us-east-1/s3/aws4_request",
                  "df57d21db20da04d7fa30298dd4488ba3a2b47ca3a489c74750e0f1e7df1b9b7"})
        << QByteArray("host;x-amz-content-sha256;x-amz-date")
        << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
}

void TestSigV4::awsS3Examples()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, rawPath);
    QFETCH(Params, query);
    QFETCH(Headers, extraHeaders);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expectedCanonicalRequest);
    QFETCH(QByteArray, expectedStringToSign);
    QFETCH(QByteArray, expectedSignedHeaders);
    QFETCH(QByteArray, expectedSignature);

    SigV4::Request request;
    request.method = method;
    request.canonicalPath = SigV4::canonicalPath(rawPath);
    request.canonicalQuery = SigV4::canonicalQuery(query);
    request.payloadHash = body.isEmpty() ? QByteArray(SigV4::EmptyPayloadHash) : Crypto::sha256Hex(body);
    // Extra headers first: the signer, not the caller, must put them in order.
    request.headers = extraHeaders;
    request.headers += SigV4::requiredHeaders(ExampleHost, exampleTime(), request.payloadHash, exampleCredentials());

    SigV4::SigningKeyCache cache;
    const SigV4::Signed result =
        SigV4::sign(request, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime(), &cache);

    QCOMPARE(result.canonicalRequest, expectedCanonicalRequest);
    QCOMPARE(result.stringToSign, expectedStringToSign);
    QCOMPARE(result.signedHeaders, expectedSignedHeaders);
    QCOMPARE(result.signature, expectedSignature);
    const QByteArray expectedAuthorization =
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=" +
        expectedSignedHeaders + ", Signature=" + expectedSignature;
    QCOMPARE(result.authorization, expectedAuthorization);

    // Without a cache, the same bytes.
    const SigV4::Signed uncached =
        SigV4::sign(request, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime());
    QCOMPARE(uncached.authorization, result.authorization);
}

// ---- signing keys ------------------------------------------------------------------------------

void TestSigV4::signingKeyDerivation()
{
    // AWS general reference example (note: '+' in this secret, '/' in the S3 examples' one).
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    const QByteArray key = SigV4::deriveSigningKey(secret, "20120215", "us-east-1", "iam");
    QCOMPARE(key.size(), Crypto::Sha256Size);
    QCOMPARE(key.toHex(), QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));

    // The intermediate keys of the same example, so a wrong step is named by the failure.
    const QByteArray kDate = Crypto::hmacSha256(QByteArray("AWS4" + secret.toUtf8()), "20120215");
    QCOMPARE(kDate.toHex(), QByteArray("969fbb94feb542b71ede6f87fe4d5fa29c789342b0f407474670f0c2489e0a0d"));
    const QByteArray kRegion = Crypto::hmacSha256(kDate, "us-east-1");
    QCOMPARE(kRegion.toHex(), QByteArray("69daa0209cd9c5ff5c8ced464a696fd4252e981430b10e3d3fd8e2f197d7a70c"));
    const QByteArray kService = Crypto::hmacSha256(kRegion, "iam");
    QCOMPARE(kService.toHex(), QByteArray("f72cfd46f26bc4643f06a11eabb6c0ba18780c19a8da0c31ace671265e3c87fa"));
}

void TestSigV4::signingKeyCache()
{
    SigV4::SigningKeyCache cache(3);
    const QByteArray expected = SigV4::deriveSigningKey(ExampleSecret, "20130524", "us-east-1", "s3");

    QCOMPARE(cache.signingKey(ExampleSecret, "20130524", "us-east-1", "s3"), expected);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.hits(), 0);
    QCOMPARE(cache.signingKey(ExampleSecret, "20130524", "us-east-1", "s3"), expected);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.hits(), 1);

    // Every part of the scope, and the secret, selects another key.
    const QByteArray otherDate = cache.signingKey(ExampleSecret, "20130525", "us-east-1", "s3");
    const QByteArray otherRegion = cache.signingKey(ExampleSecret, "20130524", "eu-west-1", "s3");
    QCOMPARE(cache.size(), 3);
    const QByteArray otherSecret = cache.signingKey(QStringLiteral("another-secret"), "20130524", "us-east-1", "s3");
    const QByteArray otherService = cache.signingKey(ExampleSecret, "20130524", "us-east-1", "iam");
    for (const QByteArray &other : {otherDate, otherRegion, otherSecret, otherService}) {
        QCOMPARE(other.size(), Crypto::Sha256Size);
        QVERIFY(other != expected);
    }
    QCOMPARE(otherDate, SigV4::deriveSigningKey(ExampleSecret, "20130525", "us-east-1", "s3"));
    QCOMPARE(otherSecret, SigV4::deriveSigningKey(QStringLiteral("another-secret"), "20130524", "us-east-1", "s3"));
    QCOMPARE(cache.hits(), 1);

    // Bounded: five distinct scopes went in, three are held, and an evicted one is derived again.
    QCOMPARE(cache.size(), 3);
    QCOMPARE(cache.signingKey(ExampleSecret, "20130524", "us-east-1", "s3"), expected);

    // sign() uses the cache: a second signature of the same scope is a hit.
    cache.clear();
    QCOMPARE(cache.size(), 0);
    const SigV4::Request request = minimalRequest();
    const auto first = SigV4::sign(request, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime(), &cache);
    const auto second = SigV4::sign(request, exampleCredentials(), QStringLiteral("us-east-1"), exampleTime(), &cache);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.hits(), 1);
    QCOMPARE(second.signature, first.signature);
}

void TestSigV4::signingKeyCacheIsThreadSafe()
{
    SigV4::SigningKeyCache cache(4);
    const QStringList regions{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("ap-south-1"),
                              QStringLiteral("auto"), QStringLiteral("default")};
    QHash<QString, QByteArray> expected;
    for (const QString &region : regions)
        expected.insert(region, SigV4::sign(minimalRequest(), exampleCredentials(), region, exampleTime()).signature);

    // Five regions through a four-entry cache: lookups, inserts and evictions race each other.
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 250; ++i) {
                const QString &region = regions.at((i + t) % regions.size());
                const auto result = SigV4::sign(minimalRequest(), exampleCredentials(), region, exampleTime(), &cache);
                if (result.signature != expected.value(region))
                    ++mismatches;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
    QVERIFY(cache.size() <= 4);
}

// ---- canonical forms ---------------------------------------------------------------------------

void TestSigV4::uriEncode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("encodeSlash");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("unreserved kept") << QStringLiteral("AZaz09-._~") << true << QByteArray("AZaz09-._~");
    QTest::newRow("space") << QStringLiteral("a b") << true << QByteArray("a%20b");
    QTest::newRow("plus") << QStringLiteral("c+d") << true << QByteArray("c%2Bd");
    QTest::newRow("percent") << QStringLiteral("100%") << true << QByteArray("100%25");
    QTest::newRow("already encoded is encoded again") << QStringLiteral("%20") << true << QByteArray("%2520");
    QTest::newRow("query delimiters") << QStringLiteral("=&?#") << true << QByteArray("%3D%26%3F%23");
    QTest::newRow("sub-delims") << QStringLiteral("$!'()*,;:@") << true << QByteArray("%24%21%27%28%29%2A%2C%3B%3A%40");
    QTest::newRow("brackets and quotes") << QStringLiteral("[]{}<>\"\\^`|") << true
                                         << QByteArray("%5B%5D%7B%7D%3C%3E%22%5C%5E%60%7C");
    QTest::newRow("control bytes") << QString::fromLatin1("\t\n\x7f") << true << QByteArray("%09%0A%7F");
    QTest::newRow("two-byte UTF-8, upper-case hex") << QStringLiteral("caf\u00e9") << true << QByteArray("caf%C3%A9");
    QTest::newRow("three-byte UTF-8") << QStringLiteral("\u20ac") << true << QByteArray("%E2%82%AC");
    QTest::newRow("four-byte UTF-8") << QStringLiteral("\U0001F600") << true << QByteArray("%F0%9F%98%80");
    QTest::newRow("slash encoded") << QStringLiteral("a/b") << true << QByteArray("a%2Fb");
    QTest::newRow("slash kept") << QStringLiteral("a/b") << false << QByteArray("a/b");
    QTest::newRow("only slash kept") << QStringLiteral("a/b c+d") << false << QByteArray("a/b%20c%2Bd");
    QTest::newRow("empty") << QString() << true << QByteArray();
}

void TestSigV4::uriEncode()
{
    QFETCH(QString, input);
    QFETCH(bool, encodeSlash);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4::uriEncode(input.toUtf8(), encodeSlash), expected);
}

void TestSigV4::canonicalPath_data()
{
    QTest::addColumn<QString>("rawPath");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty is root") << QString() << QByteArray("/");
    QTest::newRow("root") << QStringLiteral("/") << QByteArray("/");
    QTest::newRow("bucket") << QStringLiteral("/bucket") << QByteArray("/bucket");
    QTest::newRow("space and plus") << QStringLiteral("/bucket/a b/c+d") << QByteArray("/bucket/a%20b/c%2Bd");
    QTest::newRow("key with leading slash") << QStringLiteral("/bucket//leading") << QByteArray("/bucket//leading");
    QTest::newRow("empty segments kept") << QStringLiteral("/bucket/a//b///") << QByteArray("/bucket/a//b///");
    QTest::newRow("dot segments kept") << QStringLiteral("/bucket/./a/../b/.") << QByteArray("/bucket/./a/../b/.");
    QTest::newRow("percent in key") << QStringLiteral("/bucket/50%off") << QByteArray("/bucket/50%25off");
    QTest::newRow("query characters in key")
        << QStringLiteral("/bucket/a?b=c&d#e") << QByteArray("/bucket/a%3Fb%3Dc%26d%23e");
    QTest::newRow("unicode key") << QStringLiteral("/bucket/r\u00e9sum\u00e9.pdf")
                                 << QByteArray("/bucket/r%C3%A9sum%C3%A9.pdf");
    QTest::newRow("no leading slash gets one") << QStringLiteral("bucket/key") << QByteArray("/bucket/key");
}

void TestSigV4::canonicalPath()
{
    QFETCH(QString, rawPath);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4::canonicalPath(rawPath), expected);
}

void TestSigV4::canonicalQuery_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("none") << Params{} << QByteArray();
    QTest::newRow("bare subresource") << Params{{QStringLiteral("uploads"), QString()}} << QByteArray("uploads=");
    QTest::newRow("list uploads page")
        << Params{{QStringLiteral("uploads"), QString()},
                  {QStringLiteral("max-uploads"), QStringLiteral("1000")},
                  {QStringLiteral("encoding-type"), QStringLiteral("url")},
                  {QStringLiteral("key-marker"), QStringLiteral("photos/2024 jan+feb.jpg")},
                  {QStringLiteral("upload-id-marker"), QStringLiteral("2~abc/def+=")}}
        << QByteArray("encoding-type=url&key-marker=photos%2F2024%20jan%2Bfeb.jpg&max-uploads=1000"
                      "&upload-id-marker=2~abc%2Fdef%2B%3D&uploads=");
    // Sorting "name=value" strings would put max-uploads-x first ('-' < '='); S3 sorts names.
    QTest::newRow("shared name prefix") << Params{{QStringLiteral("max-uploads-x"), QStringLiteral("1")},
                                                  {QStringLiteral("max-uploads"), QStringLiteral("2")}}
                                        << QByteArray("max-uploads=2&max-uploads-x=1");
    QTest::newRow("same name sorted by value") << Params{{QStringLiteral("a"), QStringLiteral("2")},
                                                         {QStringLiteral("a"), QStringLiteral("10")},
                                                         {QStringLiteral("a"), QString()}}
                                               << QByteArray("a=&a=10&a=2");
    // Upper case sorts before lower case (byte order), whatever the caller's order.
    QTest::newRow("byte order of names") << Params{{QStringLiteral("b"), QStringLiteral("1")},
                                                   {QStringLiteral("B"), QStringLiteral("2")},
                                                   {QStringLiteral("_"), QStringLiteral("3")}}
                                         << QByteArray("B=2&_=3&b=1");
    // Sorted after encoding: '%' (0x25) sorts before every letter and digit.
    QTest::newRow("sorted by encoded name")
        << Params{{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral(" z"), QStringLiteral("2")}}
        << QByteArray("%20z=2&a=1");
    QTest::newRow("awkward names and values")
        << Params{{QStringLiteral("prefix"), QStringLiteral("a b/c+d%e&f=g?h#\u00e9~")}}
        << QByteArray("prefix=a%20b%2Fc%2Bd%25e%26f%3Dg%3Fh%23%C3%A9~");
    QTest::newRow("upload id") << Params{{QStringLiteral("uploadId"), QStringLiteral("VXBsb2FkIElE+/=")}}
                               << QByteArray("uploadId=VXBsb2FkIElE%2B%2F%3D");
}

void TestSigV4::canonicalQuery()
{
    QFETCH(Params, params);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4::canonicalQuery(params), expected);
}

// The client sends the signed path and query bytes through QUrl::fromEncoded(StrictMode); if QUrl
// changed a single byte, S3 would answer SignatureDoesNotMatch. This pins that it does not.
void TestSigV4::wireBytesSurviveQUrl_data()
{
    QTest::addColumn<QString>("rawPath");
    QTest::addColumn<Params>("params");

    QTest::newRow("abort with awkward key") << QStringLiteral("/bucket/a b/c+d$e%f&g=h;i,j:k@l!m'n(o)p*q")
                                            << Params{{QStringLiteral("uploadId"), QStringLiteral("2~x+y/z=")}};
    QTest::newRow("dot and empty segments") << QStringLiteral("/bucket//./../x/") << Params{};
    QTest::newRow("unicode and query delimiters")
        << QStringLiteral("/bucket/\u00e9t\u00e9?#[]") << Params{{QStringLiteral("partNumber"), QStringLiteral("1")}};
    QTest::newRow("list uploads") << QStringLiteral("/bucket")
                                  << Params{{QStringLiteral("uploads"), QString()},
                                            {QStringLiteral("prefix"), QStringLiteral("a b/~c+d")},
                                            {QStringLiteral("encoding-type"), QStringLiteral("url")}};
}

void TestSigV4::wireBytesSurviveQUrl()
{
    QFETCH(QString, rawPath);
    QFETCH(Params, params);

    const QByteArray path = SigV4::canonicalPath(rawPath);
    const QByteArray query = SigV4::canonicalQuery(params);
    const QByteArray encoded =
        "https://bucket.example.com" + path + (query.isEmpty() ? QByteArray() : QByteArray('?' + query));
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.path(QUrl::FullyEncoded).toLatin1(), path);
    QCOMPARE(url.query(QUrl::FullyEncoded).toLatin1(), query);
    QCOMPARE(url.toEncoded(), encoded);
    // And decoding the wire path gives back the raw key: nothing was encoded twice.
    QCOMPARE(url.path(QUrl::FullyDecoded), rawPath);
}

// ---- headers -----------------------------------------------------------------------------------

void TestSigV4::headerCanonicalisation_data()
{
    QTest::addColumn<Headers>("extra");
    QTest::addColumn<QByteArray>("expectedExtraLines"); // canonical lines of the extra headers
    QTest::addColumn<QByteArray>("expectedSignedHeaders");

    const QByteArray required = "host;x-amz-content-sha256;x-amz-date";
    QTest::newRow("mixed-case names lower-cased")
        << Headers{{"X-Amz-Request-Payer", "requester"}} << QByteArray("x-amz-request-payer:requester\n")
        << QByteArray(required + ";x-amz-request-payer");
    QTest::newRow("values trimmed") << Headers{{"x-amz-meta-a", "  padded \t"}} << QByteArray("x-amz-meta-a:padded\n")
                                    << QByteArray(required + ";x-amz-meta-a");
    QTest::newRow("inner runs collapsed")
        << Headers{{"x-amz-meta-a", "one   two \t three"}} << QByteArray("x-amz-meta-a:one two three\n")
        << QByteArray(required + ";x-amz-meta-a");
    QTest::newRow("name trimmed") << Headers{{" Range ", "bytes=0-9"}} << QByteArray()
                                  << QByteArray("host;range;x-amz-content-sha256;x-amz-date");
    QTest::newRow("repeated name joined in order")
        << Headers{{"x-amz-meta-b", "second"}, {"X-Amz-Meta-B", " first  one "}}
        << QByteArray("x-amz-meta-b:second,first one\n") << QByteArray(required + ";x-amz-meta-b");
    QTest::newRow("empty value kept") << Headers{{"x-amz-meta-empty", "   "}} << QByteArray("x-amz-meta-empty:\n")
                                      << QByteArray(required + ";x-amz-meta-empty");
    QTest::newRow("sorted by name")
        << Headers{{"x-amz-meta-z", "z"}, {"content-md5", "abc=="}, {"x-amz-expected-bucket-owner", "111122223333"}}
        << QByteArray()
        << QByteArray("content-md5;host;x-amz-content-sha256;x-amz-date;x-amz-expected-bucket-owner;"
                      "x-amz-meta-z");
}

void TestSigV4::headerCanonicalisation()
{
    QFETCH(Headers, extra);
    QFETCH(QByteArray, expectedExtraLines);
    QFETCH(QByteArray, expectedSignedHeaders);

    const auto result =
        SigV4::sign(minimalRequest(extra), exampleCredentials(), QStringLiteral("us-east-1"), exampleTime());
    QCOMPARE(result.signedHeaders, expectedSignedHeaders);
    QVERIFY(result.authorization.contains(QByteArray(", SignedHeaders=" + expectedSignedHeaders + ", Signature=")));
    if (!expectedExtraLines.isEmpty())
        QVERIFY2(result.canonicalRequest.contains(QByteArray('\n' + expectedExtraLines)),
                 result.canonicalRequest.constData());

    // The canonical header block is exactly one "name:value" line per signed header, in order.
    const QList<QByteArray> requestLines = result.canonicalRequest.split('\n');
    const QList<QByteArray> names = expectedSignedHeaders.split(';');
    QVERIFY(requestLines.size() == 3 + names.size() + 3);
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY2(requestLines.at(3 + i).startsWith(QByteArray(names.at(i) + ':')), requestLines.at(3 + i).constData());

    // Canonicalisation is what is signed: the tidy spelling of the same headers signs identically.
    Headers tidy;
    for (const auto &[name, value] : std::as_const(extra))
        tidy.append({name.trimmed().toLower(), value});
    const auto tidyResult =
        SigV4::sign(minimalRequest(tidy), exampleCredentials(), QStringLiteral("us-east-1"), exampleTime());
    QCOMPARE(tidyResult.signature, result.signature);
}

void TestSigV4::sessionTokenIsSigned()
{
    AwsCredentials credentials = exampleCredentials();
    credentials.sessionToken = QStringLiteral("FwoGZXIvYXdzEXAMPLE//token+with=symbols");

    const Headers headers = SigV4::requiredHeaders(ExampleHost, exampleTime(), SigV4::EmptyPayloadHash, credentials);
    QVERIFY(headers.contains(SigV4::Header("x-amz-security-token", credentials.sessionToken.toUtf8())));
    QVERIFY(!SigV4::requiredHeaders(ExampleHost, exampleTime(), SigV4::EmptyPayloadHash, exampleCredentials())
                 .contains(SigV4::Header("x-amz-security-token", QByteArray())));

    SigV4::Request request;
    request.method = "GET";
    request.canonicalPath = SigV4::canonicalPath(QStringLiteral("/bucket"));
    request.canonicalQuery = SigV4::canonicalQuery({{QStringLiteral("uploads"), QString()}});
    request.payloadHash = SigV4::EmptyPayloadHash;
    request.headers = headers;
    const auto result = SigV4::sign(request, credentials, QStringLiteral("us-east-1"), exampleTime());
    QCOMPARE(result.signedHeaders, QByteArray("host;x-amz-content-sha256;x-amz-date;x-amz-security-token"));
    QVERIFY(result.canonicalRequest.contains("\nx-amz-security-token:FwoGZXIvYXdzEXAMPLE//token+with=symbols\n"));

    // Without the token the signature differs: the token is part of what is signed.
    request.headers = SigV4::requiredHeaders(ExampleHost, exampleTime(), SigV4::EmptyPayloadHash, exampleCredentials());
    QVERIFY(SigV4::sign(request, credentials, QStringLiteral("us-east-1"), exampleTime()).signature !=
            result.signature);
}

// ---- time --------------------------------------------------------------------------------------

void TestSigV4::timeFormats_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("expectedAmzDate");
    QTest::addColumn<QByteArray>("expectedDateStamp");

    QTest::newRow("AWS example") << exampleTime() << QByteArray("20130524T000000Z") << QByteArray("20130524");
    QTest::newRow("zero padding") << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC)
                                  << QByteArray("20240102T030405Z") << QByteArray("20240102");
    QTest::newRow("milliseconds dropped") << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
                                          << QByteArray("20241231T235959Z") << QByteArray("20241231");
    // The scope date is the UTC date, not the local one.
    QTest::newRow("offset east, previous UTC day")
        << QDateTime(QDate(2013, 5, 24), QTime(1, 30, 0), Qt::OffsetFromUTC, 2 * 3600) << QByteArray("20130523T233000Z")
        << QByteArray("20130523");
    QTest::newRow("offset west, next UTC day")
        << QDateTime(QDate(2013, 5, 24), QTime(22, 0, 0), Qt::OffsetFromUTC, -5 * 3600)
        << QByteArray("20130525T030000Z") << QByteArray("20130525");
    QTest::newRow("invalid") << QDateTime() << QByteArray() << QByteArray();
}

void TestSigV4::timeFormats()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, expectedAmzDate);
    QFETCH(QByteArray, expectedDateStamp);
    QCOMPARE(SigV4::amzDate(time), expectedAmzDate);
    QCOMPARE(SigV4::dateStamp(time), expectedDateStamp);
}

// ---- sensitivity -------------------------------------------------------------------------------

void TestSigV4::everyInputChangesTheSignature_data()
{
    QTest::addColumn<QByteArray>("change");
    for (const char *change : {"method", "path", "query", "header value", "extra header", "payload hash", "region",
                               "service", "date", "secret"})
        QTest::newRow(change) << QByteArray(change);
}

void TestSigV4::everyInputChangesTheSignature()
{
    QFETCH(QByteArray, change);

    const auto base = [] {
        SigV4::Request request = minimalRequest({{"range", "bytes=0-9"}});
        request.canonicalPath = SigV4::canonicalPath(QStringLiteral("/bucket/key"));
        request.canonicalQuery = SigV4::canonicalQuery({{QStringLiteral("uploadId"), QStringLiteral("abc")}});
        return request;
    };
    const SigV4::Request original = base();
    const QString region = QStringLiteral("us-east-1");
    const QByteArray reference = SigV4::sign(original, exampleCredentials(), region, exampleTime()).signature;

    SigV4::Request request = base();
    AwsCredentials credentials = exampleCredentials();
    QString otherRegion = region;
    QDateTime time = exampleTime();
    QByteArrayView service = "s3";
    if (change == "method")
        request.method = "DELETE";
    else if (change == "path")
        request.canonicalPath = SigV4::canonicalPath(QStringLiteral("/bucket/key2"));
    else if (change == "query")
        request.canonicalQuery = SigV4::canonicalQuery({{QStringLiteral("uploadId"), QStringLiteral("abd")}});
    else if (change == "header value")
        request.headers.last().second = "bytes=0-8";
    else if (change == "extra header")
        request.headers.append(SigV4::Header("x-amz-request-payer", "requester"));
    else if (change == "payload hash")
        request.payloadHash = SigV4::UnsignedPayload;
    else if (change == "region")
        otherRegion = QStringLiteral("us-east-2");
    else if (change == "service")
        service = "s4";
    else if (change == "date")
        time = time.addSecs(1); // the x-amz-date header is unchanged: only the string to sign moves
    else if (change == "secret")
        credentials.secretAccessKey += QLatin1Char('x');

    const auto changed = SigV4::sign(request, credentials, otherRegion, time, nullptr, service);
    QCOMPARE(changed.signature.size(), 64);
    QVERIFY(changed.signature != reference);
}

// ---- secrets stay out ---------------------------------------------------------------------------

void TestSigV4::redactAuthorization_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("SigV4") << QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                                         "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                                         "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
                           << QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                                         "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                                         "Signature=<redacted>");
    QTest::newRow("signature not last") << QByteArray("AWS4-HMAC-SHA256 Signature=abc,Credential=AKID/x")
                                        << QByteArray("AWS4-HMAC-SHA256 Signature=<redacted>,Credential=AKID/x");
    QTest::newRow("signature twice") << QByteArray("X Signature=abc, Signature=def")
                                     << QByteArray("X Signature=<redacted>, Signature=<redacted>");
    QTest::newRow("empty signature") << QByteArray("AWS4-HMAC-SHA256 Signature=")
                                     << QByteArray("AWS4-HMAC-SHA256 Signature=<redacted>");
    QTest::newRow("SigV2 form") << QByteArray("AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=")
                                << QByteArray("AWS <redacted>");
    QTest::newRow("no scheme") << QByteArray("opaque-secret-token") << QByteArray("<redacted>");
    QTest::newRow("empty") << QByteArray() << QByteArray("<redacted>");
}

void TestSigV4::redactAuthorization()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4::redactAuthorization(authorization), expected);
}

void TestSigV4::secretNeverInOutput()
{
    AwsCredentials credentials = exampleCredentials();
    credentials.sessionToken = QStringLiteral("session-token-value");
    const QByteArray secret = credentials.secretAccessKey.toUtf8();

    SigV4::SigningKeyCache cache;
    SigV4::Request request;
    request.method = "DELETE";
    request.canonicalPath = SigV4::canonicalPath(QStringLiteral("/bucket/key"));
    request.canonicalQuery = SigV4::canonicalQuery({{QStringLiteral("uploadId"), QStringLiteral("id")}});
    request.payloadHash = SigV4::EmptyPayloadHash;
    request.headers = SigV4::requiredHeaders(ExampleHost, exampleTime(), request.payloadHash, credentials);
    const auto result = SigV4::sign(request, credentials, QStringLiteral("us-east-1"), exampleTime(), &cache);

    // The secret in every form it could leak: as is, URI-encoded, as hex, behind "AWS4".
    const QList<QByteArray> forms{secret, SigV4::uriEncode(secret, true), secret.toHex(), "AWS4" + secret,
                                  secret.left(16)};
    const QByteArray redacted = SigV4::redactAuthorization(result.authorization);
    for (const QByteArray &output : {result.authorization, result.signedHeaders, result.canonicalRequest,
                                     result.stringToSign, result.signature, redacted}) {
        for (const QByteArray &form : forms)
            QVERIFY2(!output.contains(form), output.constData());
    }
    QVERIFY(!redacted.contains(result.signature));
    QVERIFY(redacted.startsWith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"));
    // The signing key (what the cache holds) is not the secret and does not contain it.
    const QByteArray key = cache.signingKey(credentials.secretAccessKey, "20130524", "us-east-1", "s3");
    for (const QByteArray &form : forms)
        QVERIFY(!key.contains(form) && !key.toHex().contains(form));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
