// The desktop cleanup end to end on the real server: select uploads in the window, Del, the
// confirmation states what will happen, the progress view runs the job, the inventory rows
// follow, and awscli confirms that exactly the selected uploads are gone.
#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupmodel.h"
#include "cleanupconfirmdialog.h"
#include "cleanupprogressview.h"
#include "gui/cleanupflow.h"
#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"
#include "inventoryfilterproxy.h"
#include "mainwindow.h"
#include "sandbox.h"
#include "summarypane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;
using namespace Qt::StringLiterals;
using PartSweep::Test::Sandbox;

class TestCleanupGui : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    QString m_bucket;

    QString createUpload(const QString &key)
    {
        const QString out = m_sandbox.aws({u"s3api"_s, u"create-multipart-upload"_s, u"--bucket"_s, m_bucket,
                                           u"--key"_s, key, u"--output"_s, u"json"_s});
        return QJsonDocument::fromJson(out.toUtf8()).object().value(u"UploadId"_s).toString();
    }

    QSet<QString> awsUploadIds()
    {
        QSet<QString> ids;
        for (const auto &[key, id] : m_sandbox.awsUploads(m_bucket))
            ids.insert(id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = Sandbox::fromEnvironment();
        if (!m_sandbox.isValid())
            QSKIP("No S3 sandbox: run through ctest, whose S3 fixture starts and seeds one.");
        m_bucket = u"gui-cleanup-%1"_s.arg(QRandomGenerator::global()->bounded(1000000000));
        QVERIFY(!m_sandbox.aws({u"s3api"_s, u"create-bucket"_s, u"--bucket"_s, m_bucket}).isNull());
    }

    void deleteConfirmAbortVerify()
    {
        const QString a = createUpload(u"reports/q3.pdf"_s);
        const QString b = createUpload(u"reports/q3.pdf"_s); // another upload on the same key: kept
        const QString c = createUpload(u"video/raw 1.mov"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

        MainWindow window;
        CleanupFlow flow(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConnection(m_sandbox.clientConfig(m_sandbox.owner), u"sandbox"_s);
        QSignalSpy scanned(window.scanner(), &InventoryScanner::scanFinished);
        QVERIFY(scanned.wait(240000));

        // Select a and c: the table narrowed to our bucket, then Ctrl-click the two rows.
        InventoryFilterProxy::Filter filter;
        filter.buckets = {m_bucket};
        window.proxy()->setFilter(filter);
        QCOMPARE(window.proxy()->rowCount(), 3);
        QItemSelection selection;
        for (int row = 0; row < 3; ++row) {
            const QString id = window.proxy()->index(row, 0).data(InventoryModel::UploadIdRole).toString();
            if (id == a || id == c)
                selection.select(window.proxy()->index(row, 0),
                                 window.proxy()->index(row, FlatUploadModel::StateColumn));
        }
        window.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(window.selectedUploads().size(), 2);

        QTest::keyClick(window.view(), Qt::Key_Delete);
        CleanupConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CleanupConfirmDialog *>()) != nullptr);
        // Just created: the 24 h guard keeps both, and the dialog says so.
        QVERIFY2(dialog->summaryText().contains(u"2 selected upload(s) younger than the guard are kept"_s),
                 qPrintable(dialog->summaryText()));
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        QVERIFY(!confirm->isEnabled());
        QVERIFY(!confirm->isDefault()); // never one Enter away from a destructive action
        dialog->findChild<QSpinBox *>(u"guardValue"_s)->setValue(0);
        QVERIFY2(dialog->summaryText().startsWith(u"2 pending uploads"_s), qPrintable(dialog->summaryText()));
        QVERIFY2(dialog->summaryText().contains(u"in 1 bucket(s) will be aborted"_s),
                 qPrintable(dialog->summaryText()));
        QCOMPARE(confirm->text().remove(u'&'), u"Abort 2 uploads (0 B)"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);

        CleanupProgressView *view = nullptr;
        QTRY_VERIFY((view = window.findChild<CleanupProgressView *>()) != nullptr);
        QSignalSpy finished(view, &CleanupProgressView::jobFinished);
        QVERIFY(finished.wait(120000));
        QVERIFY2(view->outcomeText().startsWith(u"2 verified, 0 failed"_s), qPrintable(view->outcomeText()));
        QCOMPARE(view->table()->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(view->table()->model()->index(row, 0).data(CleanupModel::StateRole).value<CleanupState>(),
                     CleanupState::Verified);

        // The server agrees: a and c gone, b (same key as a, not selected) still there.
        QCOMPARE(awsUploadIds(), QSet<QString>{b});
        // The inventory rows follow the job.
        window.inventory()->flushPendingChanges();
        const QModelIndex rowA = window.inventory()->uploadIndex(m_bucket, a);
        QCOMPARE(rowA.data(InventoryModel::StateRole).value<InventoryModel::UploadState>(),
                 InventoryModel::UploadState::Verified);
        const QModelIndex rowB = window.inventory()->uploadIndex(m_bucket, b);
        QCOMPARE(rowB.data(InventoryModel::StateRole).value<InventoryModel::UploadState>(),
                 InventoryModel::UploadState::Pending);
        // What the user reads: the bucket counts one upload now, the window says the outcome.
        const QModelIndex bucket = window.inventory()->bucketIndex(m_bucket, InventoryModel::UploadsColumn);
        QCOMPARE(bucket.data().toString(), u"1"_s);
        QCOMPARE(bucket.data(InventoryModel::CleanedCountRole).toLongLong(), 2);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Cleanup finished: 2 verified, 0 failed"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        window.refreshSummary();
        QVERIFY2(window.summaryPane()->headline().contains(u"Cleaned: 2 uploads verified gone"_s),
                 qPrintable(window.summaryPane()->headline()));
        // Screenshots of the real flow, when asked (docs/screenshots is made from them).
        if (const QString dir = qEnvironmentVariable("PARTSWEEP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resize(1280, 800);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(dir + u"/after-cleanup.png"_s));
            QVERIFY(view->grab().save(dir + u"/progress-finished.png"_s));
        }
        view->close();
    }

    void dryRunChangesNothing()
    {
        const QString d = createUpload(u"dry/run.bin"_s);
        const QSet<QString> before = awsUploadIds();
        MainWindow window;
        CleanupFlow flow(&window);
        window.openConnection(m_sandbox.clientConfig(m_sandbox.owner), u"sandbox"_s);
        QSignalSpy scanned(window.scanner(), &InventoryScanner::scanFinished);
        QVERIFY(scanned.wait(240000));
        CleanupTarget target;
        target.upload.bucket = m_bucket;
        target.upload.key = u"dry/run.bin"_s;
        target.upload.uploadId = d;
        target.upload.initiated = QDateTime::currentDateTimeUtc().addDays(-3);
        flow.confirmAndStart({target});
        CleanupConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CleanupConfirmDialog *>()) != nullptr);
        dialog->findChild<QCheckBox *>(u"dryRun"_s)->setChecked(true);
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        QCOMPARE(confirm->text(), u"Dry run: change nothing"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);
        CleanupProgressView *view = nullptr;
        QTRY_VERIFY((view = window.findChild<CleanupProgressView *>()) != nullptr);
        QSignalSpy finished(view, &CleanupProgressView::jobFinished);
        QVERIFY(finished.wait(120000));
        QVERIFY2(view->outcomeText().contains(u"1 would be aborted"_s), qPrintable(view->outcomeText()));
        QCOMPARE(awsUploadIds(), before);
        view->close();
    }

    // Verification turned off: the row says the abort was accepted, never "verified" (it used to
    // show "Aborted (verified)").
    void unverifiedAbortIsNotShownVerified()
    {
        const QString u = createUpload(u"noverify/x.bin"_s);
        QVERIFY(!u.isEmpty());
        MainWindow window;
        CleanupFlow flow(&window);
        window.openConnection(m_sandbox.clientConfig(m_sandbox.owner), u"sandbox"_s);
        QSignalSpy scanned(window.scanner(), &InventoryScanner::scanFinished);
        QVERIFY(scanned.wait(240000));
        const QModelIndex row = window.inventory()->uploadIndex(m_bucket, u);
        QVERIFY(row.isValid());
        CleanupTarget target;
        target.upload = *window.inventory()->uploadAt(row);
        flow.confirmAndStart({target});
        CleanupConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CleanupConfirmDialog *>()) != nullptr);
        dialog->findChild<QSpinBox *>(u"guardValue"_s)->setValue(0);
        dialog->findChild<QCheckBox *>(u"verify"_s)->setChecked(false);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        CleanupProgressView *view = nullptr;
        QTRY_VERIFY((view = window.findChild<CleanupProgressView *>()) != nullptr);
        QSignalSpy finished(view, &CleanupProgressView::jobFinished);
        QVERIFY(finished.wait(120000));
        window.inventory()->flushPendingChanges();
        const QModelIndex after = window.inventory()->uploadIndex(m_bucket, u);
        QCOMPARE(after.data(InventoryModel::StateRole).value<InventoryModel::UploadState>(),
                 InventoryModel::UploadState::AbortedUnverified);
        const QString shown =
            window.inventory()->index(after.row(), InventoryModel::StateColumn, after.parent()).data().toString();
        QCOMPARE(shown, u"Aborted (not verified)"_s);
        QVERIFY2(view->outcomeText().startsWith(u"0 verified, 0 failed"_s), qPrintable(view->outcomeText()));
        QVERIFY2(view->outcomeText().contains(u"1 aborted without verification"_s), qPrintable(view->outcomeText()));
        view->close();
    }
};

QTEST_MAIN(TestCleanupGui)
#include "tst_cleanup_gui.moc"
