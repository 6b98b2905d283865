#include "cleanup/cleanupmodel.h"

#include "cleanup/cleanupjob.h"
#include "util/format.h"
#include "util/rowruns.h"

#include <QCoreApplication>

namespace PartSweep {

CleanupModel::CleanupModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CleanupModel::setJob(CleanupJob *job)
{
    beginResetModel();
    disconnect(m_connection);
    m_job = job;
    if (job)
        m_connection = connect(job, &CleanupJob::progressed, this, &CleanupModel::handleProgressed);
    endResetModel();
}

int CleanupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_job ? 0 : m_job->count();
}

int CleanupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// data() answers the raw-value roles through raw(): role - BucketRole is the column.
static_assert(CleanupModel::KeyRole - CleanupModel::BucketRole == CleanupModel::KeyColumn);
static_assert(CleanupModel::SizeRole - CleanupModel::BucketRole == CleanupModel::SizeColumn);
static_assert(CleanupModel::AbortsRole - CleanupModel::BucketRole == CleanupModel::AbortsColumn);
static_assert(CleanupModel::ReasonRole - CleanupModel::BucketRole == CleanupModel::ReasonColumn);

QVariant CleanupModel::raw(const CleanupItem &item, int column) const
{
    switch (column) {
    case BucketColumn:
        return item.target.upload.bucket;
    case KeyColumn:
        return item.target.upload.key;
    case UploadIdColumn:
        return item.target.upload.uploadId;
    case InitiatedColumn:
        return item.target.upload.initiated;
    case SizeColumn:
        return item.target.size;
    case StateColumn:
        return int(item.state);
    case AbortsColumn:
        return item.aborts;
    case ChargedColumn:
        return item.charged;
    case ReasonColumn:
        return item.reason;
    default:
        return {};
    }
}

QVariant CleanupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_job)
        return {};
    const CleanupItem &item = m_job->items()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case InitiatedColumn:
            return Format::timestamp(item.target.upload.initiated);
        case SizeColumn:
            return item.target.size >= 0 ? Format::bytes(item.target.size) : QString();
        case StateColumn:
            return stateText(item.state);
        default:
            return raw(item, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == SizeColumn && item.target.size >= 0)
            return QCoreApplication::translate("Cleanup", "%1 bytes in %2 part(s)")
                .arg(item.target.size)
                .arg(item.target.parts);
        if (index.column() == StateColumn || index.column() == ReasonColumn)
            return item.reason.isEmpty() ? stateText(item.state) : stateText(item.state) + u'\n' + item.reason;
        return {};
    case StateRole:
        return QVariant::fromValue(item.state);
    case BucketRole:
    case KeyRole:
    case UploadIdRole:
    case InitiatedRole:
    case SizeRole:
    case AbortsRole:
    case ChargedRole:
    case ReasonRole:
        return raw(item, role - BucketRole); // the roles follow the columns' order
    case RequestIdsRole:
        return item.requestIds;
    case IsFinalRole:
        return isFinal(item.state);
    case SortRole:
        return raw(item, index.column());
    default:
        return {};
    }
}

QVariant CleanupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BucketColumn:
        return tr("Bucket");
    case KeyColumn:
        return tr("Key");
    case UploadIdColumn:
        return tr("Upload ID");
    case InitiatedColumn:
        return tr("Initiated");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    case AbortsColumn:
        return tr("Aborts");
    case ChargedColumn:
        return tr("Charged");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QHash<int, QByteArray> CleanupModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BucketRole, "bucket");
    names.insert(KeyRole, "key");
    names.insert(UploadIdRole, "uploadId");
    names.insert(InitiatedRole, "initiated");
    names.insert(SizeRole, "size");
    names.insert(StateRole, "state");
    names.insert(AbortsRole, "aborts");
    names.insert(ChargedRole, "charged");
    names.insert(ReasonRole, "reason");
    names.insert(RequestIdsRole, "requestIds");
    names.insert(IsFinalRole, "isFinal");
    names.insert(SortRole, "sort");
    return names;
}

void CleanupModel::handleProgressed(const QList<int> &changed)
{
    // One dataChanged per contiguous run of rows.
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, SizeRole,       StateRole,   AbortsRole,
                                  ChargedRole,     ReasonRole,      RequestIdsRole, IsFinalRole, SortRole};
    const int rows = rowCount();
    for (const auto &[first, last] : contiguousRuns(std::vector<int>(changed.cbegin(), changed.cend()))) {
        if (first >= 0 && last < rows)
            Q_EMIT dataChanged(index(first, SizeColumn), index(last, ReasonColumn), roles);
    }
}

} // namespace PartSweep
