#include "mainwindow.h"

#include "connection/connectionresolver.h"
#include "detailspane.h"
#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"
#include "inventory/wastestats.h"
#include "inventoryfilterproxy.h"
#include "summarypane.h"
#include "util/appinfo.h"
#include "util/format.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace PartSweep {

namespace {

// Sizes asked first for the rows on screen and at most this many selected ones.
constexpr int MaxPrioritizedSelected = 2000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new InventoryModel(this))
    , m_flat(new FlatUploadModel(this))
    , m_proxy(new InventoryFilterProxy(this))
    , m_bucketProxy(new BucketListProxy(this))
    , m_summaryTimer(new QTimer(this))
    , m_visibleSizesTimer(new QTimer(this))
    , m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(AppInfo::name());
    m_flat->setInventory(m_model);
    m_proxy->setUploads(m_flat);

    createActions();
    createMenus();
    createFilterBar();
    createCentralView();
    createDocks();
    createStatusBar();
    restoreWindowState();

    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(250);
    connect(m_summaryTimer, &QTimer::timeout, this, [this] {
        if (!m_summaryPass) // one in progress goes on by itself, and looks at what is stale at its end
            continueSummary();
    });
    m_visibleSizesTimer->setSingleShot(true);
    m_visibleSizesTimer->setInterval(150);
    connect(m_visibleSizesTimer, &QTimer::timeout, this, &MainWindow::requestVisibleSizes);
    // Ages move on while the window is open.
    m_ageTimer->setInterval(60 * 1000);
    connect(m_ageTimer, &QTimer::timeout, m_model, &InventoryModel::refreshAges);
    m_ageTimer->start();

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        scheduleSummary();
        scheduleVisibleSizes();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { scheduleSummary(); });
    // What a summary pass in progress must start again for: rows it counted by number moved.
    // (Rows appended are counted, or not, by the pass under way, and by the next one for sure.)
    const auto reshapes = [this](QAbstractItemModel *model, quint64 *shape) {
        const auto bump = [shape] { ++*shape; };
        connect(model, &QAbstractItemModel::rowsRemoved, this, bump);
        connect(model, &QAbstractItemModel::modelReset, this, bump);
        connect(model, &QAbstractItemModel::layoutChanged, this, bump);
    };
    reshapes(m_model, &m_inventoryShape);
    reshapes(m_proxy, &m_tableShape);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { ++m_tableShape; });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            ++m_inventoryShape; // buckets, which the pass counts by number
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { scheduleSummary(); });
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("columns"), m_view->horizontalHeader()->saveState());
    settings.setValue(settingsKey("bucketColumns"), m_bucketView->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("inventorySplitter")))
        settings.setValue(settingsKey("splitter"), splitter->saveState());
    event->accept();
}

void MainWindow::openConnection(const S3ClientConfig &config, const QString &description)
{
    if (m_scanner) {
        m_scanner->cancel();
        m_scanner->deleteLater();
        m_scanner = nullptr;
    }
    if (m_client)
        m_client->deleteLater();
    m_client = new S3Client(config, this);
    // Ages (display, filters, the age guard) on the server's clock once an answer has told it.
    m_model->setClock([client = QPointer<S3Client>(m_client)] {
        const std::optional<QDateTime> serverNow = client ? client->serverNow() : std::nullopt;
        return serverNow ? *serverNow : QDateTime::currentDateTimeUtc();
    });
    m_scanner = new InventoryScanner(m_client, m_model, this);
    m_scanner->setMaxSizeRequestsInFlight(qMax(4, config.concurrency));
    connect(m_scanner, &InventoryScanner::progressed, this, &MainWindow::handleScanProgress);
    connect(m_scanner, &InventoryScanner::scanFinished, this, &MainWindow::handleScanFinished);
    connect(m_scanner, &InventoryScanner::fatalError, this, [this](const S3Error &error) {
        setLastError(error.toString());
        m_progressLabel->setText(tr("The buckets could not be listed."));
        QMessageBox::warning(this, tr("Cannot list buckets"), error.toString());
    });
    connect(m_scanner, &InventoryScanner::noticeRaised, this, [this](const QString &message) {
        setLastError(message);
        QMessageBox::information(this, tr("Pending uploads may be hidden"), message);
    });
    connect(m_client, &S3Client::requestRetried, this,
            [this](const QString &operation, int attempt, int delayMs, const QString &reason) {
                statusBar()->showMessage(
                    tr("%1 retried (attempt %2, in %3 ms): %4").arg(operation).arg(attempt).arg(delayMs).arg(reason),
                    5000);
            });
    const QString warning = securityWarning(config);
    m_securityBanner->setText(warning);
    m_securityBanner->setAccessibleName(warning);
    m_securityBanner->setVisible(!warning.isEmpty());
    m_connectionDescription = description;
    m_connectionLabel->setText(description);
    m_connectionLabel->setToolTip(description);
    setLastError({});
    handleRefresh();
    Q_EMIT connectionOpened();
}

void MainWindow::showConnectionError(const QString &message)
{
    setLastError(message);
    m_connectionLabel->setText(tr("Not connected"));
    m_progressLabel->setText(tr("Could not connect: %1").arg(message.section(u'\n', 0, 0)));
}

void MainWindow::showIdentity(const QString &who, const QString &credentialsLast)
{
    QString tip = m_connectionDescription;
    if (!who.isEmpty()) {
        if (!m_connectionDescription.contains(who))
            m_connectionLabel->setText(m_connectionDescription + QStringLiteral(" · ") + who);
        tip += u'\n' + tr("Signed in as %1").arg(who);
    }
    tip += u'\n' + tr("The credentials last %1.").arg(credentialsLast);
    m_connectionLabel->setToolTip(tip);
    m_connectionLabel->setAccessibleDescription(tip);
}

void MainWindow::showConnecting(const QString &name)
{
    m_connectionLabel->setText(tr("Connecting to %1…").arg(name));
    setLastError({});
}

void MainWindow::handleRefresh()
{
    if (!m_scanner)
        return;
    m_details->showNothing();
    m_detailsFor.clear();
    setLastError({});
    // The table streams the listing unsorted (a sorted proxy places each inserted row: 6x slower
    // at a million uploads, docs/benchmarks.md); the header keeps the user's sort, which
    // handleScanFinished applies once the listing is in.
    m_proxy->sort(-1);
    m_scanner->refresh();
    updateActions();
}

void MainWindow::handleScanProgress()
{
    if (!m_scanner)
        return;
    const InventoryScanner::Progress p = m_scanner->progress();
    const QLocale locale;
    QStringList parts;
    parts << (m_scanner->isScanning()
                  ? tr("Scanning: %1 of %2 buckets · uploads: %3 · pages: %4")
                        .arg(locale.toString(p.bucketsDone), locale.toString(p.buckets), locale.toString(p.uploads),
                             locale.toString(p.pages))
                  : tr("%1 in %2", "{n uploads} in {n buckets}")
                        .arg(tr("%Ln upload(s)", nullptr, int(p.uploads)), tr("%Ln bucket(s)", nullptr, p.buckets)));
    if (p.bucketsFailed > 0)
        parts << tr("%Ln bucket(s) failed (see their rows)", nullptr, p.bucketsFailed);
    if (const qsizetype waiting = m_scanner->sizesWaiting(); waiting > 0)
        parts << tr("sizing %Ln more", nullptr, int(waiting));
    if (p.sizesFailed > 0)
        parts << tr("%Ln size(s) failed", nullptr, int(p.sizesFailed));
    const QString text = parts.join(QStringLiteral("; "));
    m_progressLabel->setText(text);
    updateActions();
}

void MainWindow::handleScanFinished()
{
    handleScanProgress();
    // Rows that arrived while sorted were appended unsorted (no dynamic sorting at 1M rows).
    const int column = m_view->horizontalHeader()->sortIndicatorSection();
    if (column >= 0 && column < FlatUploadModel::ColumnCount)
        m_proxy->sort(column, m_view->horizontalHeader()->sortIndicatorOrder());
    const int bucketColumn = m_bucketView->horizontalHeader()->sortIndicatorSection();
    if (bucketColumn >= 0 && bucketColumn < InventoryModel::ColumnCount)
        m_bucketProxy->sort(bucketColumn, m_bucketView->horizontalHeader()->sortIndicatorOrder());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex bucket = m_model->index(row, 0);
        const QString error = bucket.data(InventoryModel::ErrorRole).toString();
        if (!error.isEmpty() && bucket.data(InventoryModel::StateRole).value<InventoryModel::ScanState>() ==
                                    InventoryModel::ScanState::Failed) {
            setLastError(tr("%1: %2").arg(bucket.data(InventoryModel::BucketRole).toString(), error));
        }
    }
    scheduleVisibleSizes();
    Q_EMIT inventoryScanned();
}

void MainWindow::setCostModel(const CostModel &cost)
{
    m_cost = cost;
    m_model->setCostModel(cost);
    m_summary->setCostModel(cost);
    m_inventoryStatsStale = true; // the money is tallied with the rows
    refreshSummary();
}

void MainWindow::setLastError(const QString &message)
{
    const QString firstLine = message.section(u'\n', 0, 0);
    m_errorLabel->setText(firstLine.size() > 90 ? firstLine.left(88) + QStringLiteral("…") : firstLine);
    m_errorLabel->setToolTip(message);
}

void MainWindow::handleBucketSelectionChanged()
{
    handleFilterChanged();
}

void MainWindow::handleFilterChanged()
{
    InventoryFilterProxy::Filter filter;
    filter.text = m_filterText->text();
    for (const QModelIndex &row : m_bucketView->selectionModel()->selectedRows())
        filter.buckets.insert(row.data(InventoryModel::BucketRole).toString());
    filter.minAgeSeconds = m_filterAge->currentData().toLongLong();
    filter.minBytes = m_filterSize->currentData().toLongLong();
    filter.storageClass = m_filterStorageClass->currentData().toString();
    filter.show = InventoryFilterProxy::Show(m_filterShow->currentData().toInt());
    m_proxy->setFilter(filter);
    ++m_inventoryShape; // a pass under way tallied the filtered rows by the old filter
    scheduleSummary();
    scheduleVisibleSizes();
}

void MainWindow::selectAllMatching()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return m_view->clearSelection();
    // One range: cheap even with a million rows.
    m_view->selectionModel()->select(
        QItemSelection(m_proxy->index(0, 0), m_proxy->index(rows - 1, FlatUploadModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
}

MainWindow::SelectionCursor MainWindow::selectionCursor() const
{
    SelectionCursor cursor;
    cursor.selection = m_view->selectionModel()->selection();
    return cursor;
}

bool MainWindow::visitSelection(SelectionCursor &cursor, const UploadVisitor &visit,
                                const std::function<bool()> &stop) const
{
    for (; cursor.range < cursor.selection.size(); ++cursor.range, cursor.row = -1) {
        const QItemSelectionRange &range = cursor.selection.at(cursor.range);
        if (cursor.row < 0)
            cursor.row = range.top();
        for (; cursor.row <= range.bottom(); ++cursor.row) {
            if (stop && stop())
                return false;
            const QModelIndex source = m_flat->sourceUpload(m_proxy->mapToSource(m_proxy->index(cursor.row, 0)).row());
            if (m_model->isCleaned(source))
                continue; // already verified gone: nothing to abort, no longer waste
            if (const std::optional<UploadInfo> u = m_model->uploadAt(source))
                visit(source, *u);
        }
    }
    return true;
}

QList<InventoryScanner::UploadRef> MainWindow::selectedUploads() const
{
    QList<InventoryScanner::UploadRef> uploads;
    SelectionCursor cursor = selectionCursor();
    visitSelection(cursor, [&uploads](const QModelIndex &, const UploadInfo &u) {
        uploads.append({u.bucket, u.key, u.uploadId});
    });
    return uploads;
}

QList<CleanupTarget> MainWindow::selectedTargets() const
{
    QList<CleanupTarget> targets;
    SelectionCursor cursor = selectionCursor();
    visitSelection(cursor, targetCollector(targets, cursor));
    return targets;
}

MainWindow::UploadVisitor MainWindow::targetCollector(QList<CleanupTarget> &targets,
                                                      const SelectionCursor &cursor) const
{
    if (targets.isEmpty()) { // the first slice of a walk: room for all its rows
        qsizetype rows = 0;
        for (const QItemSelectionRange &range : cursor.selection)
            rows += range.height();
        targets.reserve(rows);
    }
    return [this, &targets](const QModelIndex &source, const UploadInfo &u) {
        CleanupTarget &target = targets.emplace_back();
        target.upload = u;
        target.size = m_model->uploadSize(source);
        target.parts = m_model->uploadParts(source);
    };
}

void MainWindow::handleSelectionChanged()
{
    ++m_tableShape;
    updateActions();
    scheduleSummary(SummaryPart::SelectionOnly);
    scheduleVisibleSizes();
}

// `source`: an index of the inventory model (a bucket or an upload row).
void MainWindow::handleCurrentChanged(const QModelIndex &source)
{
    const std::optional<UploadInfo> upload = m_model->uploadAt(source);
    if (!upload) {
        m_detailsFor.clear();
        if (!source.isValid())
            return m_details->showNothing();
        const QModelIndex bucket = source.siblingAtColumn(0);
        const auto cell = [this, &bucket](int column, int role = Qt::DisplayRole) {
            return m_model->index(bucket.row(), column).data(role).toString();
        };
        const QLocale locale;
        const qint64 cleaned = bucket.data(InventoryModel::CleanedCountRole).toLongLong();
        const qint64 pending = bucket.data(InventoryModel::UploadCountRole).toLongLong();
        DetailsPane::Fields fields;
        fields.append({tr("Uploads"),
                       cleaned > 0 ? tr("%1 pending; %Ln aborted and verified gone (%2 freed)", nullptr, int(cleaned))
                                         .arg(locale.toString(pending),
                                              Format::bytes(bucket.data(InventoryModel::CleanedBytesRole).toLongLong()))
                                   : tr("%1 pending").arg(locale.toString(pending))});
        const qint64 sized = bucket.data(InventoryModel::SizedCountRole).toLongLong();
        fields.append({tr("Size"), sized == pending
                                       ? cell(InventoryModel::SizeColumn)
                                       : tr("%1 (sizes known for %2 of %Ln upload(s))", nullptr, int(pending))
                                             .arg(cell(InventoryModel::SizeColumn), locale.toString(sized))});
        if (!cell(InventoryModel::CostColumn).isEmpty())
            fields.append({tr("Cost"), tr("%1 a month").arg(cell(InventoryModel::CostColumn))});
        if (pending > 0)
            fields.append({tr("Oldest upload"),
                           tr("%1 old (initiated %2)")
                               .arg(cell(InventoryModel::AgeColumn), cell(InventoryModel::InitiatedColumn))});
        const QString region = bucket.data(InventoryModel::RegionRole).toString();
        fields.append({tr("Region"), region.isEmpty() ? tr("not known yet") : region});
        fields.append({tr("Listing"), cell(InventoryModel::StateColumn, Qt::ToolTipRole)});
        fields.append({tr("Abort rule"), cell(InventoryModel::AbortRuleColumn, Qt::ToolTipRole)});
        return m_details->showBucket(bucket.data(InventoryModel::BucketRole).toString(), fields);
    }
    const InventoryModel::UploadState state = m_model->uploadState(source);
    const QString stateText =
        state == InventoryModel::UploadState::Pending
            ? QString()
            : source.siblingAtColumn(InventoryModel::StateColumn).data(Qt::DisplayRole).toString();
    if (state == InventoryModel::UploadState::Verified) {
        // Gone: there are no parts to list, and asking would only report that it is gone.
        m_detailsFor.clear();
        m_details->showUpload(*upload, source.data(InventoryModel::AgeSecondsRole).toLongLong(), stateText);
        return m_details->showGone(tr("Aborted and verified gone at %1: the server no longer lists it or its parts.")
                                       .arg(source.data(InventoryModel::StateChangedRole)
                                                .toDateTime()
                                                .toLocalTime()
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    m_details->showUpload(*upload, source.data(InventoryModel::AgeSecondsRole).toLongLong(), stateText);
    if (!m_scanner)
        return;
    const QString id = upload->bucket + u'\n' + upload->uploadId;
    m_detailsFor = id;
    m_scanner->fetchParts({upload->bucket, upload->key, upload->uploadId}, this,
                          [this, id](Result<S3Client::PartsSummary> parts) {
                              if (id != m_detailsFor)
                                  return; // the user moved on
                              if (parts)
                                  m_details->showParts(parts.value());
                              else
                                  m_details->showPartsError(parts.error().toString());
                          });
}

struct MainWindow::AbortWalk
{
    SelectionCursor cursor;
    QList<CleanupTarget> targets;
    quint64 tableShape = 0;
    int restarts = 0;
};

void MainWindow::handleAbortSelected()
{
    if (m_abortWalk)
        return; // the selection is being read already
    m_abortWalk = std::make_unique<AbortWalk>();
    continueAbortWalk(true);
}

// The selection goes straight to what the cleanup takes, in slices of ~10 ms of this thread (a
// million selected uploads took a second or more in one go). Rows read by number: when the
// table's rows or the selection move meanwhile, the reading starts again from the selection as
// it is then (the confirmation shows what it holds), at once after a few such restarts.
void MainWindow::continueAbortWalk(bool fresh)
{
    AbortWalk &walk = *m_abortWalk;
    if (fresh || walk.tableShape != m_tableShape) {
        if (!fresh)
            ++walk.restarts;
        walk.cursor = selectionCursor();
        walk.targets.clear();
        walk.tableShape = m_tableShape;
    }
    QElapsedTimer slice;
    slice.start();
    const bool unbounded = walk.restarts > 3;
    int sinceCheck = 0;
    const bool done = visitSelection(walk.cursor, targetCollector(walk.targets, walk.cursor), [&] {
        if (unbounded || ++sinceCheck < 512)
            return false;
        sinceCheck = 0;
        return slice.nsecsElapsed() > 8'000'000;
    });
    if (!done) {
        statusBar()->showMessage(tr("Reading the selection…"));
        QTimer::singleShot(0, this, [this] {
            if (m_abortWalk)
                continueAbortWalk(false);
        });
        return;
    }
    const QList<CleanupTarget> targets = std::move(walk.targets);
    m_abortWalk.reset();
    statusBar()->clearMessage();
    if (targets.isEmpty()) {
        statusBar()->showMessage(tr("Select the uploads to abort first (Ctrl+A selects all that match the filter)."),
                                 5000);
        return;
    }
    Q_EMIT abortRequested(targets);
}

// Coalesces: while pages and sizes stream in every 50 ms, restarting the timer would postpone the
// summary until the stream stops.
void MainWindow::scheduleSummary(SummaryPart part)
{
    if (part == SummaryPart::All)
        m_inventoryStatsStale = true;
    if (!m_summaryTimer->isActive())
        m_summaryTimer->start();
}

void MainWindow::scheduleVisibleSizes()
{
    if (m_scanner && !m_visibleSizesTimer->isActive())
        m_visibleSizesTimer->start();
}

// The rows on screen first, then (some of) the selected ones.
void MainWindow::requestVisibleSizes()
{
    if (!m_scanner)
        return;
    QList<InventoryScanner::UploadRef> wanted;
    const auto want = [this, &wanted](int proxyRow) {
        const int flatRow = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
        const QModelIndex source = m_flat->sourceUpload(flatRow);
        if (m_model->uploadSize(source) >= 0)
            return;
        if (const std::optional<InventoryModel::UploadView> u = m_model->uploadView(source))
            wanted.append({u->bucket, u->key, u->uploadId});
    };
    const int first = m_view->rowAt(0);
    if (first >= 0) {
        int last = m_view->rowAt(m_view->viewport()->height() - 1);
        if (last < 0)
            last = m_proxy->rowCount() - 1;
        for (int row = first; row <= last; ++row)
            want(row);
    }
    int selected = 0;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom() && selected < MaxPrioritizedSelected; ++row, ++selected)
            want(row);
    }
    if (!wanted.isEmpty())
        m_scanner->prioritizeSizes(wanted);
}

struct MainWindow::SummaryPass
{
    bool inventory = false; // tallies the whole inventory and the filtered rows too
    quint64 inventoryShape = 0;
    quint64 tableShape = 0;
    int restarts = 0;
    QDateTime now;
    WasteStats total;
    WasteStats filtered;
    WasteStats selected;
    int bucket = 0; // inventory cursor: the next upload row of this bucket
    int row = 0;
    SelectionCursor selection;
    qint64 costNs = 0; // this thread's time spent on the pass
};

void MainWindow::refreshSummary()
{
    m_summaryPass.reset();
    continueSummary(true);
}

void MainWindow::continueSummary(bool unbounded)
{
    if (!m_summaryDock->isVisible()) {
        // Nobody looks: the pass is dropped (what it was to tally stays to do), and showing the
        // dock schedules a new one.
        if (m_summaryPass)
            m_inventoryStatsStale = m_inventoryStatsStale || m_summaryPass->inventory;
        m_summaryPass.reset();
        return;
    }
    QElapsedTimer slice;
    slice.start();
    std::unique_ptr<SummaryPass> &pass = m_summaryPass;
    const auto startSelection = [this, &pass] {
        pass->selected = {};
        pass->selected.setCostModel(m_cost);
        pass->selection = selectionCursor();
        pass->tableShape = m_tableShape;
    };
    if (pass && pass->inventoryShape != m_inventoryShape) {
        m_inventoryStatsStale = m_inventoryStatsStale || pass->inventory;
        pass.reset(); // the rows it counted moved: again from the start
    }
    if (!pass) {
        pass = std::make_unique<SummaryPass>();
        pass->inventory = std::exchange(m_inventoryStatsStale, false);
        pass->inventoryShape = m_inventoryShape;
        pass->now = m_model->now();
        pass->total.setCostModel(m_cost);
        pass->filtered.setCostModel(m_cost);
        if (!pass->inventory)
            pass->bucket = m_model->rowCount(); // the inventory's tallies stand
        startSelection();
    } else if (pass->tableShape != m_tableShape) {
        // The table's rows or the selection moved: the selection is tallied again, and after a few
        // such restarts (a scan streaming in) at once, rather than never.
        if (++pass->restarts > 3)
            unbounded = true;
        startSelection();
    }
    const QDateTime &now = pass->now;
    // Checked every 512 rows: ~10 ms of this thread per slice at most.
    int sinceCheck = 0;
    const auto sliceOver = [&] {
        if (unbounded || ++sinceCheck < 512)
            return false;
        sinceCheck = 0;
        return slice.nsecsElapsed() > 8'000'000;
    };
    const auto yield = [this, &pass, &slice] {
        pass->costNs += slice.nsecsElapsed();
        QTimer::singleShot(0, this, [this] {
            if (m_summaryPass)
                continueSummary();
        });
    };

    // The whole inventory, by bucket and row (numbers that rows appended during the pass do not
    // move), and the rows the filter lets through.
    for (; pass->bucket < m_model->rowCount(); ++pass->bucket, pass->row = 0) {
        const QModelIndex bucket = m_model->index(pass->bucket, 0);
        const QString name = bucket.data(InventoryModel::BucketRole).toString();
        pass->total.byBucket[name]; // buckets without uploads still get a row
        const int rows = m_model->rowCount(bucket);
        for (; pass->row < rows; ++pass->row) {
            if (sliceOver())
                return yield();
            const QModelIndex upload = m_model->index(pass->row, 0, bucket);
            if (m_model->isCleaned(upload))
                continue; // verified gone: no longer waste
            const std::optional<InventoryModel::UploadView> u = m_model->uploadView(upload);
            const qint64 age = u->initiated.secsTo(now);
            const qint64 size = m_model->uploadSize(upload);
            pass->total.add(name, age, size, u->storageClass);
            if (m_proxy->accepts(m_flat->mapFromSource(upload).row()))
                pass->filtered.add(name, age, size, u->storageClass);
        }
    }
    // The selected rows, by table row.
    const bool selectionDone = visitSelection(
        pass->selection,
        [&pass, &now, this](const QModelIndex &source, const UploadInfo &u) {
            pass->selected.add(u.bucket, u.initiated.secsTo(now), m_model->uploadSize(source), u.storageClass);
        },
        sliceOver);
    if (!selectionDone)
        return yield();

    if (pass->inventory) {
        m_totalStats = std::move(pass->total);
        m_filteredStats = std::move(pass->filtered);
    }
    const InventoryModel::Totals totals = m_model->totals();
    m_summary->setCleaned(totals.cleanedUploads, totals.freedBytes);
    m_summary->setStats(m_totalStats, m_filteredStats, pass->selected);
    const qint64 costMs = (pass->costNs + slice.nsecsElapsed()) / 1'000'000;
    pass.reset();
    // A tally over a million uploads takes ~0.6 s of this thread: while a scan streams, recompute
    // at most about a tenth of the time.
    m_summaryTimer->setInterval(int(std::clamp<qint64>(costMs * 10, 250, 5000)));
    if (m_inventoryStatsStale && !m_summaryTimer->isActive())
        m_summaryTimer->start();
}

void MainWindow::updateActions()
{
    const bool connected = m_scanner != nullptr;
    m_refreshAction->setEnabled(connected);
    m_cancelScanAction->setEnabled(connected && m_scanner->isScanning());
    m_sizeAllAction->setEnabled(connected);
    m_abortAction->setEnabled(connected && m_view->selectionModel()->hasSelection());
    m_abortRuleAction->setEnabled(connected);
    m_selectAllAction->setEnabled(connected);
}

void MainWindow::handleAbout()
{
    QMessageBox::about(this, tr("About PartSweep"),
                       tr("<h3>PartSweep %1</h3>"
                          "<p>Finds the pending S3 multipart uploads that silently cost money, "
                          "and aborts them safely, with verification and a report.</p>"
                          "<p>Qt %2</p>")
                           .arg(AppInfo::version(), QString::fromLatin1(qVersion())));
}

} // namespace PartSweep
