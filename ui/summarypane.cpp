#include "summarypane.h"

#include "util/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QValueAxis>

#include <algorithm>

namespace PartSweep {

namespace {

QString tallyText(const WasteStats::Tally &tally)
{
    const QLocale locale;
    if (tally.uploads == 0)
        return SummaryPane::tr("no uploads");
    if (tally.sizedUploads == 0)
        return SummaryPane::tr("%Ln upload(s), size not known yet", nullptr, int(tally.uploads));
    if (tally.sizedUploads < tally.uploads)
        return SummaryPane::tr("%Ln upload(s), at least %1 (%2 of them sized)", nullptr, int(tally.uploads))
            .arg(Format::bytes(tally.bytes), locale.toString(tally.sizedUploads));
    return SummaryPane::tr("%Ln upload(s), %1", nullptr, int(tally.uploads)).arg(Format::bytes(tally.bytes));
}

// The categories of one chart and their values.
struct Series
{
    QStringList names;
    QList<double> values;
};

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
// One horizontal bar per category (the names on the left, where they have room).
QChart *makeBarChart(const QString &title, const QString &unit, const Series &data, bool money)
{
    QChart *chart = makeChart(title);
    auto *set = new QBarSet(unit);
    double max = 0;
    for (const double value : data.values) {
        set->append(value);
        max = std::max(max, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    // Long names lose their middle ("gui-cle…74083840": a bucket's end tells it apart), drawn
    // whole at that length: Qt Charts' own truncation made "..." of every name at 200%.
    // Categories must stay unique: a shortened name that another already took stays whole.
    QStringList names;
    QSet<QString> taken;
    for (const QString &name : data.names) {
        const QString shortName = name.size() > 18 ? name.left(8) + QChar(0x2026) + name.right(9) : name;
        names << (taken.contains(shortName) ? name : shortName);
        taken.insert(names.last());
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(names);
    categoryAxis->setTruncateLabels(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    if (money) {
        // Cents and fractions of them: as many decimals as the largest value needs.
        valueAxis->setRange(0, std::max(max * 1.1, 0.0001));
        valueAxis->applyNiceNumbers();
        valueAxis->setLabelFormat(max >= 10    ? QStringLiteral("$%.0f")
                                  : max >= 0.1 ? QStringLiteral("$%.2f")
                                               : QStringLiteral("$%.4f"));
    } else {
        // At least 0..5 so that an empty or tiny chart does not label its axis "0 0 1 1 1".
        valueAxis->setRange(0, std::max(max * 1.1, 5.0));
        valueAxis->applyNiceNumbers();
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    }
    // Three labels (0, the middle, the end): the charts are narrow, and more would overlap.
    valueAxis->setTickCount(3);
    chart->addAxis(valueAxis, Qt::AlignBottom);
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
            return mine.toDouble() < theirs.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
};

// Values in MiB for bytes (QValueAxis is a double axis; MiB keeps the labels readable), USD for cost.
double plotted(const WasteStats::Tally &tally, SummaryPane::Measure measure)
{
    switch (measure) {
    case SummaryPane::Measure::Bytes:
        return double(tally.bytes) / (1024.0 * 1024.0);
    case SummaryPane::Measure::Cost:
        return tally.monthlyUsd;
    case SummaryPane::Measure::Auto:
    case SummaryPane::Measure::Uploads:
        break;
    }
    return double(tally.uploads);
}

// The categories of one chart, largest first, at most `limit` of them.
Series topOf(QList<std::pair<QString, WasteStats::Tally>> rows, SummaryPane::Measure measure, qsizetype limit)
{
    std::stable_sort(rows.begin(), rows.end(), [measure](const auto &a, const auto &b) {
        return plotted(a.second, measure) > plotted(b.second, measure);
    });
    if (rows.size() > limit)
        rows.resize(limit);
    std::reverse(rows.begin(), rows.end()); // largest on top of a horizontal chart
    Series series;
    for (const auto &[name, tally] : std::as_const(rows)) {
        series.names.append(name);
        series.values.append(plotted(tally, measure));
    }
    return series;
}

} // namespace

// The summary table's columns.
enum Column
{
    BucketColumn,
    UploadsColumn,
    SizeColumn,
    CostColumn,
    WastedColumn,
    FilteredColumn,
    FilteredSizeColumn,
    SelectedColumn,
    SelectedSizeColumn,
    ColumnCount
};

SummaryPane::SummaryPane(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_measureBox(new QComboBox(this))
    , m_table(new QTreeWidget(this))
    , m_bucketChartView(new QChartView(this))
    , m_ageChartView(new QChartView(this))
    , m_classChartView(new QChartView(this))
{
    setObjectName(QStringLiteral("summaryPane"));
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_measureBox->setObjectName(QStringLiteral("chartMeasure"));
    m_measureBox->addItem(tr("Uploads"), QVariant::fromValue(Measure::Uploads));
    m_measureBox->addItem(tr("Size"), QVariant::fromValue(Measure::Bytes));
    m_measureBox->addItem(tr("Cost a month"), QVariant::fromValue(Measure::Cost));
    m_measureBox->setToolTip(tr("What the charts show: uploads, the size of their parts, or what those parts "
                                "cost a month"));
    m_measureBox->setAccessibleName(tr("Charts show"));
    auto *measureLabel = new QLabel(tr("Char&ts:"), this);
    measureLabel->setBuddy(m_measureBox);
    connect(m_measureBox, &QComboBox::activated, this,
            [this](int index) { setMeasure(m_measureBox->itemData(index).value<Measure>()); });

    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Bucket"), tr("Uploads"), tr("Size"), tr("Cost/month"), tr("Cost so far (est.)"),
                              tr("Matching filter"), tr("Matching size"), tr("Selected"), tr("Selected size")});
    m_table->headerItem()->setToolTip(WastedColumn,
                                      tr("An estimate: each upload's parts at their size now, since the upload "
                                         "was initiated"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSortingEnabled(true);
    m_bucketChartView->setObjectName(QStringLiteral("bucketChart"));
    m_ageChartView->setObjectName(QStringLiteral("ageChart"));
    m_classChartView->setObjectName(QStringLiteral("classChart"));
    m_table->setAccessibleName(tr("Waste by bucket"));
    m_bucketChartView->setAccessibleName(tr("Chart by bucket"));
    m_ageChartView->setAccessibleName(tr("Chart by age"));
    m_classChartView->setAccessibleName(tr("Chart by storage class"));
    for (QChartView *view : {m_bucketChartView, m_ageChartView, m_classChartView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 160);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(measureLabel);
    top->addWidget(m_measureBox);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_table, 4);
    charts->addWidget(m_bucketChartView, 3);
    charts->addWidget(m_ageChartView, 2);
    charts->addWidget(m_classChartView, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
    setCostModel({});
    setStats({}, {}, {});
}

void SummaryPane::setCostModel(const CostModel &cost)
{
    m_cost = cost;
    m_table->setColumnHidden(CostColumn, !cost.hasPrices());
    m_table->setColumnHidden(WastedColumn, !cost.hasPrices());
    updateMeasureChoice();
}

void SummaryPane::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    updateCharts();
    Q_EMIT measureChanged(measure);
}

SummaryPane::Measure SummaryPane::plottedMeasure() const
{
    if (m_measure == Measure::Uploads || m_measure == Measure::Bytes ||
        (m_measure == Measure::Cost && m_cost.hasPrices()))
        return m_measure;
    // Bytes when every upload has a known size: a chart of partial byte sums would understate
    // the buckets not sized yet.
    const WasteStats::Tally &all = m_charted.total;
    return all.uploads > 0 && all.sizedUploads == all.uploads ? Measure::Bytes : Measure::Uploads;
}

void SummaryPane::updateMeasureChoice()
{
    // Cost is offered when there are prices to plot it by.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_measureBox->model())) {
        QStandardItem *cost = items->item(m_measureBox->findData(QVariant::fromValue(Measure::Cost)));
        cost->setEnabled(m_cost.hasPrices());
        cost->setToolTip(m_cost.hasPrices() ? QString() : m_cost.describe());
    }
    m_measureBox->setCurrentIndex(m_measureBox->findData(QVariant::fromValue(plottedMeasure())));
}

QString SummaryPane::costText(const WasteStats &stats, bool soFar) const
{
    const WasteStats::Tally &all = stats.total;
    if (!m_cost.hasPrices() || all.sizedUploads == 0)
        return {};
    QString text = tr(", %1/month").arg(formatMoneyEstimate(all.monthlyUsd));
    if (soFar && all.pricedUploads > 0)
        text += tr(" (%1 so far, estimated)").arg(formatMoney(all.wastedUsd));
    if (all.pricedUploads < all.sizedUploads)
        text += tr(" (some classes have no price)");
    return text;
}

QString SummaryPane::headline() const
{
    return m_headline->text();
}

void SummaryPane::setCleaned(qint64 uploads, qint64 freedBytes)
{
    m_cleanedUploads = uploads;
    m_freedBytes = freedBytes;
}

void SummaryPane::setStats(const WasteStats &total, const WasteStats &filtered, const WasteStats &selected)
{
    QString headline =
        tr("Total: %1  ·  Matching filter: %2  ·  Selected: %3")
            .arg(tallyText(total.total) + costText(total, true), tallyText(filtered.total) + costText(filtered, false),
                 tallyText(selected.total) + costText(selected, false));
    if (!m_cost.hasPrices())
        headline += tr("  ·  Cost: %1").arg(m_cost.describe());
    if (m_cleanedUploads > 0)
        headline += tr("  ·  Cleaned: %Ln upload(s) verified gone, %1 freed", nullptr, int(m_cleanedUploads))
                        .arg(Format::bytes(m_freedBytes));
    m_headline->setText(headline);
    m_headline->setToolTip(m_cost.hasPrices() ? tr("Costs a month by %1. What the uploads have cost so far is an "
                                                   "estimate: each one's parts at their size now, since it was "
                                                   "initiated.")
                                                    .arg(m_cost.describe())
                                              : QString());

    const QLocale locale;
    const auto setCount = [&locale](QTreeWidgetItem *item, int column, qint64 value) {
        item->setText(column, locale.toString(value));
        item->setData(column, Qt::UserRole, value);
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    const auto setBytes = [&locale](QTreeWidgetItem *item, int column, const WasteStats::Tally &tally) {
        item->setText(column, Format::partialSum(double(tally.bytes), Format::bytes(tally.bytes), tally.sizedUploads,
                                                 tally.uploads));
        item->setData(column, Qt::UserRole, tally.bytes);
        item->setToolTip(column, tr("%1 bytes in %2 of %Ln upload(s)", nullptr, int(tally.uploads))
                                     .arg(locale.toString(tally.bytes), locale.toString(tally.sizedUploads)));
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    // Money of the priced uploads only: empty, never $0, while none is sized.
    const auto setMoney = [&locale](QTreeWidgetItem *item, int column, const WasteStats::Tally &tally, double usd) {
        item->setText(column, Format::partialSum(usd, formatMoney(usd), tally.pricedUploads, tally.uploads));
        item->setData(column, Qt::UserRole, usd);
        item->setToolTip(
            column,
            tr("%1 of %Ln upload(s) priced", nullptr, int(tally.uploads)).arg(locale.toString(tally.pricedUploads)));
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    m_table->setUpdatesEnabled(false);
    m_table->clear();
    for (auto it = total.byBucket.cbegin(); it != total.byBucket.cend(); ++it) {
        auto *item = new SummaryItem(m_table);
        item->setText(BucketColumn, it.key());
        setCount(item, UploadsColumn, it->uploads);
        setBytes(item, SizeColumn, *it);
        setMoney(item, CostColumn, *it, it->monthlyUsd);
        setMoney(item, WastedColumn, *it, it->wastedUsd);
        const WasteStats::Tally f = filtered.byBucket.value(it.key());
        const WasteStats::Tally s = selected.byBucket.value(it.key());
        setCount(item, FilteredColumn, f.uploads);
        setBytes(item, FilteredSizeColumn, f);
        setCount(item, SelectedColumn, s.uploads);
        setBytes(item, SelectedSizeColumn, s);
    }
    m_table->setUpdatesEnabled(true);
    m_charted = filtered.total.uploads > 0 ? filtered : total;
    updateCharts();
}

void SummaryPane::updateCharts()
{
    const Measure measure = plottedMeasure();
    m_measureBox->setCurrentIndex(m_measureBox->findData(QVariant::fromValue(measure)));
    const WasteStats &stats = m_charted;
    const bool partial = stats.total.sizedUploads < stats.total.uploads;
    QString unit, bucketTitle, ageTitle, classTitle;
    switch (measure) {
    case Measure::Bytes:
        unit = tr("MiB");
        bucketTitle = partial ? tr("Waste by bucket (MiB, sized uploads)") : tr("Waste by bucket (MiB)");
        ageTitle = partial ? tr("By age (MiB, sized)") : tr("By age (MiB)");
        classTitle = partial ? tr("By class (MiB, sized)") : tr("By class (MiB)");
        break;
    case Measure::Cost:
        unit = tr("USD a month");
        bucketTitle = partial ? tr("Cost a month by bucket (sized uploads)") : tr("Cost a month by bucket");
        ageTitle = tr("By age (a month)");
        classTitle = tr("By class (a month)");
        break;
    case Measure::Auto:
    case Measure::Uploads:
        unit = tr("uploads");
        bucketTitle = tr("Uploads by bucket");
        ageTitle = tr("Uploads by age");
        classTitle = tr("Uploads by class");
        break;
    }
    const bool money = measure == Measure::Cost;

    QList<std::pair<QString, WasteStats::Tally>> buckets;
    for (auto it = stats.byBucket.cbegin(); it != stats.byBucket.cend(); ++it)
        buckets.append({it.key(), *it});
    // Youngest on top (a horizontal chart draws its first category at the bottom).
    Series bands;
    for (int band = WasteStats::AgeBandCount - 1; band >= 0; --band) {
        bands.names.append(WasteStats::bandName(WasteStats::AgeBand(band)));
        bands.values.append(plotted(stats.byAge[size_t(band)], measure));
    }
    // An upload listed without a class is a STANDARD one.
    QMap<QString, WasteStats::Tally> classes;
    for (auto it = stats.byClass.cbegin(); it != stats.byClass.cend(); ++it) {
        classes[it.key().isEmpty() ? QStringLiteral("STANDARD") : it.key()] += *it;
    }
    QList<std::pair<QString, WasteStats::Tally>> classRows;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        classRows.append({it.key(), *it});

    const QList<QChart *> charts{
        makeBarChart(bucketTitle, unit, topOf(buckets, measure, 10), money),
        makeBarChart(ageTitle, unit, bands, money),
        makeBarChart(classTitle, unit, topOf(classRows, measure, 8), money),
    };
    // Text colours from the palette so the charts read in dark themes too.
    const QPalette pal = palette();
    for (QChart *chart : charts) {
        chart->setTitleBrush(pal.color(QPalette::WindowText));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(pal.color(QPalette::WindowText));
            axis->setGridLineColor(pal.color(QPalette::Mid));
        }
        for (QAbstractSeries *series : chart->series()) {
            for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
                set->setColor(pal.color(QPalette::Highlight));
        }
    }
    const QList<QChartView *> views{m_bucketChartView, m_ageChartView, m_classChartView};
    for (qsizetype i = 0; i < views.size(); ++i) {
        QChart *old = views[i]->chart();
        views[i]->setChart(charts[i]);
        delete old;
    }
}

} // namespace PartSweep
