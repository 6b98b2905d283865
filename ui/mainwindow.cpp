#include "mainwindow.h"

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

constexpr qint64 Day = 86400;
constexpr qint64 MiB = 1024 * 1024;
// Sizes asked first for the rows on screen and at most this many selected ones.
constexpr int MaxPrioritizedSelected = 2000;

QString settingsKey(const char *name)
{
    return QStringLiteral("mainWindow/") + QLatin1String(name);
}

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
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::refreshSummary);
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
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { scheduleSummary(); });
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_connectAction = new QAction(tr("&Connect…"), this);
    m_connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_connectAction->setShortcut(QKeySequence::Open);
    m_connectAction->setToolTip(tr("Choose an AWS profile or an S3-compatible service"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh); // F5
    m_refreshAction->setToolTip(tr("List every bucket's pending uploads again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::handleRefresh);

    m_cancelScanAction = new QAction(tr("S&top scan"), this);
    m_cancelScanAction->setObjectName(QStringLiteral("actionCancelScan"));
    m_cancelScanAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelScanAction, &QAction::triggered, this, [this] {
        if (m_scanner)
            m_scanner->cancel();
    });

    m_sizeAllAction = new QAction(tr("Fetch all &sizes"), this);
    m_sizeAllAction->setObjectName(QStringLiteral("actionSizeAll"));
    m_sizeAllAction->setToolTip(
        tr("List the parts of every upload (one ListParts request each) to know every size. Sizes of the rows "
           "on screen and selected are fetched anyway."));
    connect(m_sizeAllAction, &QAction::triggered, this, [this] {
        if (m_scanner)
            m_scanner->sizeAll();
    });

    m_abortAction = new QAction(tr("&Abort selected…"), this);
    m_abortAction->setObjectName(QStringLiteral("actionAbort"));
    m_abortAction->setShortcut(QKeySequence::Delete);
    m_abortAction->setToolTip(tr("Abort the selected uploads, after a confirmation (Del)"));
    connect(m_abortAction, &QAction::triggered, this, &MainWindow::handleAbortSelected);

    m_selectAllAction = new QAction(tr("Select all &matching"), this);
    m_selectAllAction->setObjectName(QStringLiteral("actionSelectAll"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setToolTip(tr("Select every upload that matches the filter (Ctrl+A)"));
    connect(m_selectAllAction, &QAction::triggered, this, &MainWindow::selectAllMatching);

    m_findAction = new QAction(tr("&Filter"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterText->setFocus(Qt::ShortcutFocusReason);
        m_filterText->selectAll();
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About PartSweep"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::handleAbout);

    for (QAction *action : {m_connectAction, m_refreshAction, m_cancelScanAction, m_sizeAllAction, m_abortAction,
                            m_selectAllAction, m_findAction})
        addAction(action); // shortcuts work wherever the focus is in the window
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    fileMenu->addAction(m_connectAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    editMenu->addAction(m_findAction);
    editMenu->addAction(m_selectAllAction);
    editMenu->addSeparator();
    editMenu->addAction(m_abortAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("menuView"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_cancelScanAction);
    viewMenu->addAction(m_sizeAllAction);
    QAction *allBuckets = viewMenu->addAction(tr("Uploads of &all buckets"));
    allBuckets->setObjectName(QStringLiteral("actionAllBuckets"));
    connect(allBuckets, &QAction::triggered, this, [this] { m_bucketView->clearSelection(); });
    m_viewMenu = viewMenu;

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_connectAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_cancelScanAction);
    toolBar->addAction(m_sizeAllAction);
    toolBar->addSeparator();
    toolBar->addAction(m_selectAllAction);
    toolBar->addAction(m_abortAction);
}

void MainWindow::createFilterBar()
{
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_filterText = new QLineEdit(m_filterBar);
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setPlaceholderText(tr("Filter keys: text anywhere, or prefix* (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);

    m_filterAge = new QComboBox(m_filterBar);
    m_filterAge->setObjectName(QStringLiteral("filterAge"));
    m_filterAge->addItem(tr("Any age"), qint64(0));
    m_filterAge->addItem(tr("Older than 1 d"), qint64(Day));
    m_filterAge->addItem(tr("Older than 7 d"), qint64(7 * Day));
    m_filterAge->addItem(tr("Older than 30 d"), qint64(30 * Day));
    m_filterAge->addItem(tr("Older than 90 d"), qint64(90 * Day));

    m_filterSize = new QComboBox(m_filterBar);
    m_filterSize->setObjectName(QStringLiteral("filterSize"));
    m_filterSize->addItem(tr("Any size"), qint64(0));
    m_filterSize->addItem(tr("At least 1 MiB"), qint64(MiB));
    m_filterSize->addItem(tr("At least 100 MiB"), qint64(100 * MiB));
    m_filterSize->addItem(tr("At least 1 GiB"), qint64(1024 * MiB));
    m_filterSize->addItem(tr("At least 10 GiB"), qint64(10 * 1024 * MiB));
    m_filterSize->setToolTip(tr("Uploads whose size is not known yet are hidden by a size filter: use "
                                "\"Fetch all sizes\" first."));

    m_filterStorageClass = new QComboBox(m_filterBar);
    m_filterStorageClass->setObjectName(QStringLiteral("filterStorageClass"));
    m_filterStorageClass->addItem(tr("Any storage class"), QString());
    for (const char *cls : {"STANDARD", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "GLACIER_IR",
                            "DEEP_ARCHIVE", "REDUCED_REDUNDANCY"})
        m_filterStorageClass->addItem(QString::fromLatin1(cls), QString::fromLatin1(cls));

    auto *layout = new QHBoxLayout(m_filterBar);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_filterText, 1);
    layout->addWidget(m_filterAge);
    layout->addWidget(m_filterSize);
    layout->addWidget(m_filterStorageClass);

    connect(m_filterText, &QLineEdit::textChanged, this, &MainWindow::handleFilterChanged);
    for (QComboBox *box : {m_filterAge, m_filterSize, m_filterStorageClass})
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::handleFilterChanged);
}

void MainWindow::createCentralView()
{
    // Buckets: the inventory's top-level rows, sortable, several can be selected.
    m_bucketProxy->setSourceModel(m_model);
    m_bucketView = new QTableView(this);
    m_bucketView->setObjectName(QStringLiteral("bucketView"));
    m_bucketView->setModel(m_bucketProxy);
    m_bucketView->setSortingEnabled(true);
    m_bucketView->sortByColumn(-1, Qt::AscendingOrder);
    m_bucketView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_bucketView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bucketView->setShowGrid(false);
    m_bucketView->setWordWrap(false);
    m_bucketView->verticalHeader()->hide();
    m_bucketView->horizontalHeader()->setStretchLastSection(true);
    m_bucketView->horizontalHeader()->setSectionsMovable(true);
    for (int column : {int(InventoryModel::UploadIdColumn), int(InventoryModel::InitiatedColumn),
                       int(InventoryModel::PartsColumn), int(InventoryModel::InitiatorColumn)})
        m_bucketView->hideColumn(column);
    m_bucketView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_bucketView->verticalHeader()->setDefaultSectionSize(m_bucketView->fontMetrics().height() + 6);
    m_bucketView->horizontalHeader()->resizeSection(
        InventoryModel::NameColumn, m_bucketView->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_bucketView->setToolTip(tr("Select buckets to show only their uploads; none selected shows all."));
    connect(m_bucketView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::handleBucketSelectionChanged);
    connect(m_bucketView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { handleCurrentChanged(m_bucketProxy->mapToSource(current)); });

    // Uploads: one table for every bucket, sorted and filtered by InventoryFilterProxy.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("uploadView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // listing order until the user asks
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: no per-row size hints at a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive); // never ResizeToContents at 1M rows
    const int x = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    header->resizeSection(FlatUploadModel::BucketColumn, x * 16);
    header->resizeSection(FlatUploadModel::KeyColumn, x * 40);
    header->resizeSection(FlatUploadModel::UploadIdColumn, x * 18);
    header->resizeSection(FlatUploadModel::InitiatedColumn, x * 21);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::handleSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                handleCurrentChanged(m_flat->mapToSource(m_proxy->mapToSource(current)));
            });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::scheduleVisibleSizes);

    auto *uploads = new QWidget(this);
    auto *uploadsLayout = new QVBoxLayout(uploads);
    uploadsLayout->setContentsMargins(0, 0, 0, 0);
    uploadsLayout->setSpacing(0);
    uploadsLayout->addWidget(m_filterBar);
    uploadsLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("inventorySplitter"));
    splitter->addWidget(m_bucketView);
    splitter->addWidget(uploads);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 1000});
    setCentralWidget(splitter);
}

void MainWindow::createDocks()
{
    m_details = new DetailsPane(this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_summary = new SummaryPane(this);
    m_summaryDock = new QDockWidget(tr("Summary"), this);
    m_summaryDock->setObjectName(QStringLiteral("summaryDock"));
    m_summaryDock->setWidget(m_summary);
    addDockWidget(Qt::BottomDockWidgetArea, m_summaryDock);
    connect(m_summaryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            scheduleSummary();
    });

    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    m_viewMenu->addAction(m_summaryDock->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_errorLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey("geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(settingsKey("state")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(settingsKey("columns")).toByteArray());
    m_bucketView->horizontalHeader()->restoreState(settings.value(settingsKey("bucketColumns")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("inventorySplitter")))
        splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
}

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
    m_scanner->refresh();
    updateActions();
}

void MainWindow::handleScanProgress()
{
    if (!m_scanner)
        return;
    const InventoryScanner::Progress p = m_scanner->progress();
    const QLocale locale;
    QString text = m_scanner->isScanning()
                       ? tr("Scanning: %1 of %2 buckets, %3 uploads, %4 pages")
                             .arg(p.bucketsDone)
                             .arg(p.buckets)
                             .arg(locale.toString(p.uploads))
                             .arg(p.pages)
                       : tr("%1 uploads in %2 buckets").arg(locale.toString(p.uploads)).arg(p.buckets);
    if (p.bucketsFailed > 0)
        text += tr("; %n bucket(s) failed (see their rows)", nullptr, p.bucketsFailed);
    const qsizetype waiting = m_scanner->sizesWaiting();
    if (waiting > 0)
        text += tr("; sizing %1 more").arg(locale.toString(waiting));
    if (p.sizesFailed > 0)
        text += tr("; %1 sizes failed").arg(locale.toString(p.sizesFailed));
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
    m_proxy->setFilter(filter);
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

QList<InventoryScanner::UploadRef> MainWindow::selectedUploads() const
{
    QList<InventoryScanner::UploadRef> uploads;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const int flatRow = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            if (const UploadInfo *u = m_flat->uploadAt(flatRow))
                uploads.append({u->bucket, u->key, u->uploadId});
        }
    }
    return uploads;
}

void MainWindow::handleSelectionChanged()
{
    updateActions();
    scheduleSummary(SummaryPart::SelectionOnly);
    scheduleVisibleSizes();
}

// `source`: an index of the inventory model (a bucket or an upload row).
void MainWindow::handleCurrentChanged(const QModelIndex &source)
{
    const UploadInfo *upload = m_model->uploadAt(source);
    if (!upload) {
        m_detailsFor.clear();
        if (!source.isValid())
            return m_details->showNothing();
        const QModelIndex bucket = source.siblingAtColumn(0);
        QString summary;
        for (int column :
             {int(InventoryModel::UploadsColumn), int(InventoryModel::SizeColumn), int(InventoryModel::AgeColumn),
              int(InventoryModel::StorageClassColumn), int(InventoryModel::StateColumn)}) {
            const QString header = m_model->headerData(column, Qt::Horizontal).toString();
            summary +=
                tr("%1: %2\n").arg(header, m_model->index(bucket.row(), column).data(Qt::ToolTipRole).toString());
        }
        return m_details->showBucket(bucket.data(InventoryModel::BucketRole).toString(), summary.trimmed());
    }
    m_details->showUpload(*upload, source.data(InventoryModel::AgeSecondsRole).toLongLong());
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

void MainWindow::handleAbortSelected()
{
    const QList<InventoryScanner::UploadRef> uploads = selectedUploads();
    if (uploads.isEmpty()) {
        statusBar()->showMessage(tr("Select the uploads to abort first (Ctrl+A selects all that match the filter)."),
                                 5000);
        return;
    }
    Q_EMIT abortRequested(uploads);
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
        if (const UploadInfo *u = m_model->uploadAt(source))
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

void MainWindow::refreshSummary()
{
    if (!m_summaryDock->isVisible())
        return;
    QElapsedTimer cost;
    cost.start();
    const QDateTime now = m_model->now();
    // One row of the upload table into a tally.
    const auto addRow = [this, &now](WasteStats &stats, int proxyRow) {
        const QModelIndex source = m_flat->sourceUpload(m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row());
        if (const UploadInfo *u = m_model->uploadAt(source))
            stats.add(u->bucket, u->initiated.secsTo(now), m_model->uploadSize(source));
    };
    // The whole inventory and the filtered rows only when they changed: a selection click
    // recomputes the selection alone (a full pass is ~0.4 s at a million uploads).
    if (m_inventoryStatsStale) {
        m_totalStats = {};
        for (int b = 0; b < m_model->rowCount(); ++b) {
            const QModelIndex bucket = m_model->index(b, 0);
            const QString name = bucket.data(InventoryModel::BucketRole).toString();
            m_totalStats.byBucket[name]; // buckets without uploads still get a row
            const int rows = m_model->rowCount(bucket);
            for (int r = 0; r < rows; ++r) {
                const QModelIndex upload = m_model->index(r, 0, bucket);
                m_totalStats.add(name, m_model->uploadAt(upload)->initiated.secsTo(now), m_model->uploadSize(upload));
            }
        }
        m_filteredStats = {};
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            addRow(m_filteredStats, row);
        m_inventoryStatsStale = false;
    }
    WasteStats selected;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            addRow(selected, row);
    }
    m_summary->setStats(m_totalStats, m_filteredStats, selected);
    // A tally over a million uploads takes ~0.4 s: while a scan streams, recompute at most about
    // a tenth of the time, so that the window keeps answering.
    m_summaryTimer->setInterval(int(std::clamp<qint64>(cost.elapsed() * 10, 250, 5000)));
}

void MainWindow::updateActions()
{
    const bool connected = m_scanner != nullptr;
    m_refreshAction->setEnabled(connected);
    m_cancelScanAction->setEnabled(connected && m_scanner->isScanning());
    m_sizeAllAction->setEnabled(connected);
    m_abortAction->setEnabled(connected && m_view->selectionModel()->hasSelection());
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
