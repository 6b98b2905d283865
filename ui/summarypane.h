#pragma once

#include "inventory/wastestats.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QChart;
class QChartView;

namespace PartSweep {

// Uploads and bytes in total, matching the filter and selected, per bucket, and two charts of
// the waste: bytes by bucket (the ten largest) and by age band. Shows what it is given; the main
// window tallies (on a short timer, not per selection click).
class SummaryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPane)

public:
    explicit SummaryPane(QWidget *parent = nullptr);

    void setStats(const WasteStats &total, const WasteStats &filtered, const WasteStats &selected);
    QString headline() const;

private:
    void updateCharts(const WasteStats &stats);

    QLabel *m_headline;
    QTreeWidget *m_table;
    QChartView *m_bucketChartView;
    QChartView *m_ageChartView;
};

} // namespace PartSweep
