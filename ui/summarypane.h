#pragma once

#include "inventory/wastestats.h"
#include "pricing/pricetable.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;
class QChart;
class QChartView;

namespace PartSweep {

// Uploads, bytes and what they cost a month in total, matching the filter and selected, per bucket
// (with what the waste has cost so far, an estimate), and three charts of the waste: by bucket (the
// ten largest), by age band and by storage class, each in uploads, bytes or cost a month as the
// user picks. Shows what it is given; the main window tallies (on a short timer, not per
// selection click) with the cost model it sets here.
class SummaryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPane)

public:
    enum class Measure
    {
        Auto,    // bytes when every upload is sized, else uploads
        Uploads, // upload counts
        Bytes,   // bytes of the sized uploads
        Cost,    // cost a month of the sized, priced uploads
    };
    Q_ENUM(Measure)

    explicit SummaryPane(QWidget *parent = nullptr);

    void setStats(const WasteStats &total, const WasteStats &filtered, const WasteStats &selected);
    // What cleanups verified gone (left out of the stats), said in the headline at the next setStats.
    void setCleaned(qint64 uploads, qint64 freedBytes);
    // What storage costs on the connection: the headline adds what each part costs a month
    // (sized uploads only; unknown sizes are never counted as $0), or says there is no price.
    void setCostModel(const CostModel &cost);
    QString headline() const;

    // What the charts plot; Cost without prices plots as Auto does.
    Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    Measure plottedMeasure() const; // what the charts show now (Auto and Cost resolved)

Q_SIGNALS:
    void measureChanged(PartSweep::SummaryPane::Measure measure);

private:
    void updateCharts();
    void updateMeasureChoice();

    QString costText(const WasteStats &stats, bool soFar) const;

    CostModel m_cost;
    qint64 m_cleanedUploads = 0;
    qint64 m_freedBytes = 0;
    Measure m_measure = Measure::Auto;
    WasteStats m_charted; // the filtered rows, or all of them when no row matches
    QLabel *m_headline;
    QComboBox *m_measureBox;
    QTreeWidget *m_table;
    QChartView *m_bucketChartView;
    QChartView *m_ageChartView;
    QChartView *m_classChartView;
};

} // namespace PartSweep
