// The cleanup engine against FaultyS3Server: a FAKE server for what Ceph RGW will not do on
// demand (parts landing after an abort, 503 storms, charged answers on every request, 403 for an
// expected-owner mismatch, connections dying mid-job). The same engine runs against the real
// server in integration/tst_cleanup.cpp.
#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupjournal.h"
#include "faultys3server.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace PartSweep;
using PartSweep::Test::FakeResponse;
using PartSweep::Test::FaultyS3Server;
using PartSweep::Test::RecordedRequest;

namespace {

const QString SecretKey = QStringLiteral("cLeAnUpSeCrEt/K7MDENG/bPxRfiCYEXAMPLEKEY");

S3ClientConfig configFor(const FaultyS3Server &server)
{
    S3ClientConfig config;
    config.endpoint = server.endpoint();
    config.region = QStringLiteral("us-east-1");
    config.addressingStyle = AddressingStyle::Path;
    config.credentials.accessKeyId = QStringLiteral("AKIACLEANUPEXAMPLE");
    config.credentials.secretAccessKey = SecretKey;
    config.credentials.source = QStringLiteral("the test");
    config.timeoutMs = 5000;
    return config;
}

RetryPolicy fastRetries(int maxAttempts)
{
    return RetryPolicy({.maxAttempts = maxAttempts, .baseDelayMs = 2, .budget = 100000}, [] { return 1.0; });
}

CleanupOptions fastOptions()
{
    CleanupOptions options;
    options.concurrency = 8;
    options.backoffMs = 5;
    options.maxBackoffMs = 20;
    return options;
}

CleanupTarget target(const QString &bucket, const QString &key, const QString &uploadId, qint64 size = -1,
                     qint64 ageSeconds = 3 * 86400)
{
    CleanupTarget t;
    t.upload.bucket = bucket;
    t.upload.key = key;
    t.upload.uploadId = uploadId;
    t.upload.initiated = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
    t.size = size;
    return t;
}

QString idOf(const QString &bucket, int i)
{
    return QStringLiteral("%1-upload-%2").arg(bucket).arg(i);
}

} // namespace

class TestCleanupJob : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultyS3Server> m_server;
    FaultyS3Server &server() { return *m_server; }

    // n uploads in bucket, `parts` parts of 1000 bytes each, as targets of known size.
    QList<CleanupTarget> addUploads(const QString &bucket, int n, int parts = 2)
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < n; ++i) {
            const QString key = QStringLiteral("dir/key-%1").arg(i, 4, 10, QLatin1Char('0'));
            server().addUpload(bucket, key, idOf(bucket, i), parts, 1000);
            targets.append(target(bucket, key, idOf(bucket, i), parts * 1000));
        }
        return targets;
    }

    // serverClockOffsetMs: as the listing client would pass it (the fake's clock is this one's);
    // nullopt makes a guarded job read the server's clock itself (one HEAD).
    std::unique_ptr<CleanupJob> makeJob(const QList<CleanupTarget> &targets, CleanupOptions options = fastOptions(),
                                        int clientAttempts = 3, std::optional<qint64> serverClockOffsetMs = 0)
    {
        auto job = std::make_unique<CleanupJob>(configFor(server()), options, targets);
        if (serverClockOffsetMs)
            job->setServerClockOffsetMs(*serverClockOffsetMs);
        job->client()->setRetryPolicy(fastRetries(clientAttempts));
        job->setProgressIntervalMs(10);
        return job;
    }

    // A client of the fake server, for listings outside a job.
    S3Client *listingClient()
    {
        if (!m_client)
            m_client = std::make_unique<S3Client>(configFor(server()));
        return m_client.get();
    }
    std::unique_ptr<S3Client> m_client;

    // Starts the job and waits for finished(); false when it did not finish.
    bool run(CleanupJob &job, int timeoutMs = 30000)
    {
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        if (!finished.wait(timeoutMs))
            return false;
        return finished.count() == 1;
    }

    int countState(const CleanupJob &job, CleanupState state)
    {
        return int(std::count_if(job.items().cbegin(), job.items().cend(),
                                 [state](const CleanupItem &i) { return i.state == state; }));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void abortsAndVerifiesEveryUpload()
    {
        QList<CleanupTarget> targets = addUploads(QStringLiteral("alpha"), 20);
        targets += addUploads(QStringLiteral("beta"), 20);
        auto job = makeJob(targets);
        QSignalSpy progressed(job.get(), &CleanupJob::progressed);
        QVERIFY(run(*job));

        QCOMPARE(countState(*job, CleanupState::Verified), 40);
        QCOMPARE(server().uploadCount(QStringLiteral("alpha")), 0);
        QCOMPARE(server().uploadCount(QStringLiteral("beta")), 0);
        // One abort and one ListParts per upload: nothing more.
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 40);
        QCOMPARE(server().requestCount(QStringLiteral("ListParts")), 40);
        for (const CleanupItem &item : job->items()) {
            QCOMPARE(item.aborts, 1);
            QCOMPARE(item.requests, 2);
            QCOMPARE(item.requestIds.size(), 2);
            QVERIFY(item.reason.isEmpty());
            QVERIFY(item.started.isValid() && item.finished >= item.started);
        }
        const CleanupJob::Totals totals = job->totals();
        QCOMPARE(totals.verified, 40);
        QCOMPARE(totals.remaining, 0);
        QCOMPARE(totals.bytesFreed, 40 * 2000);
        QCOMPARE(totals.requestsSent, 80);
        QVERIFY(totals.uploadsPerSecond > 0);
        QCOMPARE(totals.etaSeconds, 0);

        // Batched progress: every upload was announced, as sorted unique index lists.
        QSet<int> announced;
        for (const QList<QVariant> &args : progressed) {
            const QList<int> changed = args.at(0).value<QList<int>>();
            QVERIFY(std::is_sorted(changed.cbegin(), changed.cend()));
            announced.unite(QSet<int>(changed.cbegin(), changed.cend()));
        }
        QCOMPARE(announced.size(), 40);
        QVERIFY(progressed.count() < 80); // not one signal per change
    }

    void onlyTheGivenUploadsAreTouched()
    {
        // Three uploads on one key: only the middle one is in the job.
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("same.dat"), QStringLiteral("id-1"), 1, 10);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("same.dat"), QStringLiteral("id-2"), 1, 10);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("same.dat"), QStringLiteral("id-3"), 1, 10);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("other.dat"), QStringLiteral("id-4"), 1, 10);
        auto job = makeJob({target(QStringLiteral("bkt"), QStringLiteral("same.dat"), QStringLiteral("id-2"))});
        QVERIFY(run(*job));

        QCOMPARE(job->items().front().state, CleanupState::Verified);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 3);
        for (const QString &id : {QStringLiteral("id-1"), QStringLiteral("id-3")})
            QCOMPARE(server().abortCount(QStringLiteral("bkt"), QStringLiteral("same.dat"), id), 0);
        // Every request names the exact upload: no DELETE without an upload id (DeleteObject).
        for (const RecordedRequest &r : server().requests()) {
            QCOMPARE(r.key(), QStringLiteral("same.dat"));
            QCOMPARE(r.queryItem(QStringLiteral("uploadId")), QStringLiteral("id-2"));
            QVERIFY(r.method == "DELETE" || r.method == "GET");
        }
    }

    void incompleteOrDuplicateTargetsAreNeverSent()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1"));
        QList<CleanupTarget> targets{target(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1")),
                                     target(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1")),
                                     target(QStringLiteral("bkt"), QString(), QStringLiteral("id-1")),
                                     target(QStringLiteral("bkt"), QStringLiteral("k"), QString())};
        auto job = makeJob(targets);
        QVERIFY(run(*job));
        QCOMPARE(job->items()[0].state, CleanupState::Verified);
        QCOMPARE(job->items()[1].state, CleanupState::Excluded);
        QVERIFY(job->items()[1].reason.contains(QStringLiteral("duplicate")));
        QCOMPARE(job->items()[2].state, CleanupState::Failed);
        QCOMPARE(job->items()[3].state, CleanupState::Failed);
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 1);
        QCOMPARE(server().requestCount(), 2);
    }

    void partsLandingAfterAnAbortAreAbortedAgain()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 3, 3);
        server().setPartsSurviveAborts(1);
        auto job = makeJob(targets);
        QVERIFY(run(*job));
        for (int i = 0; i < 3; ++i) {
            const CleanupItem &item = job->items()[size_t(i)];
            QCOMPARE(item.state, CleanupState::Verified);
            QCOMPARE(item.aborts, 2);
            QCOMPARE(server().abortCount(QStringLiteral("bkt"), item.target.upload.key, item.target.upload.uploadId),
                     2);
        }
        QCOMPARE(server().requestCount(QStringLiteral("ListParts")), 6);
    }

    void partsRemainingAfterMaxAbortsFail()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 2, 3);
        server().setPartsSurviveAbort(true);
        CleanupOptions options = fastOptions();
        options.maxAborts = 3;
        auto job = makeJob(targets, options);
        QVERIFY(run(*job));
        for (const CleanupItem &item : job->items()) {
            QCOMPARE(item.state, CleanupState::Failed);
            QVERIFY2(item.reason == QStringLiteral("3 part(s) (2.9 KiB) remain after 3 abort(s)"),
                     qPrintable(item.reason));
            QCOMPARE(item.remainingParts, 3);
            QCOMPARE(item.remainingBytes, 3000);
            QCOMPARE(server().abortCount(QStringLiteral("bkt"), item.target.upload.key, item.target.upload.uploadId),
                     3);
        }
        QCOMPARE(job->totals().failed, 2);
        QCOMPARE(job->totals().bytesFreed, 0);
    }

    // The command line aborts what it listed without listing parts first: such an upload's size is
    // unknown, and "0 B freed" would be a claim nobody measured.
    void uploadsOfUnknownSizeAreCountedApartFromTheBytesFreed()
    {
        QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 3);
        const QList<CleanupTarget> unsized = addUploads(QStringLiteral("other"), 2);
        for (CleanupTarget t : unsized) {
            t.size = -1;
            targets.append(t);
        }
        auto job = makeJob(targets);
        QVERIFY(run(*job));
        const CleanupJob::Totals totals = job->totals();
        QCOMPARE(totals.verified, 5);
        QCOMPARE(totals.bytesFreed, 3 * 2000);
        QCOMPARE(totals.verifiedUnmeasured, 2);
    }

    void slowDownStormIsRiddenOut()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 10);
        server().enqueueSlowDownStorm(40);
        auto job = makeJob(targets, fastOptions(), 3);
        QVERIFY(run(*job));
        QCOMPARE(countState(*job, CleanupState::Verified), 10);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 0);
        QVERIFY(job->totals().requestsSent >= 60); // 40 refused + 20 answered
    }

    void chargedAnswersAreCountedPerUploadAndJob()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("payer"), 5);
        server().setChargeRequester(true);
        CleanupOptions options = fastOptions();
        options.requestPayer = true;
        auto job = makeJob(targets, options);
        QVERIFY(run(*job));
        for (const CleanupItem &item : job->items()) {
            QCOMPARE(item.state, CleanupState::Verified);
            QCOMPARE(item.charged, 2);
        }
        QCOMPARE(job->totals().chargedRequests, 10);
        for (const RecordedRequest &r : server().requests())
            QCOMPARE(r.header("x-amz-request-payer"), QByteArray("requester"));
    }

    void expectedOwnerMismatchFailsWithTheReason()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 3);
        server().setExpectedBucketOwner(QStringLiteral("111122223333"));
        CleanupOptions options = fastOptions();
        options.expectedBucketOwner = QStringLiteral("999988887777");
        auto job = makeJob(targets, options);
        QVERIFY(run(*job));
        for (const CleanupItem &item : job->items()) {
            QCOMPARE(item.state, CleanupState::Failed);
            QVERIFY2(item.reason.startsWith(QStringLiteral("abort refused: Access denied"), Qt::CaseInsensitive),
                     qPrintable(item.reason));
            QVERIFY2(item.reason.contains(QStringLiteral("expected owner 999988887777")), qPrintable(item.reason));
            QCOMPARE(item.requests, 1); // a 403 is not retried
        }
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 3);
        QCOMPARE(server().requestCount(QStringLiteral("ListParts")), 0);
    }

    void accessDeniedSaysWhatToCheck()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 2);
        server().addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.method == "DELETE")
                return FakeResponse::s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
            return std::nullopt;
        });
        auto job = makeJob(targets);
        QVERIFY(run(*job));
        for (const CleanupItem &item : job->items()) {
            QCOMPARE(item.state, CleanupState::Failed);
            QVERIFY2(item.reason.contains(QStringLiteral("requester pays")), qPrintable(item.reason));
            QVERIFY2(item.reason.contains(QStringLiteral("policy")), qPrintable(item.reason));
            QVERIFY2(!item.reason.contains(SecretKey), "the reason must not carry the secret");
        }
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 2);
    }

    void verificationRefusedIsNotVerified()
    {
        // The abort goes through, ListParts is refused (a requester without RequestPayer on RGW).
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 2);
        server().addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.operation() == u"ListParts")
                return FakeResponse::s3Error(403, QStringLiteral("AccessDenied"));
            return std::nullopt;
        });
        auto job = makeJob(targets);
        QVERIFY(run(*job));
        for (const CleanupItem &item : job->items()) {
            QCOMPARE(item.state, CleanupState::Failed);
            QVERIFY2(item.reason.startsWith(QStringLiteral("abort accepted, but it could not be verified")),
                     qPrintable(item.reason));
        }
        QCOMPARE(job->totals().verified, 0);
    }

    void connectionDyingMidJobIsRecovered()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 30);
        // Requests 10 to 39 find the connection cut without an answer.
        server().addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.index >= 10 && r.index < 40)
                return FakeResponse::closeWithoutAnswer();
            return std::nullopt;
        });
        auto job = makeJob(targets, fastOptions(), 2);
        QVERIFY(run(*job));
        QCOMPARE(countState(*job, CleanupState::Verified), 30);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 0);
        QVERIFY(server().connectionCount() > 8);
    }

    // The server gone for good (every connection cut): after the outage limit the job stops
    // instead of failing upload after upload. Nothing is called failed or verified; every upload
    // stays to do for a resume, and the ones never sent are untouched. Before, each upload failed
    // after its own rounds and the job went on sending for the rest of the list.
    void serverGoneForGoodStopsTheJobResumable()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 40);
        server().addRule(
            [](const RecordedRequest &) -> std::optional<FakeResponse> { return FakeResponse::closeWithoutAnswer(); });
        CleanupOptions options = fastOptions();
        options.concurrency = 2;
        auto job = makeJob(targets, options, 2);
        job->setOutageLimitMs(300);
        QVERIFY(run(*job));
        QVERIFY(job->isCancelled());
        QVERIFY2(job->stopReason().contains(QStringLiteral("no usable answer from the server")),
                 qPrintable(job->stopReason()));
        int untouched = 0;
        for (const CleanupItem &item : job->items()) {
            QVERIFY(isLeftToDo(item));
            QVERIFY(item.state == CleanupState::Cancelled || item.state == CleanupState::CancelledUnverified);
            if (item.requests == 0)
                ++untouched;
        }
        QVERIFY2(untouched > 0, qPrintable(QString::number(untouched))); // the rest never went out
        QCOMPARE(job->totals().failed, 0);
        QCOMPARE(job->totals().verified, 0);
    }

    // One upload whose requests keep failing (503) while the server answers the others: that
    // upload fails by itself (retryable), the breaker does not stop the job.
    void oneUploadFailingAloneDoesNotStopTheJob()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 6);
        const QString sick = targets.first().upload.key;
        server().addRule([sick](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.key() == sick)
                return FakeResponse::slowDown();
            return std::nullopt;
        });
        server().setDelayMs(20);
        CleanupOptions options = fastOptions();
        options.concurrency = 2;
        options.transientRounds = 2;
        auto job = makeJob(targets, options, 1);
        job->setOutageLimitMs(60000);
        QVERIFY(run(*job));
        QVERIFY(!job->isCancelled());
        QCOMPARE(job->items()[0].state, CleanupState::Failed);
        QVERIFY(job->items()[0].retryable);
        QCOMPARE(countState(*job, CleanupState::Verified), 5);
    }

    void cancelStopsNewWorkAndEveryStateIsTrue()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 200);
        server().setDelayMs(20);
        CleanupOptions options = fastOptions();
        options.concurrency = 4;
        auto job = makeJob(targets, options);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QTRY_VERIFY(job->totals().verified >= 6);
        job->cancel();
        const int abortsAtCancel = server().requestCount(QStringLiteral("AbortMultipartUpload"));
        QVERIFY(finished.wait(10000));
        // At most the requests in flight at cancel time were answered; no new abort went out.
        QVERIFY(server().requestCount(QStringLiteral("AbortMultipartUpload")) <= abortsAtCancel + 4);

        int cancelled = 0;
        for (const CleanupItem &item : job->items()) {
            const UploadInfo &u = item.target.upload;
            const int aborts = server().abortCount(u.bucket, u.key, u.uploadId);
            switch (item.state) {
            case CleanupState::Verified:
                QVERIFY(aborts >= 1);
                break;
            case CleanupState::CancelledUnverified:
                QVERIFY(aborts >= 1);
                break;
            case CleanupState::Cancelled:
                QCOMPARE(aborts, 0); // untouched means untouched
                QCOMPARE(item.requests, 0);
                ++cancelled;
                break;
            default:
                QFAIL(qPrintable(QStringLiteral("unexpected state %1 after cancel").arg(stateName(item.state))));
            }
        }
        QVERIFY(cancelled > 150);
        const CleanupJob::Totals totals = job->totals();
        QCOMPARE(totals.remaining, 0);
        QCOMPARE(totals.verified + totals.cancelled + totals.cancelledUnverified, 200);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 200 - totals.verified - totals.cancelledUnverified);
    }

    void dryRunSendsNoMutatingRequest()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 6, 4);
        QList<CleanupTarget> unknownSizes = targets;
        for (CleanupTarget &t : unknownSizes)
            t.size = -1;
        CleanupOptions options = fastOptions();
        options.dryRun = true;
        auto job = makeJob(unknownSizes, options);
        QVERIFY(run(*job));
        for (const RecordedRequest &r : server().requests())
            QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 6);
        QCOMPARE(countState(*job, CleanupState::WouldAbort), 6);
        QCOMPARE(job->totals().bytesWouldFree, 6 * 4000);
        QCOMPARE(job->items().front().target.parts, 4);
        QVERIFY2(job->items().front().reason.contains(QStringLiteral("4 part(s)")),
                 qPrintable(job->items().front().reason));
    }

    void youngUploadsAreExcludedByTheGuard()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("old"), QStringLiteral("id-old"));
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("young"), QStringLiteral("id-young"));
        const QList<CleanupTarget> targets{
            target(QStringLiteral("bkt"), QStringLiteral("old"), QStringLiteral("id-old"), -1, 2 * 86400),
            target(QStringLiteral("bkt"), QStringLiteral("young"), QStringLiteral("id-young"), -1, 3600)};
        auto job = makeJob(targets);
        QVERIFY(run(*job));
        QCOMPARE(job->items()[0].state, CleanupState::Verified);
        QCOMPARE(job->items()[1].state, CleanupState::Excluded);
        QVERIFY2(job->items()[1].reason.contains(QStringLiteral("1 d")), qPrintable(job->items()[1].reason));
        QCOMPARE(job->totals().excluded, 1);
        for (const RecordedRequest &r : server().requests())
            QVERIFY(r.queryItem(QStringLiteral("uploadId")) != u"id-young");

        // Lowered by the user: it goes.
        CleanupOptions options = fastOptions();
        options.minAgeSeconds = 60;
        auto second = makeJob({targets[1]}, options);
        QVERIFY(run(*second));
        QCOMPARE(second->items()[0].state, CleanupState::Verified);
    }

    // The machine's clock 3 days fast (the server's 3 days behind it): an upload the server
    // initiated a minute ago must be spared by the 24 h guard, although this computer's clock
    // makes it look 3 days old. Without the server's clock it was aborted.
    void guardUsesTheServersClock()
    {
        server().setClockOffsetMs(-3 * 86400 * 1000LL);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("fresh"), QStringLiteral("id-fresh"));
        const QList<CleanupTarget> targets{
            target(QStringLiteral("bkt"), QStringLiteral("fresh"), QStringLiteral("id-fresh"), -1, 3 * 86400 + 60)};
        CleanupOptions options = fastOptions();
        options.minAgeSeconds = 86400;
        auto job = makeJob(targets, options, 3, std::nullopt);
        QVERIFY(run(*job));
        QCOMPARE(job->items()[0].state, CleanupState::Excluded);
        const QString reason = job->items()[0].reason;
        QVERIFY2(reason.contains(QStringLiteral("server's clock")), qPrintable(reason));
        QVERIFY2(reason.contains(QRegularExpression(QStringLiteral("initiated (5\\d s|60 s|1 min) ago"))),
                 qPrintable(reason));
        QCOMPARE(server().requestCount(QStringLiteral("HeadBucket")), 1);
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 0);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 1);
    }

    // A server whose answers carry no Date header: its time is unknown, so a guarded job aborts
    // nothing and says why.
    void unreadableServerClockAbortsNothing()
    {
        server().setDateStyle(FaultyS3Server::DateStyle::None);
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 3);
        auto job = makeJob(targets, fastOptions(), 3, std::nullopt);
        QVERIFY(run(*job));
        QCOMPARE(countState(*job, CleanupState::Failed), 3);
        QVERIFY2(job->items()[0].reason.contains(QStringLiteral("server's time could not be read")),
                 qPrintable(job->items()[0].reason));
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 0);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 3);
    }

    // The journal says an abort was sent, but it never reached the server (the process died with
    // the request queued). On resume the upload, live and without parts, must be aborted: a
    // ListParts alone answers an empty list and would have called it verified.
    void resumeAbortsAgainWhatWasSentButNotConfirmed()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("live"), QStringLiteral("id-live"), 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.jsonl"));
        {
            CleanupItem item;
            item.target = target(QStringLiteral("bkt"), QStringLiteral("live"), QStringLiteral("id-live"), 0);
            CleanupJournal journal;
            CleanupOptions options = fastOptions();
            options.endpoint = server().endpoint().toString();
            QVERIFY(journal.create(path, QStringLiteral("job-1"), options, {item}).ok());
            journal.recordRun(1);
            journal.recordSent(0, QStringLiteral("AbortMultipartUpload"));
            journal.sync();
        } // the process "died": no answer, no end
        const Result<JournalData> data = CleanupJournal::load(path);
        QVERIFY(data.ok());
        QVERIFY(data->items[0].abortSent);
        QVERIFY(data->isUnfinished());

        CleanupJob resumed(configFor(server()), *data);
        resumed.client()->setRetryPolicy(fastRetries(3));
        QVERIFY(resumed.openJournal(path).ok());
        QVERIFY(run(resumed));
        QCOMPARE(resumed.items()[0].state, CleanupState::Verified);
        QCOMPARE(server().abortCount(QStringLiteral("bkt"), QStringLiteral("live"), QStringLiteral("id-live")), 1);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 0);
    }

    // A server that ignores encoding-type=url (keys raw, no <EncodingType>) and a key with a
    // literal "%20": the key must not be decoded into another key. Before, it was guessed
    // encoded: the abort went to "report final.pdf", got 404 NoSuchUpload, and the report said
    // "verified gone" while the real upload and its 3,000 bytes of parts stayed.
    void keysOfAServerIgnoringEncodingAreNotGuessed()
    {
        server().setIgnoresEncodingType(true);
        const QString key = QStringLiteral("report%20final.pdf");
        server().addUpload(QStringLiteral("bkt"), key, QStringLiteral("id-literal"), 3, 1000);
        UploadLister lister(listingClient(), QStringLiteral("bkt"));
        QList<UploadInfo> listed;
        connect(&lister, &UploadLister::pageListed, this,
                [&listed](const ListUploadsPage &page) { listed += page.uploads; });
        std::optional<ListingOutcome> outcome;
        connect(&lister, &UploadLister::finished, this, [&outcome](const ListingOutcome &o) { outcome = o; });
        lister.start();
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().key, key);
        QVERIFY2(outcome->keyRule.contains(QStringLiteral("without encoding-type")), qPrintable(outcome->keyRule));

        CleanupTarget t;
        t.upload = listed.first();
        t.size = 3000;
        auto job = makeJob({t});
        QVERIFY(run(*job));
        QCOMPARE(job->items()[0].state, CleanupState::Verified);
        QCOMPARE(server().abortCount(QStringLiteral("bkt"), key, QStringLiteral("id-literal")), 1);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 0);
    }

    // The abort's first answer is 404 NoSuchUpload, yet the server still lists the upload: not
    // proof. Before, any 404 counted as "verified gone".
    void a404WithoutAcceptedAbortNeedsTheListing()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1"), 2, 1000);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("gone"), QStringLiteral("id-2"), 0);
        server().addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.operation() == u"AbortMultipartUpload")
                return FakeResponse::s3Error(404, QStringLiteral("NoSuchUpload"));
            return std::nullopt;
        });
        auto job = makeJob({target(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1"), 2000),
                            target(QStringLiteral("bkt"), QStringLiteral("k2"), QStringLiteral("id-9"))});
        QVERIFY(run(*job));
        QCOMPARE(job->items()[0].state, CleanupState::Failed);
        QVERIFY2(job->items()[0].reason.contains(QStringLiteral("still lists the upload")),
                 qPrintable(job->items()[0].reason));
        // A 404 for an upload the listing does not show either: gone, and the reason says how.
        QCOMPARE(job->items()[1].state, CleanupState::Verified);
        QVERIFY2(job->items()[1].reason.contains(QStringLiteral("no longer lists it")),
                 qPrintable(job->items()[1].reason));
        QCOMPARE(server().requestCount(QStringLiteral("ListMultipartUploads")), 2);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 2);
    }

    // Only NoSuchUpload / NoSuchKey from the server's own error document say an upload is gone:
    // a bare 404 (a proxy, a gateway while it restarts) after an accepted abort is no proof by
    // itself, and no failure either: the listing of the key decides. Before, the upload was
    // failed ("could not be verified") although the abort had worked, which a gateway restart
    // mid-job on the real sandbox showed.
    void bareNotFoundAfterAnAbortIsDecidedByTheListing()
    {
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("aborted"), QStringLiteral("id-1"), 2, 1000);
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("kept"), QStringLiteral("id-2"), 2, 1000);
        server().addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.operation() == u"ListParts") {
                FakeResponse bare;
                bare.status = 404;
                return bare;
            }
            // A server that accepts the abort of "kept" without aborting it.
            if (r.operation() == u"AbortMultipartUpload" && r.key() == u"kept") {
                FakeResponse accepted;
                accepted.status = 204;
                return accepted;
            }
            return std::nullopt;
        });
        auto job = makeJob({target(QStringLiteral("bkt"), QStringLiteral("aborted"), QStringLiteral("id-1"), 2000),
                            target(QStringLiteral("bkt"), QStringLiteral("kept"), QStringLiteral("id-2"), 2000)});
        QVERIFY(run(*job));
        const CleanupItem &aborted = job->items()[0];
        QCOMPARE(aborted.state, CleanupState::Verified);
        QVERIFY2(aborted.reason.contains(QStringLiteral("no longer lists it")), qPrintable(aborted.reason));
        QVERIFY2(aborted.reason.contains(QStringLiteral("(ListParts)")), qPrintable(aborted.reason));
        const CleanupItem &kept = job->items()[1];
        QCOMPARE(kept.state, CleanupState::Failed);
        QVERIFY2(kept.reason.contains(QStringLiteral("still lists the upload")), qPrintable(kept.reason));
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 1);
        QCOMPARE(server().requestCount(QStringLiteral("ListMultipartUploads")), 2);
    }

    // Cancel while the client waits to retry an abort (503): the retry must never go out. Before,
    // the job waited for the client's retries, which sent the DELETE again after the cancel.
    void cancelStopsRetriesOfAborts()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 1);
        server().addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.operation() == u"AbortMultipartUpload")
                return FakeResponse::slowDown();
            return std::nullopt;
        });
        auto job = makeJob(targets);
        job->client()->setRetryPolicy(
            RetryPolicy({.maxAttempts = 5, .baseDelayMs = 400, .budget = 100000}, [] { return 1.0; }));
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QTRY_COMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 1);
        QTRY_COMPARE(job->client()->pipeline()->waitingRetries(), 1);
        job->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->items()[0].state, CleanupState::CancelledUnverified);
        QCOMPARE(job->client()->pipeline()->waitingRetries(), 0);
        QCOMPARE(job->client()->queued(), 0);
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 1);
    }

    // Temporary credentials that expired mid-job (400 ExpiredToken) and cannot be renewed: every
    // further request would be refused the same way, so the job stops at once and stays resumable
    // (a resume with fresh credentials completes it). Before, every upload was tried round after
    // round and then failed.
    void expiredCredentialsStopTheJobResumable()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 5);
        server().addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.operation() == u"AbortMultipartUpload")
                return FakeResponse::s3Error(400, QStringLiteral("ExpiredToken"),
                                             QStringLiteral("The provided token has expired."));
            return std::nullopt;
        });
        CleanupOptions options = fastOptions();
        options.concurrency = 1;
        auto job = makeJob(targets, options, 1);
        QVERIFY(run(*job));
        QVERIFY(job->isCancelled());
        QVERIFY2(job->stopReason().contains(QStringLiteral("ExpiredToken")), qPrintable(job->stopReason()));
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 1);
        QCOMPARE(job->items()[0].state, CleanupState::CancelledUnverified); // its abort went out
        for (const CleanupItem &item : job->items())
            QVERIFY(isLeftToDo(item));
        QCOMPARE(countState(*job, CleanupState::Cancelled), 4);
        QCOMPARE(job->totals().failed, 0);
    }

    // The window's way: an outage pauses the job. While paused nothing is sent; when the server
    // is back, resume() goes on and every upload is verified; nothing failed meanwhile.
    void outagePausesUntilResumed()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 12);
        auto down = std::make_shared<bool>(false);
        server().addRule([down](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (*down || r.index == 4) // the server goes away after a few requests
                *down = true;
            if (*down)
                return FakeResponse::closeWithoutAnswer();
            return std::nullopt;
        });
        CleanupOptions options = fastOptions();
        options.concurrency = 2;
        auto job = makeJob(targets, options, 2);
        job->setOutageHandling(CleanupJob::OutageHandling::Pause);
        job->setOutageLimitMs(300);
        job->setPauseRetryMs(600000); // no probe by itself in this test
        QSignalSpy paused(job.get(), &CleanupJob::paused);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QVERIFY(paused.wait(10000));
        QVERIFY(job->isPaused());
        QCOMPARE(job->pauseInfo()->cause, CleanupJob::PauseCause::ServerUnreachable);
        QVERIFY2(job->pauseInfo()->reason.contains(QStringLiteral("no usable answer")),
                 qPrintable(job->pauseInfo()->reason));
        QVERIFY(job->pauseInfo()->retryAt > job->pauseInfo()->since);
        // What the client had already taken (in flight, or waiting out its own retry) finishes.
        QTRY_VERIFY(job->client()->inFlight() == 0 && job->client()->pipeline()->waitingRetries() == 0);
        const int sent = server().requestCount();
        QTest::qWait(400);
        QCOMPARE(server().requestCount(), sent); // paused: nothing goes out
        QCOMPARE(finished.count(), 0);
        QCOMPARE(job->totals().failed, 0);

        *down = false;
        server().clearRules();
        job->resume();
        QVERIFY(finished.wait(10000));
        QVERIFY(!job->isCancelled());
        QCOMPARE(countState(*job, CleanupState::Verified), 12);
        QCOMPARE(server().uploadCount(QStringLiteral("bkt")), 0);
    }

    // Paused by an outage, the job probes the server by itself and goes on when it is back: one
    // request first, the others after it was answered.
    void pausedJobProbesTheServerByItself()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 8);
        auto down = std::make_shared<bool>(true);
        server().addRule([down](const RecordedRequest &) -> std::optional<FakeResponse> {
            if (*down)
                return FakeResponse::closeWithoutAnswer();
            return std::nullopt;
        });
        CleanupOptions options = fastOptions();
        options.concurrency = 4;
        auto job = makeJob(targets, options, 1);
        job->setOutageHandling(CleanupJob::OutageHandling::Pause);
        job->setOutageLimitMs(200);
        job->setPauseRetryMs(300);
        QSignalSpy paused(job.get(), &CleanupJob::paused);
        QSignalSpy resumed(job.get(), &CleanupJob::resumed);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QVERIFY(paused.wait(10000));
        // The first probe finds the server still down: paused again, and no burst of requests.
        QVERIFY(resumed.wait(5000));
        const int atProbe = server().requestCount();
        QTRY_VERIFY_WITH_TIMEOUT(paused.count() >= 2, 5000);
        QCOMPARE(server().requestCount(), atProbe + 1);
        *down = false;
        QVERIFY(finished.wait(10000));
        QVERIFY(!job->isCancelled());
        QCOMPARE(countState(*job, CleanupState::Verified), 8);
    }

    // Expired credentials pause the job until the user renews them and resumes; the renewed keys
    // sign what follows.
    void expiredCredentialsPauseUntilRenewed()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 6);
        server().addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.header("authorization").contains("Credential=AKIACLEANUPEXAMPLE/"))
                return FakeResponse::s3Error(400, QStringLiteral("ExpiredToken"),
                                             QStringLiteral("The provided token has expired."));
            return std::nullopt;
        });
        CleanupOptions options = fastOptions();
        options.concurrency = 2;
        auto job = makeJob(targets, options, 1);
        job->setOutageHandling(CleanupJob::OutageHandling::Pause);
        job->setPauseRetryMs(100); // only outages are probed: this must not resume by itself
        QSignalSpy paused(job.get(), &CleanupJob::paused);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QVERIFY(paused.wait(10000));
        QCOMPARE(job->pauseInfo()->cause, CleanupJob::PauseCause::CredentialsExpired);
        QVERIFY(!job->pauseInfo()->retryAt.isValid());
        // What the client had already taken (in flight, or waiting out its own retry) finishes.
        QTRY_VERIFY(job->client()->inFlight() == 0 && job->client()->pipeline()->waitingRetries() == 0);
        const int sent = server().requestCount();
        QTest::qWait(400);
        QCOMPARE(server().requestCount(), sent);
        QVERIFY(job->isPaused());

        AwsCredentials renewed = configFor(server()).credentials;
        renewed.accessKeyId = QStringLiteral("AKIARENEWEDEXAMPLE");
        job->client()->pipeline()->setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(renewed));
        job->resume();
        QVERIFY(finished.wait(10000));
        QCOMPARE(countState(*job, CleanupState::Verified), 6);
    }

    // A cancel of a large job marks its uploads in slices: the event loop runs meanwhile (the
    // window stays responsive; a million at once stalled it 0.2-0.3 s), and finished() comes once
    // every upload is cancelled.
    void cancellingALargeJobLetsTheEventLoopRun()
    {
        constexpr int Count = 300000;
        QList<CleanupTarget> targets;
        targets.reserve(Count);
        for (int i = 0; i < Count; ++i)
            targets.append(
                target(QStringLiteral("bkt"), QStringLiteral("k/%1").arg(i), idOf(QStringLiteral("bkt"), i), 1000));
        auto job = makeJob(targets);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        int passes = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&passes] { ++passes; });
        job->cancel();
        QCOMPARE(finished.count(), 0); // never inside cancel()
        ticker.start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(passes >= 2, qPrintable(QStringLiteral("%1 event loop passes while cancelling").arg(passes)));
        QCOMPARE(countState(*job, CleanupState::Cancelled), Count);
        QCOMPARE(job->totals().cancelled, Count);
        QCOMPARE(server().requestCount(), 0);
    }

    // The age guard over a large job runs in slices of the event loop (at a million uploads, the
    // 2,500 it kept back stalled the window 80 ms in one go), and nothing is sent before it is
    // through: the one old upload is aborted, none of the young ones.
    void aGuardOverALargeJobLetsTheEventLoopRun()
    {
        constexpr int Count = 100000;
        QList<CleanupTarget> targets;
        targets.reserve(Count);
        for (int i = 0; i < Count - 1; ++i)
            targets.append(target(QStringLiteral("bkt"), QStringLiteral("young/%1").arg(i),
                                  idOf(QStringLiteral("bkt"), i), 1000, 60));
        server().addUpload(QStringLiteral("bkt"), QStringLiteral("old"), QStringLiteral("id-old"), 1, 1000);
        targets.append(target(QStringLiteral("bkt"), QStringLiteral("old"), QStringLiteral("id-old"), 1000));
        CleanupOptions options = fastOptions();
        options.minAgeSeconds = 86400;
        auto job = makeJob(targets, options);
        int passesWhileGuarding = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (job->totals().excluded < Count - 1) {
                ++passesWhileGuarding;
                QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 0);
            }
        });
        ticker.start();
        QVERIFY(run(*job));
        QVERIFY2(passesWhileGuarding >= 2,
                 qPrintable(QStringLiteral("%1 event loop passes while the guard ran").arg(passesWhileGuarding)));
        QCOMPARE(countState(*job, CleanupState::Excluded), Count - 1);
        QCOMPARE(job->items().back().state, CleanupState::Verified);
        QCOMPARE(server().requestCount(QStringLiteral("AbortMultipartUpload")), 1);
        for (const RecordedRequest &r : server().requests())
            QVERIFY(r.queryItem(QStringLiteral("uploadId")).isEmpty() ||
                    r.queryItem(QStringLiteral("uploadId")) == u"id-old");
    }

    // Cancel while paused: the job ends at once, every upload left to do for a resume.
    void cancelWhilePausedEndsTheJob()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 5);
        server().addRule(
            [](const RecordedRequest &) -> std::optional<FakeResponse> { return FakeResponse::closeWithoutAnswer(); });
        auto job = makeJob(targets, fastOptions(), 1);
        job->setOutageHandling(CleanupJob::OutageHandling::Pause);
        job->setOutageLimitMs(100);
        job->setPauseRetryMs(600000);
        QSignalSpy paused(job.get(), &CleanupJob::paused);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QVERIFY(paused.wait(10000));
        job->cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(!job->isPaused());
        for (const CleanupItem &item : job->items())
            QVERIFY(isLeftToDo(item));
        QCOMPARE(job->totals().failed, 0);
    }

    void bucketsAreServedRoundRobin()
    {
        QList<CleanupTarget> targets = addUploads(QStringLiteral("huge"), 100);
        targets += addUploads(QStringLiteral("small-a"), 5);
        targets += addUploads(QStringLiteral("small-b"), 5);
        CleanupOptions options = fastOptions();
        options.concurrency = 2;
        auto job = makeJob(targets, options);
        QVERIFY(run(*job));
        QCOMPARE(countState(*job, CleanupState::Verified), 110);
        // The small buckets are done within the first 15 aborts + a few, not after the 100.
        int abortNumber = 0;
        int lastSmall = 0;
        for (const RecordedRequest &r : server().requests()) {
            if (r.operation() != u"AbortMultipartUpload")
                continue;
            ++abortNumber;
            if (r.bucket() != u"huge")
                lastSmall = abortNumber;
        }
        QVERIFY2(lastSmall <= 17, qPrintable(QString::number(lastSmall)));
    }

    void requestsInFlightAreBounded()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 30);
        server().setDelayMs(10);
        CleanupOptions options = fastOptions();
        options.concurrency = 3;
        auto job = makeJob(targets, options);
        QVERIFY(run(*job));
        QCOMPARE(countState(*job, CleanupState::Verified), 30);
        QCOMPARE(server().maxConcurrent(), 3);
    }

    void withoutVerificationAbortsAreNotCalledVerified()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 3);
        CleanupOptions options = fastOptions();
        options.verify = false;
        auto job = makeJob(targets, options);
        QVERIFY(run(*job));
        QCOMPARE(countState(*job, CleanupState::Aborted), 3);
        QCOMPARE(job->totals().verified, 0);
        QCOMPARE(server().requestCount(QStringLiteral("ListParts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCleanupJob)
#include "tst_cleanupjob.moc"
