// The cells of the inventory: what each column shows under each role (human text, tooltips,
// typed raw values for sorting and for the views). The rows themselves (storage, feeding,
// batched change notifications) are in inventorymodel.cpp.
#include "inventory/inventorymodel.h"

#include "util/format.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace PartSweep {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString scanStateText(InventoryModel::ScanState state)
{
    switch (state) {
    case InventoryModel::ScanState::NotScanned:
        return InventoryModel::tr("Not scanned");
    case InventoryModel::ScanState::Scanning:
        return InventoryModel::tr("Scanning");
    case InventoryModel::ScanState::Done:
        return InventoryModel::tr("Done");
    case InventoryModel::ScanState::Failed:
        return InventoryModel::tr("Failed");
    case InventoryModel::ScanState::Incomplete:
        return InventoryModel::tr("Incomplete");
    }
    return {};
}

QString uploadStateText(InventoryModel::UploadState state)
{
    switch (state) {
    case InventoryModel::UploadState::Pending:
        return InventoryModel::tr("Pending");
    case InventoryModel::UploadState::Aborting:
        return InventoryModel::tr("Aborting");
    case InventoryModel::UploadState::Verified:
        return InventoryModel::tr("Aborted (verified)");
    case InventoryModel::UploadState::AbortedUnverified:
        return InventoryModel::tr("Aborted (not verified)");
    case InventoryModel::UploadState::Failed:
        return InventoryModel::tr("Abort failed");
    }
    return {};
}

} // namespace

// A bucket's sum over its sized uploads: unknown is never shown as zero (Format::partialSum).
QString InventoryModel::partialText(const BucketRow &bucket, double value, const QString &text)
{
    if (bucket.pendingCount() == 0)
        return bucket.cleanedCount > 0 ? text : QString();
    return Format::partialSum(value, text, bucket.sizedCount, bucket.pendingCount());
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return bucketData(m_buckets[size_t(index.row())], index.column(), role);
    const BucketRow &bucket = m_buckets[size_t(index.internalId() - 1)];
    return uploadData(bucket, bucket.uploads[size_t(index.row())], index.column(), role);
}

qint64 InventoryModel::ageSeconds(const QDateTime &initiated) const
{
    if (!initiated.isValid())
        return -1;
    return std::max<qint64>(0, initiated.secsTo(m_clock()));
}

QVariant InventoryModel::bucketData(const BucketRow &bucket, int column, int role) const
{
    switch (role) {
    case BucketRole:
        return bucket.info.name;
    case IsBucketRole:
        return true;
    case InitiatedRole:
        return bucket.oldest;
    case AgeSecondsRole:
        return ageSeconds(bucket.oldest);
    case PartsRole:
        return bucket.partsKnown;
    case SizeRole:
        return bucket.bytesKnown;
    case StateRole:
        return QVariant::fromValue(bucket.scanState);
    case ErrorRole:
        return bucket.error;
    case RegionRole:
        return bucket.info.region;
    case UploadCountRole:
        return bucket.pendingCount();
    case SizedCountRole:
        return bucket.sizedCount;
    case CleanedCountRole:
        return bucket.cleanedCount;
    case CleanedBytesRole:
        return bucket.cleanedBytes;
    case ScanPagesRole:
        return bucket.pages;
    case AbortRuleRole:
        return bucket.abortRule;
    case CostRole:
        return bucketCost(bucket);
    case SortRole:
        switch (column) {
        case NameColumn:
            return bucket.info.name;
        case UploadsColumn:
            return bucket.pendingCount();
        case InitiatedColumn:
            return bucket.oldest;
        case AgeColumn:
            return ageSeconds(bucket.oldest);
        case PartsColumn:
            return bucket.partsKnown;
        case SizeColumn:
            return bucket.bytesKnown;
        case CostColumn:
            return bucketCost(bucket);
        case StorageClassColumn:
            return bucket.info.region;
        case StateColumn:
            return int(bucket.scanState);
        case AbortRuleColumn:
            return bucket.abortRule;
        default:
            return QString();
        }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return bucket.info.name;
        case UploadsColumn:
            return number(bucket.pendingCount());
        case InitiatedColumn:
            return bucket.oldest.isValid() ? Format::timestamp(bucket.oldest) : QString();
        case AgeColumn:
            return bucket.oldest.isValid() ? Format::age(ageSeconds(bucket.oldest)) : QString();
        // Unknown is not zero: nothing sized yet shows "?", some sized shows "at least".
        case PartsColumn:
            return partialText(bucket, double(bucket.partsKnown), number(bucket.partsKnown));
        case SizeColumn:
            return partialText(bucket, double(bucket.bytesKnown), Format::bytes(bucket.bytesKnown));
        case CostColumn: {
            // Without prices: empty (the tooltip says why); with prices: never $0 for unknown.
            const double cost = bucketCost(bucket);
            if (!m_cost.hasPrices())
                return QString();
            return partialText(bucket, cost, formatMoney(std::max(cost, 0.0)));
        }
        case StorageClassColumn:
            return bucket.info.region;
        case StateColumn:
            if (bucket.scanState == ScanState::Scanning)
                return tr("Scanning: %1 pages, %2 uploads").arg(number(bucket.pages), number(bucket.uploadsSoFar));
            if ((bucket.scanState == ScanState::Failed || bucket.scanState == ScanState::Incomplete) &&
                !bucket.error.isEmpty())
                return tr("%1: %2").arg(scanStateText(bucket.scanState), bucket.error);
            return scanStateText(bucket.scanState);
        case AbortRuleColumn:
            return bucket.abortRule;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return bucket.info.creationDate.isValid()
                       ? tr("%1, created %2").arg(bucket.info.name, Format::timestamp(bucket.info.creationDate))
                       : bucket.info.name;
        case UploadsColumn:
            if (bucket.cleanedCount > 0)
                return tr("%1 pending uploads; %2 more were aborted and verified gone (%3 freed)")
                    .arg(number(bucket.pendingCount()), number(bucket.cleanedCount),
                         Format::bytes(bucket.cleanedBytes));
            return tr("%Ln pending upload(s) listed", nullptr, int(bucket.pendingCount()));
        case InitiatedColumn:
            return bucket.oldest.isValid() ? tr("Oldest upload initiated %1").arg(Format::timestamp(bucket.oldest))
                                           : QString();
        case AgeColumn:
            return bucket.oldest.isValid() ? tr("%Ln second(s)", nullptr, int(ageSeconds(bucket.oldest))) : QString();
        case PartsColumn:
        case SizeColumn:
            return tr("%1 bytes in %2 parts, sizes known for %3 of %4 uploads")
                .arg(number(bucket.bytesKnown), number(bucket.partsKnown), number(bucket.sizedCount),
                     number(bucket.pendingCount()));
        case CostColumn:
            if (!m_cost.hasPrices())
                return tr("Cost: %1").arg(m_cost.describe());
            return tr("A month, for the %1 of %2 uploads whose size is known (%3)")
                .arg(number(bucket.sizedCount), number(bucket.pendingCount()), m_cost.describe());
        case StorageClassColumn:
            return bucket.info.region.isEmpty() ? QString() : tr("Region %1").arg(bucket.info.region);
        case StateColumn:
            return bucket.error.isEmpty() ? scanStateText(bucket.scanState) : bucket.error;
        case AbortRuleColumn:
            if (bucket.abortRule.isEmpty())
                return tr("Lifecycle rules not read yet");
            return bucket.abortRuleDetail.isEmpty()
                       ? tr("Lifecycle rule aborting incomplete uploads: %1").arg(bucket.abortRule)
                       : bucket.abortRuleDetail;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant InventoryModel::uploadData(const BucketRow &bucket, const UploadRow &upload, int column, int role) const
{
    const SharedFields &shared = sharedOf(upload);
    switch (role) {
    case BucketRole:
        return bucket.info.name;
    case KeyRole:
        return upload.key;
    case UploadIdRole:
        return upload.uploadId;
    case InitiatedRole:
        return upload.initiated;
    case AgeSecondsRole:
        return ageSeconds(upload.initiated);
    case PartsRole:
        return upload.parts;
    case SizeRole:
        return upload.bytes;
    case StorageClassRole:
        return shared.storageClass;
    case StateRole:
        return QVariant::fromValue(upload.state);
    case IsBucketRole:
        return false;
    case ErrorRole:
        return upload.state == UploadState::Failed ? upload.message() : QString();
    case CostRole:
        return uploadCost(upload);
    case StateChangedRole:
        return upload.stateChangedMs ? QDateTime::fromMSecsSinceEpoch(upload.stateChangedMs, Qt::UTC) : QDateTime();
    case SortRole:
        switch (column) {
        case NameColumn:
            return upload.key;
        case UploadsColumn:
            return qint64(0);
        case UploadIdColumn:
            return upload.uploadId;
        case InitiatedColumn:
            return upload.initiated;
        case AgeColumn:
            return ageSeconds(upload.initiated);
        case PartsColumn:
            return upload.parts;
        case SizeColumn:
            return upload.bytes;
        case CostColumn:
            return uploadCost(upload);
        case StorageClassColumn:
            return shared.storageClass;
        case InitiatorColumn:
            return shared.initiator.displayName.isEmpty() ? shared.initiator.id : shared.initiator.displayName;
        case StateColumn:
            return int(upload.state);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return upload.key;
        case UploadIdColumn:
            return upload.uploadId;
        case InitiatedColumn:
            return upload.initiated.isValid() ? Format::timestamp(upload.initiated) : QString();
        case AgeColumn:
            return upload.initiated.isValid() ? Format::age(ageSeconds(upload.initiated)) : QString();
        case PartsColumn:
            return upload.parts >= 0 ? number(upload.parts) : QString();
        case SizeColumn:
            return upload.bytes >= 0 ? Format::bytes(upload.bytes) : QString();
        case CostColumn: {
            const double cost = uploadCost(upload);
            return cost >= 0 ? formatMoney(cost) : QString();
        }
        case StorageClassColumn:
            return shared.storageClass;
        case InitiatorColumn:
            return shared.initiator.displayName.isEmpty() ? shared.initiator.id : shared.initiator.displayName;
        case StateColumn:
            if (upload.isGone() && upload.stateChangedMs)
                return tr("Aborted (verified) at %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(upload.stateChangedMs)
                             .toLocalTime()
                             .toString(QStringLiteral("HH:mm:ss")));
            return upload.state == UploadState::Failed && upload.failure
                       ? tr("%1: %2").arg(uploadStateText(upload.state), upload.message())
                       : uploadStateText(upload.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return tr("s3://%1/%2").arg(bucket.info.name, upload.key);
        case UploadIdColumn:
            return upload.uploadId;
        case InitiatedColumn:
            return upload.initiated.isValid() ? upload.initiated.toUTC().toString(Qt::ISODateWithMs) : QString();
        case AgeColumn:
            return upload.initiated.isValid()
                       ? tr("Initiated %1 (%Ln second(s) ago)", nullptr, int(ageSeconds(upload.initiated)))
                             .arg(Format::timestamp(upload.initiated))
                       : tr("Initiation time unknown");
        case PartsColumn:
        case SizeColumn:
            return upload.bytes >= 0
                       ? tr("%1 bytes in %2 parts").arg(number(upload.bytes), number(std::max(upload.parts, 0)))
                       : tr("Size not listed yet");
        case CostColumn:
            if (!m_cost.hasPrices())
                return tr("Cost: %1").arg(m_cost.describe());
            return upload.bytes >= 0 ? tr("A month, billed as %1 (%2)")
                                           .arg(billedStorageClass(shared.storageClass), m_cost.describe())
                                     : tr("Size not listed yet");
        case StorageClassColumn:
            return shared.storageClass;
        case InitiatorColumn:
            return shared.initiator.id;
        case StateColumn:
            return upload.failure ? upload.message() : uploadStateText(upload.state);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Bucket / Key");
    case UploadsColumn:
        return tr("Uploads");
    case UploadIdColumn:
        return tr("Upload ID");
    case InitiatedColumn:
        return tr("Initiated");
    case AgeColumn:
        return tr("Age");
    case PartsColumn:
        return tr("Parts");
    case SizeColumn:
        return tr("Size");
    case CostColumn:
        return tr("Cost/month");
    case StorageClassColumn:
        return tr("Region / Class");
    case InitiatorColumn:
        return tr("Initiator");
    case StateColumn:
        return tr("State");
    case AbortRuleColumn:
        return tr("Abort rule");
    default:
        return {};
    }
}

QHash<int, QByteArray> InventoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{BucketRole, "bucket"},
                  {KeyRole, "key"},
                  {UploadIdRole, "uploadId"},
                  {InitiatedRole, "initiated"},
                  {AgeSecondsRole, "ageSeconds"},
                  {PartsRole, "parts"},
                  {SizeRole, "size"},
                  {StorageClassRole, "storageClass"},
                  {StateRole, "state"},
                  {SortRole, "sortValue"},
                  {IsBucketRole, "isBucket"},
                  {ErrorRole, "error"},
                  {RegionRole, "region"},
                  {UploadCountRole, "uploadCount"},
                  {SizedCountRole, "sizedCount"},
                  {ScanPagesRole, "scanPages"},
                  {AbortRuleRole, "abortRule"},
                  {CostRole, "cost"},
                  {CleanedCountRole, "cleanedCount"},
                  {CleanedBytesRole, "cleanedBytes"},
                  {StateChangedRole, "stateChanged"}});
    return names;
}

// --- helpers ---

} // namespace PartSweep
