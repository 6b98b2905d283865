// The S3 client's fault handling, against FaultyS3Server: a FAKE server that produces on demand
// what Ceph RGW will not (SlowDown storms, cut connections, wrong regions, broken paging...).
// The S3 paths themselves are tested against the real server in integration/tst_s3client.cpp.
#include "faultys3server.h"
#include "s3/addressing.h"
#include "s3/s3client.h"
#include "s3/transport/exacthttptransport.h"
#include "s3/transport/qthttptransport.h"
#include "s3/uploadlister.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace PartSweep;
using PartSweep::Test::FakeResponse;
using PartSweep::Test::FaultyS3Server;
using PartSweep::Test::RecordedRequest;

namespace {

const QString AccessKey = QStringLiteral("AKIAFAULTYEXAMPLE");
const QString SecretKey = QStringLiteral("fAuLtYsEcReT/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QString SessionToken = QStringLiteral("FQoGZXIvYXdzEXAMPLEsessionTOKENvalue==");

// Log lines captured while a test runs (to prove no secret is ever logged).
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

S3ClientConfig configFor(const FaultyS3Server &server)
{
    S3ClientConfig config;
    config.endpoint = server.endpoint();
    config.region = QStringLiteral("us-east-1");
    config.addressingStyle = AddressingStyle::Path;
    config.credentials.accessKeyId = AccessKey;
    config.credentials.secretAccessKey = SecretKey;
    config.credentials.source = QStringLiteral("the test");
    config.timeoutMs = 5000;
    return config;
}

// Small backoff so retries take milliseconds; jitter fixed at its maximum for repeatable delays.
RetryPolicy fastRetries(int maxAttempts, int budget = 500)
{
    return RetryPolicy({.maxAttempts = maxAttempts, .baseDelayMs = 5, .budget = budget}, [] { return 1.0; });
}

QByteArray listUploadsXml(const QStringList &keys)
{
    QByteArray xml = "<ListMultipartUploadsResult><Bucket>bkt</Bucket><IsTruncated>false</IsTruncated>";
    for (const QString &key : keys)
        xml += "<Upload><Key>" + key.toUtf8() + "</Key><UploadId>id-" + key.toUtf8() +
               "</UploadId><Initiated>2024-01-01T00:00:00.000Z</Initiated></Upload>";
    return xml + "</ListMultipartUploadsResult>";
}

S3Error noAnswer(const QString &what)
{
    S3Error error;
    error.kind = S3Error::Kind::Cancelled;
    error.message = what;
    return error;
}

// One typed call, waited for.
struct PageOutcome
{
    std::optional<Result<ListUploadsPage>> page;
    ResponseMeta meta;
};

} // namespace

class TestS3ClientFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultyS3Server> m_server;

    FaultyS3Server &server() { return *m_server; }

    // Lists one page of "bkt" and waits for the answer.
    PageOutcome listPage(S3Client &client, const QString &bucket = QStringLiteral("bkt"))
    {
        PageOutcome outcome;
        S3Client::ListUploadsQuery query;
        query.bucket = bucket;
        client.listUploadsPage(query, this, [&outcome](Result<ListUploadsPage> page, const ResponseMeta &meta) {
            outcome.page = std::move(page);
            outcome.meta = meta;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.page.has_value(), 20000); }();
        if (!outcome.page)
            outcome.page = Result<ListUploadsPage>(noAnswer(QStringLiteral("no answer in time")));
        return outcome;
    }

    struct Listing
    {
        QStringList uploadIds;
        std::optional<ListingOutcome> outcome;
    };

    Listing listAll(S3Client &client, int pageSize, int transientRounds = 0)
    {
        Listing listing;
        UploadLister lister(&client, QStringLiteral("bkt"));
        lister.setPageSize(pageSize);
        lister.setTransientRetry(transientRounds, 10);
        connect(&lister, &UploadLister::pageListed, this, [&listing](const ListUploadsPage &page) {
            for (const UploadInfo &u : page.uploads)
                listing.uploadIds << u.uploadId;
        });
        connect(&lister, &UploadLister::finished, this,
                [&listing](const ListingOutcome &outcome) { listing.outcome = outcome; });
        lister.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(listing.outcome.has_value(), 20000); }();
        if (!listing.outcome) {
            listing.outcome = ListingOutcome{};
            listing.outcome->error = noAnswer(QStringLiteral("no end in time"));
        }
        return listing;
    }

    void addUploads(int count)
    {
        for (int i = 0; i < count; ++i)
            server().addUpload(QStringLiteral("bkt"), QStringLiteral("key-%1").arg(i, 2, 10, QLatin1Char('0')),
                               QStringLiteral("upload-%1").arg(i));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PartSweep::ListingOutcome>(); }

    void init()
    {
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
        m_server->addBucket(QStringLiteral("bkt"));
    }

    void cleanup() { m_server.reset(); }

    // --- throttling and retries ---

    void slowDownStormShorterThanMaxAttemptsSucceeds()
    {
        server().enqueueSlowDownStorm(3);
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(4));
        QSignalSpy retried(&client, &S3Client::requestRetried);

        const PageOutcome outcome = listPage(client);
        QVERIFY2(outcome.page->ok(), qPrintable(outcome.page->errorString()));
        QCOMPARE(outcome.meta.httpStatus, 200);
        QCOMPARE(outcome.meta.attempts, 4);
        QCOMPARE(server().requestCount(QStringLiteral("ListMultipartUploads")), 4);
        QCOMPARE(retried.count(), 3);
        for (int i = 0; i < retried.count(); ++i) {
            QCOMPARE(retried.at(i).at(0).toString(), QStringLiteral("ListMultipartUploads"));
            QCOMPARE(retried.at(i).at(1).toInt(), i + 1); // the attempt that failed
            QCOMPARE(retried.at(i).at(3).toString(), QStringLiteral("SlowDown"));
        }
    }

    void slowDownStormLongerThanMaxAttemptsFails()
    {
        server().enqueueSlowDownStorm(10);
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));
        QSignalSpy retried(&client, &S3Client::requestRetried);

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        const S3Error &error = outcome.page->error();
        QCOMPARE(error.kind, S3Error::Kind::Http);
        QCOMPARE(error.httpStatus, 503);
        QCOMPARE(error.code, QStringLiteral("SlowDown"));
        QVERIFY2(error.hint.contains(QStringLiteral("concurrency")), qPrintable(error.hint));
        QVERIFY(outcome.page->errorString().contains(QStringLiteral("bkt")));
        QCOMPARE(outcome.meta.attempts, 3);
        QCOMPARE(server().requestCount(), 3);
        QCOMPARE(retried.count(), 2);
    }

    void truncatedBodyIsRetried()
    {
        addUploads(3);
        server().enqueue(FakeResponse::resetMidBody());
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));
        QSignalSpy retried(&client, &S3Client::requestRetried);

        const PageOutcome outcome = listPage(client);
        QVERIFY2(outcome.page->ok(), qPrintable(outcome.page->errorString()));
        QCOMPARE(outcome.page->value().uploads.size(), 3);
        QCOMPARE(outcome.meta.attempts, 2);
        QCOMPARE(server().requestCount(), 2);
        QCOMPARE(retried.count(), 1);
    }

    // "200 OK" with an <Error> document as its body (S3 does so when a request fails after the
    // status line went out): that error, retried when its code says so.
    void errorDocumentWith200IsRetriedWhenRetryable()
    {
        addUploads(3);
        server().enqueue(FakeResponse::ok(QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code><Message>We encountered "
            "an internal error. Please try again.</Message><RequestId>r-200</RequestId></Error>")));
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QVERIFY2(outcome.page->ok(), qPrintable(outcome.page->errorString()));
        QCOMPARE(outcome.page->value().uploads.size(), 3);
        QCOMPARE(outcome.meta.attempts, 2);
        QCOMPARE(server().requestCount(), 2);
    }

    void errorDocumentWith200IsThatError()
    {
        addUploads(3);
        server().enqueue(FakeResponse::ok(
            QByteArrayLiteral("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        QCOMPARE(outcome.page->error().code, QStringLiteral("AccessDenied"));
        QVERIFY2(!outcome.page->errorString().contains(QStringLiteral("could not be read")),
                 qPrintable(outcome.page->errorString()));
        QCOMPARE(server().requestCount(), 1);
    }

    void connectionClosedWithoutAnswerIsRetried()
    {
        addUploads(2);
        server().enqueue(FakeResponse::closeWithoutAnswer());
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QVERIFY2(outcome.page->ok(), qPrintable(outcome.page->errorString()));
        QCOMPARE(outcome.page->value().uploads.size(), 2);
        // Qt itself may send again once on a connection closed before any byte of the answer;
        // either way the request reached the server twice and the answer is the second one's.
        QCOMPARE(server().requestCount(), 2);
        QVERIFY(outcome.meta.attempts >= 1 && outcome.meta.attempts <= 2);
    }

    void persistentResetFailsWithNetworkError()
    {
        server().addRule([](const RecordedRequest &) { return FakeResponse::resetMidBody(); });
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        QCOMPARE(outcome.page->error().kind, S3Error::Kind::Network);
        QCOMPARE(outcome.meta.attempts, 3);
        QCOMPARE(server().requestCount(), 3);
        QVERIFY2(outcome.page->error().hint.contains(QStringLiteral("retried 2 time")),
                 qPrintable(outcome.page->error().hint));
    }

    void timeoutAfterMaxAttempts()
    {
        server().addRule([](const RecordedRequest &) { return FakeResponse::ok().delayed(10000); });
        S3ClientConfig config = configFor(server());
        config.timeoutMs = 300;
        S3Client client(config);
        client.setRetryPolicy(fastRetries(2));
        QSignalSpy retried(&client, &S3Client::requestRetried);

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        const S3Error &error = outcome.page->error();
        QCOMPARE(error.kind, S3Error::Kind::Timeout);
        QCOMPARE(error.httpStatus, 0);
        QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(error.message));
        QCOMPARE(outcome.meta.attempts, 2);
        QCOMPARE(server().requestCount(), 2);
        QCOMPARE(retried.count(), 1);
    }

    // --- endpoints ---

    // http://[::1]:PORT (it used to fail with "Host  not found"), through both transports.
    void anIpv6LiteralEndpointWorks()
    {
        FaultyS3Server v6;
        if (!v6.listen(QHostAddress::LocalHostIPv6))
            QSKIP("this machine has no IPv6 loopback (::1)");
        v6.addBucket(QStringLiteral("bkt"));
        v6.addUpload(QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"), 2);
        v6.addUpload(QStringLiteral("bkt"), QStringLiteral("x/../y"), QStringLiteral("u2"), 1);
        S3ClientConfig config = configFor(v6);
        QCOMPARE(config.endpoint.toString(), QStringLiteral("http://[::1]:%1").arg(config.endpoint.port()));
        S3Client client(config);

        const PageOutcome outcome = listPage(client);
        QVERIFY2(outcome.page->ok(), qPrintable(outcome.page->errorString()));
        QCOMPARE(outcome.page->value().uploads.size(), 2);
        QCOMPARE(v6.requests().constFirst().header("host"),
                 QByteArrayLiteral("[::1]:") + QByteArray::number(config.endpoint.port()));

        std::optional<Result<S3Client::PartsSummary>> parts; // "x/../y" goes out byte for byte
        client.listAllParts(QStringLiteral("bkt"), QStringLiteral("x/../y"), QStringLiteral("u2"), this,
                            [&parts](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(parts.has_value(), 20000);
        QVERIFY2(parts->ok(), qPrintable(parts->errorString()));
        QCOMPARE(parts->value().parts.size(), 1);
    }

    // --- bounded answers ---

    // A listing page that announces 4 GB (a proxy's download, a hostile server): refused as soon
    // as the length is read, not asked again, and never read into memory.
    void anAnswerAnnouncedTooLargeIsRefusedAtOnce()
    {
        server().enqueue(FakeResponse::flood(4LL * 1024 * 1024 * 1024));
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        const S3Error &error = outcome.page->error();
        QVERIFY2(error.message.contains(QStringLiteral("too large (4.00 GiB)")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("ListMultipartUploads")), qPrintable(error.message));
        QVERIFY2(error.hint.contains(QStringLiteral("proxy")), qPrintable(error.hint));
        QCOMPARE(server().requestCount(), 1);
        QVERIFY2(server().floodBytesSent() < 16 * 1024 * 1024, qPrintable(QString::number(server().floodBytesSent())));
    }

    // No length at all, the body ends with the connection, and it never ends: read up to the cap.
    void anAnswerWithoutLengthIsCutOffAtTheCap()
    {
        server().enqueue(FakeResponse::flood(0));
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        QVERIFY2(outcome.page->error().message.contains(QStringLiteral("too large")),
                 qPrintable(outcome.page->error().message));
        QCOMPARE(server().requestCount(), 1);
        // The cap (16 MiB) plus what was on its way when it was reached: on loopback a flood
        // outruns the event loop, and the socket hands over what it read in one batch (seen with
        // Qt's stack: 23 to 54 MiB in all); unbounded would be gigabytes by the time the test ends.
        QVERIFY2(server().floodBytesSent() < 128 * 1024 * 1024, qPrintable(QString::number(server().floodBytesSent())));
    }

    // One byte now and then keeps the silence timeout quiet; the low-speed bound is not.
    void aTricklingAnswerEndsWithATimeout()
    {
        const QByteArray page = listUploadsXml({QStringLiteral("a")});
        server().addRule([page](const RecordedRequest &) { return FakeResponse::trickle(page, 50); });
        S3ClientConfig config = configFor(server());
        config.timeoutMs = 400;
        S3Client client(config);
        client.setRetryPolicy(fastRetries(2));

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        const S3Error &error = outcome.page->error();
        QCOMPARE(error.kind, S3Error::Kind::Timeout);
        QVERIFY2(error.message.contains(QStringLiteral("trickled in")), qPrintable(error.message));
        QCOMPARE(outcome.meta.attempts, 2); // a stall may pass: asked again
        QCOMPARE(server().requestCount(), 2);
    }

    // Fast enough for the low-speed bound, but never done: the deadline ends it.
    void anExchangePastItsDeadlineIsCutOff()
    {
        const QByteArray page = listUploadsXml({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        server().addRule([page](const RecordedRequest &) { return FakeResponse::trickle(page, 20); });
        S3ClientConfig config = configFor(server());
        config.timeoutMs = 300;
        TransportSettings settings;
        settings.timeoutMs = 300;
        settings.lowSpeedBytes = 1;
        settings.deadlineFactor = 3;
        std::unique_ptr<HttpTransport> transport = std::make_unique<S3Transport>(settings);
        S3Client client(config, std::move(transport), nullptr);
        client.setRetryPolicy(fastRetries(1));

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        QCOMPARE(outcome.page->error().kind, S3Error::Kind::Timeout);
        QVERIFY2(outcome.page->error().message.contains(QStringLiteral("did not end within")),
                 qPrintable(outcome.page->error().message));
    }

    // Behind a proxy S3Transport sends through QtHttpTransport (direct requests, those of the tests
    // above, take PooledHttpTransport): its bounds, the same three.
    void theProxiedPathsQtTransportIsBoundedToo()
    {
        TransportSettings settings;
        settings.timeoutMs = 300;
        settings.lowSpeedBytes = 1024;
        settings.deadlineFactor = 3;
        const TlsSetup tls(settings);
        const auto listWith = [&](const FakeResponse &answer) {
            server().clearRules();
            server().addRule([answer](const RecordedRequest &) { return answer; });
            S3ClientConfig config = configFor(server());
            config.timeoutMs = settings.timeoutMs;
            S3Client client(config, std::make_unique<QtHttpTransport>(settings, tls), nullptr);
            client.setRetryPolicy(fastRetries(1));
            return listPage(client).page->error();
        };
        const QByteArray page = listUploadsXml({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        const S3Error flooded = listWith(FakeResponse::flood(4LL * 1024 * 1024 * 1024));
        QVERIFY2(flooded.message.contains(QStringLiteral("too large (4.00 GiB)")), qPrintable(flooded.message));
        const S3Error trickled = listWith(FakeResponse::trickle(page, 50));
        QCOMPARE(trickled.kind, S3Error::Kind::Timeout);
        QVERIFY2(trickled.message.contains(QStringLiteral("trickled in")), qPrintable(trickled.message));
        settings.lowSpeedBytes = 1;
        const S3Error endless = listWith(FakeResponse::trickle(page, 20));
        QCOMPARE(endless.kind, S3Error::Kind::Timeout);
        QVERIFY2(endless.message.contains(QStringLiteral("did not end within")), qPrintable(endless.message));
    }

    // Keys with dot segments go out byte for byte (PooledHttpTransport writes every target as it
    // is): bounded the same way, the trickle by the low-speed rule.
    void aDotSegmentKeyGoesOutByteForByteAndBounded()
    {
        server().enqueue(FakeResponse::flood(0));
        server().enqueue(FakeResponse::trickle(QByteArray(4096, ' '), 20));
        S3ClientConfig config = configFor(server());
        config.timeoutMs = 300;
        S3Client client(config);
        client.setRetryPolicy(fastRetries(1));

        const auto listParts = [&] {
            std::optional<Result<S3Client::PartsSummary>> parts;
            client.listAllParts(QStringLiteral("bkt"), QStringLiteral("logs/../x"), QStringLiteral("u1"), this,
                                [&parts](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(parts.has_value(), 20000); }();
            return parts.value_or(Result<S3Client::PartsSummary>(noAnswer(QStringLiteral("no answer"))));
        };
        const Result<S3Client::PartsSummary> flooded = listParts();
        QVERIFY(!flooded.ok());
        QVERIFY2(flooded.error().message.contains(QStringLiteral("too large")), qPrintable(flooded.errorString()));
        QVERIFY2(server().floodBytesSent() < 128 * 1024 * 1024, qPrintable(QString::number(server().floodBytesSent())));

        const Result<S3Client::PartsSummary> trickled = listParts();
        QVERIFY(!trickled.ok());
        QCOMPARE(trickled.error().kind, S3Error::Kind::Timeout);
        QVERIFY2(trickled.error().message.contains(QStringLiteral("trickled in")), qPrintable(trickled.errorString()));
        QCOMPARE(server().requests().constLast().target.left(14), QByteArrayLiteral("/bkt/logs/../x"));
    }

    void accessDeniedIsNeverRetried()
    {
        server().addRule([](const RecordedRequest &) {
            return FakeResponse::s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
        });
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(5));
        QSignalSpy retried(&client, &S3Client::requestRetried);

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        QCOMPARE(outcome.page->error().code, QStringLiteral("AccessDenied"));
        QCOMPARE(outcome.page->error().httpStatus, 403);
        QCOMPARE(outcome.page->error().requestId, QStringLiteral("FAKE0"));
        QCOMPARE(server().requestCount(), 1);
        QCOMPARE(outcome.meta.attempts, 1);
        QCOMPARE(retried.count(), 0);
    }

    // --- expected bucket owner and requester pays ---

    void expectedBucketOwnerMismatchNamesTheOwner()
    {
        server().setExpectedBucketOwner(QStringLiteral("111122223333"));
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"));
        S3ClientConfig config = configFor(server());
        config.expectedBucketOwner = QStringLiteral("999988887777");
        S3Client client(config);
        client.setRetryPolicy(fastRetries(3));

        std::optional<Result<AbortAnswer>> aborted;
        client.abortUpload(
            QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"), this,
            [&aborted](Result<AbortAnswer> result, const ResponseMeta &) { aborted = std::move(result); });
        QTRY_VERIFY(aborted.has_value());
        QVERIFY(!aborted->ok());
        QCOMPARE(aborted->error().httpStatus, 403);
        QCOMPARE(aborted->error().code, QStringLiteral("AccessDenied"));
        QVERIFY2(aborted->error().hint.contains(QStringLiteral("999988887777")), qPrintable(aborted->error().hint));
        QCOMPARE(server().requestCount(), 1);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 1); // the upload is untouched
    }

    void expectedBucketOwnerSentOnEveryBucketRequest()
    {
        const QString owner = QStringLiteral("111122223333");
        server().setExpectedBucketOwner(owner);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"), 2);
        S3ClientConfig config = configFor(server());
        config.expectedBucketOwner = owner;
        S3Client client(config);

        QVERIFY(listPage(client).page->ok());
        std::optional<Result<S3Client::PartsSummary>> parts;
        client.listAllParts(QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"), this,
                            [&parts](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
        QTRY_VERIFY(parts.has_value());
        QVERIFY2(parts->ok(), qPrintable(parts->errorString()));
        std::optional<Result<QString>> region;
        client.bucketRegion(QStringLiteral("bkt"), this, [&region](Result<QString> r) { region = std::move(r); });
        QTRY_VERIFY(region.has_value());
        std::optional<Result<AbortAnswer>> aborted;
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"), this,
                           [&aborted](Result<AbortAnswer> r, const ResponseMeta &) { aborted = std::move(r); });
        QTRY_VERIFY(aborted.has_value());
        QVERIFY2(aborted->ok(), qPrintable(aborted->errorString()));
        QVERIFY2(!aborted->value().gone, "the server said the upload did not exist");

        QCOMPARE(server().requestCount(), 4);
        for (const RecordedRequest &request : server().requests()) {
            QVERIFY2(request.header("x-amz-expected-bucket-owner") == owner.toUtf8(), qPrintable(request.operation()));
            QVERIFY2(request.signedHeaders().contains("x-amz-expected-bucket-owner"), request.header("authorization"));
        }
    }

    void requestPayerSentSignedAndChargeRead()
    {
        server().setChargeRequester(true);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"), 1500);
        S3ClientConfig config = configFor(server());
        config.requestPayer = true;
        S3Client client(config);

        std::optional<Result<QList<BucketInfo>>> buckets;
        client.listBuckets(this, [&buckets](Result<QList<BucketInfo>> r) { buckets = std::move(r); });
        QTRY_VERIFY(buckets.has_value());
        QVERIFY2(buckets->ok(), qPrintable(buckets->errorString()));

        const PageOutcome listed = listPage(client);
        QVERIFY(listed.page->ok());
        QVERIFY(listed.meta.requestCharged);

        std::optional<Result<S3Client::PartsSummary>> parts;
        client.listAllParts(QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"), this,
                            [&parts](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
        QTRY_VERIFY(parts.has_value());
        QVERIFY2(parts->ok(), qPrintable(parts->errorString()));
        QCOMPARE(parts->value().parts.size(), 1500);
        QCOMPARE(parts->value().requests, 2);
        QCOMPARE(parts->value().chargedRequests, 2);

        std::optional<ResponseMeta> abortMeta;
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("a"), QStringLiteral("u1"), this,
                           [&abortMeta](Result<AbortAnswer> r, const ResponseMeta &meta) {
                               QVERIFY(r.ok());
                               abortMeta = meta;
                           });
        QTRY_VERIFY(abortMeta.has_value());
        QCOMPARE(abortMeta->httpStatus, 204);
        QVERIFY(abortMeta->requestCharged);

        QCOMPARE(server().requestCount(), 5);
        for (const RecordedRequest &request : server().requests()) {
            QVERIFY2(request.header("x-amz-request-payer") == "requester", qPrintable(request.operation()));
            QVERIFY2(request.signedHeaders().contains("x-amz-request-payer"), request.header("authorization"));
        }
    }

    void requestPayerNotSentWhenOff()
    {
        S3Client client(configFor(server()));
        const PageOutcome listed = listPage(client);
        QVERIFY(listed.page->ok());
        QVERIFY(!listed.meta.requestCharged);
        QCOMPARE(server().requestCount(), 1);
        QVERIFY(!server().requests().at(0).hasHeader("x-amz-request-payer"));
        QVERIFY(!server().requests().at(0).hasHeader("x-amz-expected-bucket-owner"));
    }

    // --- clock skew ---

    void clockSkewIsCorrected_data()
    {
        QTest::addColumn<FaultyS3Server::DateStyle>("style");
        QTest::newRow("numeric zone (+0000)") << FaultyS3Server::DateStyle::Rfc2822Numeric;
        QTest::newRow("HTTP date (GMT), as S3 sends it") << FaultyS3Server::DateStyle::HttpDate;
    }

    void clockSkewIsCorrected()
    {
        QFETCH(FaultyS3Server::DateStyle, style);
        constexpr qint64 ServerAhead = 2 * 3600 * 1000; // the client's clock is 2 hours late
        server().setClockOffsetMs(ServerAhead);
        server().setDateStyle(style);
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QCOMPARE(server().requests().at(0).operation(), QStringLiteral("ListMultipartUploads"));
        QVERIFY2(outcome.page->ok(), qPrintable(outcome.page->errorString()));
        QVERIFY2(std::abs(client.clockOffsetMs() - ServerAhead) < 3000,
                 qPrintable(QString::number(client.clockOffsetMs())));
        QCOMPARE(server().requestCount(), 2);
        QCOMPARE(outcome.meta.attempts, 1);
        // The second request is dated on the server's clock.
        QDateTime sent = QDateTime::fromString(QString::fromLatin1(server().requests().at(1).header("x-amz-date")),
                                               QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY(sent.isValid());
        sent.setTimeZone(QTimeZone::utc());
        QVERIFY(std::abs(sent.msecsTo(QDateTime::currentDateTimeUtc().addMSecs(ServerAhead))) < 60000);

        // Later requests are signed with the corrected clock at once.
        server().clearRecords();
        QVERIFY(listPage(client).page->ok());
        QCOMPARE(server().requestCount(), 1);
    }

    void clockSkewIsCorrectedOnlyOnce()
    {
        // A server that keeps calling the clock skewed (whatever its Date says) is not retried
        // forever: one correction, then an error that names the clock.
        server().setDateStyle(FaultyS3Server::DateStyle::Rfc2822Numeric);
        server().addRule([](const RecordedRequest &) {
            return FakeResponse::s3Error(403, QStringLiteral("RequestTimeTooSkewed"), QStringLiteral("skewed"));
        });
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));
        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        QCOMPARE(outcome.page->error().code, QStringLiteral("RequestTimeTooSkewed"));
        QVERIFY2(outcome.page->error().hint.contains(QStringLiteral("clock")), qPrintable(outcome.page->errorString()));
        QCOMPARE(server().requestCount(), 2);
        QVERIFY(std::abs(client.clockOffsetMs()) < 3000);
    }

    // --- regions ---

    void permanentRedirectResignsForBucketRegion()
    {
        server().setBucketRegion(QStringLiteral("bkt"), QStringLiteral("eu-west-1"),
                                 FaultyS3Server::RegionFault::PermanentRedirect);
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QVERIFY2(outcome.page->ok(), qPrintable(outcome.page->errorString()));
        QCOMPARE(outcome.meta.attempts, 1);
        QCOMPARE(server().requestCount(), 2);
        QCOMPARE(server().requests().at(0).signingRegion(), QStringLiteral("us-east-1"));
        QCOMPARE(server().requests().at(1).signingRegion(), QStringLiteral("eu-west-1"));
        QCOMPARE(server().requests().at(1).target, server().requests().at(0).target);
        QCOMPARE(client.cachedRegion(QStringLiteral("bkt")), QStringLiteral("eu-west-1"));

        // The region is cached: the next request goes to the right region at once.
        server().clearRecords();
        QVERIFY(listPage(client).page->ok());
        QCOMPARE(server().requestCount(), 1);
        QCOMPARE(server().requests().at(0).signingRegion(), QStringLiteral("eu-west-1"));
    }

    // A server (or whatever answers in its place) naming a "region" that is no region name: the
    // client does not follow it, the bucket's error says why, nothing is cached.
    void aRedirectToSomethingThatIsNoRegionIsNotFollowed()
    {
        server().setBucketRegion(QStringLiteral("bkt"), QStringLiteral("eu-west-1/../../evil"),
                                 FaultyS3Server::RegionFault::PermanentRedirect);
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const PageOutcome outcome = listPage(client);
        QVERIFY(!outcome.page->ok());
        QCOMPARE(server().requestCount(), 1);
        QVERIFY2(
            outcome.page->errorString().contains(QStringLiteral("\"eu-west-1/../../evil\", which is no region name")),
            qPrintable(outcome.page->errorString()));
        QVERIFY(client.cachedRegion(QStringLiteral("bkt")).isEmpty());
    }

    void regionNamesAreCheckedBeforeUse_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("inHostName");
        QTest::addColumn<bool>("usable");
        QTest::newRow("aws") << QStringLiteral("eu-west-1") << true << true;
        QTest::newRow("gov") << QStringLiteral("us-gov-west-1") << true << true;
        QTest::newRow("host name on aws") << QStringLiteral("evil.example.com") << true << false;
        QTest::newRow("capitals on aws") << QStringLiteral("EU-WEST-1") << true << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-eu") << true << false;
        QTest::newRow("ceph zonegroup") << QStringLiteral("Zone_Group.2") << false << true;
        QTest::newRow("slash") << QStringLiteral("a/b") << false << false;
        QTest::newRow("space") << QStringLiteral("eu west") << false << false;
        QTest::newRow("crlf") << QStringLiteral("eu\r\nX-Injected: 1") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("too long") << QString(64, u'a') << true << false;
    }

    void regionNamesAreCheckedBeforeUse()
    {
        QFETCH(QString, region);
        QFETCH(bool, inHostName);
        QFETCH(bool, usable);
        QCOMPARE(isUsableRegion(region, inHostName), usable);
    }

    void authorizationHeaderMalformedResignsForRegion()
    {
        server().setBucketRegion(QStringLiteral("bkt"), QStringLiteral("ap-southeast-2"),
                                 FaultyS3Server::RegionFault::AuthorizationHeaderMalformed);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u1"));
        S3Client client(configFor(server()));

        std::optional<Result<AbortAnswer>> aborted;
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u1"), this,
                           [&aborted](Result<AbortAnswer> r, const ResponseMeta &) { aborted = std::move(r); });
        QTRY_VERIFY(aborted.has_value());
        QVERIFY2(aborted->ok(), qPrintable(aborted->errorString()));
        QVERIFY2(!aborted->value().gone, "the server said the upload did not exist");
        QCOMPARE(server().requestCount(), 2);
        QCOMPARE(server().requests().at(0).signingRegion(), QStringLiteral("us-east-1"));
        QCOMPARE(server().requests().at(1).signingRegion(), QStringLiteral("ap-southeast-2"));
        QCOMPARE(server().requests().at(1).method, QByteArray("DELETE"));
        QCOMPARE(client.cachedRegion(QStringLiteral("bkt")), QStringLiteral("ap-southeast-2"));
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 0);
    }

    // --- paging anomalies (UploadLister) ---

    void listerPagesThroughAWellBehavedServer()
    {
        addUploads(7);
        S3Client client(configFor(server()));
        const Listing listing = listAll(client, 2);
        QVERIFY(!listing.outcome->error);
        QVERIFY(listing.outcome->complete);
        QVERIFY(listing.outcome->warnings.isEmpty());
        QCOMPARE(listing.uploadIds.size(), 7);
        QCOMPARE(listing.outcome->pages, 4);
        QCOMPARE(server().requestCount(), 4);
    }

    void listerStopsWhenMarkersDoNotAdvance()
    {
        addUploads(7);
        server().setListingFault(FaultyS3Server::ListingFault::MarkersStuck);
        server().setRequestLimit(20);
        S3Client client(configFor(server()));
        const Listing listing = listAll(client, 2);
        QVERIFY2(!listing.outcome->error,
                 qPrintable(listing.outcome->error ? listing.outcome->error->toString() : QString()));
        QVERIFY(!listing.outcome->complete);
        QVERIFY(!listing.outcome->warnings.isEmpty());
        QVERIFY2(listing.outcome->warnings.join(u' ').contains(QStringLiteral("did not advance")),
                 qPrintable(listing.outcome->warnings.join(u' ')));
        QCOMPARE(server().requestCount(), 2);
    }

    void listerFallsBackWhenNextMarkersAreMissing()
    {
        addUploads(5);
        server().setListingFault(FaultyS3Server::ListingFault::NoNextMarkers);
        server().setRequestLimit(20);
        S3Client client(configFor(server()));
        const Listing listing = listAll(client, 2);
        QVERIFY(!listing.outcome->error);
        QVERIFY(!listing.outcome->warnings.isEmpty());
        QCOMPARE(listing.uploadIds.size(), 5);
        QCOMPARE(listing.uploadIds.at(4), QStringLiteral("upload-4"));
        QCOMPARE(server().requestCount(), 3);
        // Continued after the last upload listed.
        const RecordedRequest &second = server().requests().at(1);
        QCOMPARE(second.queryItem(QStringLiteral("key-marker")), QStringLiteral("key-01"));
        QCOMPARE(second.queryItem(QStringLiteral("upload-id-marker")), QStringLiteral("upload-1"));
    }

    void listerStopsOnARepeatedPage()
    {
        addUploads(5);
        server().setListingFault(FaultyS3Server::ListingFault::IgnoreMarkers);
        server().setRequestLimit(20);
        S3Client client(configFor(server()));
        const Listing listing = listAll(client, 2);
        QVERIFY(!listing.outcome->error);
        QVERIFY(!listing.outcome->complete);
        QVERIFY2(listing.outcome->warnings.join(u' ').contains(QStringLiteral("repeated")),
                 qPrintable(listing.outcome->warnings.join(u' ')));
        QCOMPARE(listing.uploadIds.size(), 2); // the first page, once
        QCOMPARE(server().requestCount(), 2);
    }

    void listerStopsWhenMarkersGoBack()
    {
        // Pages 1, 2, 3, then the server's markers point back to page 2: 2, 3, 2, 3, ...
        addUploads(9);
        server().setListingFault(FaultyS3Server::ListingFault::MarkersGoBack);
        server().setRequestLimit(20); // ends a looping client with an error instead of never
        S3Client client(configFor(server()));
        const Listing listing = listAll(client, 2);
        QVERIFY2(!listing.outcome->error,
                 qPrintable(QStringLiteral("%1 requests; %2")
                                .arg(server().requestCount())
                                .arg(listing.outcome->error ? listing.outcome->error->toString() : QString())));
        QVERIFY(!listing.outcome->complete);
        QVERIFY(!listing.outcome->warnings.isEmpty());
        QVERIFY(server().requestCount() <= 4);
    }

    // Truncated forever, each page with fresh markers and a fresh upload: no cycle to see, so
    // only the bound ends it, with an error for the bucket; what was listed is kept.
    void listerStopsAfterItsBoundWhenPagesNeverEnd()
    {
        int page = 0;
        server().addRule([&page](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (request.operation() != u"ListMultipartUploads")
                return std::nullopt;
            ++page;
            const QByteArray n = QByteArray::number(page);
            return FakeResponse::ok("<ListMultipartUploadsResult><Bucket>bkt</Bucket><IsTruncated>true</IsTruncated>"
                                    "<NextKeyMarker>k" +
                                    n + "</NextKeyMarker><NextUploadIdMarker>u" + n +
                                    "</NextUploadIdMarker><Upload><Key>k" + n + "</Key><UploadId>u" + n +
                                    "</UploadId><Initiated>2024-01-01T00:00:00.000Z</Initiated></Upload>"
                                    "</ListMultipartUploadsResult>");
        });
        server().setRequestLimit(200); // a client without the bound ends on an error, not never
        S3ClientConfig config = configFor(server());
        config.maxListingPages = 40;
        S3Client client(config);

        const Listing listing = listAll(client, 1000);
        QVERIFY(listing.outcome->error);
        const S3Error &error = *listing.outcome->error;
        QCOMPARE(error.kind, S3Error::Kind::Paging);
        QVERIFY2(error.message.contains(QStringLiteral("after 40 pages (40 uploads)")), qPrintable(error.message));
        QVERIFY(error.settings.contains(S3Error::Setting::MaxListingPages));
        QVERIFY(!listing.outcome->complete);
        QCOMPARE(listing.uploadIds.size(), 40);
        QCOMPARE(server().requestCount(), 40);
    }

    // A gateway restarting mid-listing (found by the soak: 8 of 20 buckets cut short by a 2.5 s
    // restart): a page that fails for a passing cause after the client's retries is asked for
    // again after a pause, so the bucket is listed in full. A refusal is not asked again.
    void listerAsksAgainForAPageThatFailedForAPassingCause()
    {
        addUploads(6);
        int failures = 0;
        server().addRule([&failures](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (request.operation() != u"ListMultipartUploads" || !request.hasQueryItem(QStringLiteral("key-marker")))
                return std::nullopt;
            if (failures >= 7) // two rounds of the client's three attempts, and one more
                return std::nullopt;
            ++failures;
            return FakeResponse::slowDown();
        });
        S3Client client(configFor(server()));
        client.setRetryPolicy(fastRetries(3));

        const Listing listing = listAll(client, 2, 5);
        QVERIFY2(!listing.outcome->error,
                 qPrintable(listing.outcome->error ? listing.outcome->error->toString() : QString()));
        QVERIFY(listing.outcome->complete);
        QCOMPARE(listing.uploadIds.size(), 6);
        QCOMPARE(failures, 7);

        // Rounds used up: the bucket fails, saying how often the page was asked for.
        failures = 0;
        const Listing gaveUp = listAll(client, 2, 1);
        QVERIFY(gaveUp.outcome->error);
        QVERIFY2(gaveUp.outcome->error->message.contains(QStringLiteral("asked for again 1 time(s)")),
                 qPrintable(gaveUp.outcome->error->message));
        QVERIFY(!gaveUp.outcome->complete);

        // A refusal (403) is final at once: no round.
        server().clearRules();
        server().addRule([](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (request.operation() != u"ListMultipartUploads")
                return std::nullopt;
            return FakeResponse::s3Error(403, QStringLiteral("AccessDenied"));
        });
        const int before = server().requestCount();
        const Listing refused = listAll(client, 2, 5);
        QVERIFY(refused.outcome->error);
        QCOMPARE(refused.outcome->error->code, QStringLiteral("AccessDenied"));
        QCOMPARE(server().requestCount() - before, 1);
    }

    // A part listing that pages past part 10,000 (S3's last part number) ends there.
    void partListingStopsPastTheLastPartNumber()
    {
        int page = 0;
        server().addRule([&page](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (request.operation() != u"ListParts")
                return std::nullopt;
            ++page;
            const QByteArray n = QByteArray::number(page * 500);
            return FakeResponse::ok("<ListPartsResult><IsTruncated>true</IsTruncated><NextPartNumberMarker>" + n +
                                    "</NextPartNumberMarker><Part><PartNumber>" + n +
                                    "</PartNumber><Size>5</Size><ETag>\"e\"</ETag></Part></ListPartsResult>");
        });
        server().setRequestLimit(100);
        S3Client client(configFor(server()));

        std::optional<Result<S3Client::PartsSummary>> parts;
        client.listAllParts(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u"), this,
                            [&parts](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(parts.has_value(), 20000);
        QVERIFY(!parts->ok());
        QCOMPARE(parts->error().kind, S3Error::Kind::Paging);
        QVERIFY2(parts->error().message.contains(QStringLiteral("10,000")), qPrintable(parts->errorString()));
        QCOMPARE(server().requestCount(), 20); // markers 500, 1000, ..., 10000
    }

    // --- protecting the service ---

    void retryBudgetSparesADeadService()
    {
        server().addRule([](const RecordedRequest &) { return FakeResponse::slowDown(); });
        S3Client client(configFor(server()));
        // 10 tokens, 5 per retry: two retries in all, whatever the number of requests.
        client.setRetryPolicy(fastRetries(5, 10));

        int failed = 0;
        for (int i = 0; i < 10; ++i) {
            S3Client::ListUploadsQuery query;
            query.bucket = QStringLiteral("bkt");
            client.listUploadsPage(query, this, [&failed](Result<ListUploadsPage> page, const ResponseMeta &) {
                QVERIFY(!page.ok());
                ++failed;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(failed, 10, 20000);
        QCOMPARE(server().requestCount(), 12); // not 50
        QCOMPARE(client.inFlight(), 0);
        QCOMPARE(client.queued(), 0);
    }

    void concurrencyUsesSeveralManagers()
    {
        server().setDelayMs(150);
        S3ClientConfig config = configFor(server());
        config.concurrency = 20;
        S3Client client(config);

        int done = 0;
        int maxInFlight = 0;
        for (int i = 0; i < 100; ++i) {
            S3Client::ListUploadsQuery query;
            query.bucket = QStringLiteral("bkt");
            client.listUploadsPage(query, this,
                                   [&done, &maxInFlight, &client](Result<ListUploadsPage> page, const ResponseMeta &) {
                                       QVERIFY(page.ok());
                                       maxInFlight = std::max(maxInFlight, client.inFlight());
                                       ++done;
                                   });
        }
        QCOMPARE(client.inFlight(), 20);
        QCOMPARE(client.queued(), 80);
        QTRY_COMPARE_WITH_TIMEOUT(done, 100, 30000);
        QCOMPARE(server().requestCount(), 100);
        QVERIFY2(server().maxConcurrent() <= 20, qPrintable(QString::number(server().maxConcurrent())));
        // More than the six connections one Qt 6.4 manager opens per host.
        QVERIFY2(server().maxConcurrent() > 6, qPrintable(QString::number(server().maxConcurrent())));
    }

    // --- cancellation: no request for a receiver that is gone ---

    void deletedContextRequestIsNeverSent()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("victim"), QStringLiteral("u1"));
        S3ClientConfig config = configFor(server());
        config.concurrency = 1;
        S3Client client(config);

        server().enqueue(FakeResponse::ok(listUploadsXml({})).delayed(200));
        bool firstDone = false;
        S3Client::ListUploadsQuery query;
        query.bucket = QStringLiteral("bkt");
        client.listUploadsPage(query, this,
                               [&firstDone](Result<ListUploadsPage>, const ResponseMeta &) { firstDone = true; });

        auto *context = new QObject(this);
        bool abortCalled = false;
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("victim"), QStringLiteral("u1"), context,
                           [&abortCalled](Result<AbortAnswer>, const ResponseMeta &) { abortCalled = true; });
        QCOMPARE(client.queued(), 1);
        delete context; // the receiver is gone before its request started

        QTRY_VERIFY(firstDone);
        bool lastDone = false;
        client.listUploadsPage(query, this,
                               [&lastDone](Result<ListUploadsPage>, const ResponseMeta &) { lastDone = true; });
        QTRY_VERIFY(lastDone);

        QVERIFY(!abortCalled);
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 0);
        QCOMPARE(server().requestCount(), 2);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 1);
        QCOMPARE(client.queued(), 0);
    }

    void deletedContextDuringBackoffIsNotRetried()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("victim"), QStringLiteral("u1"));
        server().enqueue(FakeResponse::slowDown());
        S3Client client(configFor(server()));
        client.setRetryPolicy(RetryPolicy({.maxAttempts = 3, .baseDelayMs = 50}, [] { return 1.0; }));

        auto *context = new QObject(this);
        QPointer<QObject> guard(context);
        bool abortCalled = false;
        connect(&client, &S3Client::requestRetried, this, [guard] { delete guard.data(); });
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("victim"), QStringLiteral("u1"), context,
                           [&abortCalled](Result<AbortAnswer>, const ResponseMeta &) { abortCalled = true; });
        QTRY_VERIFY(guard.isNull());

        // A slower request outlives the 50 ms backoff; when it is answered the client must hold
        // nothing more for the dead receiver.
        server().enqueue(FakeResponse::ok(listUploadsXml({})).delayed(400));
        bool lastDone = false;
        S3Client::ListUploadsQuery query;
        query.bucket = QStringLiteral("bkt");
        client.listUploadsPage(query, this,
                               [&lastDone](Result<ListUploadsPage>, const ResponseMeta &) { lastDone = true; });
        QTRY_VERIFY(lastDone);
        QCOMPARE(client.inFlight(), 0);
        QCOMPARE(client.queued(), 0);
        QVERIFY(!abortCalled);
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 1);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 1);
    }

    // --- secrets ---

    void secretsAreNeverInErrorsOrLogs()
    {
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("partsweep.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        auto restore = qScopeGuard([] {
            qInstallMessageHandler(g_previousHandler);
            QLoggingCategory::setFilterRules(QString());
        });

        S3ClientConfig config = configFor(server());
        config.credentials.sessionToken = SessionToken;
        config.timeoutMs = 300;
        S3Client client(config);
        client.setRetryPolicy(fastRetries(2));

        const QList<FakeResponse> answers = {
            FakeResponse::s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied")),
            FakeResponse::s3Error(403, QStringLiteral("SignatureDoesNotMatch"),
                                  QStringLiteral("The request signature we calculated does not match")),
            FakeResponse::s3Error(403, QStringLiteral("InvalidAccessKeyId"), QStringLiteral("No such key")),
            FakeResponse::s3Error(400, QStringLiteral("ExpiredToken"), QStringLiteral("The token expired")),
            FakeResponse::s3Error(403, QStringLiteral("InvalidToken"), QStringLiteral("Bad token")),
            FakeResponse::resetMidBody(),
            FakeResponse::ok().delayed(5000),
            FakeResponse::ok("<html>proxy error</html>"),
        };
        FakeResponse current;
        server().addRule([&current](const RecordedRequest &) { return current; });
        QStringList errors;
        for (const FakeResponse &answer : answers) {
            current = answer;
            const PageOutcome outcome = listPage(client);
            QVERIFY(!outcome.page->ok());
            errors << outcome.page->errorString();
        }
        const QString all = errors.join(u'\n') + u'\n' + g_log.join(u'\n');
        QVERIFY2(!all.contains(SecretKey), qPrintable(all));
        QVERIFY2(!all.contains(SessionToken), qPrintable(all));
        QVERIFY(!g_log.isEmpty()); // debug logging was on: the check above saw the requests' logs
        // No signature either: the logs must redact Authorization.
        for (const RecordedRequest &request : server().requests()) {
            const QByteArray auth = request.header("authorization");
            const QByteArray signature = auth.mid(auth.indexOf("Signature=") + 10);
            QVERIFY(signature.size() == 64);
            QVERIFY2(!all.contains(QString::fromLatin1(signature)), qPrintable(all));
        }
        // The token is sent (and signed), of course.
        QCOMPARE(server().requests().at(0).header("x-amz-security-token"), SessionToken.toUtf8());
        QVERIFY(server().requests().at(0).signedHeaders().contains("x-amz-security-token"));
    }

    // --- what goes on the wire ---

    void wirePathIsTheSignedPath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("uploadId");
        QTest::newRow("space plus percent") << QStringLiteral("dir/a b+c%.txt") << QStringLiteral("2~x+y/z=");
        QTest::newRow("sub-delims") << QStringLiteral("!$&'()*,;=:@~") << QStringLiteral("id");
        QTest::newRow("double slash") << QStringLiteral("a//b/") << QStringLiteral("id");
        QTest::newRow("leading slash") << QStringLiteral("/abs") << QStringLiteral("id");
        QTest::newRow("unicode") << QStringLiteral("日本/über ü.bin") << QStringLiteral("id");
        QTest::newRow("encoded-looking") << QStringLiteral("a%2Fb%20c") << QStringLiteral("id");
    }

    void wirePathIsTheSignedPath()
    {
        QFETCH(QString, key);
        QFETCH(QString, uploadId);
        server().addUpload(QStringLiteral("bkt"), key, uploadId);
        S3Client client(configFor(server()));

        S3Request request;
        request.method = QByteArrayLiteral("DELETE");
        request.bucket = QStringLiteral("bkt");
        request.key = key;
        request.hasKey = true;
        request.query.append({QStringLiteral("uploadId"), uploadId});
        const S3Client::Prepared prepared = client.prepare(request, QStringLiteral("us-east-1"));

        std::optional<Result<AbortAnswer>> aborted;
        client.abortUpload(QStringLiteral("bkt"), key, uploadId, this,
                           [&aborted](Result<AbortAnswer> r, const ResponseMeta &) { aborted = std::move(r); });
        QTRY_VERIFY(aborted.has_value());
        QCOMPARE(server().requestCount(), 1);
        const RecordedRequest &sent = server().requests().at(0);
        QCOMPARE(sent.path, prepared.canonicalPath);
        QCOMPARE(sent.query, prepared.canonicalQuery);
        QCOMPARE(sent.key(), key);
        QVERIFY2(aborted->ok(), qPrintable(aborted->errorString()));
        QVERIFY2(!aborted->value().gone, "the server said the upload did not exist");
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 0);
    }

    // --- ListParts around an abort ---

    void partsStillListedAfterAbortAreReported()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("big"), QStringLiteral("u1"), 3, 1000);
        server().setPartsSurviveAbort(true);
        S3Client client(configFor(server()));

        std::optional<ResponseMeta> abortMeta;
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("big"), QStringLiteral("u1"), this,
                           [&abortMeta](Result<AbortAnswer> r, const ResponseMeta &meta) {
                               QVERIFY(r.ok());
                               abortMeta = meta;
                           });
        QTRY_VERIFY(abortMeta.has_value());
        QCOMPARE(abortMeta->httpStatus, 204);

        // A 204 proves nothing: ListParts still shows the parts, and the client says so.
        std::optional<Result<S3Client::PartsSummary>> parts;
        client.listAllParts(QStringLiteral("bkt"), QStringLiteral("big"), QStringLiteral("u1"), this,
                            [&parts](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
        QTRY_VERIFY(parts.has_value());
        QVERIFY2(parts->ok(), qPrintable(parts->errorString()));
        QCOMPARE(parts->value().parts.size(), 3);
        QCOMPARE(parts->value().totalBytes, 3000);

        // Without surviving parts the answer is NoSuchUpload.
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("small"), QStringLiteral("u2"), 2, 10);
        server().setPartsSurviveAbort(false);
        abortMeta.reset();
        client.abortUpload(QStringLiteral("bkt"), QStringLiteral("small"), QStringLiteral("u2"), this,
                           [&abortMeta](Result<AbortAnswer>, const ResponseMeta &meta) { abortMeta = meta; });
        QTRY_VERIFY(abortMeta.has_value());
        parts.reset();
        client.listAllParts(QStringLiteral("bkt"), QStringLiteral("small"), QStringLiteral("u2"), this,
                            [&parts](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
        QTRY_VERIFY(parts.has_value());
        QVERIFY(!parts->ok());
        QVERIFY(parts->error().isNotFound());
        QCOMPARE(parts->error().code, QStringLiteral("NoSuchUpload"));
    }

    void listPartsReadsLifecycleAbortDate()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u1"), 1, 10);
        const QDateTime abortDate(QDate(2030, 10, 28), QTime(0, 0), QTimeZone::utc());
        server().setListPartsHeaders(
            {{"x-amz-abort-date", FaultyS3Server::httpDate(abortDate)}, {"x-amz-abort-rule-id", "abort-after-7-days"}});
        S3Client client(configFor(server()));
        std::optional<Result<S3Client::PartsSummary>> parts;
        client.listAllParts(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("u1"), this,
                            [&parts](Result<S3Client::PartsSummary> r) { parts = std::move(r); });
        QTRY_VERIFY(parts.has_value());
        QVERIFY2(parts->ok(), qPrintable(parts->errorString()));
        QCOMPARE(parts->value().abortRuleId, QStringLiteral("abort-after-7-days"));
        QCOMPARE(parts->value().abortDate, abortDate);
    }
};

QTEST_GUILESS_MAIN(TestS3ClientFaults)
#include "tst_s3client_faults.moc"
