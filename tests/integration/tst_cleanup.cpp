// The cleanup engine against the real server (Ceph RGW sandbox), with awscli as the reference
// for what the server holds. The seeded buckets belong to other tests: every test here makes
// its own bucket and uploads (curl, signed by curl itself) and aborts only those.
#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupjournal.h"
#include "connection/connectionresolver.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using PartSweep::Test::Sandbox;

namespace {

using KeyAndId = std::pair<QString, QString>;

// The credentials of a job, with the clock moved forward once on demand: from then until the next
// renewal, the provider judges its credentials as if 14.5 minutes had passed. Only the clock is
// moved; the renewal itself (AssumeRole again) and every request go to the real server. Counts
// the requests signed with each access key.
class FastForwardedCredentials final : public CredentialsProvider
{
public:
    explicit FastForwardedCredentials(std::shared_ptr<CredentialsProvider> inner)
        : m_inner(std::move(inner))
    {}

    AwsCredentials credentials() const override
    {
        AwsCredentials credentials = m_inner->credentials();
        ++signedWith[credentials.accessKeyId];
        return credentials;
    }
    bool needsRefresh(const QDateTime &now) const override
    {
        return m_inner->needsRefresh(late ? now.addSecs(14 * 60 + 30) : now);
    }
    void refresh(QObject *context, std::function<void(Result<Unit>)> done) override
    {
        ++renewals;
        m_inner->refresh(context, [this, done = std::move(done)](Result<Unit> result) {
            late = false;
            done(std::move(result));
        });
    }
    bool markExpired() override { return m_inner->markExpired(); }

    bool late = false;
    int renewals = 0;
    mutable QHash<QString, int> signedWith;

private:
    std::shared_ptr<CredentialsProvider> m_inner;
};

QString uniqueBucket(const QString &stem)
{
    return QStringLiteral("%1-%2").arg(stem).arg(QRandomGenerator::global()->bounded(1000000000), 9, 10,
                                                 QLatin1Char('0'));
}

} // namespace

class TestCleanup : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    QTemporaryDir m_work;

    // Runs curl --parallel with a config file, signed with the given keys; true on success.
    bool curl(const Sandbox &sandbox, const QByteArray &config, const AwsCredentials &keys, bool requestPayer = false)
    {
        const QString file = m_work.filePath(QStringLiteral("curl-%1.cfg").arg(QRandomGenerator::global()->generate()));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(config) != config.size())
            return false;
        f.close();
        QStringList args{QStringLiteral("-sS"),
                         QStringLiteral("--fail"),
                         QStringLiteral("--parallel"),
                         QStringLiteral("--parallel-max"),
                         QStringLiteral("8"),
                         QStringLiteral("--aws-sigv4"),
                         QStringLiteral("aws:amz:%1:s3").arg(sandbox.region),
                         QStringLiteral("--user"),
                         keys.accessKeyId + u':' + keys.secretAccessKey,
                         QStringLiteral("-H"),
                         QStringLiteral("x-amz-content-sha256: UNSIGNED-PAYLOAD"),
                         QStringLiteral("-K"),
                         file};
        if (requestPayer)
            args << QStringLiteral("-H") << QStringLiteral("x-amz-request-payer: requester");
        QProcess p;
        p.start(QStringLiteral("curl"), args);
        if (!p.waitForFinished(300000) || p.exitCode() != 0) {
            qWarning("curl failed: %s", p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // Initiates one upload per key (keys URL-safe) and uploads `parts` parts of 1 KiB to each.
    QList<CleanupTarget> createUploads(const Sandbox &sandbox, const QString &bucket, const QStringList &keys,
                                       int parts, const AwsCredentials &creds, bool requestPayer = false)
    {
        QByteArray init;
        for (int i = 0; i < keys.size(); ++i)
            init += "url = \"" + sandbox.endpoint.toUtf8() + '/' + bucket.toUtf8() + '/' + keys[i].toUtf8() +
                    "?uploads=\"\n-X POST\n-o \"" + m_work.filePath(QStringLiteral("init-%1.xml").arg(i)).toUtf8() +
                    "\"\n";
        if (!curl(sandbox, init, creds, requestPayer))
            return {};
        QList<CleanupTarget> targets;
        const QString partFile = m_work.filePath(QStringLiteral("part.bin"));
        QFile part(partFile);
        if (part.open(QIODevice::WriteOnly))
            part.write(QByteArray(1024, 'p'));
        part.close();
        QByteArray upload;
        for (int i = 0; i < keys.size(); ++i) {
            QFile f(m_work.filePath(QStringLiteral("init-%1.xml").arg(i)));
            if (!f.open(QIODevice::ReadOnly))
                return {};
            const QByteArray xml = f.readAll();
            const qsizetype a = xml.indexOf("<UploadId>") + 10;
            const qsizetype b = xml.indexOf("</UploadId>");
            if (a < 10 || b < a)
                return {};
            CleanupTarget t;
            t.upload.bucket = bucket;
            t.upload.key = keys[i];
            t.upload.uploadId = QString::fromUtf8(xml.mid(a, b - a));
            t.upload.initiated = QDateTime::currentDateTimeUtc();
            t.size = parts * 1024;
            t.parts = parts;
            targets.append(t);
            for (int p = 1; p <= parts; ++p)
                upload += "url = \"" + sandbox.endpoint.toUtf8() + '/' + bucket.toUtf8() + '/' + keys[i].toUtf8() +
                          "?partNumber=" + QByteArray::number(p) + "&uploadId=" + t.upload.uploadId.toUtf8() +
                          "\"\n-T \"" + partFile.toUtf8() + "\"\n-o /dev/null\n";
        }
        if (!upload.isEmpty() && !curl(sandbox, upload, creds, requestPayer))
            return {};
        return targets;
    }

    QStringList keys(const QString &stem, int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << QStringLiteral("%1/file-%2.bin").arg(stem).arg(i, 4, 10, QLatin1Char('0'));
        return out;
    }

    bool makeBucket(const Sandbox &sandbox, const QString &bucket)
    {
        return !sandbox
                    .aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"), QStringLiteral("--bucket"), bucket})
                    .isNull();
    }

    CleanupOptions fresh()
    {
        CleanupOptions options;
        options.minAgeSeconds = 0; // the uploads were just made
        options.backoffMs = 200;
        return options;
    }

    bool run(CleanupJob &job, int timeoutMs = 120000)
    {
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        return finished.wait(timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = Sandbox::fromEnvironment();
        if (!m_sandbox.isValid())
            QSKIP("No S3 sandbox: run through ctest, whose S3 fixture starts and seeds one.");
        QVERIFY(m_work.isValid());
    }

    void ownerAbortsExactlyTheSelectedUploads()
    {
        const QString bucket = uniqueBucket(QStringLiteral("cleanup-owner"));
        QVERIFY(makeBucket(m_sandbox, bucket));
        // Three uploads on one key, five on others, and a finished object.
        QList<CleanupTarget> same;
        for (int i = 0; i < 3; ++i) {
            const QList<CleanupTarget> one =
                createUploads(m_sandbox, bucket, {QStringLiteral("same.bin")}, 1, m_sandbox.owner);
            QCOMPARE(one.size(), 1);
            same += one;
        }
        const QList<CleanupTarget> others =
            createUploads(m_sandbox, bucket, keys(QStringLiteral("o"), 5), 2, m_sandbox.owner);
        QCOMPARE(others.size(), 5);
        QVERIFY(!m_sandbox
                     .aws({QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"), bucket,
                           QStringLiteral("--key"), QStringLiteral("same.bin"), QStringLiteral("--body"),
                           m_work.filePath(QStringLiteral("part.bin"))})
                     .isNull());

        QList<CleanupTarget> selected{same[1]};
        selected += others.mid(0, 4);
        CleanupJob job(m_sandbox.clientConfig(m_sandbox.owner), fresh(), selected);
        QVERIFY(run(job));
        for (const CleanupItem &item : job.items()) {
            QVERIFY2(item.state == CleanupState::Verified, qPrintable(stateName(item.state) + u' ' + item.reason));
            QCOMPARE(item.charged, 0); // the owner is never charged
            QVERIFY(!item.requestIds.isEmpty());
        }
        QCOMPARE(job.totals().bytesFreed, 1024 + 4 * 2048);

        // What survives, by awscli: the two other uploads on the same key and the fifth upload.
        QList<KeyAndId> expected{{same[0].upload.key, same[0].upload.uploadId},
                                 {same[2].upload.key, same[2].upload.uploadId},
                                 {others[4].upload.key, others[4].upload.uploadId}};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(m_sandbox.awsUploads(bucket), expected);
        // Objects are never deleted.
        QVERIFY(!m_sandbox
                     .aws({QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"), bucket,
                           QStringLiteral("--key"), QStringLiteral("same.bin")})
                     .isNull());
    }

    // The journal says an abort was sent, but it never reached the server (the process died with
    // it queued). RGW answers ListParts of a live upload without parts with 200 and an empty list,
    // so a resume that only verified called it "verified" while it stayed pending. It must abort.
    void resumeAbortsWhatTheJournalSentButTheServerNeverSaw()
    {
        const QString bucket = uniqueBucket(QStringLiteral("resume-sent"));
        QVERIFY(makeBucket(m_sandbox, bucket));
        const QList<CleanupTarget> targets =
            createUploads(m_sandbox, bucket, {QStringLiteral("live/no-parts.bin")}, 0, m_sandbox.owner);
        QCOMPARE(targets.size(), 1);
        const QString path = m_work.filePath(QStringLiteral("sent-never-seen.jsonl"));
        {
            CleanupItem item;
            item.target = targets.first();
            CleanupOptions options = fresh();
            options.endpoint = m_sandbox.clientConfig(m_sandbox.owner).endpoint.toString();
            CleanupJournal journal;
            QVERIFY(journal.create(path, QStringLiteral("sent-never-seen"), options, {item}).ok());
            journal.recordRun(1);
            journal.recordSent(0, QStringLiteral("AbortMultipartUpload"));
            journal.sync();
        }
        const Result<JournalData> data = CleanupJournal::load(path);
        QVERIFY(data.ok() && data->isUnfinished());
        CleanupJob resumed(m_sandbox.clientConfig(m_sandbox.owner), *data);
        QVERIFY(resumed.openJournal(path).ok());
        QVERIFY(run(resumed));
        QCOMPARE(resumed.items().front().state, CleanupState::Verified);
        QCOMPARE(m_sandbox.awsUploads(bucket), QList<KeyAndId>{}); // awscli: it is gone
    }

    void dryRunChangesNothing()
    {
        const QString bucket = uniqueBucket(QStringLiteral("cleanup-dry"));
        QVERIFY(makeBucket(m_sandbox, bucket));
        QList<CleanupTarget> targets =
            createUploads(m_sandbox, bucket, keys(QStringLiteral("d"), 6), 3, m_sandbox.owner);
        QCOMPARE(targets.size(), 6);
        const QList<KeyAndId> before = m_sandbox.awsUploads(bucket);
        for (CleanupTarget &t : targets)
            t.size = -1; // learnt by the dry run's ListParts
        CleanupOptions options = fresh();
        options.dryRun = true;
        CleanupJob job(m_sandbox.clientConfig(m_sandbox.owner), options, targets);
        QVERIFY(run(job));
        for (const CleanupItem &item : job.items()) {
            QCOMPARE(item.state, CleanupState::WouldAbort);
            QCOMPARE(item.target.size, 3 * 1024);
            QCOMPARE(item.aborts, 0);
        }
        QCOMPARE(job.totals().bytesWouldFree, 6 * 3 * 1024);
        QCOMPARE(m_sandbox.awsUploads(bucket), before);
        QCOMPARE(before.size(), 6);
    }

    void requesterPaysChargesAreRecordedAndRefusalsExplained()
    {
        const QString bucket = uniqueBucket(QStringLiteral("cleanup-payer"));
        QVERIFY(makeBucket(m_sandbox, bucket));
        // As scripts/s3-seed sets up shared-payer: requester pays, a policy for the second user.
        QVERIFY(!m_sandbox
                     .aws({QStringLiteral("s3api"), QStringLiteral("put-bucket-request-payment"),
                           QStringLiteral("--bucket"), bucket, QStringLiteral("--request-payment-configuration"),
                           QStringLiteral("Payer=Requester")})
                     .isNull());
        const QString policy =
            QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                           "\"Principal\": {\"AWS\": [\"arn:aws:iam:::user/%1\"]}, "
                           "\"Action\": [\"s3:ListBucket\", \"s3:ListBucketMultipartUploads\", "
                           "\"s3:ListMultipartUploadParts\", \"s3:AbortMultipartUpload\", \"s3:PutObject\", "
                           "\"s3:GetBucketLocation\"], "
                           "\"Resource\": [\"arn:aws:s3:::%2\", \"arn:aws:s3:::%2/*\"]}]}")
                .arg(m_sandbox.requesterId, bucket);
        QVERIFY(!m_sandbox
                     .aws({QStringLiteral("s3api"), QStringLiteral("put-bucket-policy"), QStringLiteral("--bucket"),
                           bucket, QStringLiteral("--policy"), policy})
                     .isNull());
        const QList<CleanupTarget> targets =
            createUploads(m_sandbox, bucket, keys(QStringLiteral("r"), 6), 1, m_sandbox.owner);
        QCOMPARE(targets.size(), 6);

        // With RequestPayer: aborted, verified, and every answer charged to the requester.
        CleanupOptions options = fresh();
        options.requestPayer = true;
        CleanupJob paying(m_sandbox.clientConfig(m_sandbox.requester), options, targets.mid(0, 3));
        QVERIFY(run(paying));
        for (const CleanupItem &item : paying.items()) {
            QVERIFY2(item.state == CleanupState::Verified, qPrintable(item.reason));
            QVERIFY(item.charged >= 1);
        }
        QVERIFY(paying.totals().chargedRequests >= 3);

        // Without it the server refuses what it refuses, and the reason says why: RGW refuses the
        // requester's ListParts of a pending upload (a dry run shows it) ...
        CleanupOptions dry = fresh();
        dry.dryRun = true;
        CleanupJob refused(m_sandbox.clientConfig(m_sandbox.requester), dry, targets.mid(3, 3));
        QVERIFY(run(refused));
        for (const CleanupItem &item : refused.items()) {
            QCOMPARE(item.state, CleanupState::Failed);
            QVERIFY2(item.reason.contains(QStringLiteral("requester pays")), qPrintable(item.reason));
            QVERIFY2(item.reason.contains(QStringLiteral("HTTP 403")), qPrintable(item.reason));
        }
        QCOMPARE(m_sandbox.awsUploads(bucket).size(), 3);

        // ... but takes its abort, charged (RGW's behaviour), and ListParts then answers 404.
        CleanupJob notPaying(m_sandbox.clientConfig(m_sandbox.requester), fresh(), targets.mid(3, 3));
        QVERIFY(run(notPaying));
        for (const CleanupItem &item : notPaying.items()) {
            QVERIFY2(item.state == CleanupState::Verified, qPrintable(stateName(item.state) + u' ' + item.reason));
            QVERIFY(item.charged >= 1);
        }
        QCOMPARE(m_sandbox.awsUploads(bucket).size(), 0);
    }

    // A long job under role credentials (AssumeRole on the sandbox's STS, 15-minute credentials):
    // when they near their expiry mid-job, the role is assumed again (for real) and the job goes
    // on with the new credentials, every upload verified. Only the clock is moved (waiting 15
    // minutes for real would make the suite too slow); see FastForwardedCredentials.
    void roleCredentialsRenewedMidJobEndVerified()
    {
        if (m_sandbox.stsEndpoint.isEmpty())
            QSKIP("The sandbox has no STS gateway (PARTSWEEP_SANDBOX_STS_ENDPOINT).");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir().mkpath(home.filePath(QStringLiteral(".aws")));
        QFile config(home.filePath(QStringLiteral(".aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("[profile base]\nregion = %1\naws_access_key_id = %2\naws_secret_access_key = %3\n"
                                    "[profile admin]\nrole_arn = %4\nsource_profile = base\nduration_seconds = 900\n"
                                    "endpoint_url = %5\nregion = %1\n")
                         .arg(m_sandbox.region, m_sandbox.requester.accessKeyId, m_sandbox.requester.secretAccessKey,
                              m_sandbox.roleArn, m_sandbox.stsEndpoint)
                         .toUtf8());
        config.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        ConnectionOptions options;
        options.profile = QStringLiteral("admin");
        const Result<ResolvedConnection> resolved = CredentialResolver(env, home.path()).resolve(options);
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
        QVERIFY(!resolved->credentials.sessionToken.isEmpty());
        QVERIFY(resolved->credentials.expiration < QDateTime::currentDateTimeUtc().addSecs(16 * 60));
        S3ClientConfig clientConfig = makeClientConfig(*resolved, ClientOptions{});
        QVERIFY(clientConfig.credentialsProvider); // renewable
        auto credentials = std::make_shared<FastForwardedCredentials>(clientConfig.credentialsProvider);
        clientConfig.credentialsProvider = credentials;
        const QString firstKey = resolved->credentials.accessKeyId;

        const QString bucket = uniqueBucket(QStringLiteral("role-renewed"));
        QVERIFY(makeBucket(m_sandbox, bucket));
        const QList<CleanupTarget> targets =
            createUploads(m_sandbox, bucket, keys(QStringLiteral("r"), 150), 1, m_sandbox.owner);
        QCOMPARE(targets.size(), 150);
        CleanupOptions cleanupOptions = fresh();
        cleanupOptions.concurrency = 2; // long enough to renew mid-job
        CleanupJob job(clientConfig, cleanupOptions, targets);
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.totals().verified >= 20, 60000);
        QVERIFY(!job.isFinished());
        credentials->late = true; // "14.5 minutes later"
        QVERIFY(finished.count() == 1 || finished.wait(180000));

        QCOMPARE(credentials->renewals, 1);
        const QString secondKey = credentials->credentials().accessKeyId;
        QVERIFY(secondKey != firstKey); // a new AssumeRole answer
        QVERIFY(credentials->signedWith.value(firstKey) > 0);
        QVERIFY2(credentials->signedWith.value(secondKey) > 10, "the rest of the job ran on the new credentials");
        for (const CleanupItem &item : job.items())
            QVERIFY2(item.state == CleanupState::Verified, qPrintable(stateName(item.state) + u' ' + item.reason));
        QCOMPARE(m_sandbox.awsUploads(bucket), QList<KeyAndId>{}); // awscli: all gone
    }

    void gatewayKilledMidJobStillEndsVerified()
    {
        // A private sandbox: restarting the shared gateway would disturb other tests.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sandboxDir = dir.filePath(QStringLiteral("sb"));
        const QString script = QStringLiteral(PARTSWEEP_SCRIPTS_DIR "/s3-sandbox");
        QProcess start;
        start.start(script, {QStringLiteral("start"), sandboxDir});
        QVERIFY(start.waitForFinished(120000));
        QCOMPARE(start.exitCode(), 0);
        auto stop = qScopeGuard([&] { QProcess::execute(script, {QStringLiteral("stop"), sandboxDir}); });
        qputenv("PARTSWEEP_SANDBOX_DIR", sandboxDir.toUtf8());
        const Sandbox own = Sandbox::fromEnvironment();
        qputenv("PARTSWEEP_SANDBOX_DIR", m_sandbox.dir.toUtf8());
        QVERIFY(own.isValid());

        const QString bucket = QStringLiteral("kill-me");
        QVERIFY(makeBucket(own, bucket));
        const QList<CleanupTarget> targets = createUploads(own, bucket, keys(QStringLiteral("k"), 400), 0, own.owner);
        QCOMPARE(targets.size(), 400);

        CleanupOptions options = fresh();
        options.concurrency = 2; // slow enough to kill the gateway mid-job
        CleanupJob job(own.clientConfig(own.owner), options, targets);
        QSignalSpy finished(&job, &CleanupJob::finished);
        QSignalSpy retried(job.client(), &S3Client::requestRetried);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.totals().verified >= 20, 60000);
        QProcess restart;
        restart.start(script, {QStringLiteral("restart-gateway"), sandboxDir});
        QVERIFY(!job.isFinished()); // the gateway dies mid-job
        QTRY_VERIFY_WITH_TIMEOUT(restart.state() == QProcess::NotRunning, 60000);
        QCOMPARE(restart.exitCode(), 0);
        QVERIFY(finished.count() == 1 || finished.wait(180000));
        QVERIFY(retried.count() >= 1); // requests did fail while it was down
        for (const CleanupItem &item : job.items())
            QVERIFY2(item.state == CleanupState::Verified, qPrintable(stateName(item.state) + u' ' + item.reason));
        QCOMPARE(own.awsUploads(bucket).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCleanup)
#include "tst_cleanup.moc"
