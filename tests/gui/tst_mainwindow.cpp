// The main window, offscreen: what a user sees on first start, and the inventory widgets fed
// with uploads (filter typing, selection, summary, shortcuts). The S3 paths are covered by
// tst_mainwindow_sandbox on the real server.
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTreeWidget>
#include <QtTest>

#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"
#include "inventory/wastestats.h"
#include "inventoryfilterproxy.h"
#include "mainwindow.h"
#include "s3/s3request.h"
#include "summarypane.h"
#include "translations.h"
#include "util/appinfo.h"

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// Three buckets: "logs" with 300 uploads (100 of them 40 days old), "media" with 2, one empty.
void feed(InventoryModel *model)
{
    model->setClock([] { return Now; });
    model->setBuckets(
        {BucketInfo{u"logs"_s, Now, {}}, BucketInfo{u"media"_s, Now, {}}, BucketInfo{u"empty"_s, Now, {}}});
    QList<UploadInfo> page;
    for (int i = 0; i < 300; ++i) {
        UploadInfo u;
        u.bucket = u"logs"_s;
        u.key = u"app/%1/part-%2.log"_s.arg(i < 100 ? u"old"_s : u"new"_s).arg(i);
        u.uploadId = u"log-%1"_s.arg(i);
        u.initiated = Now.addDays(i < 100 ? -40 : -2);
        u.storageClass = u"STANDARD"_s;
        page.append(u);
    }
    model->appendUploads(u"logs"_s, page);
    for (int i = 0; i < 2; ++i) {
        UploadInfo u;
        u.bucket = u"media"_s;
        u.key = u"video/clip-%1.mp4"_s.arg(i);
        u.uploadId = u"media-%1"_s.arg(i);
        u.initiated = Now.addDays(-100);
        u.storageClass = u"STANDARD"_s;
        model->appendUploads(u"media"_s, {u});
        model->setUploadSize(u"media"_s, u.uploadId, 2, 10 * 1024 * 1024);
    }
    model->flushPendingChanges();
}

int visibleUploads(const QAbstractItemModel *proxy)
{
    return proxy->rowCount();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        PartSweep::AppInfo::applyToApplication();
        // As the application does: English plural forms ("1 upload", "2 uploads").
        PartSweep::Translations::install(*qApp, QLocale(QLocale::English));
        QSettings().clear();
    }

    void showsTitleMenusAndStatus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("PartSweep")));

        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s}));

        QCOMPARE(window.connectionLabel()->text(), QStringLiteral("Not connected"));
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAbout")));
    }

    void typingInTheFilterNarrowsTheTree()
    {
        MainWindow window;
        feed(window.inventory());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(visibleUploads(window.proxy()), 302);

        // Ctrl+F puts the cursor in the filter.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *text = window.findChild<QLineEdit *>(u"filterText"_s);
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClicks(text, u"app/old"_s);
        QCOMPARE(visibleUploads(window.proxy()), 100);
        text->clear();

        auto *age = window.findChild<QComboBox *>(u"filterAge"_s);
        age->setCurrentIndex(age->findData(qint64(30 * 86400)));
        QCOMPARE(visibleUploads(window.proxy()), 102); // 100 old logs + 2 media uploads
        // Selecting buckets in the list narrows the table to them; none selected shows all.
        QTableView *buckets = window.bucketView();
        QCOMPARE(buckets->model()->rowCount(), 3);
        buckets->selectRow(1); // media
        QCOMPARE(buckets->model()->index(1, 0).data(InventoryModel::BucketRole).toString(), u"media"_s);
        QCOMPARE(visibleUploads(window.proxy()), 2);
        buckets->clearSelection();
        QCOMPARE(visibleUploads(window.proxy()), 102);
    }

    // After a cleanup, what the user reads changes at once: the uploads verified gone leave the
    // bucket list, the totals and the charts; they stay in the table, struck through, until the
    // filter changes; the summary says what was freed; "Cleaned" and "Failed aborts" list them.
    void cleanedUploadsLeaveEveryTotal()
    {
        MainWindow window;
        InventoryModel *model = window.inventory();
        feed(model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        model->setUploadState(u"media"_s, u"media-0"_s, InventoryModel::UploadState::Verified);
        for (int i = 0; i < 10; ++i)
            model->setUploadState(u"logs"_s, u"log-%1"_s.arg(i), InventoryModel::UploadState::Verified);
        model->setUploadState(u"logs"_s, u"log-10"_s, InventoryModel::UploadState::Failed, u"AccessDenied"_s);
        model->flushPendingChanges();

        // The bucket list: media has one upload of 10 MiB left.
        QTableView *buckets = window.bucketView();
        QModelIndex media;
        for (int row = 0; row < buckets->model()->rowCount(); ++row) {
            if (buckets->model()->index(row, 0).data(InventoryModel::BucketRole) == u"media"_s)
                media = buckets->model()->index(row, 0);
        }
        QVERIFY(media.isValid());
        QCOMPARE(media.siblingAtColumn(InventoryModel::UploadsColumn).data().toString(), u"1"_s);
        QCOMPARE(media.siblingAtColumn(InventoryModel::SizeColumn).data().toString(), u"10.0 MiB"_s);

        // The summary: 291 pending uploads, 11 cleaned, 10 MiB freed.
        window.refreshSummary();
        const QString headline = window.summaryPane()->headline();
        QVERIFY2(headline.contains(u"Total: 291 uploads"_s), qPrintable(headline));
        QVERIFY2(headline.contains(u"Cleaned: 11 uploads verified gone, 10.0 MiB freed"_s), qPrintable(headline));
        auto *table = window.summaryPane()->findChild<QTreeWidget *>();
        QVERIFY(table);
        QCOMPARE(table->findItems(u"media"_s, Qt::MatchExactly).value(0)->text(1), u"1"_s);

        // The table still shows them, struck through, until the filter changes.
        QCOMPARE(visibleUploads(window.proxy()), 302);
        int struck = 0;
        for (int row = 0; row < window.proxy()->rowCount(); ++row)
            struck += window.proxy()->index(row, 0).data(Qt::FontRole).value<QFont>().strikeOut() ? 1 : 0;
        QCOMPARE(struck, 11);
        // Select all: the cleaned ones are not aborted again.
        QTest::keyClick(window.view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(window.selectedUploads().size(), 291);

        auto *show = window.findChild<QComboBox *>(u"filterShow"_s);
        QVERIFY(show);
        show->setCurrentIndex(show->findData(int(InventoryFilterProxy::Show::Cleaned)));
        QCOMPARE(visibleUploads(window.proxy()), 11);
        show->setCurrentIndex(show->findData(int(InventoryFilterProxy::Show::Failed)));
        QCOMPARE(visibleUploads(window.proxy()), 1);
        show->setCurrentIndex(show->findData(int(InventoryFilterProxy::Show::Pending)));
        QCOMPARE(visibleUploads(window.proxy()), 291);

        // The details of a cleaned upload say what happened, not an error about its parts.
        show->setCurrentIndex(show->findData(int(InventoryFilterProxy::Show::Cleaned)));
        window.view()->setCurrentIndex(window.proxy()->index(0, 0));
        auto *partsHeader = window.findChild<QLabel *>(u"detailsPartsHeader"_s);
        auto *fields = window.findChild<QLabel *>(u"detailsFields"_s);
        QVERIFY(partsHeader && fields);
        QVERIFY2(partsHeader->text().startsWith(u"Aborted and verified gone at "_s), qPrintable(partsHeader->text()));
        QVERIFY2(fields->text().contains(u"Aborted (verified) at "_s), qPrintable(fields->text()));
        // A bucket's details in words: no raw seconds, the region said when unknown.
        window.bucketView()->setCurrentIndex(media);
        QVERIFY2(fields->text().contains(u"1 pending; 1 aborted and verified gone (10.0 MiB freed)"_s),
                 qPrintable(fields->text()));
        QVERIFY2(fields->text().contains(u"100 d old"_s), qPrintable(fields->text()));
        QVERIFY2(fields->text().contains(u"not known yet"_s), qPrintable(fields->text()));
        QVERIFY2(!fields->text().contains(u"seconds"_s), qPrintable(fields->text()));
    }

    void selectAllMatchingSelectsTheFilteredUploadsOnly()
    {
        MainWindow window;
        feed(window.inventory());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *age = window.findChild<QComboBox *>(u"filterAge"_s);
        age->setCurrentIndex(age->findData(qint64(30 * 86400)));

        QTest::keyClick(window.view(), Qt::Key_A, Qt::ControlModifier);
        const QList<InventoryScanner::UploadRef> selected = window.selectedUploads();
        QCOMPARE(selected.size(), 102);
        for (const InventoryScanner::UploadRef &ref : selected)
            QVERIFY2(ref.bucket == u"media"_s || ref.uploadId.section(u'-', 1).toInt() < 100, qPrintable(ref.uploadId));

        window.refreshSummary();
        const QString headline = window.summaryPane()->headline();
        QVERIFY2(headline.contains(u"Total: 302 uploads"_s), qPrintable(headline));
        QVERIFY2(headline.contains(u"Matching filter: 102 uploads"_s), qPrintable(headline));
        QVERIFY2(headline.contains(u"Selected: 102 uploads, at least 20.0 MiB (2 of them sized)"_s),
                 qPrintable(headline));
    }

    void deleteAsksToAbortExactlyTheSelection()
    {
        MainWindow window;
        feed(window.inventory());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy abort(&window, &MainWindow::abortRequested);
        // Not connected: nothing to abort with, the action is off.
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QCOMPARE(abort.size(), 0);

        // Click on the sixth upload, shift-click on the eighth.
        QTableView *view = window.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(5, 1)).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          view->visualRect(view->model()->index(7, 1)).center());
        const QList<InventoryScanner::UploadRef> uploads = window.selectedUploads();
        QCOMPARE(uploads.size(), 3);
        QCOMPARE(uploads.at(0).uploadId, u"log-5"_s);
        QCOMPARE(uploads.at(2).uploadId, u"log-7"_s);
    }

    // The summary follows the inventory in slices (a full pass over a million uploads stalled
    // the window for 0.6 s each time a cleanup changed some): the event loop runs while it is
    // tallied, and what it shows at the end is what a full pass shows.
    void summaryIsTalliedInSlices()
    {
        MainWindow window;
        window.inventory()->setClock([] { return Now; });
        window.inventory()->setBuckets({BucketInfo{u"big"_s, Now, {}}});
        QList<UploadInfo> page;
        for (int i = 0; i < 100000; ++i) {
            UploadInfo u;
            u.bucket = u"big"_s;
            u.key = u"backups/%1.tar"_s.arg(i);
            u.uploadId = u"big-%1"_s.arg(i);
            u.initiated = Now.addDays(-(i % 90));
            u.storageClass = u"STANDARD"_s;
            page.append(u);
        }
        window.inventory()->appendUploads(u"big"_s, page);
        window.inventory()->flushPendingChanges();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.isSummarizing());
        QTest::keyClick(window.view(), Qt::Key_A, Qt::ControlModifier);

        for (int i = 0; i < 1000; ++i) // a cleanup verified these gone
            window.inventory()->setUploadState(u"big"_s, u"big-%1"_s.arg(i * 7), InventoryModel::UploadState::Verified);
        window.inventory()->flushPendingChanges();
        QTRY_VERIFY(window.isSummarizing()); // seen from the event loop: between two slices
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSummarizing(), 60000);
        const QString sliced = window.summaryPane()->headline();
        QVERIFY2(sliced.contains(u"Total: 99,000 uploads"_s), qPrintable(sliced));
        window.refreshSummary();
        QCOMPARE(sliced, window.summaryPane()->headline());

        // The dock hidden in the middle of a pass, more uploads verified gone, the dock shown
        // again: the summary catches up.
        auto *dock = window.findChild<QDockWidget *>(u"summaryDock"_s);
        QVERIFY(dock);
        window.inventory()->setUploadState(u"big"_s, u"big-1"_s, InventoryModel::UploadState::Verified);
        window.inventory()->flushPendingChanges();
        QTRY_VERIFY(window.isSummarizing());
        dock->hide();
        QTRY_VERIFY(!window.isSummarizing());
        window.inventory()->setUploadState(u"big"_s, u"big-2"_s, InventoryModel::UploadState::Verified);
        window.inventory()->flushPendingChanges();
        dock->show();
        QTRY_VERIFY_WITH_TIMEOUT(window.summaryPane()->headline().contains(u"Total: 98,998 uploads"_s), 60000);
    }

    // What the waste costs a month, from what is sized only: 2 x 10 MiB STANDARD at AWS's list
    // price; a DEEP_ARCHIVE upload's parts at the STANDARD price too. Another service: no price.
    void summaryStatesTheMonthlyCost()
    {
        MainWindow window;
        feed(window.inventory());
        UploadInfo archive;
        archive.bucket = u"media"_s;
        archive.key = u"cold/tape.tar"_s;
        archive.uploadId = u"media-deep"_s;
        archive.initiated = Now.addDays(-10);
        archive.storageClass = u"DEEP_ARCHIVE"_s;
        window.inventory()->appendUploads(u"media"_s, {archive});
        window.inventory()->setUploadSize(u"media"_s, archive.uploadId, 1, 1024LL * 1024 * 1024);
        window.inventory()->flushPendingChanges();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const PriceTable prices = PriceTable::builtIn();
        window.setCostModel(CostModel::forConnection(prices, QUrl(), u"us-east-1"_s, std::nullopt));
        window.refreshSummary();
        QString headline = window.summaryPane()->headline();
        // (20 MiB + 1 GiB) / GiB x $0.023 = $0.02345
        QVERIFY2(headline.contains(u"Total: 303 uploads, at least 1.02 GiB (3 of them sized), about $0.023/month"_s),
                 qPrintable(headline));
        window.setCostModel(CostModel::forConnection(prices, QUrl(u"http://127.0.0.1:7480"_s), u"us-east-1"_s, {}));
        headline = window.summaryPane()->headline();
        QVERIFY2(!headline.contains(u"/month"_s), qPrintable(headline));
        QVERIFY2(headline.contains(u"Cost: no price set for this service"_s), qPrintable(headline));
    }

    // What the summary shows is what the model says: each bucket's cost a month in the table and
    // in the chart when it plots cost, its bytes in MiB when it plots size; what the waste has
    // cost so far is the monthly cost over each upload's age. The choice of measure is kept.
    void summaryNumbersMatchTheModel()
    {
        QSettings().remove(u"mainWindow/chartMeasure"_s);
        MainWindow window;
        feed(window.inventory());
        window.inventory()->setUploadSize(u"logs"_s, u"log-0"_s, 3, 3LL * 1024 * 1024 * 1024);
        window.inventory()->flushPendingChanges();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCostModel(CostModel::forConnection(PriceTable::builtIn(), QUrl(), u"us-east-1"_s, std::nullopt));
        window.refreshSummary();

        auto *table = window.summaryPane()->findChild<QTreeWidget *>(u"summaryTable"_s);
        QHash<QString, double> modelCost;
        for (int row = 0; row < window.inventory()->rowCount(); ++row) {
            const QModelIndex bucket = window.inventory()->index(row, 0);
            modelCost.insert(bucket.data(InventoryModel::BucketRole).toString(),
                             bucket.data(InventoryModel::CostRole).toDouble());
        }
        QVERIFY(modelCost.value(u"logs"_s) > 0);
        QVERIFY(modelCost.value(u"media"_s) > 0);
        const int costColumn = 3, soFarColumn = 4;
        QCOMPARE(table->headerItem()->text(costColumn), u"Cost/month"_s);
        QVERIFY(!table->isColumnHidden(costColumn));
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = table->topLevelItem(i);
            // The model says -1 for a bucket without a sized upload: no cost shown, never $0; and
            // the table words a partial sum as the bucket list does ("≥ $x" while some are unsized).
            const double inModel = modelCost.value(item->text(0));
            const double cost = item->data(costColumn, Qt::UserRole).toDouble();
            QVERIFY2(std::abs(cost - std::max(inModel, 0.0)) < 1e-12, qPrintable(item->text(0)));
            const QString bucketListText =
                window.inventory()->bucketIndex(item->text(0), InventoryModel::CostColumn).data().toString();
            QCOMPARE(item->text(costColumn), bucketListText);
            if (inModel < 0 && item->data(1, Qt::UserRole).toLongLong() > 0)
                QCOMPARE(bucketListText, u"?"_s);
        }
        // media: 20 MiB, 100 days old; logs: 3 GiB, 40 days old.
        const auto soFar = [table, soFarColumn](const QString &bucket) {
            return table->findItems(bucket, Qt::MatchExactly).value(0)->data(soFarColumn, Qt::UserRole).toDouble();
        };
        QVERIFY(std::abs(soFar(u"media"_s) - modelCost.value(u"media"_s) * 100 * 86400 / (730.0 * 3600)) < 1e-12);
        QVERIFY(std::abs(soFar(u"logs"_s) - modelCost.value(u"logs"_s) * 40 * 86400 / (730.0 * 3600)) < 1e-12);
        QVERIFY2(window.summaryPane()->headline().contains(u"so far, estimated"_s),
                 qPrintable(window.summaryPane()->headline()));

        // The bars of a chart, by category.
        const auto bars = [&window](const QString &chartName) {
            auto *view = window.summaryPane()->findChild<QChartView *>(chartName);
            auto *series = static_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
            auto *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(0));
            if (!axis)
                axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(1));
            QHash<QString, double> values;
            for (int i = 0; i < axis->count(); ++i)
                values.insert(axis->at(i), series->barSets().value(0)->at(i));
            return std::make_pair(view->chart()->title(), values);
        };
        // Not every upload is sized: counts by default.
        QCOMPARE(window.summaryPane()->plottedMeasure(), SummaryPane::Measure::Uploads);
        QCOMPARE(bars(u"bucketChart"_s).second.value(u"logs"_s), 300.0);

        auto *measure = window.summaryPane()->findChild<QComboBox *>(u"chartMeasure"_s);
        measure->setCurrentIndex(measure->findText(u"Cost a month"_s));
        Q_EMIT measure->activated(measure->currentIndex());
        QCOMPARE(window.summaryPane()->plottedMeasure(), SummaryPane::Measure::Cost);
        auto [title, values] = bars(u"bucketChart"_s);
        QVERIFY2(title.startsWith(u"Cost a month by bucket"_s), qPrintable(title));
        QVERIFY(std::abs(values.value(u"logs"_s) - modelCost.value(u"logs"_s)) < 1e-12);
        QVERIFY(std::abs(values.value(u"media"_s) - modelCost.value(u"media"_s)) < 1e-12);
        const auto byClass = bars(u"classChart"_s).second;
        QVERIFY(std::abs(byClass.value(u"STANDARD"_s) - modelCost.value(u"logs"_s) - modelCost.value(u"media"_s)) <
                1e-12);

        measure->setCurrentIndex(measure->findText(u"Size"_s));
        Q_EMIT measure->activated(measure->currentIndex());
        std::tie(title, values) = bars(u"bucketChart"_s);
        QCOMPARE(title, u"Waste by bucket (MiB, sized uploads)"_s);
        QCOMPARE(values.value(u"logs"_s), 3072.0);
        QCOMPARE(values.value(u"media"_s), 20.0);
        window.close();

        // Another window starts with the choice the user made.
        MainWindow again;
        QCOMPARE(again.summaryPane()->measure(), SummaryPane::Measure::Bytes);
    }

    void summaryTableSortsNumbersAsNumbers()
    {
        WasteStats total;
        for (int i = 0; i < 1000; ++i)
            total.add(u"thousand"_s, 86400, 1024);
        for (int i = 0; i < 999; ++i)
            total.add(u"nine-nine-nine"_s, 86400, 3LL * 1024 * 1024 * 1024);
        SummaryPane pane;
        pane.setStats(total, total, {});
        auto *table = pane.findChild<QTreeWidget *>(u"summaryTable"_s);
        table->sortByColumn(1, Qt::DescendingOrder); // uploads: 1,000 before 999 (text would say "999")
        QCOMPARE(table->topLevelItem(0)->text(0), u"thousand"_s);
        table->sortByColumn(2, Qt::DescendingOrder); // size: 2.93 TiB before 1000.0 KiB
        QCOMPARE(table->topLevelItem(0)->text(0), u"nine-nine-nine"_s);
    }

    // On a 1280x800 laptop, without scrolling: the key, age, size and state of the uploads, and
    // the size of each bucket. The first view shows the likeliest waste first (oldest uploads,
    // buckets with the most uploads), and the user's sort is kept (columnLayoutPersists).
    void whatMattersIsVisibleAt1280()
    {
        QSettings().clear();
        MainWindow window;
        feed(window.inventory());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const auto fullyVisible = [](QTableView *view, int column) {
            const QHeaderView *header = view->horizontalHeader();
            const int left = header->sectionViewportPosition(column);
            return !header->isSectionHidden(column) && left >= 0 &&
                   left + header->sectionSize(column) <= view->viewport()->width();
        };
        for (int column : {int(FlatUploadModel::KeyColumn), int(FlatUploadModel::AgeColumn),
                           int(FlatUploadModel::SizeColumn), int(FlatUploadModel::StateColumn)})
            QVERIFY2(fullyVisible(window.view(), column),
                     qPrintable(window.proxy()->headerData(column, Qt::Horizontal).toString()));
        QVERIFY(fullyVisible(window.bucketView(), InventoryModel::SizeColumn));
        QVERIFY(fullyVisible(window.bucketView(), InventoryModel::UploadsColumn));
        // The initiation time is in the age's tooltip instead of a column of its own.
        QVERIFY(window.view()->horizontalHeader()->isSectionHidden(FlatUploadModel::InitiatedColumn));
        QVERIFY(window.proxy()
                    ->index(0, FlatUploadModel::AgeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Initiated "_s));

        QCOMPARE(window.view()->horizontalHeader()->sortIndicatorSection(), int(FlatUploadModel::AgeColumn));
        QCOMPARE(window.view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        // Rows that stream in during a scan are sorted when it ends (as handleScanFinished does).
        window.proxy()->sort(window.view()->horizontalHeader()->sortIndicatorSection(),
                             window.view()->horizontalHeader()->sortIndicatorOrder());
        QCOMPARE(window.proxy()->index(0, 0).data(InventoryModel::BucketRole).toString(), u"media"_s); // 100 d old
        QCOMPARE(window.bucketView()->model()->index(0, 0).data(InventoryModel::BucketRole).toString(), u"logs"_s);
    }

    // AWS's upload ids are 120 characters and owner ids 64 hex digits: the details show them
    // whole (the id exact, to copy) without widening the pane over the State column.
    // Certificates not verified: said in the window every time such a connection is open, gone
    // with a connection that verifies them. The endpoint is a local port that accepts and never
    // answers (a FAKE server): the scan waits, nothing pops up.
    void certificatesNotVerifiedIsSaidInTheWindow()
    {
        QSettings().clear();
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        S3ClientConfig config;
        config.endpoint = QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort()));
        config.credentials.accessKeyId = u"AKIABANNER"_s;
        config.credentials.secretAccessKey = u"bannerSecret"_s;
        config.verifyTls = false;
        auto *banner = window.findChild<QLabel *>(u"securityBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        window.openConnection(config, u"lab"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"TLS certificates are not verified"_s) &&
                     banner->text().contains(u"127.0.0.1"_s),
                 qPrintable(banner->text()));
        QCOMPARE(banner->mapTo(window.centralWidget(), QPoint(0, 0)).y(), 0); // on top of the lists

        config.verifyTls = true;
        window.openConnection(config, u"lab"_s);
        QVERIFY(!banner->isVisible());
    }

    void longIdsDoNotPushTheStateOffScreen()
    {
        QSettings().clear();
        MainWindow window;
        feed(window.inventory());
        UploadInfo u;
        u.bucket = u"media"_s;
        u.key = u"video/"_s + QString(200, u'k') + u".mp4"_s;
        u.uploadId = QString(120, u'x');
        u.initiator.id = QString(64, u'f');
        u.initiated = Now.addDays(-300);
        u.storageClass = u"STANDARD"_s;
        window.inventory()->appendUploads(u"media"_s, {u});
        window.inventory()->flushPendingChanges();
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.proxy()->sort(FlatUploadModel::AgeColumn, Qt::DescendingOrder);
        window.view()->setCurrentIndex(window.proxy()->index(0, 0)); // the 300-day-old one
        QCoreApplication::processEvents();
        auto *id = window.findChild<QLineEdit *>(u"detailsUploadId"_s);
        QVERIFY(id && id->isVisible());
        QCOMPARE(id->text(), u.uploadId);
        // Every field wraps within the pane: none is cut at its right edge.
        auto *fields = window.findChild<QLabel *>(u"detailsFields"_s);
        QVERIFY2(
            fields->heightForWidth(fields->width()) <= fields->height(),
            qPrintable(u"%1 px high, %2 needed"_s.arg(fields->height()).arg(fields->heightForWidth(fields->width()))));
        QVERIFY2(fields->minimumSizeHint().width() <= fields->width(),
                 qPrintable(u"%1 px needed, %2 px shown: %3"_s.arg(fields->minimumSizeHint().width())
                                .arg(fields->width())
                                .arg(fields->text())));
        const QHeaderView *header = window.view()->horizontalHeader();
        const int state = FlatUploadModel::StateColumn;
        QVERIFY2(
            header->sectionViewportPosition(state) + header->sectionSize(state) <= window.view()->viewport()->width(),
            qPrintable(u"details pane %1 px wide"_s.arg(window.findChild<QDockWidget *>(u"detailsDock"_s)->width())));
    }

    // Long bucket names in a chart: shortened in the middle (their ends tell them apart), one
    // category each, never Qt Charts' "..." for all of them.
    void chartNamesAreShortAndDistinct()
    {
        MainWindow window;
        InventoryModel *model = window.inventory();
        model->setClock([] { return Now; });
        const QStringList names{u"backup-production-eu-west-1-0001"_s, u"backup-production-eu-west-1-0002"_s};
        model->setBuckets({BucketInfo{names[0], Now, {}}, BucketInfo{names[1], Now, {}}});
        for (const QString &bucket : names) {
            UploadInfo u;
            u.bucket = bucket;
            u.key = u"k"_s;
            u.uploadId = bucket + u"-id"_s;
            u.initiated = Now.addDays(-3);
            model->appendUploads(bucket, {u});
        }
        model->flushPendingChanges();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.refreshSummary();
        auto *view = window.summaryPane()->findChild<QChartView *>(u"bucketChart"_s);
        QVERIFY(view);
        QBarCategoryAxis *axis = nullptr;
        for (QAbstractAxis *a : view->chart()->axes()) {
            if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
                axis = c;
        }
        QVERIFY(axis);
        QCOMPARE(axis->count(), 2);
        QVERIFY2(axis->at(0) != axis->at(1), qPrintable(axis->categories().join(u", "_s)));
        for (const QString &shown : axis->categories()) {
            QVERIFY2(shown.size() <= 18, qPrintable(shown));
            QVERIFY2(shown.endsWith(u"-0001"_s) || shown.endsWith(u"-0002"_s), qPrintable(shown));
        }
        QVERIFY(!axis->truncateLabels());
    }

    void columnLayoutPersists()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.view()->horizontalHeader()->resizeSection(FlatUploadModel::UploadIdColumn, 333);
            window.view()->horizontalHeader()->moveSection(
                window.view()->horizontalHeader()->visualIndex(FlatUploadModel::SizeColumn), 1);
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.view()->horizontalHeader()->sectionSize(FlatUploadModel::UploadIdColumn), 333);
        QCOMPARE(again.view()->horizontalHeader()->visualIndex(FlatUploadModel::SizeColumn), 1);
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QVERIFY(!window.isVisible());
    }

    void remembersItsSize()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(777, 555));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
