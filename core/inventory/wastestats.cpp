#include "inventory/wastestats.h"

#include <QCoreApplication>

namespace PartSweep {

WasteStats::AgeBand WasteStats::bandOf(qint64 ageSeconds)
{
    constexpr qint64 day = 86400;
    if (ageSeconds < day)
        return UnderOneDay;
    if (ageSeconds < 7 * day)
        return OneToSevenDays;
    if (ageSeconds < 30 * day)
        return SevenToThirtyDays;
    if (ageSeconds < 90 * day)
        return ThirtyToNinetyDays;
    return OverNinetyDays;
}

QString WasteStats::bandName(AgeBand band)
{
    switch (band) {
    case UnderOneDay:
        return QCoreApplication::translate("WasteStats", "0-1 d");
    case OneToSevenDays:
        return QCoreApplication::translate("WasteStats", "1-7 d");
    case SevenToThirtyDays:
        return QCoreApplication::translate("WasteStats", "7-30 d");
    case ThirtyToNinetyDays:
        return QCoreApplication::translate("WasteStats", "30-90 d");
    case OverNinetyDays:
    case AgeBandCount:
        break;
    }
    return QCoreApplication::translate("WasteStats", "90+ d");
}

void WasteStats::setCostModel(const CostModel &cost)
{
    m_cost = cost;
    m_perGb.clear();
}

void WasteStats::add(const QString &bucket, qint64 ageSeconds, qint64 size, const QString &storageClass)
{
    std::optional<double> monthly;
    if (size >= 0 && m_cost.hasPrices()) {
        auto price = m_perGb.constFind(storageClass);
        if (price == m_perGb.cend())
            price = m_perGb.insert(storageClass, m_cost.perGbMonth(storageClass));
        if (*price)
            monthly = double(size) / BytesPerGb * **price;
    }
    total.add(size, monthly, ageSeconds);
    byClass[storageClass].add(size, monthly, ageSeconds);
    byBucket[bucket].add(size, monthly, ageSeconds);
    byAge[size_t(bandOf(ageSeconds))].add(size, monthly, ageSeconds);
}

} // namespace PartSweep
