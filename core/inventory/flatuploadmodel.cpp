#include "inventory/flatuploadmodel.h"

#include "inventory/inventorymodel.h"

#include <algorithm>

namespace PartSweep {

namespace {

int toSourceColumn(int column)
{
    switch (column) {
    case FlatUploadModel::BucketColumn:
        return InventoryModel::UploadsColumn; // empty for uploads; data() answers with the bucket
    case FlatUploadModel::KeyColumn:
        return InventoryModel::NameColumn;
    default:
        return column; // the same layout from UploadIdColumn on
    }
}

int fromSourceColumn(int column)
{
    switch (column) {
    case InventoryModel::NameColumn:
        return FlatUploadModel::KeyColumn;
    case InventoryModel::UploadsColumn:
        return FlatUploadModel::BucketColumn;
    default:
        return column;
    }
}

static_assert(int(FlatUploadModel::UploadIdColumn) == int(InventoryModel::UploadIdColumn));
static_assert(int(FlatUploadModel::StateColumn) == int(InventoryModel::StateColumn));
static_assert(int(FlatUploadModel::ColumnCount) == int(InventoryModel::ColumnCount));

} // namespace

FlatUploadModel::FlatUploadModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_offsets.push_back(0);
}

void FlatUploadModel::setInventory(InventoryModel *model)
{
    beginResetModel();
    if (m_inventory)
        m_inventory->disconnect(this);
    m_inventory = model;
    QAbstractProxyModel::setSourceModel(model);
    rebuildOffsets();
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &FlatUploadModel::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            rebuildOffsets();
            endResetModel();
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &FlatUploadModel::handleRowsAboutToBeInserted);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FlatUploadModel::handleRowsInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &FlatUploadModel::handleRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FlatUploadModel::handleRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &FlatUploadModel::handleDataChanged);
        // The inventory never moves rows nor changes its layout; should it start to, a reset is
        // the honest answer here.
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &FlatUploadModel::beginResetModel);
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            rebuildOffsets();
            endResetModel();
        });
    }
    endResetModel();
}

void FlatUploadModel::rebuildOffsets()
{
    m_offsets.assign(1, 0);
    if (!m_inventory)
        return;
    const int buckets = m_inventory->rowCount();
    m_offsets.reserve(size_t(buckets) + 1);
    for (int b = 0; b < buckets; ++b)
        m_offsets.push_back(m_offsets.back() + m_inventory->rowCount(m_inventory->index(b, 0)));
}

int FlatUploadModel::bucketOfRow(int row) const
{
    // The last bucket whose first row is <= row (empty buckets share an offset: take the last).
    const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end() - 1, row);
    return int(it - m_offsets.begin()) - 1;
}

QModelIndex FlatUploadModel::sourceUpload(int row) const
{
    if (!m_inventory || row < 0 || row >= m_offsets.back())
        return {};
    const int bucket = bucketOfRow(row);
    return m_inventory->index(row - m_offsets[size_t(bucket)], InventoryModel::NameColumn,
                              m_inventory->index(bucket, 0));
}

std::optional<InventoryModel::UploadView> FlatUploadModel::uploadView(int row) const
{
    return m_inventory ? m_inventory->uploadView(sourceUpload(row)) : std::nullopt;
}

QModelIndex FlatUploadModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_offsets.back() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex FlatUploadModel::parent(const QModelIndex &) const
{
    return {};
}

int FlatUploadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_offsets.back();
}

int FlatUploadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex FlatUploadModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const QModelIndex upload = sourceUpload(proxyIndex.row());
    return upload.isValid() ? upload.siblingAtColumn(toSourceColumn(proxyIndex.column())) : QModelIndex();
}

QModelIndex FlatUploadModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_inventory || !sourceIndex.isValid() || !sourceIndex.parent().isValid())
        return {};
    const int bucket = sourceIndex.parent().row();
    if (size_t(bucket) + 1 >= m_offsets.size())
        return {};
    return index(m_offsets[size_t(bucket)] + sourceIndex.row(), fromSourceColumn(sourceIndex.column()));
}

QVariant FlatUploadModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == BucketColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == InventoryModel::SortRole)) {
        const std::optional<InventoryModel::UploadView> upload = uploadView(index.row());
        return upload ? QVariant(upload->bucket) : QVariant();
    }
    return QAbstractProxyModel::data(index, role);
}

QVariant FlatUploadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_inventory)
        return {};
    if (section == BucketColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Bucket")) : QVariant();
    if (section == KeyColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Key")) : QVariant();
    return m_inventory->headerData(toSourceColumn(section), orientation, role);
}

Qt::ItemFlags FlatUploadModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

void FlatUploadModel::handleRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid())
        return; // a new bucket: it has no uploads yet
    const size_t bucket = size_t(parent.row());
    const int at = m_offsets[bucket] + first;
    m_insertingUploads = true;
    beginInsertRows({}, at, at + (last - first));
}

void FlatUploadModel::handleRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid()) {
        // New (empty) bucket rows: their offsets equal the next bucket's.
        m_offsets.insert(m_offsets.begin() + first, size_t(last - first + 1), m_offsets[size_t(first)]);
        return;
    }
    const int count = last - first + 1;
    for (size_t b = size_t(parent.row()) + 1; b < m_offsets.size(); ++b)
        m_offsets[b] += count;
    if (m_insertingUploads) {
        m_insertingUploads = false;
        endInsertRows();
    }
}

void FlatUploadModel::handleRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid()) {
        // Buckets never go away one by one (setBuckets resets); a reset is the safe answer.
        beginResetModel();
        return;
    }
    const int at = m_offsets[size_t(parent.row())] + first;
    m_removingUploads = true;
    beginRemoveRows({}, at, at + (last - first));
}

void FlatUploadModel::handleRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid()) {
        rebuildOffsets();
        endResetModel();
        return;
    }
    const int count = last - first + 1;
    for (size_t b = size_t(parent.row()) + 1; b < m_offsets.size(); ++b)
        m_offsets[b] -= count;
    if (m_removingUploads) {
        m_removingUploads = false;
        endRemoveRows();
    }
}

void FlatUploadModel::handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    if (!topLeft.parent().isValid())
        return; // bucket rows are not in this list
    const int base = m_offsets[size_t(topLeft.parent().row())];
    const int firstColumn = std::min(fromSourceColumn(topLeft.column()), fromSourceColumn(bottomRight.column()));
    const int lastColumn = std::max(fromSourceColumn(topLeft.column()), fromSourceColumn(bottomRight.column()));
    Q_EMIT dataChanged(index(base + topLeft.row(), topLeft.column() <= 1 ? 0 : firstColumn),
                       index(base + bottomRight.row(), lastColumn), roles);
}

} // namespace PartSweep
