// The cleanup engine against FaultyS3Server: a FAKE server for what Ceph RGW will not do on
// demand (parts landing after an abort, 503 storms, charged answers on every request, 403 for an
// expected-owner mismatch, connections dying mid-job). The same engine runs against the real
// server in integration/tst_cleanup.cpp.
#include "cleanup/cleanupjob.h"
#include "faultys3server.h"

#include <QSignalSpy>
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

    std::unique_ptr<CleanupJob> makeJob(const QList<CleanupTarget> &targets, CleanupOptions options = fastOptions(),
                                        int clientAttempts = 3)
    {
        auto job = std::make_unique<CleanupJob>(configFor(server()), options, targets);
        job->client()->setRetryPolicy(fastRetries(clientAttempts));
        job->setProgressIntervalMs(10);
        return job;
    }

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
    void cleanup() { m_server.reset(); }

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

    void serverGoneForGoodFailsTruthfully()
    {
        const QList<CleanupTarget> targets = addUploads(QStringLiteral("bkt"), 4);
        server().addRule(
            [](const RecordedRequest &) -> std::optional<FakeResponse> { return FakeResponse::closeWithoutAnswer(); });
        CleanupOptions options = fastOptions();
        options.transientRounds = 2;
        auto job = makeJob(targets, options, 2);
        QVERIFY(run(*job));
        for (const CleanupItem &item : job->items()) {
            QCOMPARE(item.state, CleanupState::Failed);
            QVERIFY2(item.reason.contains(QStringLiteral("an abort may have reached the server; not verified")),
                     qPrintable(item.reason));
            QCOMPARE(item.aborts, 3); // the first try and two job-level rounds
        }
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
