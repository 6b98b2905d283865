#pragma once

#include "pricing/pricetable.h"
#include "s3/s3types.h"
#include "util/blockedminimum.h"
#include "util/rowindex.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace PartSweep {

struct ListingOutcome;

// The inventory: every bucket as a top-level row, its pending multipart uploads as children.
//
// Threading and ownership: lives on the GUI thread and must be fed from it (results of the
// scanners and size workers arrive there through queued signals). It owns copies of the values.
//
// Built for a million uploads (docs: STYLE.md "Models at a million rows"):
// - a page of uploads is inserted with one beginInsertRows, never row by row;
// - sizes and cleanup states, which arrive in bursts of thousands, are applied to the data at
//   once but announced in batches: a single-shot 50 ms timer emits one dataChanged per
//   contiguous run of rows with an explicit role list (flushPendingChanges() does it now);
// - every column has a raw, typed value under SortRole, so proxies sort without parsing text.
// DisplayRole is human text (KiB..TiB, "3 d 4 h", ISO time), ToolTipRole the exact value.
// Icons, colours and fonts are the views' job (ui/), not this model's.
//
// Index scheme: internalId 0 for bucket rows, bucket row + 1 for upload rows. Buckets are only
// appended (addBucket) or all replaced (setBuckets, a reset), so the ids stay valid.
// Calls naming an unknown bucket or upload id are ignored.
class InventoryModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    // One layout for both levels; a cell a level has nothing for is empty.
    //   column             bucket row                          upload row
    enum Column
    {
        NameColumn,         // bucket name                         object key
        UploadsColumn,      // number of uploads listed            -
        UploadIdColumn,     // -                                   upload id
        InitiatedColumn,    // initiation of the oldest upload     initiated (UTC)
        AgeColumn,          // age of the oldest upload            age (from the injected clock)
        PartsColumn,        // parts of the uploads sized so far   parts (empty until listed)
        SizeColumn,         // bytes of the uploads sized so far   bytes (empty until listed)
        CostColumn,         // cost a month of those               cost a month (empty: no size or price)
        StorageClassColumn, // region                              storage class
        InitiatorColumn,    // -                                   initiator (display name, else id)
        StateColumn,        // scan state (pages, uploads so far)  cleanup state
        AbortRuleColumn,    // lifecycle abort rule ("7 d", none)  -
        ColumnCount
    };
    Q_ENUM(Column)

    // Typed raw values. Unless noted, a role answers at both levels.
    enum Role
    {
        BucketRole = Qt::UserRole + 1, // QString: the bucket name
        KeyRole,                       // QString (uploads)
        UploadIdRole,                  // QString (uploads)
        InitiatedRole,                 // QDateTime UTC; buckets: the oldest upload (invalid when none)
        AgeSecondsRole,                // qint64; buckets: the oldest upload (-1 when none)
        PartsRole,                     // int, -1 unknown; buckets: qint64 sum over the sized uploads
        SizeRole,                      // qint64, -1 unknown; buckets: sum over the sized uploads
        StorageClassRole,              // QString (uploads)
        StateRole,                     // ScanState (buckets) or UploadState (uploads)
        SortRole,                      // the raw value of the cell's column, for sorting proxies
        IsBucketRole,                  // bool
        ErrorRole,                     // QString: why a scan or a cleanup failed; empty otherwise
        RegionRole,                    // QString (buckets)
        UploadCountRole,               // qint64 (buckets): still pending (cleaned ones left)
        SizedCountRole,                // qint64 (buckets): pending uploads whose size is known
        ScanPagesRole,                 // int (buckets): pages listed by the current/last scan
        AbortRuleRole,                 // QString (buckets): the lifecycle abort rule in force, in words
        CostRole,                      // double, USD a month; -1 unknown (no size or no price)
        CleanedCountRole,              // qint64 (buckets): uploads verified gone (still rows until the next listing)
        CleanedBytesRole,              // qint64 (buckets): the known sizes of those
        StateChangedRole,              // QDateTime (uploads): when the cleanup state last changed; invalid: never
    };
    Q_ENUM(Role)

    enum class ScanState
    {
        NotScanned,
        Scanning,
        Done,
        Failed,
        Incomplete
    };
    Q_ENUM(ScanState)
    enum class UploadState
    {
        Pending,
        Aborting,
        Verified,          // the server shows it gone
        AbortedUnverified, // the abort was accepted, not verified (verification off)
        Failed
    };
    Q_ENUM(UploadState)

    // What is still pending. Uploads a cleanup verified gone (UploadState::Verified) leave every
    // count, size, cost and age at once (they stay as rows, for the record, until the next
    // listing) and are counted apart as cleaned.
    struct Totals
    {
        qint64 uploads = 0;    // still pending
        qint64 bytesKnown = 0; // sum of the sizes listed so far, of those
        qint64 sizedUploads = 0;
        int buckets = 0;
        qint64 cleanedUploads = 0; // verified gone
        qint64 freedBytes = 0;     // the sizes known of those
    };

    explicit InventoryModel(QObject *parent = nullptr);
    ~InventoryModel() override;

    // --- feeding (GUI thread) ---
    void setBuckets(const QList<BucketInfo> &buckets); // a reset; duplicates by name are dropped
    void addBucket(const BucketInfo &bucket);          // appended, or its region/date updated
    // One page of a listing: one rowsInserted. Upload ids already present are skipped.
    void appendUploads(const QString &bucket, const QList<UploadInfo> &page);
    // The same, batched: pages queued within one flush interval (50 ms) go in with one
    // rowsInserted per bucket, which is what keeps a fast scan of a million uploads from making
    // the views relayout a thousand times. Calls that name uploads (sizes, states, removals,
    // outcomes) and flushPendingChanges() insert what is queued first.
    void queueUploads(const QString &bucket, const QList<UploadInfo> &page);
    void setBucketScanState(const QString &bucket, ScanState state, const QString &error = {}, int pages = 0,
                            qint64 uploadsSoFar = 0);
    // What storage costs on the connection (the Cost column): every cost cell changes.
    void setCostModel(const CostModel &cost);
    const CostModel &costModel() const { return m_cost; }
    // The bucket's lifecycle abort rule in words ("7 d", "7 d (prefix logs/)", "none", "not
    // supported", or why it could not be read); `detail` is the tooltip (e.g. the error).
    void setBucketAbortRule(const QString &bucket, const QString &text, const QString &detail = {});
    // Done, Incomplete (paging warnings, cancelled) or Failed (the error's words) from a lister.
    void applyListingOutcome(const ListingOutcome &outcome);
    void setUploadSize(const QString &bucket, const QString &uploadId, int parts, qint64 bytes); // batched
    void setUploadState(const QString &bucket, const QString &uploadId, UploadState state,
                        const QString &message = {}); // batched
    // Removes those uploads (one rowsRemoved per contiguous run); pending changes are flushed first.
    void removeUploads(const QString &bucket, const QStringList &uploadIds);

    // Emits the batched dataChanged signals now (the timer does it otherwise).
    void flushPendingChanges();

    // Ages are computed on read from this clock (default: the system clock, UTC).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }
    // Announces new ages: one dataChanged of the age cells per parent (the buckets, each bucket).
    void refreshAges();

    // --- reading ---
    std::optional<UploadInfo> uploadAt(const QModelIndex &index) const; // a copy; none for bucket rows
    // The fields the upload table filters and sorts a million rows on, read in place.
    struct UploadView
    {
        const QString &bucket;
        const QString &key;
        const QString &uploadId;
        const QDateTime &initiated;
        const QString &storageClass;
    };
    std::optional<UploadView> uploadView(const QModelIndex &index) const; // none for bucket rows
    qint64 uploadSize(const QModelIndex &index) const;                    // -1 unknown (or a bucket row)
    int uploadParts(const QModelIndex &index) const;                      // -1 unknown (or a bucket row)
    UploadState uploadState(const QModelIndex &index) const;              // Pending for a bucket row
    bool isCleaned(const QModelIndex &index) const { return uploadState(index) == UploadState::Verified; }
    QModelIndex bucketIndex(const QString &bucket, int column = NameColumn) const;
    QModelIndex uploadIndex(const QString &bucket, const QString &uploadId, int column = NameColumn) const;
    Totals totals() const;

    // --- QAbstractItemModel ---
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // What a listing repeats on nearly every row (storage class, initiator, owner, checksum
    // algorithm): each distinct set once in m_sharedFields; a row holds its index (these were six
    // QStrings a row, 144 bytes even when shared, and the bucket's name a seventh).
    struct SharedFields
    {
        QString storageClass;
        Owner initiator;
        Owner owner;
        QString checksumAlgorithm;
    };
    struct UploadRow
    {
        QString key;      // decoded, squeezed to its size
        QString uploadId; // squeezed
        QDateTime initiated;
        quint32 shared = 0; // m_sharedFields
        qint64 bytes = -1;
        int parts = -1;
        UploadState state = UploadState::Pending;
        qint64 stateChangedMs = 0;        // ms since the epoch, UTC; 0: never (no QDateTime per row)
        std::unique_ptr<QString> failure; // why a cleanup failed; rare, so not a QString in every row

        bool isGone() const { return state == UploadState::Verified; }

        QString message() const { return failure ? *failure : QString(); }
    };
    struct IdOf // an upload row's upload id, for the bucket's RowIndex
    {
        const std::deque<UploadRow> *uploads;
        const QString &operator()(int row) const { return (*uploads)[size_t(row)].uploadId; }
    };
    struct BucketRow
    {
        BucketInfo info;
        // A deque: rows never move as a bucket grows to hundreds of thousands of uploads (a vector
        // would copy them all on each growth, and its freed blocks inflate the RSS).
        std::deque<UploadRow> uploads;
        RowIndex rowById; // upload rows by upload id

        int rowOf(QStringView uploadId) const { return rowById.find(uploadId, idOf()); } // -1: none
        IdOf idOf() const { return IdOf{&uploads}; }
        ScanState scanState = ScanState::NotScanned;
        QString error;
        int pages = 0;
        qint64 uploadsSoFar = 0;
        QDateTime oldest;
        qint64 partsKnown = 0;
        qint64 bytesKnown = 0;
        qint64 sizedCount = 0;
        QHash<QString, qint64> bytesByClass; // of the sized uploads: what they cost differs
        qint64 cleanedCount = 0;             // uploads verified gone (left out of everything above)
        qint64 cleanedBytes = 0;
        bool oldestStale = false;   // an upload left: `oldest` is recomputed at the next flush
        BlockedMinimum oldestIndex; // the uploads' oldestKey(), per row

        qint64 pendingCount() const { return qint64(uploads.size()) - cleanedCount; }
        QString abortRule; // empty: not read (yet)
        QString abortRuleDetail;
    };

    double bucketCost(const BucketRow &bucket) const; // -1: no price
    double uploadCost(const UploadRow &upload) const; // -1: no size or no price
    QVariant bucketData(const BucketRow &bucket, int column, int role) const;
    static QString partialText(const BucketRow &bucket, double value, const QString &text);
    QVariant uploadData(const BucketRow &bucket, const UploadRow &upload, int column, int role) const;
    UploadInfo uploadInfo(const BucketRow &bucket, const UploadRow &upload) const;
    const SharedFields &sharedOf(const UploadRow &upload) const { return m_sharedFields[upload.shared]; }
    qint64 ageSeconds(const QDateTime &initiated) const;
    const UploadRow *uploadRowAt(const QModelIndex &index) const; // nullptr: not an upload row of this model
    UploadRow *findUpload(const QString &bucket, const QString &uploadId, int *bucketRow, int *uploadRow);
    void recomputeOldest(BucketRow &bucket);
    // What an upload counts toward its bucket's oldest: its initiation (ms), or None when it is
    // gone or of unknown age.
    static qint64 oldestKey(const UploadRow &upload);
    // Adds (sign +1) or takes away (-1) an upload's size from its bucket's aggregates.
    void countSize(BucketRow &bucket, const UploadRow &upload, int sign) const;
    void emitBucketChanged(int bucketRow, int firstColumn, int lastColumn, const QList<int> &roles);
    void scheduleFlush();
    void clearPending();
    void flushQueuedUploads();
    quint32 sharedIndex(const UploadInfo &upload); // m_sharedFields' entry for these values, added if new

    std::deque<BucketRow> m_buckets; // a deque: bucket rows hold move-only upload rows
    QHash<QString, int> m_bucketRowByName;
    std::function<QDateTime()> m_clock;
    CostModel m_cost;
    // Rows whose cells changed but were not announced yet, per bucket row (duplicates allowed).
    QHash<int, std::vector<int>> m_pendingSizes;
    QHash<int, std::vector<int>> m_pendingStates;
    std::vector<int> m_pendingBucketAggregates;
    std::vector<std::pair<QString, QList<UploadInfo>>> m_queuedPages; // in arrival order
    QTimer m_flushTimer;
    std::vector<SharedFields> m_sharedFields{SharedFields{}}; // entry 0: none of them known
    QMultiHash<size_t, quint32> m_sharedByHash;               // m_sharedFields by a hash of the values
    quint32 m_recentShared = 0;                               // rows come in runs: the last one first
    QSet<QString> m_sharedStrings;                            // the values of m_sharedFields, each once
};

} // namespace PartSweep
