#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace PartSweep {

class InventoryModel;

// Sorting and filtering of the inventory for the main window's tree, plus the looks the core
// model leaves to the UI (state icons, error colours).
//
// Filters apply to upload rows; a bucket row stays visible while one of its uploads matches (or,
// with no upload filter, always, so empty and failed buckets still show). Sorting uses the
// model's SortRole (raw values). Built for a million rows: a filter change is one
// invalidateFilter(), and filterAcceptsRow reads the model's storage directly instead of going
// through QVariant roles.
class InventoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryFilterProxy)

public:
    struct Filter
    {
        QString text;   // substring of the key (case-insensitive); "prefix*" or a leading
                        // "^" matches at the start only
        QString bucket; // exact bucket name; empty: all
        qint64 minAgeSeconds = 0;
        qint64 minBytes = 0;  // > 0 hides uploads whose size is not known yet
        QString storageClass; // exact; empty: all

        bool filtersUploads() const
        {
            return !text.isEmpty() || minAgeSeconds > 0 || minBytes > 0 || !storageClass.isEmpty();
        }
        bool operator==(const Filter &) const = default;
    };

    explicit InventoryFilterProxy(QObject *parent = nullptr);

    void setInventory(InventoryModel *model);
    InventoryModel *inventory() const { return m_inventory; }

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsUpload(const QModelIndex &sourceIndex) const;
    void handleSourceRowsInserted(const QModelIndex &parent, int first, int last);

    InventoryModel *m_inventory = nullptr;
    Filter m_filter;
    QDateTime m_ageLimit; // uploads initiated after it are too young (computed per filter change)
    bool m_prefixOnly = false;
    QString m_needle;
    QTimer *m_refilterTimer;
};

} // namespace PartSweep
