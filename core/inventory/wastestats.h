#pragma once

#include "pricing/pricetable.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace PartSweep {

// What pending uploads cost, tallied by bucket, by age band and by storage class, for the summary
// and its charts. A plain value; sizes unknown yet (-1) count as uploads but not as bytes
// (sizedUploads says how many of the bytes are known), and never as $0: with a cost model set,
// the money covers the sized uploads whose class has a price (pricedUploads).
struct WasteStats
{
    enum AgeBand
    {
        UnderOneDay,
        OneToSevenDays,
        SevenToThirtyDays,
        ThirtyToNinetyDays,
        OverNinetyDays,
        AgeBandCount
    };
    static AgeBand bandOf(qint64 ageSeconds);
    static QString bandName(AgeBand band); // "0-1 d", "1-7 d", ... (no "<": chart labels are rich text)

    struct Tally
    {
        qint64 uploads = 0;
        qint64 bytes = 0; // of the sized uploads
        qint64 sizedUploads = 0;
        qint64 pricedUploads = 0; // sized, and their class has a price
        double monthlyUsd = 0;    // what the priced uploads' parts cost a month
        double wastedUsd = 0;     // an estimate: what they have cost since initiated (see costSoFar)

        void add(qint64 size, std::optional<double> monthly = std::nullopt, qint64 ageSeconds = 0)
        {
            ++uploads;
            if (size >= 0) {
                bytes += size;
                ++sizedUploads;
            }
            if (monthly) {
                ++pricedUploads;
                monthlyUsd += *monthly;
                wastedUsd += costSoFar(*monthly, ageSeconds);
            }
        }
        Tally &operator+=(const Tally &other)
        {
            uploads += other.uploads;
            bytes += other.bytes;
            sizedUploads += other.sizedUploads;
            pricedUploads += other.pricedUploads;
            monthlyUsd += other.monthlyUsd;
            wastedUsd += other.wastedUsd;
            return *this;
        }
        bool operator==(const Tally &) const = default;
    };

    Tally total;
    QMap<QString, Tally> byBucket;
    std::array<Tally, AgeBandCount> byAge{};
    QHash<QString, Tally> byClass; // by storage class: what the bytes cost differs

    // The prices the money is tallied by; set before add(). Without one there is no money.
    void setCostModel(const CostModel &cost);
    const CostModel &costModel() const { return m_cost; }
    void add(const QString &bucket, qint64 ageSeconds, qint64 size, const QString &storageClass = {});

private:
    CostModel m_cost;
    QHash<QString, std::optional<double>> m_perGb; // by upload class, looked up once per class
};

} // namespace PartSweep
