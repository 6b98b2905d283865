// The desktop's cleanup flow around the window: the offer to resume an unfinished job at
// connect. Against FaultyS3Server, a FAKE server (the flow on the real one is in
// integration/tst_cleanup_gui); journals go to this test's own XDG_DATA_HOME.
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QtTest>

#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupjournal.h"
#include "cleanupprogressview.h"
#include "faultys3server.h"
#include "gui/cleanupflow.h"
#include "inventoryfilterproxy.h"
#include "mainwindow.h"
#include "translations.h"

using namespace PartSweep;
using namespace Qt::StringLiterals;
using PartSweep::Test::FaultyS3Server;

namespace {

S3ClientConfig configFor(const FaultyS3Server &server)
{
    S3ClientConfig config;
    config.endpoint = server.endpoint();
    config.addressingStyle = AddressingStyle::Path;
    config.credentials.accessKeyId = u"AKIAFLOWEXAMPLE"_s;
    config.credentials.secretAccessKey = u"flowSecret"_s;
    config.timeoutMs = 5000;
    return config;
}

} // namespace

class TestCleanupFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(*qApp, QLocale(QLocale::English)); }

    // A job killed before it sent anything leaves an unfinished journal. Connecting offers to
    // resume it, found off the GUI thread (the offer comes after openConnection() returns, with no
    // nested event loop); Resume reads it back (off the GUI thread too) and aborts exactly its
    // uploads, verified.
    void unfinishedJobIsOfferedAtConnectAndResumed()
    {
        QDir(CleanupJournal::defaultDirectory()).removeRecursively();
        FaultyS3Server server;
        QVERIFY(server.listen());
        server.addBucket(u"bkt"_s);
        QList<CleanupTarget> targets;
        for (int i = 0; i < 3; ++i) {
            CleanupTarget t;
            t.upload.bucket = u"bkt"_s;
            t.upload.key = u"k%1"_s.arg(i);
            t.upload.uploadId = u"id-%1"_s.arg(i);
            t.upload.initiated = QDateTime::currentDateTimeUtc().addDays(-3);
            server.addUpload(t.upload.bucket, t.upload.key, t.upload.uploadId, 1, 100);
            targets.append(t);
        }
        server.addUpload(u"bkt"_s, u"not-selected"_s, u"id-x"_s, 1, 100);
        QString journalPath;
        {
            CleanupJob killed(configFor(server), CleanupOptions{}, targets);
            QVERIFY(killed.openJournal().ok());
            journalPath = killed.journal()->path();
        } // never started: all three left, no end record
        QCOMPARE(server.requestCount(), 0);

        MainWindow window;
        CleanupFlow flow(&window);
        const int loopLevel = QThread::currentThread()->loopLevel();
        window.openConnection(configFor(server), u"fake"_s);
        QCOMPARE(QThread::currentThread()->loopLevel(), loopLevel);
        QVERIFY(!window.findChild<QMessageBox *>(u"resumeOffer"_s)); // read in the background first
        QMessageBox *offer = nullptr;
        QTRY_VERIFY((offer = window.findChild<QMessageBox *>(u"resumeOffer"_s)) != nullptr);
        QTRY_VERIFY(offer->isVisible());
        QVERIFY2(offer->text().contains(u"3 of its 3 uploads are not done"_s), qPrintable(offer->text()));

        QPushButton *resume = nullptr;
        for (QAbstractButton *b : offer->buttons())
            if (b->text() == u"&Resume"_s)
                resume = qobject_cast<QPushButton *>(b);
        QVERIFY(resume);
        resume->click();
        CleanupProgressView *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((view = window.findChild<CleanupProgressView *>()) != nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view->job()->isFinished(), 20000);
        QCOMPARE(view->job()->totals().verified, 3);
        QCOMPARE(server.uploadCount(u"bkt"_s), 1); // the upload not selected is still there
        const Result<JournalData> after = CleanupJournal::load(journalPath);
        QVERIFY2(after.ok(), qPrintable(after.errorString()));
        QCOMPARE(after->endOutcome, u"finished"_s);
        QVERIFY(!after->isUnfinished());
        view->close();
    }

    // Delete reads a large selection in slices (a million selected uploads took a second or more
    // of the GUI thread in one go): the event loop runs meanwhile, and the request that comes at
    // the end names exactly the selected uploads, each once.
    void deleteReadsALargeSelectionInSlices()
    {
        FaultyS3Server server;
        QVERIFY(server.listen());
        server.addBucket(u"big"_s);
        for (int i = 0; i < 30000; ++i)
            server.addUpload(u"big"_s, u"backups/%1.tar"_s.arg(i), u"id-%1"_s.arg(i));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConnection(configFor(server), u"fake"_s);
        QSignalSpy finished(window.scanner(), &InventoryScanner::scanFinished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.proxy()->rowCount(), 30000);
        QTest::keyClick(window.view(), Qt::Key_A, Qt::ControlModifier);
        QSignalSpy asked(&window, &MainWindow::abortRequested);
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QVERIFY(window.isReadingSelection()); // not all in the key press
        QTRY_VERIFY_WITH_TIMEOUT(asked.size() == 1, 30000);
        const auto targets = asked.first().first().value<QList<CleanupTarget>>();
        QCOMPARE(targets.size(), 30000);
        QSet<QString> ids;
        for (const CleanupTarget &target : targets)
            ids.insert(target.upload.uploadId);
        QCOMPARE(ids.size(), 30000);
        QVERIFY(ids.contains(u"id-0"_s) && ids.contains(u"id-29999"_s));
    }
};

QTEST_MAIN(TestCleanupFlow)
#include "tst_cleanupflow.moc"
