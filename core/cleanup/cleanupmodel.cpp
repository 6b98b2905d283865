#include "cleanup/cleanupmodel.h"

#include "cleanup/cleanupjob.h"
#include "util/format.h"
#include "util/rowruns.h"

#include <QCoreApplication>
#include <QTimer>

namespace PartSweep {

CleanupModel::CleanupModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_sliceTimer(new QTimer(this))
{
    // A timer, not a posted call: posted calls made while posted events are handled run in the
    // same pass, so slices would pile up in one pass.
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &CleanupModel::addSlice);
}

void CleanupModel::setJob(CleanupJob *job)
{
    beginResetModel();
    disconnect(m_connection);
    m_job = job;
    m_rows = job ? std::min(job->count(), m_sliceRows) : 0;
    if (job)
        m_connection = connect(job, &CleanupJob::progressed, this, &CleanupModel::handleProgressed);
    endResetModel();
    if (isComplete())
        m_sliceTimer->stop();
    else
        m_sliceTimer->start();
}

bool CleanupModel::isComplete() const
{
    return !m_job || m_rows >= m_job->count();
}

void CleanupModel::addSlice()
{
    if (isComplete())
        return m_sliceTimer->stop();
    const int last = std::min(m_job->count(), m_rows + m_sliceRows) - 1;
    beginInsertRows({}, m_rows, last);
    m_rows = last + 1;
    endInsertRows();
    if (isComplete())
        m_sliceTimer->stop();
}

int CleanupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_job ? 0 : m_rows;
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
    // Rows not in the model yet show their state when they come.
    const int rows = rowCount();
    for (const auto &[first, last] : contiguousRuns(std::vector<int>(changed.cbegin(), changed.cend()))) {
        if (first >= 0 && first < rows)
            Q_EMIT dataChanged(index(first, SizeColumn), index(std::min(last, rows - 1), ReasonColumn), roles);
    }
}

} // namespace PartSweep
