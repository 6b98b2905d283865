// The progress view of a cleanup job that pauses, offscreen, with the job talking to
// FaultyS3Server (a FAKE: a real server will not refuse credentials as expired or vanish on
// demand). What a user checks: the banner says what the job waits for and what to do, Resume
// goes on, and the job ends with every upload verified.
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "cleanup/cleanupjob.h"
#include "cleanupprogressview.h"
#include "faultys3server.h"
#include "translations.h"

using namespace PartSweep;
using PartSweep::Test::FakeResponse;
using PartSweep::Test::FaultyS3Server;
using PartSweep::Test::RecordedRequest;

namespace {

S3ClientConfig configFor(const FaultyS3Server &server)
{
    S3ClientConfig config;
    config.endpoint = server.endpoint();
    config.region = QStringLiteral("us-east-1");
    config.addressingStyle = AddressingStyle::Path;
    config.credentials.accessKeyId = QStringLiteral("AKIAEXPIRINGEXAMPLE");
    config.credentials.secretAccessKey = QStringLiteral("pRoGrEsSvIeWsEcReT/EXAMPLEKEY");
    config.credentials.source = QStringLiteral("the test");
    config.timeoutMs = 5000;
    return config;
}

} // namespace

class TestCleanupProgressView : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultyS3Server> m_server;

    QList<CleanupTarget> addUploads(int n)
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < n; ++i) {
            CleanupTarget t;
            t.upload.bucket = QStringLiteral("bkt");
            t.upload.key = QStringLiteral("video/part-%1.mp4").arg(i);
            t.upload.uploadId = QStringLiteral("upload-%1").arg(i);
            t.upload.initiated = QDateTime::currentDateTimeUtc().addDays(-3);
            t.size = 2000;
            m_server->addUpload(t.upload.bucket, t.upload.key, t.upload.uploadId, 2, 1000);
            targets.append(t);
        }
        return targets;
    }

    std::unique_ptr<CleanupJob> makeJob(const QList<CleanupTarget> &targets)
    {
        CleanupOptions options;
        options.concurrency = 2;
        options.backoffMs = 5;
        options.maxBackoffMs = 20;
        auto job = std::make_unique<CleanupJob>(configFor(*m_server), options, targets);
        job->setServerClockOffsetMs(0);
        job->client()->setRetryPolicy(RetryPolicy({.maxAttempts = 1, .baseDelayMs = 2}, [] { return 1.0; }));
        job->setProgressIntervalMs(10);
        job->setOutageHandling(CleanupJob::OutageHandling::Pause);
        return job;
    }

    static QString bannerText(const CleanupProgressView &view)
    {
        return view.findChild<QLabel *>(QStringLiteral("pauseText"))->text();
    }
    static bool bannerShown(const CleanupProgressView &view)
    {
        return view.findChild<QFrame *>(QStringLiteral("pauseBanner"))->isVisible();
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(*qApp, QLocale(QLocale::English)); } // as the application does

    void init()
    {
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    // Expired credentials: the banner asks to renew them; Resume (the app renews, then resumes)
    // goes on with the new keys and the banner goes away.
    void expiredCredentialsAskToRenewThenResume()
    {
        const QList<CleanupTarget> targets = addUploads(6);
        m_server->addRule([](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (r.header("authorization").contains("Credential=AKIAEXPIRINGEXAMPLE/"))
                return FakeResponse::s3Error(400, QStringLiteral("ExpiredToken"),
                                             QStringLiteral("The provided token has expired."));
            return std::nullopt;
        });
        auto job = makeJob(targets);
        CleanupProgressView view(job.get());
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy paused(job.get(), &CleanupJob::paused);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QVERIFY(paused.wait(10000));
        QVERIFY(bannerShown(view));
        QVERIFY2(bannerText(view).startsWith(QStringLiteral("Waiting for credentials")), qPrintable(bannerText(view)));
        QVERIFY(bannerText(view).contains(QStringLiteral("ExpiredToken")));
        QVERIFY(bannerText(view).contains(QStringLiteral("Renew the credentials")));
        QVERIFY(view.windowTitle().endsWith(QStringLiteral("(paused)")));
        auto *resume = view.findChild<QPushButton *>(QStringLiteral("resumeJob"));
        QVERIFY(resume->isVisible());

        // What CleanupFlow does on Resume after it read the credentials again.
        connect(&view, &CleanupProgressView::resumeRequested, job.get(), [&job, this] {
            AwsCredentials renewed = configFor(*m_server).credentials;
            renewed.accessKeyId = QStringLiteral("AKIARENEWEDEXAMPLE");
            job->client()->pipeline()->setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(renewed));
            job->resume();
        });
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(!bannerShown(view));
        QVERIFY(!view.windowTitle().contains(QStringLiteral("paused")));
        QCOMPARE(job->totals().verified, 6);
        QCOMPARE(job->totals().failed, 0);
    }

    // The server gone: the banner says the job waits for it and when it tries again by itself;
    // when the server is back the job goes on without a click.
    void outageWaitsForTheServerAndGoesOnByItself()
    {
        const QList<CleanupTarget> targets = addUploads(4);
        auto down = std::make_shared<bool>(true);
        m_server->addRule([down](const RecordedRequest &) -> std::optional<FakeResponse> {
            if (*down)
                return FakeResponse::closeWithoutAnswer();
            return std::nullopt;
        });
        auto job = makeJob(targets);
        job->setOutageLimitMs(200);
        job->setPauseRetryMs(500);
        CleanupProgressView view(job.get());
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.show();
        QSignalSpy paused(job.get(), &CleanupJob::paused);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QVERIFY(paused.wait(10000));
        QVERIFY(bannerShown(view));
        QVERIFY2(bannerText(view).startsWith(QStringLiteral("Waiting for the server")), qPrintable(bannerText(view)));
        QVERIFY(bannerText(view).contains(QStringLiteral("tries again by itself at")));
        QCOMPARE(view.findChild<QPushButton *>(QStringLiteral("resumeJob"))->text(), QStringLiteral("&Resume now"));
        *down = false;
        QVERIFY(finished.wait(10000));
        QVERIFY(!bannerShown(view));
        QCOMPARE(job->totals().verified, 4);
        // What the window says at the end: whole sentences, one full stop each.
        const QString said = view.findChild<QLabel *>(QStringLiteral("progressOutcome"))->text();
        QVERIFY2(said.startsWith(QStringLiteral("4 verified, 0 failed")) && !said.contains(QStringLiteral("..")),
                 qPrintable(said));
        // 4 x 2,000 bytes at a price set for the connection: what the cleanup saves a month.
        view.setCostModel(
            CostModel::forConnection(PriceTable::builtIn(), m_server->endpoint(), QStringLiteral("us-east-1"), 1000.0));
        QVERIFY2(view.outcomeText().contains(QStringLiteral("about $0.0075 a month saved")),
                 qPrintable(view.outcomeText()));
    }

    // Cancel while paused ends the job; nothing is called failed.
    void cancelWhilePaused()
    {
        const QList<CleanupTarget> targets = addUploads(3);
        m_server->addRule(
            [](const RecordedRequest &) -> std::optional<FakeResponse> { return FakeResponse::closeWithoutAnswer(); });
        auto job = makeJob(targets);
        job->setOutageLimitMs(100);
        job->setPauseRetryMs(600000);
        CleanupProgressView view(job.get());
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.show();
        QSignalSpy paused(job.get(), &CleanupJob::paused);
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QVERIFY(paused.wait(10000));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("cancelJob")), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QVERIFY(!bannerShown(view));
        QCOMPARE(job->totals().failed, 0);
        QCOMPARE(job->totals().cancelled + job->totals().cancelledUnverified, 3);
    }

    // Closing the view of a running job asks first, without a nested event loop (the job and the
    // window go on under the question); Cancel keeps the view and the job, Yes cancels the job and
    // closes the view.
    void closingARunningJobAsksWithoutANestedLoop()
    {
        const QList<CleanupTarget> targets = addUploads(3);
        // Unreachable: the job waits (paused) for as long as the test needs it running.
        m_server->addRule(
            [](const RecordedRequest &) -> std::optional<FakeResponse> { return FakeResponse::closeWithoutAnswer(); });
        auto job = makeJob(targets);
        job->setOutageLimitMs(100);
        job->setPauseRetryMs(600000);
        CleanupProgressView view(job.get());
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.show();
        QSignalSpy paused(job.get(), &CleanupJob::paused);
        job->start();
        QVERIFY(paused.wait(10000));

        const int loopLevel = QThread::currentThread()->loopLevel();
        QVERIFY(!view.close()); // returns at once: the question waits on its own
        QCOMPARE(QThread::currentThread()->loopLevel(), loopLevel);
        auto *question = view.findChild<QMessageBox *>(QStringLiteral("closeQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(view.isVisible());
        QVERIFY(!view.close()); // a second close raises the same question
        QCOMPARE(view.findChildren<QMessageBox *>().size(), 1);
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(view.findChild<QMessageBox *>(QStringLiteral("closeQuestion")) == nullptr);
        QVERIFY(view.isVisible());
        QVERIFY(!job->isCancelled());

        QSignalSpy finished(job.get(), &CleanupJob::finished);
        QVERIFY(!view.close());
        QTRY_VERIFY((question = view.findChild<QMessageBox *>(QStringLiteral("closeQuestion"))) != nullptr);
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!view.isVisible());
        QVERIFY(job->isCancelled());
        QVERIFY(finished.count() == 1 || finished.wait(10000));
    }

    // Export report asks for the file with a window-modal dialog (no nested event loop) and writes
    // the report off the GUI thread; the button says so meanwhile, and the report names every upload.
    void exportAsksAndWritesWithoutANestedLoop()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<CleanupTarget> targets = addUploads(3);
        auto job = makeJob(targets);
        QVERIFY(job->openJournal(dir.filePath(QStringLiteral("job.jsonl"))).ok());
        CleanupProgressView view(job.get());
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.show();
        QSignalSpy finished(job.get(), &CleanupJob::finished);
        job->start();
        QVERIFY(finished.wait(10000));

        auto *exportButton = view.findChild<QPushButton *>(QStringLiteral("exportReport"));
        const int loopLevel = QThread::currentThread()->loopLevel();
        exportButton->click(); // returns at once
        QCOMPARE(QThread::currentThread()->loopLevel(), loopLevel);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = view.findChild<QFileDialog *>(QStringLiteral("exportDialog"))) != nullptr);
        QVERIFY(files->isVisible());
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        QSignalSpy exported(&view, &CleanupProgressView::reportExported);
        files->selectFile(report);
        QVERIFY(QMetaObject::invokeMethod(files, "accept")); // Save
        QVERIFY(exported.count() == 1 || exported.wait(10000));
        QCOMPARE(exported.first().first().toString(), QString());
        QVERIFY(exportButton->isEnabled());
        QFile written(report);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray csv = written.readAll();
        for (const CleanupTarget &t : targets)
            QVERIFY2(csv.contains(t.upload.uploadId.toUtf8()), csv.constData());
    }

    // While a new job's journal is written nothing can be exported, and the totals line says why
    // nothing moves yet.
    void writingTheJournalIsShown()
    {
        auto job = makeJob(addUploads(2));
        CleanupProgressView view(job.get());
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.show();
        auto *totals = view.findChild<QLabel *>(QStringLiteral("progressTotals"));
        auto *exportButton = view.findChild<QPushButton *>(QStringLiteral("exportReport"));
        view.setWritingJournal(true);
        QVERIFY2(totals->text().startsWith(u"Writing the journal of 2 uploads"), qPrintable(totals->text()));
        QVERIFY(!exportButton->isEnabled());
        view.setWritingJournal(false);
        QVERIFY2(totals->text().contains(u"Remaining: 2"), qPrintable(totals->text()));
        QVERIFY(exportButton->isEnabled());
    }
};

QTEST_MAIN(TestCleanupProgressView)
#include "tst_cleanupprogressview.moc"
