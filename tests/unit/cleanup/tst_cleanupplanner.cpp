// The one policy both front ends use: the age guard on the server's clock, and what a resume may
// change (CleanupPlanner).
#include "cleanup/cleanupjournal.h"
#include "cleanup/cleanupplanner.h"
#include "cleanup/selectiontally.h"

#include <QtTest>

using namespace PartSweep;
using CleanupPlanner::GuardVerdict;

namespace {

const QDateTime ServerNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

CleanupTarget target(const QString &bucket, const QString &key, const QDateTime &initiated, qint64 size = -1)
{
    CleanupTarget t;
    t.upload.bucket = bucket;
    t.upload.key = key;
    t.upload.uploadId = QStringLiteral("id-") + key;
    t.upload.initiated = initiated;
    t.size = size;
    return t;
}

JournalData journal()
{
    JournalData data;
    data.path = QStringLiteral("/tmp/job.jsonl");
    data.jobId = QStringLiteral("20261128-120000-abcdef");
    data.planned = true;
    data.options.endpoint = QStringLiteral("http://127.0.0.1:7480");
    data.options.minAgeSeconds = 86400;
    data.options.concurrency = 1;
    CleanupItem left;
    left.target = target(QStringLiteral("b"), QStringLiteral("k"), ServerNow.addDays(-3));
    data.items.push_back(left);
    return data;
}

CleanupPlanner::ResumeRequest sameService()
{
    CleanupPlanner::ResumeRequest request;
    request.endpoint = QStringLiteral("http://127.0.0.1:7480");
    return request;
}

} // namespace

class TestCleanupPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // This computer's clock 3 days fast: a minute-old upload (by the server) is still too young.
    void guardRunsOnTheServersClock()
    {
        const QDateTime initiated = ServerNow.addSecs(-60);
        const QDateTime fastLocalClock = ServerNow.addDays(3);
        QCOMPARE(CleanupPlanner::guardVerdict(initiated, 86400, ServerNow), GuardVerdict::TooYoung);
        // What the local clock would have said (the defect): eligible.
        QCOMPARE(CleanupPlanner::guardVerdict(initiated, 86400, fastLocalClock), GuardVerdict::Eligible);
        QVERIFY(CleanupPlanner::guardReason(GuardVerdict::TooYoung, initiated, 86400, ServerNow)
                    .contains(QStringLiteral("server's clock")));
    }

    void unknownServerTimeRefusesAGuardedRun()
    {
        QCOMPARE(CleanupPlanner::guardVerdict(ServerNow.addDays(-9), 86400, std::nullopt), GuardVerdict::ClockUnknown);
        QCOMPARE(CleanupPlanner::guardVerdict(ServerNow.addDays(-9), 0, std::nullopt), GuardVerdict::Eligible);
        QCOMPARE(CleanupPlanner::guardVerdict(QDateTime(), 86400, ServerNow), GuardVerdict::AgeUnknown);
        const CleanupPlanner::Plan plan = CleanupPlanner::plan(
            {target(QStringLiteral("b"), QStringLiteral("k"), ServerNow.addDays(-9))}, 86400, std::nullopt);
        QVERIFY(plan.clockUnknown);
        QCOMPARE(plan.eligible, 0);
    }

    void planCountsWhatTheJobWillDo()
    {
        const CleanupPlanner::Plan plan =
            CleanupPlanner::plan({target(QStringLiteral("z"), QStringLiteral("old"), ServerNow.addDays(-2), 100),
                                  target(QStringLiteral("a"), QStringLiteral("old"), ServerNow.addDays(-5)),
                                  target(QStringLiteral("a"), QStringLiteral("young"), ServerNow.addSecs(-600), 7),
                                  target(QStringLiteral("a"), QStringLiteral("undated"), QDateTime(), 9)},
                                 86400, ServerNow);
        QCOMPARE(plan.eligible, 2);
        QCOMPARE(plan.tooYoung, 1);
        QCOMPARE(plan.ageUnknown, 1);
        QCOMPARE(plan.knownBytes, 100);
        QCOMPARE(plan.unknownSizes, 1);
        QCOMPARE(plan.buckets, (QStringList{QStringLiteral("a"), QStringLiteral("z")}));
        QCOMPARE(plan.targets.first().upload.bucket, QStringLiteral("a")); // sorted
        QVERIFY(!plan.clockUnknown);
    }

    // The confirmation states what the tally says for its guard field; the job decides upload by
    // upload with guardVerdict(). Both must agree for every guard, sizes known or not, undated
    // uploads, uploads "from the future" (a skewed server), with and without the server's time.
    void tallyAgreesWithTheVerdictOfEachUpload()
    {
        QRandomGenerator random(1128);
        const QStringList buckets{QStringLiteral("logs"), QStringLiteral("media"), QStringLiteral("z-backups")};
        const QStringList classes{QStringLiteral("STANDARD"), QStringLiteral("GLACIER"), QString()};
        QList<CleanupTarget> selection;
        for (int i = 0; i < 3000; ++i) {
            const int r = random.bounded(100);
            // To the millisecond: whole seconds of age are counted as QDateTime::secsTo does.
            const QDateTime initiated =
                r < 5 ? QDateTime() : ServerNow.addMSecs(random.bounded(-40LL * 86400 * 1000, 3600LL * 1000));
            CleanupTarget t = target(buckets.at(random.bounded(3)), QString::number(i), initiated,
                                     random.bounded(4) == 0 ? -1 : random.bounded(1, 1 << 20));
            t.upload.storageClass = classes.at(random.bounded(3));
            selection << t;
        }
        // Hours and days as the dialog offers, and exact seconds on an upload's age.
        QList<qint64> guards{0, -5, 3600, 86400, 7 * 86400, 100 * 86400};
        for (int i = 0; i < 20; ++i) {
            const qint64 age = selection.at(i).upload.initiated.secsTo(ServerNow);
            guards << age << age + 1;
        }
        for (const std::optional<QDateTime> &now : {std::optional<QDateTime>(ServerNow), std::optional<QDateTime>()}) {
            const SelectionTally tally(selection, now);
            for (const qint64 guard : std::as_const(guards)) {
                CleanupPlanner::Plan expected; // counted one upload at a time
                QMap<QString, std::pair<int, qint64>> perBucket;
                for (const CleanupTarget &t : std::as_const(selection)) {
                    switch (CleanupPlanner::guardVerdict(t.upload.initiated, guard, now)) {
                    case GuardVerdict::Eligible:
                        ++expected.eligible;
                        ++perBucket[t.upload.bucket].first;
                        if (t.size >= 0) {
                            expected.knownBytes += t.size;
                            expected.knownBytesByClass[t.upload.storageClass] += t.size;
                            perBucket[t.upload.bucket].second += t.size;
                        } else {
                            ++expected.unknownSizes;
                        }
                        break;
                    case GuardVerdict::TooYoung:
                        ++expected.tooYoung;
                        break;
                    case GuardVerdict::AgeUnknown:
                        ++expected.ageUnknown;
                        break;
                    case GuardVerdict::ClockUnknown:
                        expected.clockUnknown = true;
                        break;
                    }
                }
                const SelectionTally::Summary got = tally.summarize(guard);
                const QByteArray where =
                    "guard " + QByteArray::number(guard) + (now ? " with" : " without") + " the server's time";
                QVERIFY2(got.eligible == expected.eligible, where.constData());
                QVERIFY2(got.tooYoung == expected.tooYoung, where.constData());
                QVERIFY2(got.ageUnknown == expected.ageUnknown, where.constData());
                QVERIFY2(got.clockUnknown == expected.clockUnknown, where.constData());
                QVERIFY2(got.knownBytes == expected.knownBytes, where.constData());
                QVERIFY2(got.unknownSizes == expected.unknownSizes, where.constData());
                QVERIFY2(got.knownBytesByClass == expected.knownBytesByClass, where.constData());
                QVERIFY2(got.buckets.size() == perBucket.size(), where.constData());
                for (const SelectionTally::Bucket &bucket : got.buckets) {
                    QVERIFY2(perBucket.contains(bucket.name), where.constData());
                    QVERIFY2(perBucket.value(bucket.name) == std::make_pair(bucket.uploads, bucket.knownBytes),
                             where.constData());
                }
                QVERIFY2(expected.eligible > 0 || guard > 0, where.constData()); // the data covers both
            }
        }
    }

    void resumeKeepsTheJobsOptions()
    {
        const Result<CleanupOptions> options = CleanupPlanner::resumeOptions(journal(), sameService());
        QVERIFY2(options.ok(), qPrintable(options.errorString()));
        QCOMPARE(options->minAgeSeconds, 86400);
        QVERIFY(!options->dryRun);
        // The same value given again is applied (trivially), not refused.
        CleanupPlanner::ResumeRequest same = sameService();
        same.concurrency = 1;
        same.minAgeSeconds = 86400;
        QVERIFY(CleanupPlanner::resumeOptions(journal(), same).ok());
    }

    void resumeDryRunIsADryRun()
    {
        CleanupPlanner::ResumeRequest request = sameService();
        request.dryRun = true;
        const Result<CleanupOptions> options = CleanupPlanner::resumeOptions(journal(), request);
        QVERIFY(options.ok());
        QVERIFY(options->dryRun);
    }

    void resumeRefusesWhatItWouldNotApply_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("words");
        QTest::newRow("--no-verify") << QStringLiteral("verify") << QStringLiteral("verification (on in the job)");
        QTest::newRow("--min-age") << QStringLiteral("minAge") << QStringLiteral("the age guard (1 d in the job)");
        QTest::newRow("--max-aborts") << QStringLiteral("maxAborts")
                                      << QStringLiteral("the aborts per upload (3 in the job)");
        QTest::newRow("--request-payer") << QStringLiteral("payer")
                                         << QStringLiteral("requester pays (off in the job)");
        QTest::newRow("--expected-bucket-owner")
            << QStringLiteral("owner") << QStringLiteral("the expected bucket owner (none in the job)");
        QTest::newRow("--concurrency") << QStringLiteral("concurrency")
                                       << QStringLiteral("the concurrency (1 in the job)");
    }

    void resumeRefusesWhatItWouldNotApply()
    {
        QFETCH(QString, option);
        QFETCH(QString, words);
        CleanupPlanner::ResumeRequest request = sameService();
        if (option == u"verify")
            request.verify = false;
        else if (option == u"minAge")
            request.minAgeSeconds = 0;
        else if (option == u"maxAborts")
            request.maxAborts = 5;
        else if (option == u"payer")
            request.requestPayer = true;
        else if (option == u"owner")
            request.expectedBucketOwner = QStringLiteral("123456789012");
        else
            request.concurrency = 8;
        const Result<CleanupOptions> options = CleanupPlanner::resumeOptions(journal(), request);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().kind, S3Error::Kind::Config);
        QVERIFY2(options.error().message.contains(words), qPrintable(options.error().message));
    }

    void resumeRefusesAnotherServiceOrARunningJob()
    {
        CleanupPlanner::ResumeRequest elsewhere;
        elsewhere.endpoint = QStringLiteral("https://s3.example.com");
        Result<CleanupOptions> options = CleanupPlanner::resumeOptions(journal(), elsewhere);
        QVERIFY(!options.ok());
        QVERIFY2(options.error().message.contains(QStringLiteral("not https://s3.example.com")),
                 qPrintable(options.error().message));

        JournalData running = journal();
        running.runningElsewhere = JournalHolder{4242, QStringLiteral("host"), QStringLiteral("partsweep-cli")};
        QVERIFY(!running.isUnfinished());
        options = CleanupPlanner::resumeOptions(running, sameService());
        QVERIFY(!options.ok());
        QVERIFY2(options.error().message.contains(QStringLiteral("running in another process (pid 4242")),
                 qPrintable(options.error().message));
    }

    // --shard K/N: K counts from 0 (as JOB_COMPLETION_INDEX does); anything else is refused in words.
    void shardsAreParsedStrictly()
    {
        for (const auto &[text, index, count] : {std::tuple{"0/4", 0, 4}, {"3/4", 3, 4}, {"0/1", 0, 1}}) {
            const Result<CleanupPlanner::Shard> shard = CleanupPlanner::Shard::parse(QString::fromLatin1(text));
            QVERIFY2(shard.ok(), text);
            QCOMPARE(shard->index, index);
            QCOMPARE(shard->count, count);
            QCOMPARE(shard->toString(), QLatin1StringView(text));
        }
        for (const char *bad : {"4/4", "-1/4", "1/0", "a/b", "1", "", "/4", "1/4/2", "0/100001"}) {
            const Result<CleanupPlanner::Shard> shard = CleanupPlanner::Shard::parse(QString::fromLatin1(bad));
            QVERIFY2(!shard.ok(), bad);
            QVERIFY(shard.error().message.contains(QStringLiteral("K/N")));
        }
    }

    // The rule is a contract (docs and --help say it; a shard run by another version of PartSweep
    // must take the same share): these values were computed with Python's hashlib.
    void theShardOfAnUploadIsTheDocumentedHash()
    {
        QCOMPARE(CleanupPlanner::shardOf(QStringLiteral("photos"), QStringLiteral("2026/11/raw/IMG_0001.CR3"), 4), 0);
        QCOMPARE(CleanupPlanner::shardOf(QStringLiteral("backups"), QStringLiteral("db/full-2026-12-01.tar.zst"), 7),
                 1);
        QCOMPARE(
            CleanupPlanner::shardOf(QStringLiteral("bucket"), QString::fromUtf8("\xc3\xbc ber/na\xc3\xafve key"), 1000),
            445);
        QCOMPARE(CleanupPlanner::shardOf(QStringLiteral("b"), QString(), 3), 2);
        QCOMPARE(CleanupPlanner::shardOf(QStringLiteral("b"), QStringLiteral("k"), 1), 0);
    }

    // Together the shards take every upload exactly once, in shares of about the same size.
    void everyUploadFallsInExactlyOneShard()
    {
        constexpr int uploads = 20000;
        for (const int count : {2, 3, 7, 16}) {
            QList<int> share(count, 0);
            for (int i = 0; i < uploads; ++i) {
                UploadInfo u;
                u.bucket = QStringLiteral("bucket-%1").arg(i % 5);
                u.key = QStringLiteral("logs/2026/%1/part-%2.gz").arg(i % 12).arg(i);
                int takers = 0;
                for (int k = 0; k < count; ++k) {
                    if (CleanupPlanner::inShard(u, CleanupPlanner::Shard{k, count})) {
                        ++takers;
                        ++share[k];
                    }
                }
                QCOMPARE(takers, 1);
            }
            for (const int n : std::as_const(share))
                QVERIFY2(std::abs(n - uploads / count) < uploads / count / 10, qPrintable(QString::number(n)));
        }
        UploadInfo any;
        any.bucket = QStringLiteral("b");
        any.key = QStringLiteral("k");
        QVERIFY(CleanupPlanner::inShard(any, CleanupPlanner::Shard{}));
    }
};

QTEST_GUILESS_MAIN(TestCleanupPlanner)
#include "tst_cleanupplanner.moc"
