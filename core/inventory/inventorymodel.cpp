#include "inventory/inventorymodel.h"

#include "s3/uploadlister.h"
#include "util/rowruns.h"

#include <QSet>

#include <algorithm>

namespace PartSweep {

namespace {

constexpr int FlushDelayMs = 50;

const QList<int> &sizeRoles()
{
    static const QList<int> roles{Qt::DisplayRole,          Qt::ToolTipRole,          InventoryModel::PartsRole,
                                  InventoryModel::SizeRole, InventoryModel::CostRole, InventoryModel::SortRole};
    return roles;
}

const QList<int> &stateRoles()
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, InventoryModel::StateRole,
                                  InventoryModel::ErrorRole, InventoryModel::SortRole};
    return roles;
}

const QList<int> &bucketListingRoles()
{
    static const QList<int> roles{Qt::DisplayRole,
                                  Qt::ToolTipRole,
                                  InventoryModel::UploadCountRole,
                                  InventoryModel::InitiatedRole,
                                  InventoryModel::AgeSecondsRole,
                                  InventoryModel::SortRole};
    return roles;
}

} // namespace

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &InventoryModel::flushPendingChanges);
}

InventoryModel::~InventoryModel() = default;

// --- feeding ---

void InventoryModel::setBuckets(const QList<BucketInfo> &buckets)
{
    beginResetModel();
    clearPending();
    m_buckets.clear();
    m_bucketRowByName.clear();
    m_sharedFields.assign(1, SharedFields{});
    m_sharedByHash.clear();
    m_sharedStrings.clear();
    m_recentShared = 0;
    for (const BucketInfo &info : buckets) {
        if (m_bucketRowByName.contains(info.name))
            continue;
        m_bucketRowByName.insert(info.name, int(m_buckets.size()));
        BucketRow row;
        row.info = info;
        m_buckets.push_back(std::move(row));
    }
    endResetModel();
}

void InventoryModel::addBucket(const BucketInfo &bucket)
{
    const auto it = m_bucketRowByName.constFind(bucket.name);
    if (it != m_bucketRowByName.cend()) {
        m_buckets[size_t(*it)].info = bucket;
        emitBucketChanged(*it, NameColumn, ColumnCount - 1, {Qt::DisplayRole, Qt::ToolTipRole, RegionRole, SortRole});
        return;
    }
    const int row = int(m_buckets.size());
    beginInsertRows({}, row, row);
    BucketRow added;
    added.info = bucket;
    m_buckets.push_back(std::move(added));
    m_bucketRowByName.insert(bucket.name, row);
    endInsertRows();
}

void InventoryModel::appendUploads(const QString &bucket, const QList<UploadInfo> &page)
{
    const auto it = m_bucketRowByName.constFind(bucket);
    if (it == m_bucketRowByName.cend())
        return;
    const int bucketRow = *it;
    BucketRow &target = m_buckets[size_t(bucketRow)];

    // Skip ids already listed (a re-scan, a server repeating a page) before announcing the rows.
    std::vector<const UploadInfo *> fresh;
    fresh.reserve(size_t(page.size()));
    QSet<QString> seen;
    for (const UploadInfo &upload : page) {
        if (upload.uploadId.isEmpty() || target.rowOf(upload.uploadId) >= 0 || seen.contains(upload.uploadId))
            continue;
        seen.insert(upload.uploadId);
        fresh.push_back(&upload);
    }
    if (fresh.empty())
        return;

    const int first = int(target.uploads.size());
    beginInsertRows(index(bucketRow, 0), first, first + int(fresh.size()) - 1);
    for (const UploadInfo *upload : fresh) {
        UploadRow row;
        row.key = upload->key;
        row.uploadId = upload->uploadId;
        // The XML reader's strings carry spare capacity (QXmlStreamReader grows them as it reads:
        // ~500 bytes for a 120-character upload id): kept for the scan's life, they take exactly
        // their size.
        row.key.squeeze();
        row.uploadId.squeeze();
        row.initiated = upload->initiated;
        row.shared = sharedIndex(*upload);
        if (!target.oldest.isValid() || (row.initiated.isValid() && row.initiated < target.oldest))
            target.oldest = row.initiated;
        target.oldestIndex.append(oldestKey(row));
        target.uploads.push_back(std::move(row));
        target.rowById.insert(int(target.uploads.size()) - 1, target.idOf());
    }
    endInsertRows();
    emitBucketChanged(bucketRow, UploadsColumn, AgeColumn, bucketListingRoles());
}

quint32 InventoryModel::sharedIndex(const UploadInfo &upload)
{
    const auto same = [&upload](const SharedFields &f) {
        return f.storageClass == upload.storageClass && f.initiator.id == upload.initiator.id &&
               f.initiator.displayName == upload.initiator.displayName && f.owner.id == upload.owner.id &&
               f.owner.displayName == upload.owner.displayName && f.checksumAlgorithm == upload.checksumAlgorithm;
    };
    if (same(m_sharedFields[m_recentShared]))
        return m_recentShared;
    const size_t hash = qHashMulti(0, upload.storageClass, upload.initiator.id, upload.initiator.displayName,
                                   upload.owner.id, upload.owner.displayName, upload.checksumAlgorithm);
    for (auto it = m_sharedByHash.constFind(hash); it != m_sharedByHash.cend() && it.key() == hash; ++it) {
        if (same(m_sharedFields[*it]))
            return m_recentShared = *it;
    }
    // New: stored once, its values shared with the sets before (another owner, the same storage
    // class). Not bounded: a server naming a different owner on every row costs what a row
    // holding its own would.
    const auto one = [this](const QString &value) {
        constexpr qsizetype MaxStrings = 4096; // beyond, a set keeps its own (a server naming a new owner each row)
        const auto it = m_sharedStrings.constFind(value);
        if (it != m_sharedStrings.cend())
            return *it;
        return m_sharedStrings.size() < MaxStrings ? *m_sharedStrings.insert(value) : value;
    };
    m_sharedFields.push_back(SharedFields{one(upload.storageClass),
                                          {one(upload.initiator.id), one(upload.initiator.displayName)},
                                          {one(upload.owner.id), one(upload.owner.displayName)},
                                          one(upload.checksumAlgorithm)});
    m_recentShared = quint32(m_sharedFields.size() - 1);
    m_sharedByHash.insert(hash, m_recentShared);
    return m_recentShared;
}

void InventoryModel::queueUploads(const QString &bucket, const QList<UploadInfo> &page)
{
    if (page.isEmpty() || !m_bucketRowByName.contains(bucket))
        return;
    for (auto &[name, uploads] : m_queuedPages) {
        if (name == bucket) {
            uploads.append(page);
            scheduleFlush();
            return;
        }
    }
    m_queuedPages.emplace_back(bucket, page);
    scheduleFlush();
}

void InventoryModel::flushQueuedUploads()
{
    if (m_queuedPages.empty())
        return;
    const auto pages = std::exchange(m_queuedPages, {});
    for (const auto &[bucket, uploads] : pages)
        appendUploads(bucket, uploads);
}

void InventoryModel::setBucketScanState(const QString &bucket, ScanState state, const QString &error, int pages,
                                        qint64 uploadsSoFar)
{
    const auto it = m_bucketRowByName.constFind(bucket);
    if (it == m_bucketRowByName.cend())
        return;
    BucketRow &target = m_buckets[size_t(*it)];
    target.scanState = state;
    target.error = error;
    target.pages = pages;
    target.uploadsSoFar = uploadsSoFar;
    emitBucketChanged(*it, StateColumn, StateColumn,
                      {Qt::DisplayRole, Qt::ToolTipRole, StateRole, ErrorRole, ScanPagesRole, SortRole});
}

void InventoryModel::setCostModel(const CostModel &cost)
{
    flushPendingChanges();
    m_cost = cost;
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, CostRole, SortRole};
    if (m_buckets.empty())
        return;
    Q_EMIT dataChanged(index(0, CostColumn), index(int(m_buckets.size()) - 1, CostColumn), roles);
    for (size_t b = 0; b < m_buckets.size(); ++b) {
        if (m_buckets[b].uploads.empty())
            continue;
        const QModelIndex parent = index(int(b), 0);
        Q_EMIT dataChanged(index(0, CostColumn, parent),
                           index(int(m_buckets[b].uploads.size()) - 1, CostColumn, parent), roles);
    }
}

double InventoryModel::bucketCost(const BucketRow &bucket) const
{
    if (!m_cost.hasPrices() || bucket.sizedCount == 0)
        return -1;
    double total = 0;
    for (auto it = bucket.bytesByClass.cbegin(); it != bucket.bytesByClass.cend(); ++it)
        total += m_cost.monthly(it.value(), it.key()).value_or(0);
    return total;
}

double InventoryModel::uploadCost(const UploadRow &upload) const
{
    return m_cost.monthly(upload.bytes, sharedOf(upload).storageClass).value_or(-1);
}

void InventoryModel::setBucketAbortRule(const QString &bucket, const QString &text, const QString &detail)
{
    const auto it = m_bucketRowByName.constFind(bucket);
    if (it == m_bucketRowByName.cend())
        return;
    BucketRow &target = m_buckets[size_t(*it)];
    target.abortRule = text;
    target.abortRuleDetail = detail;
    emitBucketChanged(*it, AbortRuleColumn, AbortRuleColumn,
                      {Qt::DisplayRole, Qt::ToolTipRole, AbortRuleRole, SortRole});
}

void InventoryModel::applyListingOutcome(const ListingOutcome &outcome)
{
    flushQueuedUploads();
    ScanState state = ScanState::Done;
    QString error;
    if (outcome.error) {
        state = outcome.error->kind == S3Error::Kind::Cancelled ? ScanState::Incomplete : ScanState::Failed;
        error = outcome.error->toString();
    } else if (!outcome.complete || !outcome.warnings.isEmpty()) {
        state = ScanState::Incomplete;
        error = outcome.warnings.join(u'\n');
    }
    setBucketScanState(outcome.bucket, state, error, outcome.pages, outcome.uploads);
}

void InventoryModel::setUploadSize(const QString &bucket, const QString &uploadId, int parts, qint64 bytes)
{
    flushQueuedUploads();
    int bucketRow = -1;
    int uploadRow = -1;
    UploadRow *upload = findUpload(bucket, uploadId, &bucketRow, &uploadRow);
    if (!upload)
        return;
    BucketRow &target = m_buckets[size_t(bucketRow)];
    countSize(target, *upload, -1);
    upload->parts = parts < 0 ? -1 : parts;
    upload->bytes = bytes < 0 ? -1 : bytes;
    countSize(target, *upload, +1);
    m_pendingSizes[bucketRow].push_back(uploadRow);
    m_pendingBucketAggregates.push_back(bucketRow);
    scheduleFlush();
}

void InventoryModel::setUploadState(const QString &bucket, const QString &uploadId, UploadState state,
                                    const QString &message)
{
    flushQueuedUploads();
    int bucketRow = -1;
    int uploadRow = -1;
    UploadRow *upload = findUpload(bucket, uploadId, &bucketRow, &uploadRow);
    if (!upload)
        return;
    BucketRow &target = m_buckets[size_t(bucketRow)];
    const bool wasGone = upload->isGone();
    const qint64 oldKey = oldestKey(*upload);
    if (upload->state != state)
        upload->stateChangedMs = QDateTime::currentMSecsSinceEpoch();
    countSize(target, *upload, -1);
    upload->state = state;
    countSize(target, *upload, +1);
    upload->failure = message.isEmpty() ? nullptr : std::make_unique<QString>(message);
    m_pendingStates[bucketRow].push_back(uploadRow);
    if (wasGone != upload->isGone()) {
        // It leaves (or rejoins) the bucket's counts, and maybe its oldest upload.
        target.cleanedCount += upload->isGone() ? 1 : -1;
        target.oldestIndex.change(size_t(uploadRow), oldKey, oldestKey(*upload));
        target.oldestStale = true;
        m_pendingBucketAggregates.push_back(bucketRow);
    }
    scheduleFlush();
}

void InventoryModel::countSize(BucketRow &bucket, const UploadRow &upload, int sign) const
{
    if (upload.bytes < 0)
        return;
    if (upload.isGone()) {
        bucket.cleanedBytes += sign * upload.bytes;
        return;
    }
    bucket.bytesKnown += sign * upload.bytes;
    bucket.bytesByClass[sharedOf(upload).storageClass] += sign * upload.bytes;
    bucket.partsKnown += sign * std::max(upload.parts, 0);
    bucket.sizedCount += sign;
}

void InventoryModel::removeUploads(const QString &bucket, const QStringList &uploadIds)
{
    flushQueuedUploads();
    const auto it = m_bucketRowByName.constFind(bucket);
    if (it == m_bucketRowByName.cend())
        return;
    const int bucketRow = *it;
    BucketRow &target = m_buckets[size_t(bucketRow)];
    std::vector<int> rows;
    rows.reserve(size_t(uploadIds.size()));
    for (const QString &id : uploadIds) {
        if (const int row = target.rowOf(id); row >= 0)
            rows.push_back(row);
    }
    if (rows.empty())
        return;

    // Pending rows are row numbers: announce them before the rows move.
    flushPendingChanges();

    const QModelIndex parent = index(bucketRow, 0);
    const auto runs = contiguousRuns(std::move(rows));
    // From the last run back, so the rows of the runs not yet removed keep their numbers.
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
        beginRemoveRows(parent, run->first, run->second);
        for (int row = run->first; row <= run->second; ++row) {
            const UploadRow &gone = target.uploads[size_t(row)];
            countSize(target, gone, -1);
            if (gone.isGone())
                --target.cleanedCount;
        }
        target.uploads.erase(target.uploads.begin() + run->first, target.uploads.begin() + run->second + 1);
        endRemoveRows();
    }
    target.rowById.rebuild(int(target.uploads.size()), target.idOf());
    target.oldestIndex.reset(target.uploads.size());
    recomputeOldest(target);
    emitBucketChanged(bucketRow, UploadsColumn, CostColumn,
                      {Qt::DisplayRole, Qt::ToolTipRole, UploadCountRole, InitiatedRole, AgeSecondsRole, PartsRole,
                       SizeRole, SizedCountRole, CostRole, CleanedCountRole, CleanedBytesRole, SortRole});
}

void InventoryModel::flushPendingChanges()
{
    m_flushTimer.stop();
    flushQueuedUploads();
    const auto flush = [this](QHash<int, std::vector<int>> &pending, int firstColumn, int lastColumn,
                              const QList<int> &roles) {
        // Bucket rows in order, so the signals come in a predictable order.
        QList<int> bucketRows = pending.keys();
        std::sort(bucketRows.begin(), bucketRows.end());
        for (const int bucketRow : bucketRows) {
            const QModelIndex parent = index(bucketRow, 0);
            for (const auto &[first, last] : contiguousRuns(std::move(pending[bucketRow])))
                Q_EMIT dataChanged(index(first, firstColumn, parent), index(last, lastColumn, parent), roles);
        }
        pending.clear();
    };
    flush(m_pendingSizes, PartsColumn, CostColumn, sizeRoles());
    flush(m_pendingStates, StateColumn, StateColumn, stateRoles());

    QList<int> roles = sizeRoles();
    roles << SizedCountRole << UploadCountRole << CleanedCountRole << CleanedBytesRole << InitiatedRole
          << AgeSecondsRole;
    for (const int bucketRow : m_pendingBucketAggregates) {
        BucketRow &bucket = m_buckets[size_t(bucketRow)];
        if (bucket.oldestStale) {
            recomputeOldest(bucket);
            bucket.oldestStale = false;
        }
    }
    for (const auto &[first, last] : contiguousRuns(std::move(m_pendingBucketAggregates)))
        Q_EMIT dataChanged(index(first, UploadsColumn), index(last, CostColumn), roles);
    m_pendingBucketAggregates.clear();
}

void InventoryModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

void InventoryModel::refreshAges()
{
    if (m_buckets.empty())
        return;
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, AgeSecondsRole, SortRole};
    const int lastBucket = int(m_buckets.size()) - 1;
    Q_EMIT dataChanged(index(0, AgeColumn), index(lastBucket, AgeColumn), roles);
    for (int bucketRow = 0; bucketRow <= lastBucket; ++bucketRow) {
        const int count = int(m_buckets[size_t(bucketRow)].uploads.size());
        if (count == 0)
            continue;
        const QModelIndex parent = index(bucketRow, 0);
        Q_EMIT dataChanged(index(0, AgeColumn, parent), index(count - 1, AgeColumn, parent), roles);
    }
}

// --- reading ---

const InventoryModel::UploadRow *InventoryModel::uploadRowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const size_t bucketRow = size_t(index.internalId() - 1);
    if (bucketRow >= m_buckets.size() || size_t(index.row()) >= m_buckets[bucketRow].uploads.size())
        return nullptr;
    return &m_buckets[bucketRow].uploads[size_t(index.row())];
}

UploadInfo InventoryModel::uploadInfo(const BucketRow &bucket, const UploadRow &upload) const
{
    const SharedFields &shared = sharedOf(upload);
    UploadInfo info;
    info.bucket = bucket.info.name;
    info.key = upload.key;
    info.uploadId = upload.uploadId;
    info.initiated = upload.initiated;
    info.storageClass = shared.storageClass;
    info.initiator = shared.initiator;
    info.owner = shared.owner;
    info.checksumAlgorithm = shared.checksumAlgorithm;
    return info;
}

std::optional<UploadInfo> InventoryModel::uploadAt(const QModelIndex &index) const
{
    const UploadRow *row = uploadRowAt(index);
    if (!row)
        return std::nullopt;
    return uploadInfo(m_buckets[size_t(index.internalId() - 1)], *row);
}

std::optional<InventoryModel::UploadView> InventoryModel::uploadView(const QModelIndex &index) const
{
    const UploadRow *row = uploadRowAt(index);
    if (!row)
        return std::nullopt;
    return UploadView{m_buckets[size_t(index.internalId() - 1)].info.name, row->key, row->uploadId, row->initiated,
                      sharedOf(*row).storageClass};
}

qint64 InventoryModel::uploadSize(const QModelIndex &index) const
{
    const UploadRow *row = uploadRowAt(index);
    return row ? row->bytes : -1;
}

int InventoryModel::uploadParts(const QModelIndex &index) const
{
    const UploadRow *row = uploadRowAt(index);
    return row ? row->parts : -1;
}

InventoryModel::UploadState InventoryModel::uploadState(const QModelIndex &index) const
{
    const UploadRow *row = uploadRowAt(index);
    return row ? row->state : UploadState::Pending;
}

QModelIndex InventoryModel::bucketIndex(const QString &bucket, int column) const
{
    const auto it = m_bucketRowByName.constFind(bucket);
    return it == m_bucketRowByName.cend() ? QModelIndex() : index(*it, column);
}

QModelIndex InventoryModel::uploadIndex(const QString &bucket, const QString &uploadId, int column) const
{
    const auto it = m_bucketRowByName.constFind(bucket);
    if (it == m_bucketRowByName.cend())
        return {};
    const BucketRow &target = m_buckets[size_t(*it)];
    const int row = target.rowOf(uploadId);
    return row < 0 ? QModelIndex() : index(row, column, index(*it, 0));
}

InventoryModel::Totals InventoryModel::totals() const
{
    Totals result;
    result.buckets = int(m_buckets.size());
    for (const BucketRow &bucket : m_buckets) {
        result.uploads += bucket.pendingCount();
        result.bytesKnown += bucket.bytesKnown;
        result.sizedUploads += bucket.sizedCount;
        result.cleanedUploads += bucket.cleanedCount;
        result.freedBytes += bucket.cleanedBytes;
    }
    return result;
}

// --- QAbstractItemModel ---

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_buckets.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || size_t(parent.row()) >= m_buckets.size())
        return {}; // uploads have no children
    if (size_t(row) >= m_buckets[size_t(parent.row())].uploads.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex InventoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_buckets.size());
    if (parent.column() != 0 || parent.internalId() != 0 || size_t(parent.row()) >= m_buckets.size())
        return 0;
    return int(m_buckets[size_t(parent.row())].uploads.size());
}

int InventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

InventoryModel::UploadRow *InventoryModel::findUpload(const QString &bucket, const QString &uploadId, int *bucketRow,
                                                      int *uploadRow)
{
    const auto it = m_bucketRowByName.constFind(bucket);
    if (it == m_bucketRowByName.cend())
        return nullptr;
    BucketRow &target = m_buckets[size_t(*it)];
    const int row = target.rowOf(uploadId);
    if (row < 0)
        return nullptr;
    *bucketRow = *it;
    *uploadRow = row;
    return &target.uploads[size_t(row)];
}

void InventoryModel::recomputeOldest(BucketRow &bucket)
{
    const qint64 oldest = bucket.oldestIndex.minimum([&bucket](size_t row) { return oldestKey(bucket.uploads[row]); });
    bucket.oldest = oldest == BlockedMinimum::None ? QDateTime() : QDateTime::fromMSecsSinceEpoch(oldest, Qt::UTC);
}

qint64 InventoryModel::oldestKey(const UploadRow &upload)
{
    return upload.isGone() || !upload.initiated.isValid() ? BlockedMinimum::None : upload.initiated.toMSecsSinceEpoch();
}

void InventoryModel::emitBucketChanged(int bucketRow, int firstColumn, int lastColumn, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(bucketRow, firstColumn), index(bucketRow, lastColumn), roles);
}

void InventoryModel::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void InventoryModel::clearPending()
{
    m_flushTimer.stop();
    m_queuedPages.clear();
    m_pendingSizes.clear();
    m_pendingStates.clear();
    m_pendingBucketAggregates.clear();
}

} // namespace PartSweep
