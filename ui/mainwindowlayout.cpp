// Building the main window: actions and their shortcuts, menus, the filter bar, the bucket list
// and upload table, docks, the status bar, and the layout saved from the last session. What the
// window does with them is in mainwindow.cpp.
#include "mainwindow.h"

#include "detailspane.h"
#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"
#include "inventoryfilterproxy.h"
#include "preferencesdialog.h"
#include "summarypane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace PartSweep {

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 MiB = 1024 * 1024;

} // namespace

QString MainWindow::settingsKey(const char *name)
{
    return QStringLiteral("mainWindow/") + QLatin1String(name);
}

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

    m_abortRuleAction = new QAction(tr("Add abort &rule…"), this);
    m_abortRuleAction->setObjectName(QStringLiteral("actionAbortRule"));
    m_abortRuleAction->setToolTip(
        tr("Add a lifecycle rule that aborts incomplete uploads after some days to the selected buckets (all "
           "buckets when none is selected), keeping every existing rule; shows what will change first"));
    connect(m_abortRuleAction, &QAction::triggered, this, [this] {
        QStringList buckets;
        for (const QModelIndex &row : m_bucketView->selectionModel()->selectedRows())
            buckets << row.data(InventoryModel::BucketRole).toString();
        if (buckets.isEmpty()) {
            for (int row = 0; row < m_model->rowCount(); ++row)
                buckets << m_model->index(row, InventoryModel::NameColumn).data(InventoryModel::BucketRole).toString();
        }
        if (!buckets.isEmpty())
            Q_EMIT abortRuleRequested(buckets);
    });

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    // The platform's shortcut where it has one (Cmd+, on macOS), else Ctrl+, as most apps use.
    m_preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                          ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                          : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setToolTip(tr("What storage costs, by region and storage class"));
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::pricesSaved, this, &MainWindow::pricesChanged);
        dialog->open();
    });

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
    editMenu->addAction(m_abortRuleAction);
    editMenu->addSeparator();
    editMenu->addAction(m_preferencesAction);

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
    m_filterText->setAccessibleName(tr("Filter keys"));

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

    m_filterShow = new QComboBox(m_filterBar);
    m_filterShow->setObjectName(QStringLiteral("filterShow"));
    m_filterShow->addItem(tr("Pending"), int(InventoryFilterProxy::Show::Pending));
    m_filterShow->addItem(tr("Failed aborts"), int(InventoryFilterProxy::Show::Failed));
    m_filterShow->addItem(tr("Cleaned"), int(InventoryFilterProxy::Show::Cleaned));
    m_filterShow->addItem(tr("All states"), int(InventoryFilterProxy::Show::All));
    m_filterShow->setToolTip(tr("Which uploads to list: still pending (uploads a cleanup verified gone stay, "
                                "struck through, until the filter changes), the failed aborts, the cleaned "
                                "ones, or all"));
    m_filterShow->setAccessibleName(tr("Show uploads"));

    auto *layout = new QHBoxLayout(m_filterBar);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_filterText, 1);
    layout->addWidget(m_filterAge);
    layout->addWidget(m_filterSize);
    layout->addWidget(m_filterStorageClass);
    layout->addWidget(m_filterShow);

    connect(m_filterText, &QLineEdit::textChanged, this, &MainWindow::handleFilterChanged);
    for (QComboBox *box : {m_filterAge, m_filterSize, m_filterStorageClass, m_filterShow})
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::handleFilterChanged);
}

// Puts `columns` first, in that order, each (when its width is not 0) that many 'x' wide; then no
// title is left cut (fitHeaderTexts).
void MainWindow::layOutColumns(QTableView *view, const QList<std::pair<int, int>> &columns)
{
    QHeaderView *header = view->horizontalHeader();
    const int x = view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    int visual = 0;
    for (const auto &[column, width] : columns) {
        header->moveSection(header->visualIndex(column), visual++);
        if (width > 0)
            header->resizeSection(column, x * width);
    }
    fitHeaderTexts(view);
}

// Widens sections too narrow for their title (and the sort arrow): a cut "Cost/month" reads as
// nonsense. Only widens, so the widths chosen above stay where they suffice.
void MainWindow::fitHeaderTexts(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int extra = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) * 2 +
                      style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 8;
    for (int column = 0; column < header->count(); ++column) {
        const int wanted =
            metrics.horizontalAdvance(view->model()->headerData(column, Qt::Horizontal).toString()) + extra;
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    }
}

// The header's context menu shows and hides columns (`never`: columns that do not apply there).
void MainWindow::addColumnChooser(QTableView *view, const QList<int> &never)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, view, [view, header, never](const QPoint &at) {
        QMenu menu(header);
        for (int column = 0; column < header->count(); ++column) {
            if (never.contains(column))
                continue;
            QAction *action = menu.addAction(view->model()->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, view,
                    [view, column](bool shown) { view->setColumnHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(at));
    });
    header->setToolTip(tr("Right-click to choose the columns; drag to reorder them."));
}

void MainWindow::createCentralView()
{
    // Buckets: the inventory's top-level rows, sortable, several can be selected.
    m_bucketProxy->setSourceModel(m_model);
    m_bucketView = new QTableView(this);
    // Tab leaves a table for the next control (arrow keys move within it); Qt's default keeps the
    // keyboard inside, moving from cell to cell.
    m_bucketView->setTabKeyNavigation(false);
    m_bucketView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bucketView->setObjectName(QStringLiteral("bucketView"));
    m_bucketView->setAccessibleName(tr("Buckets"));
    m_bucketView->setModel(m_bucketProxy);
    m_bucketView->setSortingEnabled(true);
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
    // What matters first at 1280 px (a laptop): name, uploads, size, cost, oldest age; the rest
    // after. Biggest first by default (the user's sort is kept in the saved header state).
    {
        layOutColumns(m_bucketView, {{InventoryModel::NameColumn, 16},
                                     {InventoryModel::UploadsColumn, 8},
                                     {InventoryModel::SizeColumn, 12},
                                     {InventoryModel::CostColumn, 8},
                                     {InventoryModel::AgeColumn, 8},
                                     {InventoryModel::AbortRuleColumn, 0},
                                     {InventoryModel::StorageClassColumn, 0}});
        m_bucketView->sortByColumn(InventoryModel::UploadsColumn, Qt::DescendingOrder);
        addColumnChooser(m_bucketView, {InventoryModel::UploadIdColumn, InventoryModel::InitiatedColumn,
                                        InventoryModel::PartsColumn, InventoryModel::InitiatorColumn});
    }
    m_bucketView->setToolTip(tr("Select buckets to show only their uploads; none selected shows all."));
    connect(m_bucketView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::handleBucketSelectionChanged);
    connect(m_bucketView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { handleCurrentChanged(m_bucketProxy->mapToSource(current)); });

    // Uploads: one table for every bucket, sorted and filtered by InventoryFilterProxy.
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setObjectName(QStringLiteral("uploadView"));
    m_view->setAccessibleName(tr("Uploads"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
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
    // Qt's header asks, on every repaint, whether each column is wholly selected (to draw it
    // pressed): a walk over every selected row per column, 90 ms a repaint with 200,000 rows
    // selected. It gets a selection model of its own, always empty: the table's selection is
    // in the rows, never in the header.
    header->setHighlightSections(false);
    header->setSelectionModel(new QItemSelectionModel(m_proxy, header));
    // At 1280 px the key, age, size and state are visible without scrolling: the initiation time
    // is in the age's tooltip (the column can be shown from the header's menu), the upload id
    // comes last, keys are elided in the middle (their ends tell them apart).
    m_view->setTextElideMode(Qt::ElideMiddle);
    layOutColumns(m_view, {{FlatUploadModel::BucketColumn, 14},
                           {FlatUploadModel::KeyColumn, 32},
                           {FlatUploadModel::AgeColumn, 8},
                           {FlatUploadModel::SizeColumn, 12},
                           {FlatUploadModel::StateColumn, 30},
                           {FlatUploadModel::CostColumn, 11},
                           {FlatUploadModel::StorageClassColumn, 0},
                           {FlatUploadModel::PartsColumn, 6},
                           {FlatUploadModel::UploadIdColumn, 14},
                           {FlatUploadModel::InitiatedColumn, 21}});
    m_view->hideColumn(FlatUploadModel::InitiatedColumn);
    m_view->hideColumn(FlatUploadModel::InitiatorColumn);
    // Oldest first by default: the likeliest waste (the user's sort is kept).
    m_view->sortByColumn(FlatUploadModel::AgeColumn, Qt::DescendingOrder);
    addColumnChooser(m_view, {FlatUploadModel::AbortRuleColumn});

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

    // Said every time the connection is used, above everything else: certificates not verified.
    m_securityBanner = new QLabel(this);
    m_securityBanner->setObjectName(QStringLiteral("securityBanner"));
    m_securityBanner->setWordWrap(true);
    m_securityBanner->setTextFormat(Qt::PlainText);
    m_securityBanner->setMargin(style()->pixelMetric(QStyle::PM_LayoutTopMargin));
    m_securityBanner->setAutoFillBackground(true);
    QPalette warning = m_securityBanner->palette();
    warning.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda)); // a warning's red, readable in both themes
    warning.setColor(QPalette::WindowText, QColor(0x58, 0x15, 0x1c));
    m_securityBanner->setPalette(warning);
    m_securityBanner->hide();

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_securityBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
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
    m_detailsDock->toggleViewAction()->setText(tr("&Details"));
    m_summaryDock->toggleViewAction()->setText(tr("S&ummary"));
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
    // Without a saved state, the defaults of createCentralView stay; the upload table never shows
    // the abort rule (it is the buckets').
    m_bucketView->horizontalHeader()->restoreState(settings.value(settingsKey("bucketColumns")).toByteArray());
    m_view->hideColumn(FlatUploadModel::AbortRuleColumn);
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("inventorySplitter")))
        splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
    // What the charts show is the user's choice until they make another.
    bool known = false;
    const int measure = settings.value(settingsKey("chartMeasure")).toInt(&known);
    if (known && measure >= int(SummaryPane::Measure::Auto) && measure <= int(SummaryPane::Measure::Cost))
        m_summary->setMeasure(SummaryPane::Measure(measure));
    connect(m_summary, &SummaryPane::measureChanged, this,
            [](SummaryPane::Measure chosen) { QSettings().setValue(settingsKey("chartMeasure"), int(chosen)); });
}

} // namespace PartSweep
