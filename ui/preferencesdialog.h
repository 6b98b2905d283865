#pragma once

#include "pricing/pricetable.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace PartSweep {

// Edit > Preferences…: what storage costs. One page today, "Storage prices": every region and
// class of the shipped list prices (dated) and of the user's own prices, one row each; a price
// edited, or a region/class added, becomes the user's; "Use list price" takes the user's away.
// Save writes only the user's prices (PriceTable::saveUserPrices), never the shipped file, and
// emits pricesSaved(); a price that is not a number of dollars is refused before anything is written.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QTableWidget *priceTable() const { return m_table; }
    // What Save would write: the rows that differ from the list prices; an error names the first
    // row that cannot be read.
    Result<PriceTable> userPricesInForm() const;

Q_SIGNALS:
    void pricesSaved();

private:
    enum Column
    {
        RegionColumn,
        ClassColumn,
        PriceColumn,
        SourceColumn,
        ColumnCount
    };
    void load();
    void addRow(const QString &region, const QString &storageClass, std::optional<double> listPrice,
                std::optional<double> userPrice);
    void updateSource(int row);
    void addPrice();
    void useListPrice();
    void save();

    PriceTable m_list;     // the shipped list prices
    QString m_userDate;    // the date the user's file carries, kept as it was
    QTableWidget *m_table; // region, class, price, source
    QLabel *m_status;
    QPushButton *m_useListButton;
    bool m_loading = false;
};

} // namespace PartSweep
