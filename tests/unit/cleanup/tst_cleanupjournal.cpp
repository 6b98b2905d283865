// The cleanup journal (JSON Lines on disk), resume from it, and the reports made from it. Jobs
// run against FaultyS3Server, a FAKE server (the real one is in integration/tst_cleanup.cpp).
#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupjournal.h"
#include "cleanup/cleanupreport.h"
#include "faultys3server.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace PartSweep;
using PartSweep::Test::FakeResponse;
using PartSweep::Test::FaultyS3Server;
using PartSweep::Test::RecordedRequest;

namespace {

const QString AccessKey = QStringLiteral("AKIAJOURNALEXAMPLE01");
const QString SecretKey = QStringLiteral("jOuRnAlSeCrEt/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QString Token = QStringLiteral("FQoGZXIvYXdzJOURNALsessionTOKENvalue==");

S3ClientConfig configFor(const FaultyS3Server &server)
{
    S3ClientConfig config;
    config.endpoint = server.endpoint();
    config.addressingStyle = AddressingStyle::Path;
    config.credentials.accessKeyId = AccessKey;
    config.credentials.secretAccessKey = SecretKey;
    config.credentials.sessionToken = Token;
    config.timeoutMs = 5000;
    return config;
}

CleanupTarget target(const QString &bucket, const QString &key, const QString &uploadId, qint64 size)
{
    CleanupTarget t;
    t.upload.bucket = bucket;
    t.upload.key = key;
    t.upload.uploadId = uploadId;
    t.upload.initiated = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    t.size = size;
    t.parts = size > 0 ? 1 : 0;
    return t;
}

// While it lives, files may not grow beyond `bytes` (RLIMIT_FSIZE): a write past it fails with
// EFBIG (SIGXFSZ ignored, as a full disk gives ENOSPC without a signal). Whether it took: ok().
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
        : m_previousHandler(::signal(SIGXFSZ, SIG_IGN))
    {
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limited = m_previous;
        limited.rlim_cur = rlim_t(bytes);
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        ::signal(SIGXFSZ, m_previousHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
    bool ok() const { return m_ok; }

private:
    void (*m_previousHandler)(int);
    rlimit m_previous{};
    bool m_ok = false;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCleanupJournal : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultyS3Server> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    bool run(CleanupJob &job)
    {
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        return finished.wait(20000);
    }

    // A journal as a killed process leaves it: upload 0 verified, upload 1 with its abort sent
    // (in flight at the kill), upload 2 untouched, and a torn last line.
    QString killedJournal()
    {
        const QString file = path(QStringLiteral("killed.jsonl"));
        QList<CleanupTarget> targets{
            target(QStringLiteral("bkt"), QStringLiteral("done"), QStringLiteral("id-0"), 10),
            target(QStringLiteral("bkt"), QStringLiteral("inflight"), QStringLiteral("id-1"), 20),
            target(QStringLiteral("bkt"), QStringLiteral("untouched"), QStringLiteral("id-2"), 30)};
        std::vector<CleanupItem> items;
        for (const CleanupTarget &t : targets) {
            CleanupItem item;
            item.target = t;
            items.push_back(item);
        }
        CleanupOptions options;
        options.minAgeSeconds = 0;
        {
            CleanupJournal journal;
            [&] { QVERIFY(journal.create(file, QStringLiteral("job-killed"), options, items).ok()); }();
            journal.recordRun(1);
            journal.recordSent(0, QStringLiteral("AbortMultipartUpload"));
            ResponseMeta meta;
            meta.httpStatus = 204;
            meta.requestId = QStringLiteral("rid-0");
            meta.attempts = 1;
            journal.recordResponse(0, QStringLiteral("AbortMultipartUpload"), meta, QString());
            items[0].state = CleanupState::Verified;
            journal.recordState(0, items[0]);
            journal.recordSent(1, QStringLiteral("AbortMultipartUpload"));
            items[1].state = CleanupState::Aborting;
            journal.recordState(1, items[1]);
        }
        QFile f(file);
        [&] { QVERIFY(f.open(QIODevice::Append)); }();
        f.write("{\"t\":\"state\",\"i\":2,\"state\":\"verif"); // the kill cut this write
        return file;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void jobIsJournaledWithoutSecrets()
    {
        m_server->setChargeRequester(true);
        QList<CleanupTarget> targets;
        for (int i = 0; i < 5; ++i) {
            m_server->addUpload(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("id-%1").arg(i), 1,
                                100);
            targets.append(
                target(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("id-%1").arg(i), 100));
        }
        CleanupOptions options;
        options.requestPayer = true;
        CleanupJob job(configFor(*m_server), options, targets);
        const QString file = path(QStringLiteral("job.jsonl"));
        QVERIFY(job.openJournal(file).ok());
        QVERIFY(run(job));

        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.endsWith('\n'));
        QVERIFY(!bytes.contains(SecretKey.toUtf8()));
        QVERIFY(!bytes.contains(Token.toUtf8()));
        QVERIFY(!bytes.contains("Authorization"));
        // Every line is a JSON object (JSON Lines).
        for (const QByteArray &line : bytes.trimmed().split('\n'))
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());

        const Result<JournalData> data = CleanupJournal::load(file);
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        QCOMPARE(data->jobId, job.jobId());
        QVERIFY(data->planned);
        QCOMPARE(data->runs, 1);
        QCOMPARE(data->endOutcome, QStringLiteral("finished"));
        QVERIFY(!data->tornTail);
        QVERIFY(data->warnings.isEmpty());
        QVERIFY(data->options.requestPayer);
        QVERIFY(!data->isUnfinished());
        QCOMPARE(data->items.size(), size_t(5));
        for (size_t i = 0; i < 5; ++i) {
            const CleanupItem &fromDisk = data->items[i];
            const CleanupItem &inMemory = job.items()[i];
            QCOMPARE(fromDisk.target.upload.key, inMemory.target.upload.key);
            QCOMPARE(fromDisk.target.upload.uploadId, inMemory.target.upload.uploadId);
            QCOMPARE(fromDisk.target.upload.initiated, inMemory.target.upload.initiated);
            QCOMPARE(fromDisk.state, CleanupState::Verified);
            QCOMPARE(fromDisk.aborts, 1);
            QCOMPARE(fromDisk.requests, 2);
            QCOMPARE(fromDisk.charged, 2);
            QCOMPARE(fromDisk.requestIds, inMemory.requestIds);
            QVERIFY(fromDisk.started.isValid());
            QVERIFY(fromDisk.finished >= fromDisk.started);
        }
        QVERIFY(job.journal()->syncCount() >= 2); // the header, then batches
    }

    // The GUI writes a new job's journal on a worker thread (a million uploads take seconds): the
    // call returns before the file is written, nothing can be sent before it is, and the job then
    // runs exactly as with openJournal().
    void journalWrittenInTheBackgroundBeforeAnythingIsSent()
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < 3; ++i) {
            m_server->addUpload(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("id-%1").arg(i), 1,
                                100);
            targets.append(
                target(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("id-%1").arg(i), 100));
        }
        // The worker screens the list too: the same upload twice is aborted once, one without a
        // key is refused.
        targets.append(target(QStringLiteral("bkt"), QStringLiteral("k1"), QStringLiteral("id-1"), 100));
        targets.append(target(QStringLiteral("bkt"), QString(), QStringLiteral("id-9"), 100));
        CleanupJob job(configFor(*m_server), CleanupOptions{}, targets);
        const QString file = path(QStringLiteral("background.jsonl"));
        std::optional<Result<Unit>> opened;
        job.openJournalInBackground([&opened](const Result<Unit> &result) { opened = result; }, file);
        QVERIFY(!opened); // never inside the call
        QVERIFY(job.isWritingJournal());
        QVERIFY(!job.journal());
        job.start(); // too early: ignored
        QVERIFY(!job.isStarted());
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
        QVERIFY2(opened->ok(), qPrintable(opened->errorString()));
        QVERIFY(!job.isWritingJournal());
        QCOMPARE(m_server->requestCount(), 0);
        const Result<JournalData> planned = CleanupJournal::load(file);
        QVERIFY2(planned.ok(), qPrintable(planned.errorString()));
        QVERIFY(planned->planned);
        QCOMPARE(planned->items.size(), size_t(5));
        QCOMPARE(planned->items[2].target.upload.uploadId, QStringLiteral("id-2"));

        QVERIFY(run(job));
        const Result<JournalData> done = CleanupJournal::load(file);
        QVERIFY2(done.ok(), qPrintable(done.errorString()));
        QCOMPARE(done->endOutcome, QStringLiteral("finished"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(done->items[size_t(i)].state, CleanupState::Verified);
        QCOMPARE(done->items[3].state, CleanupState::Excluded);
        QCOMPARE(done->items[3].reason, QStringLiteral("duplicate of upload #2 in this job"));
        QCOMPARE(done->items[4].state, CleanupState::Failed);
        QCOMPARE(m_server->abortCount(QStringLiteral("bkt"), QStringLiteral("k1"), QStringLiteral("id-1")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("AbortMultipartUpload")), 3); // one for each of the three
    }

    // Cancelled or deleted while its journal is written (a user closing the view at once): nothing
    // is sent, and no journal is left to offer for resuming.
    void cancelWhileTheJournalIsWrittenSendsNothing()
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < 50000; ++i) // enough to take a while to write
            targets.append(
                target(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("id-%1").arg(i), 100));
        {
            CleanupJob job(configFor(*m_server), CleanupOptions{}, targets);
            const QString file = path(QStringLiteral("cancelled.jsonl"));
            std::optional<Result<Unit>> opened;
            QSignalSpy finished(&job, &CleanupJob::finished);
            job.openJournalInBackground([&opened](const Result<Unit> &result) { opened = result; }, file);
            job.cancel();
            QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
            // The worker may have finished before it saw the cancel: either way the job ends
            // cancelled, every upload untouched.
            QVERIFY(opened->ok() || opened->error().kind == S3Error::Kind::Cancelled);
            QVERIFY(finished.count() == 1 || finished.wait(20000));
            QVERIFY(job.isCancelled());
            QCOMPARE(job.totals().cancelled, 50000);
            QCOMPARE(QFileInfo::exists(file), opened->ok());
        }
        {
            auto job = std::make_unique<CleanupJob>(configFor(*m_server), CleanupOptions{}, targets);
            job->openJournalInBackground([](const Result<Unit> &) { QFAIL("done after the job was deleted"); },
                                         path(QStringLiteral("deleted.jsonl")));
            job.reset(); // waits for the worker
            QTest::qWait(50);
        }
        {
            // Written in full, but the job deleted before it heard so (no event loop ran).
            auto job = std::make_unique<CleanupJob>(configFor(*m_server), CleanupOptions{}, targets.mid(0, 1));
            const QString file = path(QStringLiteral("written.jsonl"));
            job->openJournalInBackground([](const Result<Unit> &) { QFAIL("done after the job was deleted"); }, file);
            for (int waited = 0; waited < 10000 && !readAll(file).contains("\"planned\""); waited += 10)
                QThread::msleep(10); // no event loop: the news that it is written stays queued
            QVERIFY(readAll(file).contains("\"planned\""));
            job.reset();
            QVERIFY(!QFileInfo::exists(file));
        }
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("deleted.jsonl"))));
        QVERIFY(CleanupJournal::listUnfinished(m_dir->path()).isEmpty());
    }

    // Journals and reports name the account's keys and uploads: only the user may read them.
    void journalAndReportAreOwnerOnly()
    {
        CleanupItem item;
        item.target = target(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id"), 1);
        const QString file = path(QStringLiteral("private.jsonl"));
        {
            CleanupJournal journal;
            QVERIFY(journal.create(file, QStringLiteral("j"), CleanupOptions(), {item}).ok());
        }
        const auto others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
        const Result<JournalData> data = CleanupJournal::load(file);
        QVERIFY(data.ok());
        const QString report = path(QStringLiteral("report.csv"));
        QVERIFY(CleanupReport::write(*data, report).ok());
        QCOMPARE(QFileInfo(report).permissions() & others, QFileDevice::Permissions());
    }

    // The disk fills up mid-job (here: a file size limit, EFBIG): the job stops sending, the
    // requests in flight finish, the rest is "not started" with the reason, and the file stays
    // loadable. Before, the job went on sending aborts it could no longer record.
    void writeErrorStopsSendingAndKeepsTheFileLoadable()
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < 300; ++i) {
            const QString key = QStringLiteral("k%1").arg(i, 4, 10, QLatin1Char('0'));
            m_server->addUpload(QStringLiteral("bkt"), key, QStringLiteral("id-%1").arg(i), 1, 10);
            targets.append(target(QStringLiteral("bkt"), key, QStringLiteral("id-%1").arg(i), 10));
        }
        CleanupOptions options;
        options.minAgeSeconds = 0;
        options.concurrency = 4;
        CleanupJob job(configFor(*m_server), options, targets);
        const QString file = path(QStringLiteral("full.jsonl"));
        QVERIFY(job.openJournal(file).ok());
        job.journal()->setSyncIntervalMs(0);

        // Room for a few records more than the plan, then EFBIG.
        bool finished = false;
        {
            const FileSizeLimit limit(QFileInfo(file).size() + 3000);
            QVERIFY(limit.ok());
            finished = run(job);
        }
        QVERIFY(finished);

        QVERIFY(job.journal()->error().has_value());
        QVERIFY2(job.stopReason().contains(QStringLiteral("journal could not be written")),
                 qPrintable(job.stopReason()));
        const int aborts = m_server->requestCount(QStringLiteral("AbortMultipartUpload"));
        QVERIFY2(aborts < 60, qPrintable(QString::number(aborts))); // stopped, not 300
        int notStarted = 0;
        for (const CleanupItem &item : job.items()) {
            if (item.state == CleanupState::Cancelled && item.reason.contains(QStringLiteral("journal")))
                ++notStarted;
        }
        QVERIFY(notStarted > 240);
        const Result<JournalData> data = CleanupJournal::load(file);
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        QVERIFY(data->warnings.isEmpty());
        QVERIFY(data->isUnfinished()); // resumable: nothing it did not record is claimed done
        for (const CleanupItem &item : data->items) {
            if (item.state == CleanupState::Verified)
                QVERIFY(m_server->abortCount(QStringLiteral("bkt"), item.target.upload.key,
                                             item.target.upload.uploadId) > 0);
        }
    }

    // An upload whose requests keep failing for a transient cause (503) while the server answers
    // the others fails retryable: the job is left resumable and --resume tries it again. Before,
    // it counted as done and a resume said "nothing left to do".
    void transientFailuresAreRetriedOnResume()
    {
        m_server->addUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1"), 1, 10);
        m_server->addUpload(QStringLiteral("bkt"), QStringLiteral("ok"), QStringLiteral("id-2"), 1, 10);
        m_server->addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.operation() == u"AbortMultipartUpload" && r.key() == u"k")
                return FakeResponse::slowDown();
            return std::nullopt;
        });
        m_server->setDelayMs(30);
        CleanupOptions options;
        options.minAgeSeconds = 0;
        options.transientRounds = 2;
        options.backoffMs = 5;
        options.maxBackoffMs = 10;
        const QString file = path(QStringLiteral("outage.jsonl"));
        {
            CleanupJob job(configFor(*m_server), options,
                           {target(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1"), 10),
                            target(QStringLiteral("bkt"), QStringLiteral("ok"), QStringLiteral("id-2"), 10)});
            job.client()->setRetryPolicy(RetryPolicy({.maxAttempts = 1, .baseDelayMs = 1}, [] { return 1.0; }));
            QVERIFY(job.openJournal(file).ok());
            QVERIFY(run(job));
            QCOMPARE(job.items()[0].state, CleanupState::Failed);
            QVERIFY(job.items()[0].retryable);
            QCOMPARE(job.items()[1].state, CleanupState::Verified);
        }
        const Result<JournalData> data = CleanupJournal::load(file);
        QVERIFY(data.ok());
        QCOMPARE(data->notDone(), 1);
        QVERIFY(data->isUnfinished());

        m_server->setDelayMs(0);
        m_server->clearRules();
        CleanupJob resumed(configFor(*m_server), *data);
        QVERIFY(resumed.openJournal(file).ok());
        QVERIFY(run(resumed));
        QCOMPARE(resumed.items()[0].state, CleanupState::Verified);
        QCOMPARE(m_server->uploadCount(QStringLiteral("bkt")), 0);
        QVERIFY(!CleanupJournal::load(file)->isUnfinished());
    }

    // The server gone (every answer 503) past the outage limit: the job stops, the journal says
    // so and stays resumable, and a resume once the server is back completes the job.
    void jobStoppedByAnOutageIsResumable()
    {
        m_server->addUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1"), 1, 10);
        m_server->addRule(
            [](const RecordedRequest &) -> std::optional<FakeResponse> { return FakeResponse::slowDown(); });
        CleanupOptions options;
        options.minAgeSeconds = 0;
        options.backoffMs = 5;
        options.maxBackoffMs = 10;
        const QString file = path(QStringLiteral("stopped.jsonl"));
        {
            CleanupJob job(configFor(*m_server), options,
                           {target(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id-1"), 10)});
            job.client()->setRetryPolicy(RetryPolicy({.maxAttempts = 1, .baseDelayMs = 1}, [] { return 1.0; }));
            job.setOutageLimitMs(200);
            QVERIFY(job.openJournal(file).ok());
            QVERIFY(run(job));
            QVERIFY(job.stopReason().contains(QStringLiteral("SlowDown")));
        }
        const Result<JournalData> data = CleanupJournal::load(file);
        QVERIFY(data.ok());
        QCOMPARE(data->items[0].state, CleanupState::CancelledUnverified);
        QVERIFY(data->isUnfinished());

        m_server->clearRules();
        CleanupJob resumed(configFor(*m_server), *data);
        QVERIFY(resumed.openJournal(file).ok());
        QVERIFY(run(resumed));
        QCOMPARE(resumed.items()[0].state, CleanupState::Verified);
        QCOMPARE(m_server->uploadCount(QStringLiteral("bkt")), 0);
    }

    void tornLastLineIsToleratedAndCut()
    {
        const QString file = killedJournal();
        const Result<JournalData> data = CleanupJournal::load(file);
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        QVERIFY(data->tornTail);
        QVERIFY(data->warnings.isEmpty());
        QVERIFY(data->endOutcome.isEmpty()); // the process died
        QVERIFY(data->isUnfinished());
        QCOMPARE(data->items[0].state, CleanupState::Verified);
        QCOMPARE(data->items[1].state, CleanupState::Aborting);
        QVERIFY(data->items[1].abortSent);
        QCOMPARE(data->items[2].state, CleanupState::Queued); // the torn record is not believed

        CleanupJournal journal;
        QVERIFY(journal.reopen(file).ok());
        journal.recordEnd(QStringLiteral("cancelled"));
        const Result<JournalData> again = CleanupJournal::load(file);
        QVERIFY(!again->tornTail);
        QVERIFY(again->warnings.isEmpty());
        QCOMPARE(again->endOutcome, QStringLiteral("cancelled"));
    }

    // A damaged job record (a hand edit, a bad sector) with an absurd upload count: the journal
    // still loads what it holds; it used to end the process (std::length_error, bad_alloc) from
    // the resume offer at connect.
    void aDamagedUploadCountDoesNotEndTheProcess_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("a quadrillion") << QByteArray("1000000000000000");
    }

    void aDamagedUploadCountDoesNotEndTheProcess()
    {
        QFETCH(QByteArray, count);
        const QByteArray content =
            "{\"t\":\"job\",\"version\":1,\"jobId\":\"j\",\"created\":\"2026-12-06T10:00:00.000Z\",\"count\":" + count +
            "}\n{\"t\":\"upload\",\"i\":0,\"bucket\":\"b\",\"key\":\"k\",\"uploadId\":\"u\","
            "\"initiated\":\"2026-10-01T00:00:00.000Z\",\"size\":5,\"parts\":1}\n";
        const Result<JournalData> data = CleanupJournal::parse(content, QStringLiteral("damaged.jsonl"));
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        QCOMPARE(data->items.size(), size_t(1));
        QCOMPARE(data->items[0].target.upload.key, QStringLiteral("k"));
        QVERIFY(!data->planned);
    }

    // load() reads a journal in chunks of a megabyte: lines across a chunk's end, a damaged line
    // and a torn last line far past the first chunk replay as the whole content does.
    void aJournalReadInChunksReplaysAsAWhole()
    {
        QByteArray content = "{\"t\":\"job\",\"version\":1,\"jobId\":\"j\",\"created\":\"2026-12-06T10:00:00.000Z\","
                             "\"count\":30000}\n";
        for (int i = 0; i < 30000; ++i) {
            // keys of varying length, some with multi-byte characters, so line ends fall everywhere
            const QString key = QStringLiteral("logs/%1/äöü-%2").arg(QString(i % 97, u'x')).arg(i);
            content += "{\"t\":\"upload\",\"i\":" + QByteArray::number(i) + ",\"bucket\":\"b\",\"key\":\"" +
                       key.toUtf8() + "\",\"uploadId\":\"u" + QByteArray::number(i) +
                       "\",\"initiated\":\"2026-10-01T00:00:00.000Z\",\"size\":5,\"parts\":1}\n";
            if (i == 20000)
                content += "\n{not json\n";
        }
        content += "{\"t\":\"planned\",\"count\":30000}\n";
        for (int i = 0; i < 30000; i += 7)
            content += "{\"t\":\"state\",\"i\":" + QByteArray::number(i) +
                       ",\"state\":\"verified\",\"at\":\"2026-12-06T10:00:01.000Z\"}\n";
        content += "{\"t\":\"state\",\"i\":1,\"state\":\"verif"; // torn
        QVERIFY(content.size() > 4 * (1 << 20));
        const QString file = path(QStringLiteral("chunks.jsonl"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
        out.close();

        const Result<JournalData> whole = CleanupJournal::parse(content, file);
        const Result<JournalData> loaded = CleanupJournal::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QVERIFY(whole.ok());
        QCOMPARE(loaded->items.size(), size_t(30000));
        QVERIFY(loaded->planned);
        QVERIFY(loaded->tornTail);
        QCOMPARE(loaded->warnings, whole->warnings);
        QCOMPARE(loaded->warnings.size(), 1); // the damaged line, by its number
        QVERIFY2(loaded->warnings.constFirst().startsWith(QStringLiteral("line 20004 ")),
                 qPrintable(loaded->warnings.constFirst()));
        for (size_t i = 0; i < loaded->items.size(); ++i) {
            const CleanupItem &item = loaded->items[i];
            QCOMPARE(item.target.upload.key, whole->items[i].target.upload.key);
            QCOMPARE(item.target.upload.uploadId, QStringLiteral("u%1").arg(i));
            QCOMPARE(item.state, i % 7 == 0 ? CleanupState::Verified : CleanupState::Queued);
        }
        QCOMPARE(loaded->items[29999].target.upload.key,
                 QStringLiteral("logs/%1/äöü-29999").arg(QString(29999 % 97, u'x')));

        // Its CSV report is written a megabyte at a time: every row, in order, once.
        const QString report = path(QStringLiteral("chunks.csv"));
        QVERIFY(CleanupReport::write(*loaded, report).ok());
        QFile in(report);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray csv = in.readAll();
        QVERIFY(csv.size() > 2 * (1 << 20));
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QByteArray> rows = csv.chopped(2).split('\n');
        QCOMPARE(rows.size(), 30001);
        for (int i = 0; i < 30000; i += 997) {
            const QByteArray start =
                "b," + loaded->items[size_t(i)].target.upload.key.toUtf8() + ",u" + QByteArray::number(i) + ',';
            QVERIFY2(rows[i + 1].startsWith(start), rows[i + 1].constData());
        }

        // Its JSON report too, with the very text QJsonDocument gives for the whole document.
        const QByteArray json = CleanupReport::toJson(*loaded);
        QVERIFY(json.size() > 2 * (1 << 20));
        const QJsonDocument parsed = QJsonDocument::fromJson(json);
        QCOMPARE(parsed.object().value(u"uploads").toArray().size(), 30000);
        QVERIFY(json == parsed.toJson(QJsonDocument::Indented));
        JournalData none = *loaded;
        none.items.clear();
        const QByteArray empty = CleanupReport::toJson(none);
        QCOMPARE(empty, QJsonDocument::fromJson(empty).toJson(QJsonDocument::Indented));
    }

    void resumeSkipsDoneAndReverifiesInFlight()
    {
        const QString file = killedJournal();
        // On the server: "inflight" was aborted by the request the kill interrupted; "untouched" not.
        m_server->addUpload(QStringLiteral("bkt"), QStringLiteral("untouched"), QStringLiteral("id-2"), 1, 30);
        const Result<JournalData> data = CleanupJournal::load(file);
        QVERIFY(data.ok());

        CleanupJob job(configFor(*m_server), *data);
        QVERIFY(job.isResumed());
        QVERIFY(job.openJournal(file).ok());
        QVERIFY(run(job));

        // Done: no request. In flight: aborted again (the journal's "sent" does not say it reached
        // the server); its 404 is not proof by itself, so the key is listed (not listed: verified).
        // Untouched: aborted, then ListParts.
        QStringList seen;
        for (const RecordedRequest &r : m_server->requests())
            seen << r.operation() + u' ' + r.key() + r.queryItem(QStringLiteral("prefix"));
        seen.sort();
        QCOMPARE(seen,
                 QStringList({QStringLiteral("AbortMultipartUpload inflight"),
                              QStringLiteral("AbortMultipartUpload untouched"),
                              QStringLiteral("ListMultipartUploads inflight"), QStringLiteral("ListParts untouched")}));
        QCOMPARE(m_server->uploadCount(QStringLiteral("bkt")), 0);

        const Result<JournalData> after = CleanupJournal::load(file);
        QVERIFY(after.ok());
        QCOMPARE(after->runs, 2);
        QCOMPARE(after->endOutcome, QStringLiteral("finished"));
        QVERIFY(!after->isUnfinished());
        for (const CleanupItem &item : after->items)
            QCOMPARE(item.state, CleanupState::Verified);
        QCOMPARE(after->items[1].aborts, 2); // the interrupted one, sent again (idempotent)
        QVERIFY2(after->items[1].reason.contains(QStringLiteral("no longer lists it")),
                 qPrintable(after->items[1].reason));
        QCOMPARE(after->items[2].aborts, 1);
        QCOMPARE(after->items[0].requestIds, QStringList{QStringLiteral("rid-0")});
    }

    void unfinishedJournalsAreListedUntilAbandoned()
    {
        killedJournal();
        // A finished job and a dry run are not offered for resuming.
        CleanupOptions dry;
        dry.dryRun = true;
        m_server->addUpload(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id"));
        CleanupTarget t = target(QStringLiteral("bkt"), QStringLiteral("k"), QStringLiteral("id"), 0);
        for (const bool dryRun : {false, true}) {
            CleanupOptions options;
            options.dryRun = dryRun;
            CleanupJob job(configFor(*m_server), options, {t});
            QVERIFY(job.openJournal(path(dryRun ? QStringLiteral("dry.jsonl") : QStringLiteral("done.jsonl"))).ok());
            QVERIFY(run(job));
        }
        const QList<JournalSummary> unfinished = CleanupJournal::listUnfinished(m_dir->path());
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.front().jobId, QStringLiteral("job-killed"));
        QCOMPARE(unfinished.front().notDone, 2);
        QCOMPARE(unfinished.front().uploads, 3);

        QVERIFY(CleanupJournal::markAbandoned(unfinished.front().path).ok());
        QVERIFY(CleanupJournal::listUnfinished(m_dir->path()).isEmpty());
    }

    // A job that ended says in its last record how many uploads it had and how many are not done:
    // a list of jobs (the GUI's offer at connect, partsweep-cli jobs) reads that and the first
    // record, not the uploads in between. The counts agree with a full replay.
    void summaryComesFromTheEndRecord()
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < 6; ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            const QString id = QStringLiteral("id-%1").arg(i);
            m_server->addUpload(QStringLiteral("bkt"), key, id, 1, 100);
            targets.append(target(QStringLiteral("bkt"), key, id, 100));
        }
        // Upload 5 is throttled every time: a transient failure, not done (a resume tries it again).
        m_server->addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.operation() == u"AbortMultipartUpload" && r.key() == u"k5")
                return FakeResponse::slowDown();
            return std::nullopt;
        });
        m_server->setDelayMs(30);
        CleanupOptions options;
        options.minAgeSeconds = 0;
        options.transientRounds = 2;
        options.backoffMs = 5;
        options.maxBackoffMs = 10;
        CleanupJob job(configFor(*m_server), options, targets);
        job.client()->setRetryPolicy(RetryPolicy({.maxAttempts = 1, .baseDelayMs = 1}, [] { return 1.0; }));
        const QString file = path(QStringLiteral("ended.jsonl"));
        QVERIFY(job.openJournal(file).ok());
        QVERIFY(run(job));

        const Result<JournalData> replayed = CleanupJournal::load(file);
        QVERIFY2(replayed.ok(), qPrintable(replayed.errorString()));
        const JournalSummary expected = replayed->summary();
        QCOMPARE(expected.uploads, 6);
        QCOMPARE(expected.notDone, 1);
        QVERIFY(expected.isUnfinished());

        // Garble every upload record in place (same length): a summary that replayed them would
        // lose the uploads; one from the first and last records does not see them.
        QByteArray bytes = readAll(file);
        qsizetype garbled = 0;
        for (qsizetype at = bytes.indexOf("\"t\":\"upload\""); at >= 0;
             at = bytes.indexOf("\"t\":\"upload\"", at + 1)) {
            bytes[at + 1] = 'X'; // "X":"upload": a record of no known type
            ++garbled;
        }
        QCOMPARE(garbled, 6);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        QVERIFY(CleanupJournal::load(file)->items.empty()); // a replay now finds no upload
        const Result<JournalSummary> summary = CleanupJournal::summarize(file);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QCOMPARE(summary->jobId, expected.jobId);
        QCOMPARE(summary->created, expected.created);
        QCOMPARE(summary->uploads, expected.uploads);
        QCOMPARE(summary->notDone, expected.notDone);
        QCOMPARE(summary->planned, true);
        QCOMPARE(summary->endOutcome, QStringLiteral("finished"));
        QCOMPARE(summary->options.endpoint, expected.options.endpoint);
        QVERIFY(summary->isUnfinished());
    }

    // The GUI deletes a cancelled job without waiting for its requests in flight: the journal
    // still ends with the counts, those uploads counted as not done, and agrees with a replay.
    void aJobDeletedWhileCancellingEndsItsJournal()
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < 4; ++i) {
            m_server->addUpload(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("id-%1").arg(i), 1,
                                100);
            targets.append(
                target(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("id-%1").arg(i), 100));
        }
        m_server->setDelayMs(2000); // every answer late: the aborts are in flight at the cancel
        const QString file = path(QStringLiteral("closed.jsonl"));
        {
            CleanupOptions options;
            options.minAgeSeconds = 0;
            options.concurrency = 2;
            CleanupJob job(configFor(*m_server), options, targets);
            QVERIFY(job.openJournal(file).ok());
            job.start();
            QTRY_VERIFY(m_server->requestCount() >= 2);
            job.cancel();
            QVERIFY(!job.isFinished());
        }
        const Result<JournalData> replayed = CleanupJournal::load(file);
        QVERIFY2(replayed.ok(), qPrintable(replayed.errorString()));
        QCOMPARE(replayed->endOutcome, QStringLiteral("cancelled"));
        QCOMPARE(replayed->notDone(), 4);
        const Result<JournalSummary> summary = CleanupJournal::summarize(file);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QCOMPARE(summary->uploads, 4);
        QCOMPARE(summary->notDone, 4);
        QCOMPARE(summary->endOutcome, QStringLiteral("cancelled"));
        QVERIFY(summary->isUnfinished());
        QVERIFY(readAll(file).trimmed().split('\n').last().contains("\"notDone\":4"));
    }

    // A cancel of many queued uploads is one "cancel" record, not a record per upload (a million
    // took seconds on the GUI's thread), and a replay of it gives every upload the state, reason
    // and time the job gave it: untouched ones cancelled with the reason, ones backing off after an
    // abort "cancelled after abort sent" (with the parts still listed, when a verification saw
    // some), the one in flight as its answer left it, the verified one verified.
    void aCancelIsOneRecordThatReplaysAsTheJob()
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < 30; ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            const QString id = QStringLiteral("id-%1").arg(i);
            m_server->addUpload(QStringLiteral("bkt"), key, id, 1, 100);
            targets.append(target(QStringLiteral("bkt"), key, id, 100));
        }
        m_server->setPartsSurviveAbort(true); // verifications list parts: those uploads back off
        m_server->addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.operation() == u"ListParts" && r.key() == u"k0")
                return FakeResponse::s3Error(404, QStringLiteral("NoSuchUpload")); // verified
            if (r.operation() == u"ListParts" && r.key() == u"k1")
                return FakeResponse::slowDown(); // backing off, no parts known
            if (r.operation() == u"AbortMultipartUpload" && r.key() == u"k2")
                return FakeResponse::ok().delayed(3000); // in flight at the cancel
            return std::nullopt;
        });
        m_server->setDelayMs(100);
        CleanupOptions options;
        options.minAgeSeconds = 0;
        options.concurrency = 3;
        options.backoffMs = 60000;
        options.maxBackoffMs = 60000;
        CleanupJob job(configFor(*m_server), options, targets);
        job.client()->setRetryPolicy(RetryPolicy({.maxAttempts = 1, .baseDelayMs = 1}, [] { return 1.0; }));
        const QString file = path(QStringLiteral("cancelled.jsonl"));
        QVERIFY(job.openJournal(file).ok());
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        const auto &items = job.items();
        QTRY_VERIFY_WITH_TIMEOUT(items[0].state == CleanupState::Verified &&
                                     items[1].state == CleanupState::BackingOff &&
                                     std::any_of(items.cbegin(), items.cend(),
                                                 [](const CleanupItem &item) { return item.remainingParts > 0; }),
                                 10000);
        QCOMPARE(items[2].state, CleanupState::Aborting);
        QVERIFY(std::any_of(items.cbegin(), items.cend(),
                            [](const CleanupItem &item) { return item.state == CleanupState::Queued; }));
        job.cancel();
        QVERIFY(finished.wait(20000));

        QCOMPARE(items[0].state, CleanupState::Verified);
        QCOMPARE(items[1].state, CleanupState::CancelledUnverified);
        QCOMPARE(items[2].state, CleanupState::CancelledUnverified);
        const auto withParts =
            std::find_if(items.cbegin(), items.cend(), [](const CleanupItem &item) { return item.remainingParts > 0; });
        QCOMPARE(withParts->state, CleanupState::CancelledUnverified);
        QVERIFY2(withParts->reason.contains(QStringLiteral("still listed")), qPrintable(withParts->reason));
        QCOMPARE(items.back().state, CleanupState::Cancelled);

        const QByteArray content = readAll(file);
        QCOMPARE(content.count("\"t\":\"cancel\""), 1);
        const qsizetype cancelled = std::count_if(items.cbegin(), items.cend(), [](const CleanupItem &item) {
            return item.state == CleanupState::Cancelled || item.state == CleanupState::CancelledUnverified;
        });
        QVERIFY(cancelled > 20);
        QVERIFY2(content.count("\"t\":\"state\"") < cancelled / 2, content.constData());

        const Result<JournalData> replayed = CleanupJournal::load(file);
        QVERIFY2(replayed.ok(), qPrintable(replayed.errorString()));
        QCOMPARE(replayed->items.size(), items.size());
        for (size_t i = 0; i < items.size(); ++i) {
            const CleanupItem &was = items[i];
            const CleanupItem &read = replayed->items[i];
            QVERIFY2(read.state == was.state && read.reason == was.reason && read.finished == was.finished &&
                         read.abortSent == was.abortSent,
                     qPrintable(QStringLiteral("upload %1: %2 '%3' %4 in the journal, %5 '%6' %7 in the job")
                                    .arg(i)
                                    .arg(stateName(read.state), read.reason, read.finished.toString(Qt::ISODateWithMs))
                                    .arg(stateName(was.state), was.reason, was.finished.toString(Qt::ISODateWithMs))));
        }
    }

    void anExistingJournalIsNeverOverwritten()
    {
        const QString file = killedJournal();
        const QByteArray before = readAll(file);
        CleanupJob job(configFor(*m_server), CleanupOptions(), QList<CleanupTarget>());
        QVERIFY(!job.openJournal(file).ok());
        QCOMPARE(readAll(file), before);
    }

    // abort --shard K/N on several machines, then report --merge of their journals.
    void shardJournalsMergeIntoOneReport()
    {
        const auto shardJournal = [](int k, int n, const QStringList &keys, CleanupState state) {
            JournalData j;
            j.path = QStringLiteral("/jobs/shard-%1-%2.jsonl").arg(k).arg(keys.join(QString()));
            j.jobId = QStringLiteral("job-%1").arg(k);
            j.planned = true;
            j.runs = 1;
            j.endOutcome = state == CleanupState::Queued ? QString() : QStringLiteral("finished");
            j.options.endpoint = QStringLiteral("http://127.0.0.1:7480");
            j.options.shardIndex = k;
            j.options.shardCount = n;
            for (const QString &key : keys) {
                CleanupItem item;
                item.target.upload.bucket = QStringLiteral("bkt");
                item.target.upload.key = key;
                item.target.upload.uploadId = QStringLiteral("id-") + key;
                item.target.size = 100;
                item.state = state;
                j.items.push_back(item);
            }
            return j;
        };
        const CleanupState verified = CleanupState::Verified;

        Result<CleanupReport::Merged> all =
            CleanupReport::merge({shardJournal(0, 2, {QStringLiteral("a"), QStringLiteral("b")}, verified),
                                  shardJournal(1, 2, {QStringLiteral("c")}, verified)});
        QVERIFY(all.ok());
        QCOMPARE(all->data.items.size(), size_t(3));
        QVERIFY(all->complete);
        QVERIFY2(all->warnings.isEmpty(), qPrintable(all->warnings.join(u'\n')));
        QCOMPARE(all->data.runs, 2);
        QCOMPARE(all->data.options.shardCount, 1);
        QCOMPARE(all->sources.size(), 2);
        QCOMPARE(all->sources.at(1).toObject().value(QStringLiteral("shard")).toString(), QStringLiteral("1/2"));
        const QJsonObject report = QJsonDocument::fromJson(CleanupReport::toJson(all->data, {}, all->sources)).object();
        QCOMPARE(report.value(QStringLiteral("journals")).toArray().size(), 2);
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("bytesFreed")).toInteger(),
                 300);

        // A shard left out: the report says which, and is not complete.
        Result<CleanupReport::Merged> partial = CleanupReport::merge(
            {shardJournal(0, 3, {QStringLiteral("a")}, verified), shardJournal(2, 3, {QStringLiteral("c")}, verified)});
        QVERIFY(partial.ok());
        QVERIFY(!partial->complete);
        QVERIFY2(partial->warnings.join(u'\n').contains(QStringLiteral("shard(s) 1 of 3 missing")),
                 qPrintable(partial->warnings.join(u'\n')));

        // A shard run again after its machine died: the first journal stopped with "b" not done,
        // the second finished it. One row per upload, the done one; nothing left, so complete.
        JournalData died = shardJournal(0, 2, {QStringLiteral("a"), QStringLiteral("b")}, verified);
        died.items[1].state = CleanupState::Queued;
        died.endOutcome.clear();
        Result<CleanupReport::Merged> retried =
            CleanupReport::merge({died, shardJournal(0, 2, {QStringLiteral("b")}, verified),
                                  shardJournal(1, 2, {QStringLiteral("c")}, verified)});
        QVERIFY(retried.ok());
        QCOMPARE(retried->data.items.size(), size_t(3));
        for (const CleanupItem &item : retried->data.items)
            QCOMPARE(item.state, verified);
        QVERIFY(retried->complete);
        QVERIFY(
            retried->warnings.join(u'\n').contains(QStringLiteral("1 upload record(s) were found in more than one")));

        // Still not done anywhere: incomplete, and the journal to resume is named.
        Result<CleanupReport::Merged> undone =
            CleanupReport::merge({died, shardJournal(1, 2, {QStringLiteral("c")}, verified)});
        QVERIFY(undone.ok());
        QVERIFY(!undone->complete);
        QVERIFY2(undone->warnings.join(u'\n').contains(died.path + QStringLiteral(": 1 upload(s) not done")),
                 qPrintable(undone->warnings.join(u'\n')));

        // Not one cleanup: different shard counts, different services.
        QVERIFY(!CleanupReport::merge({shardJournal(0, 2, {QStringLiteral("a")}, verified),
                                       shardJournal(1, 3, {QStringLiteral("c")}, verified)})
                     .ok());
        JournalData elsewhere = shardJournal(1, 2, {QStringLiteral("c")}, verified);
        elsewhere.options.endpoint = QStringLiteral("https://s3.example.net");
        QVERIFY(!CleanupReport::merge({shardJournal(0, 2, {QStringLiteral("a")}, verified), elsewhere}).ok());
        QVERIFY(!CleanupReport::merge({}).ok());
    }

    void reportsComeFromTheJournal()
    {
        QString file = killedJournal();
        Result<JournalData> data = CleanupJournal::load(file);
        QVERIFY(data.ok());
        // An awkward key and a reason with a comma and quotes survive CSV quoting.
        data.value().items[2].target.upload.key = QStringLiteral("a,b \"c\"\nd");
        data.value().items[2].reason = QStringLiteral("one, \"two\"");

        const QByteArray csv = CleanupReport::toCsv(*data);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.front(), QByteArray("bucket,key,upload_id,initiated,size,parts,aborts,requests,charged_requests,"
                                           "state,reason,started,finished,request_ids,cost_per_month_usd\r"));
        QVERIFY2(csv.contains("bkt,done,id-0,2026-01-02T03:04:05.000Z,10,1,1,1,0,verified,,"), csv.constData());
        QVERIFY(csv.contains("bkt,\"a,b \"\"c\"\"\nd\",id-2,"));
        QVERIFY(csv.contains(",queued,\"one, \"\"two\"\"\","));
        QVERIFY(csv.contains(",rid-0,\r\n")); // no prices given: no cost

        const QJsonObject json = QJsonDocument::fromJson(CleanupReport::toJson(*data)).object();
        QCOMPARE(json.value(QStringLiteral("jobId")).toString(), QStringLiteral("job-killed"));
        const QJsonArray uploads = json.value(QStringLiteral("uploads")).toArray();
        QCOMPARE(uploads.size(), 3);
        const QJsonObject first = uploads.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
        QCOMPARE(first.value(QStringLiteral("size")).toInteger(), 10);
        QCOMPARE(first.value(QStringLiteral("requestIds")).toArray().at(0).toString(), QStringLiteral("rid-0"));
        QCOMPARE(uploads.at(2).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("a,b \"c\"\nd"));
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("bytesFreed")).toInteger(), 10);
        QCOMPARE(summary.value(QStringLiteral("states")).toObject().value(QStringLiteral("verified")).toInt(), 1);

        QVERIFY(!summary.contains(QStringLiteral("savedPerMonthUsd")));
        QCOMPARE(summary.value(QStringLiteral("verifiedUnmeasured")).toInteger(), 0);

        // An upload verified gone whose size was never listed: counted apart, not as 0 bytes freed.
        JournalData unsized = *data;
        unsized.items[1].state = CleanupState::Verified;
        unsized.items[1].target.size = -1;
        const QJsonObject unsizedSummary = QJsonDocument::fromJson(CleanupReport::toJson(unsized))
                                               .object()
                                               .value(QStringLiteral("summary"))
                                               .toObject();
        QCOMPARE(unsizedSummary.value(QStringLiteral("bytesFreed")).toInteger(), 10);
        QCOMPARE(unsizedSummary.value(QStringLiteral("verifiedUnmeasured")).toInteger(), 1);

        // With prices: each upload's cost where its size is known, and what the verified ones saved.
        const CleanupReport::Costs costs{[](const CleanupItem &item) -> std::optional<double> {
                                             if (item.target.size < 0)
                                                 return std::nullopt;
                                             return double(item.target.size) * 0.5;
                                         },
                                         QStringLiteral("test prices")};
        QVERIFY(CleanupReport::toCsv(*data, costs).contains(",rid-0,5\r\n"));
        const QJsonObject priced = QJsonDocument::fromJson(CleanupReport::toJson(*data, costs)).object();
        QCOMPARE(priced.value(QStringLiteral("uploads"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("costPerMonthUsd"))
                     .toDouble(),
                 5.0);
        QCOMPARE(
            priced.value(QStringLiteral("summary")).toObject().value(QStringLiteral("savedPerMonthUsd")).toDouble(),
            5.0);
        QCOMPARE(priced.value(QStringLiteral("summary")).toObject().value(QStringLiteral("costSource")).toString(),
                 QStringLiteral("test prices"));

        QVERIFY(CleanupReport::write(*data, path(QStringLiteral("r.csv"))).ok());
        QCOMPARE(readAll(path(QStringLiteral("r.csv"))), csv);
        QVERIFY(!CleanupReport::write(*data, path(QStringLiteral("r.txt"))).ok());
    }

    void syncIsBatched()
    {
        // 200 records within one interval make one sync, not 200.
        std::vector<CleanupItem> items(1);
        items[0].target = target(QStringLiteral("b"), QStringLiteral("k"), QStringLiteral("i"), 1);
        CleanupJournal journal;
        journal.setSyncIntervalMs(60000);
        QVERIFY(journal.create(path(QStringLiteral("b.jsonl")), QStringLiteral("b"), CleanupOptions(), items).ok());
        const qint64 afterHeader = journal.syncCount();
        for (int i = 0; i < 200; ++i)
            journal.recordSent(0, QStringLiteral("AbortMultipartUpload"));
        QCOMPARE(journal.syncCount(), afterHeader);
        journal.sync();
        QCOMPARE(journal.syncCount(), afterHeader + 1);
        QCOMPARE(readAll(path(QStringLiteral("b.jsonl"))).count('\n'), 1 + 1 + 1 + 200);
    }

    // The periodic write goes on while the journal's thread (the GUI's) does not wait for it: here
    // a journal whose file is a pipe nobody reads yet, so that its write cannot finish. The
    // journal's thread reads the pipe itself after handing the records over, which it could not do
    // if the handing over waited for the write (the test would hang).
    void writingDoesNotHoldUpTheJournalsThread()
    {
        const QString fifo = path(QStringLiteral("journal.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        CleanupJournal journal;
        journal.setSyncIntervalMs(60000);
        QVERIFY(journal.attach(fifo).ok());
        for (int i = 0; i < 5000; ++i) // ~500 KB: several times what a pipe holds
            journal.recordSent(i, QStringLiteral("AbortMultipartUpload"));
        const CleanupJournal::Written written = journal.syncInBackground();
        QByteArray received;
        QDeadlineTimer deadline(20000);
        while (received.count('\n') < 5000 && !deadline.hasExpired()) {
            char buffer[65536];
            const ssize_t n = ::read(reader, buffer, sizeof buffer);
            if (n > 0)
                received.append(buffer, n);
            else
                QThread::msleep(1);
        }
        ::close(reader);
        QCOMPARE(received.count('\n'), 5000);
        const QJsonObject first = QJsonDocument::fromJson(received.left(received.indexOf('\n'))).object();
        QCOMPARE(first.value(QStringLiteral("t")).toString(), QStringLiteral("sent")); // whole records, in order
        written.wait();
        QCOMPARE(journal.syncCount(), 2); // the plan (attach() counts it) and this write
        QVERIFY(!journal.error());
    }

    // A write cut short (file size limit, full disk) keeps the rest, and the next sync writes it
    // once the room is there, even with no new record: nothing is lost or written twice.
    void aRestLeftByAFailedWriteIsWrittenAtTheNextSync()
    {
        const QString file = path(QStringLiteral("rest.jsonl"));
        {
            QFile seed(file);
            QVERIFY(seed.open(QIODevice::WriteOnly));
            seed.write("{\"t\":\"job\"}\n");
        }
        CleanupJournal journal;
        journal.setSyncIntervalMs(60000);
        QVERIFY(journal.attach(file).ok());
        for (int i = 0; i < 20; ++i)
            journal.recordSent(i, QStringLiteral("AbortMultipartUpload"));
        // Room for a part of the records, then EFBIG.
        {
            const FileSizeLimit limit(QFileInfo(file).size() + 500);
            QVERIFY(limit.ok());
            journal.sync();
        }
        QVERIFY(journal.error());
        QVERIFY(readAll(file).count("\"t\":\"sent\"") < 20);
        journal.sync(); // nothing new: the rest goes out now
        const QByteArray content = readAll(file);
        QCOMPARE(content.count("\"t\":\"sent\""), 20);
        QCOMPARE(content.count('\n'), 1 + 20);
        QVERIFY(content.endsWith('\n'));
    }

    // A journal that cannot be written (disk full) says so once, with the reason, and keeps what
    // it could not write (it is not lost silently).
    void aFullDiskIsReported()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("needs /dev/full (a device that is always full: Linux)");
        CleanupJournal journal;
        QSignalSpy failed(&journal, &CleanupJournal::writeFailed);
        journal.setSyncIntervalMs(60000);
        QVERIFY(journal.attach(QStringLiteral("/dev/full")).ok());
        journal.recordSent(0, QStringLiteral("AbortMultipartUpload"));
        journal.syncInBackground();
        // Said as soon as the writing thread failed, not at the next sync (the job stops sending).
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(journal.error());
        QVERIFY2(journal.error()->message.contains(QStringLiteral("Cannot write the job journal /dev/full")),
                 qPrintable(journal.error()->message));
        QCOMPARE(failed.size(), 1);
        journal.recordSent(1, QStringLiteral("AbortMultipartUpload"));
        journal.sync();
        QCOMPARE(failed.size(), 1);       // said once
        QCOMPARE(journal.syncCount(), 1); // the plan only: nothing was synced since
    }
};

QTEST_GUILESS_MAIN(TestCleanupJournal)
#include "tst_cleanupjournal.moc"
