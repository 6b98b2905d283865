#pragma once

#include "inventory/inventorymodel.h"

#include <QAbstractProxyModel>

#include <optional>
#include <vector>

namespace PartSweep {

// Every upload of an InventoryModel as one flat list (bucket after bucket), for the upload table:
// one sort and one selection across all buckets ("the largest uploads anywhere").
//
// Rows map to (bucket row, upload row) through prefix sums of the buckets' upload counts, so
// mapping is O(log buckets) and a page of uploads arriving in one bucket is one rowsInserted here
// too. Columns are the inventory's, except that the first two are Bucket and Key (the source's
// Uploads column has nothing for uploads; Name holds the key). Roles pass through unchanged.
// Lives on the model's thread; holds no copy of the data.
class FlatUploadModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlatUploadModel)

public:
    enum Column
    {
        BucketColumn,
        KeyColumn,
        UploadIdColumn,
        InitiatedColumn,
        AgeColumn,
        PartsColumn,
        SizeColumn,
        CostColumn,
        StorageClassColumn,
        InitiatorColumn,
        StateColumn,
        AbortRuleColumn, // empty for uploads (the bucket list's)
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FlatUploadModel(QObject *parent = nullptr);

    void setInventory(InventoryModel *model);
    InventoryModel *inventory() const { return m_inventory; }

    // The source's upload row (column NameColumn) of a flat row; invalid when out of range.
    QModelIndex sourceUpload(int row) const;
    std::optional<InventoryModel::UploadView> uploadView(int row) const; // in place; none out of range

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuildOffsets();
    int bucketOfRow(int row) const;
    void handleRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void handleRowsInserted(const QModelIndex &parent, int first, int last);
    void handleRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void handleRowsRemoved(const QModelIndex &parent, int first, int last);
    void handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    InventoryModel *m_inventory = nullptr;
    // m_offsets[b] = flat row of bucket b's first upload; m_offsets.back() = total rows.
    std::vector<int> m_offsets;
    bool m_insertingUploads = false;
    bool m_removingUploads = false;
};

} // namespace PartSweep
