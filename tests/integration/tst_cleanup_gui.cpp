// The desktop cleanup end to end on the real server: select uploads in the window, Del, the
// confirmation states what will happen, the progress view runs the job, the inventory rows
// follow, and awscli confirms that exactly the selected uploads are gone. And the same path with
// the keyboard alone, from File > Connect to the exported report.
#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupmodel.h"
#include "cleanupconfirmdialog.h"
#include "cleanupprogressview.h"
#include "connection/connectionresolver.h"
#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "connectiondialog.h"
#include "gui/cleanupflow.h"
#include "gui/connectflow.h"
#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"
#include "inventoryfilterproxy.h"
#include "mainwindow.h"
#include "sandbox.h"
#include "summarypane.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
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

    // The job may have finished while the view was looked for (its uploads are prepared on a
    // worker, then the view shows): its state is waited for, not a signal that may have passed.
    static bool jobEnds(CleanupProgressView *view)
    {
        return QTest::qWaitFor([view] { return view->job() && view->job()->isFinished(); }, 120000);
    }

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
        Translations::install(*qApp, QLocale(QLocale::English)); // as the application does
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
        QVERIFY2(dialog->summaryText().contains(u"2 selected uploads younger than the guard are kept"_s),
                 qPrintable(dialog->summaryText()));
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        QVERIFY(!confirm->isEnabled());
        QVERIFY(!confirm->isDefault()); // never one Enter away from a destructive action
        dialog->findChild<QSpinBox *>(u"guardValue"_s)->setValue(0);
        QVERIFY2(dialog->summaryText().startsWith(u"2 pending uploads"_s), qPrintable(dialog->summaryText()));
        QVERIFY2(dialog->summaryText().contains(u"in 1 bucket will be aborted"_s), qPrintable(dialog->summaryText()));
        QCOMPARE(confirm->text().remove(u'&'), u"Abort 2 uploads (0 B)"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);

        CleanupProgressView *view = nullptr;
        QTRY_VERIFY((view = window.findChild<CleanupProgressView *>()) != nullptr);
        QVERIFY(jobEnds(view));
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
        // Offscreen pictures of this flow, when asked (docs/screenshots come from scripts/screenshots).
        if (const QString dir = qEnvironmentVariable("PARTSWEEP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resize(1280, 800);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(dir + u"/after-cleanup.png"_s));
            QVERIFY(view->grab().save(dir + u"/progress-finished.png"_s));
        }
        view->close();
    }

    // Every step a user takes, with key events only: Ctrl+O opens the connections, Enter connects
    // (a profile in the user's ~/.aws files), Ctrl+F and typing filter the keys, Tab reaches the
    // table, Ctrl+A selects what matches, Del asks, Alt+K and a digit lower the age guard, Alt+A
    // confirms, the progress view runs the job, Alt+X and a file name export the report.
    void keyboardOnlyFromConnectToReport()
    {
        const QString prefix = u"keyboard-%1/"_s.arg(QRandomGenerator::global()->bounded(1000000000));
        const QString x = createUpload(prefix + u"one.bin"_s);
        const QString y = createUpload(prefix + u"two.bin"_s);
        const QString kept = createUpload(u"not-matching/%1.bin"_s.arg(prefix.chopped(1)));
        QVERIFY(!x.isEmpty() && !y.isEmpty() && !kept.isEmpty());

        // A user's AWS files with one profile for the sandbox.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(u".aws"_s));
        const auto write = [&home](const QString &name, const QString &text) {
            QFile file(home.filePath(u".aws/"_s + name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        };
        write(u"config"_s,
              u"[profile keyboard]\nregion = %1\nendpoint_url = %2\n"_s.arg(m_sandbox.region, m_sandbox.endpoint));
        write(u"credentials"_s, u"[keyboard]\naws_access_key_id = %1\naws_secret_access_key = %2\n"_s.arg(
                                    m_sandbox.owner.accessKeyId, m_sandbox.owner.secretAccessKey));
        QProcessEnvironment env;
        env.insert(u"HOME"_s, home.path());
        MemorySecretStore secrets(u"No keychain service (test)."_s);
        ConnectionResolver resolver(env, home.path(), &secrets);
        ConnectionStore store(std::make_unique<QSettings>(home.filePath(u"connections.ini"_s), QSettings::IniFormat));

        MainWindow window;
        CleanupFlow cleanup(&window);
        ConnectFlow connecting(&window, store, secrets, resolver);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);

        // Connect.
        QTest::keySequence(&window, QKeySequence::Open);
        ConnectionDialog *connectDialog = nullptr;
        QTRY_VERIFY((connectDialog = window.findChild<ConnectionDialog *>()) != nullptr);
        QTRY_VERIFY(connectDialog->isVisible());
        auto *list = connectDialog->findChild<QListWidget *>(u"connectionList"_s);
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->text(), u"Profile keyboard"_s);
        QSignalSpy scanned(&window, &MainWindow::inventoryScanned);
        QTRY_VERIFY(connectDialog->isActiveWindow());
        QTRY_VERIFY(QApplication::focusWidget() && connectDialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!connectDialog->isVisible());
        QVERIFY(scanned.count() > 0 || scanned.wait(240000));
        // The window is active again (the offscreen platform has no window manager to do it).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Filter, then Tab to the upload table and select all that match.
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == u"filterText"_s);
        QTest::keyClicks(QApplication::focusWidget(), prefix);
        QTRY_COMPARE(window.proxy()->rowCount(), 2);
        QStringList chain;
        for (int tab = 0; tab < 10 && QApplication::focusWidget() != window.view(); ++tab) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            chain << QApplication::focusWidget()->objectName();
        }
        QVERIFY2(QApplication::focusWidget() == window.view(),
                 qPrintable(u"Tab from the filter went through: "_s + chain.join(u", "_s)));
        QTest::keySequence(window.view(), QKeySequence::SelectAll);
        QCOMPARE(window.selectedUploads().size(), 2);

        // Confirm: the guard (24 h) keeps both until Alt+K takes the keyboard to it and 0 is typed.
        QTest::keyClick(window.view(), Qt::Key_Delete);
        CleanupConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = window.findChild<CleanupConfirmDialog *>()) != nullptr);
        QTRY_VERIFY(confirm->isActiveWindow());
        QTest::keyClick(confirm, Qt::Key_K, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), confirm->findChild<QSpinBox *>(u"guardValue"_s));
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
        QTest::keyClicks(QApplication::focusWidget(), u"0"_s);
        QCOMPARE(confirm->findChild<QSpinBox *>(u"guardValue"_s)->value(), 0);
        QVERIFY2(confirm->summaryText().startsWith(u"2 pending uploads"_s), qPrintable(confirm->summaryText()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);

        // Progress, then the report.
        CleanupProgressView *view = nullptr;
        QTRY_VERIFY((view = window.findChild<CleanupProgressView *>()) != nullptr);
        // Two uploads may be done before the view is found: the outcome line shows when it is.
        QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QLabel *>(u"progressOutcome"_s)->isVisible(), 120000);
        QVERIFY2(view->outcomeText().startsWith(u"2 verified, 0 failed"_s), qPrintable(view->outcomeText()));
        const QString report = home.filePath(u"report.csv"_s);
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view));
        // Alt+X clicks "Export report…" (a mnemonic click lands 100 ms later); the file dialog is
        // window-modal: type the name where the keyboard is, then Enter.
        bool typed = false;
        QTimer typist;
        typist.setInterval(50);
        connect(&typist, &QTimer::timeout, this, [&typist, &report, &typed] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!files)
                return;
            typist.stop();
            files->activateWindow();
            const bool ready = QTest::qWaitFor([files] {
                QWidget *focus = QApplication::focusWidget();
                return qobject_cast<QLineEdit *>(focus) && files->isAncestorOf(focus);
            });
            if (!ready) {
                qWarning() << "the file dialog's keyboard is on" << QApplication::focusWidget();
                files->reject(); // typed stays false: the test fails, it does not hang
                return;
            }
            QWidget *field = QApplication::focusWidget();
            QTest::keySequence(field, QKeySequence::SelectAll);
            QTest::keyClicks(field, report);
            QTest::keyClick(field, Qt::Key_Return);
            typed = true;
        });
        typist.start();
        QSignalSpy exported(view, &CleanupProgressView::reportExported);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_X, Qt::AltModifier);
        QTRY_VERIFY(typed);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
        QCOMPARE(exported.first().first().toString(), QString());
        QFile written(report);
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(report));
        const QString csv = QString::fromUtf8(written.readAll());
        for (const QString &id : {x, y})
            QVERIFY2(csv.contains(id), qPrintable(csv));
        QVERIFY(!csv.contains(kept));

        // The server agrees: both gone, the upload outside the filter still there.
        const QSet<QString> left = awsUploadIds();
        QVERIFY(!left.contains(x) && !left.contains(y));
        QVERIFY(left.contains(kept));
        // Ctrl+W closes the progress view.
        QPointer<CleanupProgressView> closing(view);
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view));
        QTest::keySequence(view, QKeySequence::Close);
        QTRY_VERIFY(closing.isNull() || !closing->isVisible());
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
        QVERIFY(jobEnds(view));
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
        QVERIFY(jobEnds(view));
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
