#pragma once

#include "inventory/wastestats.h"
#include "pricing/pricetable.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QChart;
class QChartView;

namespace PartSweep {

// Uploads, bytes and what they cost a month in total, matching the filter and selected, per bucket, and two charts of
// the waste: bytes by bucket (the ten largest) and by age band. Shows what it is given; the main
// window tallies (on a short timer, not per selection click).
class SummaryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPane)

public:
    explicit SummaryPane(QWidget *parent = nullptr);

    void setStats(const WasteStats &total, const WasteStats &filtered, const WasteStats &selected);
    // What storage costs on the connection: the headline adds what each part costs a month
    // (sized uploads only; unknown sizes are never counted as $0), or says there is no price.
    void setCostModel(const CostModel &cost) { m_cost = cost; }
    QString headline() const;

private:
    void updateCharts(const WasteStats &stats);

    QString costText(const WasteStats &stats) const;

    CostModel m_cost;
    QLabel *m_headline;
    QTreeWidget *m_table;
    QChartView *m_bucketChartView;
    QChartView *m_ageChartView;
};

} // namespace PartSweep
