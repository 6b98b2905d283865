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

void WasteStats::add(const QString &bucket, qint64 ageSeconds, qint64 size, const QString &storageClass)
{
    total.add(size);
    byClass[storageClass].add(size);
    byBucket[bucket].add(size);
    byAge[size_t(bandOf(ageSeconds))].add(size);
}

} // namespace PartSweep
