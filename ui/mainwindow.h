#pragma once

#include "cleanup/cleanuptypes.h"
#include "inventory/inventoryscanner.h"
#include "inventory/wastestats.h"
#include "pricing/pricetable.h"
#include "s3/s3client.h"

#include <QItemSelection>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QTableView;
class QItemSelection;

namespace PartSweep {

class BucketListProxy;
class DetailsPane;
class FlatUploadModel;
class InventoryFilterProxy;
class InventoryModel;
class SummaryPane;

// The main window: the bucket list (uploads, bytes, oldest, scan state or error per bucket) next
// to one table of every upload, the filter bar, the details and summary panes, and the status
// bar. Layout and wiring only: the scanning is InventoryScanner's, the data InventoryModel's.
//
// Why a bucket list + one upload table rather than a tree: a bulk cleanup spans buckets, so the
// admin sorts and selects across all of them ("the largest uploads anywhere", "everything older
// than 30 days"); selecting buckets on the left narrows the table to them. It also scales: a
// QTreeView relayouts every expanded row on each insert, which measured 220 s during development to stream a
// million uploads (docs/benchmarks.md); a flat table takes each page in O(rows) integer work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the current connection: a new client, then a scan of every bucket.
    // `description` is shown in the status bar (never a secret).
    void openConnection(const S3ClientConfig &config, const QString &description);
    void showConnectionError(const QString &message);
    void showConnecting(const QString &name);
    // Who the open connection signs in as (empty: not known, e.g. the server does not say) and how
    // long its credentials last, in words: shown with the connection in the status bar.
    void showIdentity(const QString &who, const QString &credentialsLast);

    QLabel *connectionLabel() const { return m_connectionLabel; }
    InventoryModel *inventory() const { return m_model; }
    InventoryFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QTableView *bucketView() const { return m_bucketView; }
    InventoryScanner *scanner() const { return m_scanner; }
    S3Client *client() const { return m_client; }
    SummaryPane *summaryPane() const { return m_summary; }
    DetailsPane *detailsPane() const { return m_details; }

    // The selected uploads (bucket rows in the selection stand for none of theirs; uploads
    // verified gone are left out).
    QList<InventoryScanner::UploadRef> selectedUploads() const;
    // The same, as what a cleanup takes: each upload as listed, with its size where known.
    QList<CleanupTarget> selectedTargets() const;

    // What storage costs on the connection (the summary's costs a month).
    void setCostModel(const CostModel &cost);
    const CostModel &costModel() const { return m_cost; }
    // Recomputes the summary now (it runs on a short timer otherwise, in slices).
    void refreshSummary();
    // Whether a tally of the summary is under way (between slices).
    bool isSummarizing() const { return m_summaryPass != nullptr; }
    // Whether Delete is reading the selection (between two slices) before it asks to abort.
    bool isReadingSelection() const { return m_abortWalk != nullptr; }

Q_SIGNALS:
    void connectRequested();
    // A connection was opened (its scan is starting).
    void connectionOpened();
    // Del / "Abort selected…": the uploads to confirm and abort (never empty).
    void abortRequested(const QList<PartSweep::CleanupTarget> &targets);
    // A scan of the buckets is over (the bucket list is complete).
    void inventoryScanned();
    // "Add abort rule…": the buckets to add PartSweep's lifecycle rule to (never empty).
    void abortRuleRequested(const QStringList &buckets);
    // The user's storage prices were saved (Preferences): costs are to be worked out again.
    void pricesChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Where a walk over the selected rows stands (the selection as it was when it began).
    struct SelectionCursor
    {
        QItemSelection selection;
        qsizetype range = 0;
        int row = -1; // in that range; -1: its first
    };
    using UploadVisitor = std::function<void(const QModelIndex &source, const UploadInfo &upload)>;
    SelectionCursor selectionCursor() const;
    // Each selected upload still pending from the cursor on (its inventory index and listing),
    // until the end (true) or until stop() says so (false; the cursor stays at that row).
    bool visitSelection(SelectionCursor &cursor, const UploadVisitor &visit,
                        const std::function<bool()> &stop = {}) const;
    // A visitor appending each upload to targets, with room made for the cursor's rows.
    UploadVisitor targetCollector(QList<CleanupTarget> &targets, const SelectionCursor &cursor) const;
    struct AbortWalk;
    void continueAbortWalk(bool fresh);
    // Building the window (mainwindowlayout.cpp).
    static QString settingsKey(const char *name);
    void createActions();
    void createMenus();
    void createFilterBar();
    void createCentralView();
    void addColumnChooser(QTableView *view, const QList<int> &never);
    void layOutColumns(QTableView *view, const QList<std::pair<int, int>> &columns);
    void fitHeaderTexts(QTableView *view);
    void createDocks();
    void createStatusBar();
    void restoreWindowState();
    void handleAbout();
    void handleRefresh();
    void handleFilterChanged();
    void handleSelectionChanged();
    void handleCurrentChanged(const QModelIndex &current);
    void handleScanProgress();
    void handleScanFinished();
    void handleAbortSelected();
    void selectAllMatching();
    enum class SummaryPart
    {
        All,          // the inventory or the filter changed
        SelectionOnly // only the selection changed
    };
    void scheduleSummary(SummaryPart part = SummaryPart::All);
    // The summary's tallies in slices of at most ~10 ms of this thread (the timer's path: a full
    // pass over a million uploads took 0.6 s); unbounded: all of it now (refreshSummary()).
    struct SummaryPass;
    void continueSummary(bool unbounded = false);
    void scheduleVisibleSizes();
    void requestVisibleSizes();
    void handleBucketSelectionChanged();
    void updateActions();
    void setLastError(const QString &message);

    CostModel m_cost;
    InventoryModel *m_model = nullptr;
    FlatUploadModel *m_flat = nullptr;
    InventoryFilterProxy *m_proxy = nullptr;
    BucketListProxy *m_bucketProxy = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_bucketView = nullptr;
    QPointer<S3Client> m_client;
    InventoryScanner *m_scanner = nullptr;

    QLineEdit *m_filterText = nullptr;
    QComboBox *m_filterAge = nullptr;
    QComboBox *m_filterSize = nullptr;
    QComboBox *m_filterStorageClass = nullptr;
    QComboBox *m_filterShow = nullptr;
    QWidget *m_filterBar = nullptr;
    QMenu *m_viewMenu = nullptr;

    DetailsPane *m_details = nullptr;
    SummaryPane *m_summary = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_summaryDock = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelScanAction = nullptr;
    QAction *m_sizeAllAction = nullptr;
    QAction *m_abortAction = nullptr;
    QAction *m_abortRuleAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_securityBanner = nullptr; // connectionresolver.h's securityWarning, when there is one
    QString m_connectionDescription;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_errorLabel = nullptr;

    QTimer *m_summaryTimer = nullptr;
    QTimer *m_visibleSizesTimer = nullptr;
    QTimer *m_ageTimer = nullptr;
    QString m_detailsFor;
    WasteStats m_totalStats;                    // the summary's tallies of the whole inventory and of the filtered
    WasteStats m_filteredStats;                 // rows, kept until one of them changes
    bool m_inventoryStatsStale = true;          // bucket + upload id whose parts the details pane waits for
    std::unique_ptr<SummaryPass> m_summaryPass; // the pass in progress
    std::unique_ptr<AbortWalk> m_abortWalk;     // Delete: the selection being read
    quint64 m_inventoryShape = 0;               // bumped when the inventory's rows or the filter change under a pass
    quint64 m_tableShape = 0;                   // bumped when the table's rows or the selection change under a pass
};

} // namespace PartSweep
