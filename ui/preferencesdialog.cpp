#include "preferencesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace PartSweep {

namespace {

constexpr int ListPriceRole = Qt::UserRole;  // the list price of the row (invalid: none)
constexpr int NewRowRole = Qt::UserRole + 1; // a row the user added (region and class editable)

QString priceText(double usd)
{
    return QLocale().toString(usd, 'g', 6);
}

// In the user's notation or with a dot; nullopt when it is not a price.
std::optional<double> readPrice(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(PriceTable::builtIn())
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_useListButton(new QPushButton(tr("&Use list price"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto *prices = new QWidget;
    auto *intro = new QLabel(tr("What storage costs, in USD per GB-month (GB = 2<sup>30</sup> bytes), by region and "
                                "storage class. The list prices are AWS's of %1; change what differs for you "
                                "(a discount, a newer price) or add a region. A price set on a connection "
                                "(Wasabi, B2, R2, your own cluster) wins over this table; services without "
                                "one show no cost.")
                                 .arg(m_list.date().isEmpty() ? tr("an unknown date") : m_list.date()));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("priceTable"));
    m_table->setAccessibleName(tr("Storage prices"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Storage class"), tr("USD per GB-month"), tr("Source")});
    m_table->setAccessibleName(tr("Storage prices"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *add = new QPushButton(tr("&Add price"));
    add->setObjectName(QStringLiteral("addPriceButton"));
    add->setToolTip(tr("A region or storage class the list does not hold"));
    m_useListButton->setObjectName(QStringLiteral("useListPriceButton"));
    m_useListButton->setToolTip(tr("Forget your price for this row (a row you added goes away)"));
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_useListButton);
    rowButtons->addStretch(1);
    m_status->setObjectName(QStringLiteral("preferencesStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pricesLayout = new QVBoxLayout(prices);
    pricesLayout->addWidget(intro);
    pricesLayout->addWidget(m_table, 1);
    pricesLayout->addLayout(rowButtons);
    pricesLayout->addWidget(m_status);

    auto *tabs = new QTabWidget;
    tabs->addTab(prices, tr("Storage &prices"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &PreferencesDialog::addPrice);
    connect(m_useListButton, &QPushButton::clicked, this, &PreferencesDialog::useListPrice);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            updateSource(item->row());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_useListButton->setEnabled(row >= 0 && row < m_table->rowCount()); });
    load();
    resize(620, 520);
}

void PreferencesDialog::load()
{
    m_loading = true;
    m_table->setRowCount(0);
    PriceTable user;
    if (const Result<PriceTable> read = PriceTable::userPrices()) {
        user = *read;
    } else {
        m_status->setText(tr("Your prices cannot be used, the list prices are shown: %1").arg(read.errorString()));
    }
    m_userDate = user.date();
    PriceTable all = m_list;
    all.merge(user);
    for (const PriceTable::Entry &entry : all.entries()) {
        const std::optional<double> listed = m_list.perGbMonth(entry.region, entry.storageClass);
        const std::optional<double> own = user.perGbMonth(entry.region, entry.storageClass);
        addRow(entry.region, entry.storageClass, listed, own);
    }
    m_table->resizeColumnsToContents();
    m_useListButton->setEnabled(false);
    m_loading = false;
}

void PreferencesDialog::addRow(const QString &region, const QString &storageClass, std::optional<double> listPrice,
                               std::optional<double> userPrice)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool added = !listPrice;
    auto *regionItem = new QTableWidgetItem(region);
    auto *classItem = new QTableWidgetItem(storageClass);
    for (QTableWidgetItem *item : {regionItem, classItem}) {
        if (!added)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        item->setData(NewRowRole, added);
    }
    const std::optional<double> price = userPrice ? userPrice : listPrice;
    auto *priceItem = new QTableWidgetItem(price ? priceText(*price) : QString());
    priceItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (listPrice)
        priceItem->setData(ListPriceRole, *listPrice);
    auto *sourceItem = new QTableWidgetItem;
    sourceItem->setFlags(sourceItem->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, RegionColumn, regionItem);
    m_table->setItem(row, ClassColumn, classItem);
    m_table->setItem(row, PriceColumn, priceItem);
    m_table->setItem(row, SourceColumn, sourceItem);
    updateSource(row);
    m_loading = wasLoading;
}

// "list price of <date>", "yours (list: 0.023)", "yours", or what is wrong with the row.
void PreferencesDialog::updateSource(int row)
{
    QTableWidgetItem *price = m_table->item(row, PriceColumn);
    QTableWidgetItem *source = m_table->item(row, SourceColumn);
    if (!price || !source)
        return;
    const QVariant listed = price->data(ListPriceRole);
    const std::optional<double> value = readPrice(price->text());
    QString text;
    bool own = false;
    if (!value) {
        text = tr("not a price: USD per GB-month such as 0.0059");
    } else if (!listed.isValid()) {
        text = tr("yours");
        own = true;
    } else if (*value != listed.toDouble()) {
        text = tr("yours (list price %1)").arg(priceText(listed.toDouble()));
        own = true;
    } else {
        text = tr("list price of %1").arg(m_list.date());
    }
    const bool wasLoading = std::exchange(m_loading, true);
    source->setText(text);
    QFont font = price->font();
    font.setBold(own);
    price->setFont(font);
    m_loading = wasLoading;
}

void PreferencesDialog::addPrice()
{
    addRow(QString(), QStringLiteral("STANDARD"), std::nullopt, std::nullopt);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, RegionColumn);
    m_table->editItem(m_table->item(row, RegionColumn));
}

void PreferencesDialog::useListPrice()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QVariant listed = m_table->item(row, PriceColumn)->data(ListPriceRole);
    if (!listed.isValid()) {
        m_table->removeRow(row);
        return;
    }
    m_table->item(row, PriceColumn)->setText(priceText(listed.toDouble()));
}

Result<PriceTable> PreferencesDialog::userPricesInForm() const
{
    PriceTable user;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString region = m_table->item(row, RegionColumn)->text().trimmed();
        const QString storageClass = m_table->item(row, ClassColumn)->text().trimmed().toUpper();
        const QTableWidgetItem *price = m_table->item(row, PriceColumn);
        const std::optional<double> value = readPrice(price->text());
        const auto refuse = [row](const QString &why) {
            S3Error error;
            error.kind = S3Error::Kind::Config;
            error.message = tr("Row %1: %2").arg(row + 1).arg(why);
            return error;
        };
        if (region.isEmpty() || storageClass.isEmpty())
            return refuse(tr("name the region (such as eu-central-1) and the storage class"));
        if (!value || *value > MaxPricePerGbMonth)
            return refuse(tr("'%1' is not a price in USD per GB-month (such as 0.0059)").arg(price->text()));
        const QVariant listed = price->data(ListPriceRole);
        if (!listed.isValid() || listed.toDouble() != *value)
            user.set(region, storageClass, *value);
    }
    return user;
}

void PreferencesDialog::save()
{
    const Result<PriceTable> form = userPricesInForm();
    if (!form) {
        m_status->setText(form.errorString());
        return;
    }
    // The user's file keeps the date it had (a newer list the user copied in).
    PriceTable user = *form;
    user.setDate(m_userDate);
    if (const Result<Unit> saved = PriceTable::saveUserPrices(user); !saved) {
        m_status->setText(saved.errorString());
        return;
    }
    Q_EMIT pricesSaved();
    accept();
}

} // namespace PartSweep
