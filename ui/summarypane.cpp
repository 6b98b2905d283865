#include "summarypane.h"

#include "util/format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QValueAxis>

#include <algorithm>

namespace PartSweep {

namespace {

QString tallyText(const WasteStats::Tally &tally)
{
    QString text = QObject::tr("%1 uploads").arg(QLocale().toString(tally.uploads));
    if (tally.sizedUploads > 0) {
        text += QStringLiteral(", ") + Format::bytes(tally.bytes);
        if (tally.sizedUploads < tally.uploads)
            text += QObject::tr(" (sizes of %1 known)").arg(QLocale().toString(tally.sizedUploads));
    }
    return text;
}

// Bytes when every plotted value has a known size, else upload counts: a chart of partial byte
// sums would understate the buckets not sized yet.
bool plotBytes(const WasteStats &stats)
{
    return stats.total.uploads > 0 && stats.total.sizedUploads == stats.total.uploads;
}

QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false); // follows the palette of the view
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// One bar per category; horizontal bars put the categories on the left.
QChart *makeBarChart(const QString &title, const QString &unit, const QStringList &categories,
                     const QList<double> &values, Qt::Orientation orientation)
{
    QChart *chart = makeChart(title);
    auto *set = new QBarSet(unit);
    double max = 0;
    for (const double value : values) {
        set->append(value);
        max = std::max(max, value);
    }
    QAbstractBarSeries *series =
        orientation == Qt::Horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, orientation == Qt::Horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    // At least 0..5 so that an empty or tiny chart does not label its axis "0 0 1 1 1".
    valueAxis->setRange(0, std::max(max * 1.1, 5.0));
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(valueAxis, orientation == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

// Numbers sort as numbers: the value under Qt::UserRole, where there is one ("1,000" after "999",
// "20.0 MiB" after "3.0 GiB" as text would not).
class SummaryItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, Qt::UserRole);
        const QVariant theirs = other.data(column, Qt::UserRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toLongLong() < theirs.toLongLong();
        return QTreeWidgetItem::operator<(other);
    }
};

// Values in MiB for bytes (QValueAxis is a double axis; MiB keeps the labels readable).
double plotted(const WasteStats::Tally &tally, bool bytes)
{
    return bytes ? double(tally.bytes) / (1024.0 * 1024.0) : double(tally.uploads);
}

} // namespace

SummaryPane::SummaryPane(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_bucketChartView(new QChartView(this))
    , m_ageChartView(new QChartView(this))
{
    setObjectName(QStringLiteral("summaryPane"));
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setColumnCount(7);
    m_table->setHeaderLabels({tr("Bucket"), tr("Uploads"), tr("Size"), tr("Matching filter"), tr("Matching size"),
                              tr("Selected"), tr("Selected size")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSortingEnabled(true);
    m_bucketChartView->setObjectName(QStringLiteral("bucketChart"));
    m_ageChartView->setObjectName(QStringLiteral("ageChart"));
    for (QChartView *view : {m_bucketChartView, m_ageChartView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(240, 160);
    }

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_table, 4);
    charts->addWidget(m_bucketChartView, 3);
    charts->addWidget(m_ageChartView, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_headline);
    layout->addLayout(charts, 1);
    setStats({}, {}, {});
}

QString SummaryPane::costText(const WasteStats &stats) const
{
    if (!m_cost.hasPrices() || stats.total.sizedUploads == 0)
        return {};
    double monthly = 0;
    bool unpriced = false;
    for (auto it = stats.byClass.cbegin(); it != stats.byClass.cend(); ++it) {
        if (it->sizedUploads == 0)
            continue;
        if (const std::optional<double> cost = m_cost.monthly(it->bytes, it.key()))
            monthly += *cost;
        else
            unpriced = true;
    }
    return tr(", %1/month%2")
        .arg(formatMoneyEstimate(monthly), unpriced ? tr(" (some classes have no price)") : QString());
}

QString SummaryPane::headline() const
{
    return m_headline->text();
}

void SummaryPane::setStats(const WasteStats &total, const WasteStats &filtered, const WasteStats &selected)
{
    QString headline =
        tr("Total: %1  ·  Matching filter: %2  ·  Selected: %3")
            .arg(tallyText(total.total) + costText(total), tallyText(filtered.total) + costText(filtered),
                 tallyText(selected.total) + costText(selected));
    if (!m_cost.hasPrices())
        headline += tr("  ·  Cost: %1").arg(m_cost.describe());
    m_headline->setText(headline);
    m_headline->setToolTip(m_cost.hasPrices() ? tr("Costs a month by %1").arg(m_cost.describe()) : QString());

    const QLocale locale;
    const auto setCount = [&locale](QTreeWidgetItem *item, int column, qint64 value) {
        item->setText(column, locale.toString(value));
        item->setData(column, Qt::UserRole, value);
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    const auto setBytes = [&locale](QTreeWidgetItem *item, int column, const WasteStats::Tally &tally) {
        item->setText(column, tally.sizedUploads > 0 ? Format::bytes(tally.bytes) : QString());
        item->setData(column, Qt::UserRole, tally.bytes);
        item->setToolTip(column, tr("%1 bytes in %2 of %3 uploads")
                                     .arg(locale.toString(tally.bytes), locale.toString(tally.sizedUploads),
                                          locale.toString(tally.uploads)));
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    m_table->setUpdatesEnabled(false);
    m_table->clear();
    for (auto it = total.byBucket.cbegin(); it != total.byBucket.cend(); ++it) {
        auto *item = new SummaryItem(m_table);
        item->setText(0, it.key());
        setCount(item, 1, it->uploads);
        setBytes(item, 2, *it);
        const WasteStats::Tally f = filtered.byBucket.value(it.key());
        const WasteStats::Tally s = selected.byBucket.value(it.key());
        setCount(item, 3, f.uploads);
        setBytes(item, 4, f);
        setCount(item, 5, s.uploads);
        setBytes(item, 6, s);
    }
    m_table->setUpdatesEnabled(true);
    updateCharts(filtered.total.uploads > 0 ? filtered : total);
}

void SummaryPane::updateCharts(const WasteStats &stats)
{
    const bool bytes = plotBytes(stats);
    const QString unit = bytes ? tr("MiB") : tr("uploads");

    // The ten largest buckets.
    QList<std::pair<QString, WasteStats::Tally>> buckets;
    for (auto it = stats.byBucket.cbegin(); it != stats.byBucket.cend(); ++it)
        buckets.append({it.key(), *it});
    std::sort(buckets.begin(), buckets.end(),
              [bytes](const auto &a, const auto &b) { return plotted(a.second, bytes) > plotted(b.second, bytes); });
    if (buckets.size() > 10)
        buckets.resize(10);
    std::reverse(buckets.begin(), buckets.end()); // largest on top of a horizontal chart

    QStringList bucketNames;
    QList<double> bucketValues;
    for (const auto &[name, tally] : std::as_const(buckets)) {
        bucketNames.append(name);
        bucketValues.append(plotted(tally, bytes));
    }
    QStringList bands;
    QList<double> bandValues;
    for (int band = 0; band < WasteStats::AgeBandCount; ++band) {
        bands.append(WasteStats::bandName(WasteStats::AgeBand(band)));
        bandValues.append(plotted(stats.byAge[size_t(band)], bytes));
    }
    QChart *bucketChart = makeBarChart(bytes ? tr("Waste by bucket (MiB)") : tr("Uploads by bucket"), unit, bucketNames,
                                       bucketValues, Qt::Horizontal);
    QChart *ageChart =
        makeBarChart(bytes ? tr("Waste by age (MiB)") : tr("Uploads by age"), unit, bands, bandValues, Qt::Vertical);

    // Text colours from the palette so the charts read in dark themes too.
    const QPalette pal = palette();
    for (QChart *chart : {bucketChart, ageChart}) {
        chart->setTitleBrush(pal.color(QPalette::WindowText));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(pal.color(QPalette::WindowText));
            axis->setGridLineColor(pal.color(QPalette::Mid));
        }
    }
    for (QChart *chart : {bucketChart, ageChart}) {
        for (QAbstractSeries *series : chart->series()) {
            for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
                set->setColor(pal.color(QPalette::Highlight));
        }
    }

    QChart *oldBucket = m_bucketChartView->chart();
    QChart *oldAge = m_ageChartView->chart();
    m_bucketChartView->setChart(bucketChart);
    m_ageChartView->setChart(ageChart);
    delete oldBucket;
    delete oldAge;
}

} // namespace PartSweep
