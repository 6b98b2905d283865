#include "inventoryfilterproxy.h"

#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

#include <cmath>

namespace PartSweep {

QVariant inventoryDecoration(const QModelIndex &index, int role)
{
    // Only the state column is decorated (the same column number in the bucket list and the flat
    // upload table); every other cell answers without a look at the model.
    static_assert(int(InventoryModel::StateColumn) == int(FlatUploadModel::StateColumn));
    if (index.column() != InventoryModel::StateColumn || (role != Qt::ForegroundRole && role != Qt::DecorationRole))
        return {};
    const bool isBucket = index.data(InventoryModel::IsBucketRole).toBool();
    const QVariant state = index.data(InventoryModel::StateRole);
    if (!state.isValid())
        return {};
    const bool failed = isBucket ? state.value<InventoryModel::ScanState>() == InventoryModel::ScanState::Failed
                                 : state.value<InventoryModel::UploadState>() == InventoryModel::UploadState::Failed;
    if (role == Qt::ForegroundRole) {
        // LinkVisited is an accent that themes keep readable on their own background.
        return failed ? QVariant(QApplication::palette().color(QPalette::LinkVisited)) : QVariant();
    }
    QStyle *style = QApplication::style();
    if (isBucket) {
        switch (state.value<InventoryModel::ScanState>()) {
        case InventoryModel::ScanState::Failed:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case InventoryModel::ScanState::Incomplete:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case InventoryModel::ScanState::Scanning:
            return style->standardIcon(QStyle::SP_BrowserReload);
        case InventoryModel::ScanState::Done:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case InventoryModel::ScanState::NotScanned:
            return {};
        }
        return {};
    }
    switch (state.value<InventoryModel::UploadState>()) {
    case InventoryModel::UploadState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case InventoryModel::UploadState::Verified:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case InventoryModel::UploadState::AbortedUnverified:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case InventoryModel::UploadState::Aborting:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case InventoryModel::UploadState::Pending:
        return {};
    }
    return {};
}

BucketListProxy::BucketListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setDynamicSortFilter(false);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QVariant BucketListProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole || role == Qt::ForegroundRole)
        return inventoryDecoration(index, role);
    return QSortFilterProxyModel::data(index, role);
}

bool BucketListProxy::filterAcceptsRow(int, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid();
}

QVariant BucketListProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == InventoryModel::NameColumn)
            return tr("Bucket");
        if (section == InventoryModel::StorageClassColumn)
            return tr("Region");
        if (section == InventoryModel::AgeColumn)
            return tr("Oldest");
        if (section == InventoryModel::StateColumn)
            return tr("Scan");
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

InventoryFilterProxy::InventoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setDynamicSortFilter(false);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InventoryFilterProxy::setUploads(FlatUploadModel *model)
{
    if (m_flat)
        m_flat->disconnect(this);
    m_flat = model;
    m_inventory = model ? model->inventory() : nullptr;
    setSourceModel(model);
    if (!model)
        return;
    // Rows shift and sizes change: the cached keys go stale.
    const auto stale = [this] { m_sortKeysColumn = -1; };
    connect(model, &QAbstractItemModel::rowsInserted, this, stale);
    connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
    connect(model, &QAbstractItemModel::modelReset, this, stale);
    connect(model, &QAbstractItemModel::dataChanged, this, stale);
}

const std::vector<qint64> &InventoryFilterProxy::sortKeys(int column) const
{
    if (m_sortKeysColumn == column)
        return m_sortKeys;
    const int rows = m_flat->rowCount();
    m_sortKeys.assign(size_t(rows), 0);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex source = m_flat->sourceUpload(row);
        if (column == FlatUploadModel::SizeColumn) {
            m_sortKeys[size_t(row)] = m_inventory->uploadSize(source);
        } else if (column == FlatUploadModel::CostColumn) {
            // Picodollars: exact enough to order, an integer to compare; unknown (-1) first.
            const double cost =
                source.siblingAtColumn(InventoryModel::CostColumn).data(InventoryModel::CostRole).toDouble();
            m_sortKeys[size_t(row)] = cost < 0 ? -1 : qint64(std::llround(cost * 1e12));
        } else if (const std::optional<InventoryModel::UploadView> u = m_inventory->uploadView(source)) {
            const qint64 ms = u->initiated.isValid() ? u->initiated.toMSecsSinceEpoch() : 0;
            m_sortKeys[size_t(row)] = column == FlatUploadModel::AgeColumn ? -ms : ms; // older = larger age
        }
    }
    m_sortKeysColumn = column;
    return m_sortKeys;
}

void InventoryFilterProxy::setFilter(const Filter &filter)
{
    if (filter == m_filter && !filter.minAgeSeconds)
        return;
    m_filter = filter;
    m_needle = filter.text.trimmed();
    m_prefixOnly = false;
    if (m_needle.startsWith(u'^')) {
        m_needle.remove(0, 1);
        m_prefixOnly = true;
    } else if (m_needle.endsWith(u'*')) {
        m_needle.chop(1);
        m_prefixOnly = true;
    }
    const QDateTime now = m_inventory ? m_inventory->now() : QDateTime::currentDateTimeUtc();
    m_ageLimitMs = now.toMSecsSinceEpoch() - filter.minAgeSeconds * 1000;
    // invalidate() rather than invalidateFilter(): one layoutChanged instead of a rowsRemoved per
    // run of hidden rows, which at a million rows costs the views far more than a relayout.
    invalidate();
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_flat)
        return true;
    const QModelIndex source = m_flat->sourceUpload(sourceRow);
    const std::optional<InventoryModel::UploadView> upload = m_inventory->uploadView(source);
    if (!upload)
        return false;
    if (!m_filter.buckets.isEmpty() && !m_filter.buckets.contains(upload->bucket))
        return false;
    switch (m_filter.show) {
    case Show::Pending:
        if (m_inventory->isCleaned(source))
            return false;
        break;
    case Show::Failed:
        if (m_inventory->uploadState(source) != InventoryModel::UploadState::Failed)
            return false;
        break;
    case Show::Cleaned:
        if (!m_inventory->isCleaned(source))
            return false;
        break;
    case Show::All:
        break;
    }
    if (m_filter.minAgeSeconds > 0 &&
        (!upload->initiated.isValid() || upload->initiated.toMSecsSinceEpoch() > m_ageLimitMs))
        return false;
    if (!m_filter.storageClass.isEmpty() && upload->storageClass != m_filter.storageClass)
        return false;
    if (m_filter.minBytes > 0 && m_inventory->uploadSize(source) < m_filter.minBytes)
        return false;
    if (!m_needle.isEmpty()) {
        if (m_prefixOnly ? !upload->key.startsWith(m_needle, Qt::CaseInsensitive)
                         : !upload->key.contains(m_needle, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool InventoryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The columns a million-row sort is asked for most, without a QVariant per comparison.
    if (m_flat) {
        const int column = left.column();
        if (column == FlatUploadModel::SizeColumn || column == FlatUploadModel::CostColumn ||
            column == FlatUploadModel::InitiatedColumn || column == FlatUploadModel::AgeColumn) {
            const std::vector<qint64> &keys = sortKeys(column);
            if (size_t(left.row()) < keys.size() && size_t(right.row()) < keys.size())
                return keys[size_t(left.row())] < keys[size_t(right.row())];
        }
        const std::optional<InventoryModel::UploadView> a = m_flat->uploadView(left.row());
        const std::optional<InventoryModel::UploadView> b = m_flat->uploadView(right.row());
        if (a && b) {
            switch (column) {
            case FlatUploadModel::KeyColumn:
                return a->key.compare(b->key, Qt::CaseInsensitive) < 0;
            case FlatUploadModel::BucketColumn:
                return a->bucket < b->bucket;
            default:
                break;
            }
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QVariant InventoryFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole || role == Qt::FontRole) {
        // Cleaned rows read as done: dimmed and struck through.
        if (m_flat && m_inventory->isCleaned(m_flat->sourceUpload(mapToSource(index).row()))) {
            if (role == Qt::ForegroundRole)
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
    }
    if (role == Qt::DecorationRole || role == Qt::ForegroundRole)
        return inventoryDecoration(index, role);
    return QSortFilterProxyModel::data(index, role);
}

} // namespace PartSweep
