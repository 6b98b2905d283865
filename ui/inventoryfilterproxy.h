#pragma once

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>

#include <vector>

namespace PartSweep {

class FlatUploadModel;
class InventoryModel;

// Icons and accent colours for inventory cells (bucket or upload rows, any proxy above the
// InventoryModel): the core model leaves looks to the UI. Palette colours only, so light and dark
// themes both read.
QVariant inventoryDecoration(const QModelIndex &index, int role);

// The bucket list: the inventory's top-level rows sorted on raw values, with state icons. The
// buckets only: a QSortFilterProxyModel maps the children of every row it maps as they are
// inserted, and kept a million upload rows sorted (a QVariant comparison each) behind a list
// that never shows them.
class BucketListProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketListProxy)

public:
    explicit BucketListProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

// The upload table's sorting and filtering, over a FlatUploadModel. Built for a million rows:
// a filter change is one invalidateFilter(); filterAcceptsRow and lessThan read the inventory's
// storage directly (no QVariant per comparison); no dynamic sorting (sizes and states change in
// bursts; rows arriving while sorted are appended, and the window re-sorts when a scan ends).
class InventoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryFilterProxy)

public:
    // Which cleanup states are shown. Uploads verified gone stay visible (struck through) after
    // a cleanup until the filter changes or the next listing; Pending hides them then.
    enum class Show
    {
        Pending, // everything not verified gone (the default)
        Failed,  // uploads whose abort failed
        Cleaned, // uploads verified gone
        All,
    };
    struct Filter
    {
        QString text;          // substring of the key (case-insensitive); "prefix*" or "^prefix": at the start only
        QSet<QString> buckets; // empty: all
        qint64 minAgeSeconds = 0;
        qint64 minBytes = 0;  // > 0 hides uploads whose size is not known yet
        QString storageClass; // exact; empty: all
        Show show = Show::Pending;

        bool operator==(const Filter &) const = default;
    };

    explicit InventoryFilterProxy(QObject *parent = nullptr);

    void setUploads(FlatUploadModel *model);
    FlatUploadModel *uploads() const { return m_flat; }

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Whether the filter lets this row of uploads() through.
    bool accepts(int flatRow) const { return filterAcceptsRow(flatRow, {}); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const std::vector<qint64> &sortKeys(int column) const;

    FlatUploadModel *m_flat = nullptr;
    InventoryModel *m_inventory = nullptr;
    Filter m_filter;
    qint64 m_ageLimitMs = 0; // uploads initiated after it are too young (computed per filter change)
    bool m_prefixOnly = false;
    QString m_needle;
    // Raw sort keys by flat row for the numeric columns, built once per sort instead of being
    // read through the models on each of the ~20 million comparisons of a million-row sort.
    mutable std::vector<qint64> m_sortKeys;
    mutable int m_sortKeysColumn = -1;
};

} // namespace PartSweep
