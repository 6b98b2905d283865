#include "inventoryfilterproxy.h"

#include "inventorymodel.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace PartSweep {

InventoryFilterProxy::InventoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_refilterTimer(new QTimer(this))
{
    // Without dynamic filtering, uploads streaming into a bucket that the filter hides do not
    // bring the bucket back; one refilter (at most every 250 ms) does.
    m_refilterTimer->setSingleShot(true);
    m_refilterTimer->setInterval(250);
    connect(m_refilterTimer, &QTimer::timeout, this, &InventoryFilterProxy::invalidateFilter);
    setSortRole(InventoryModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false); // sizes and states change in bursts; re-sort on demand only
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InventoryFilterProxy::setInventory(InventoryModel *model)
{
    if (m_inventory)
        m_inventory->disconnect(this);
    m_inventory = model;
    setSourceModel(model);
    if (model)
        connect(model, &QAbstractItemModel::rowsInserted, this, &InventoryFilterProxy::handleSourceRowsInserted);
}

void InventoryFilterProxy::handleSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() || !m_filter.filtersUploads() || mapFromSource(parent).isValid() ||
        m_refilterTimer->isActive())
        return;
    if (!m_filter.bucket.isEmpty() && parent.data(InventoryModel::BucketRole).toString() != m_filter.bucket)
        return;
    for (int row = first; row <= last; ++row) {
        if (acceptsUpload(m_inventory->index(row, 0, parent))) {
            m_refilterTimer->start();
            return;
        }
    }
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
    m_ageLimit = now.addSecs(-filter.minAgeSeconds);
    invalidateFilter();
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_inventory)
        return true;
    if (!sourceParent.isValid()) {
        // A bucket row: the bucket filter decides, and with an upload filter, recursive filtering
        // brings the row back when one of its uploads matches.
        const QModelIndex bucket = m_inventory->index(sourceRow, 0);
        if (!m_filter.bucket.isEmpty() && bucket.data(InventoryModel::BucketRole).toString() != m_filter.bucket)
            return false;
        return !m_filter.filtersUploads();
    }
    if (!m_filter.bucket.isEmpty() && sourceParent.data(InventoryModel::BucketRole).toString() != m_filter.bucket)
        return false;
    return acceptsUpload(m_inventory->index(sourceRow, 0, sourceParent));
}

bool InventoryFilterProxy::acceptsUpload(const QModelIndex &sourceIndex) const
{
    const UploadInfo *upload = m_inventory->uploadAt(sourceIndex);
    if (!upload)
        return false;
    if (m_filter.minAgeSeconds > 0 && (!upload->initiated.isValid() || upload->initiated > m_ageLimit))
        return false;
    if (!m_filter.storageClass.isEmpty() && upload->storageClass != m_filter.storageClass)
        return false;
    if (m_filter.minBytes > 0 && m_inventory->uploadSize(sourceIndex) < m_filter.minBytes)
        return false;
    if (!m_needle.isEmpty()) {
        if (m_prefixOnly ? !upload->key.startsWith(m_needle, Qt::CaseInsensitive)
                         : !upload->key.contains(m_needle, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QVariant InventoryFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::ForegroundRole)
        return QSortFilterProxyModel::data(index, role);
    const int column = index.column();
    const bool isBucket = QSortFilterProxyModel::data(index, InventoryModel::IsBucketRole).toBool();
    const QVariant state = QSortFilterProxyModel::data(index, InventoryModel::StateRole);
    if (role == Qt::ForegroundRole) {
        // Failed rows use the palette's link-visited role as an accent that stays readable in
        // both light and dark palettes; a hard-coded red would not.
        const bool failed = isBucket
                                ? state.value<InventoryModel::ScanState>() == InventoryModel::ScanState::Failed
                                : state.value<InventoryModel::UploadState>() == InventoryModel::UploadState::Failed;
        if (failed && column == InventoryModel::StateColumn)
            return QApplication::palette().color(QPalette::LinkVisited);
        return {};
    }
    QStyle *style = QApplication::style();
    if (column == InventoryModel::NameColumn)
        return style->standardIcon(isBucket ? QStyle::SP_DriveNetIcon : QStyle::SP_FileIcon);
    if (column != InventoryModel::StateColumn)
        return {};
    if (isBucket) {
        switch (state.value<InventoryModel::ScanState>()) {
        case InventoryModel::ScanState::Failed:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case InventoryModel::ScanState::Incomplete:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case InventoryModel::ScanState::Scanning:
            return style->standardIcon(QStyle::SP_BrowserReload);
        default:
            return {};
        }
    }
    switch (state.value<InventoryModel::UploadState>()) {
    case InventoryModel::UploadState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case InventoryModel::UploadState::Verified:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case InventoryModel::UploadState::Aborting:
        return style->standardIcon(QStyle::SP_BrowserReload);
    default:
        return {};
    }
}

} // namespace PartSweep
