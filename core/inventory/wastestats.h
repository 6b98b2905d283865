#pragma once

#include <QHash>
#include <QMap>
#include <QString>

#include <array>

namespace PartSweep {

// What pending uploads cost, tallied by bucket and by age band, for the summary and its charts.
// A plain value; sizes unknown yet (-1) count as uploads but not as bytes (sizedUploads says how
// many of the bytes are known).
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

        void add(qint64 size)
        {
            ++uploads;
            if (size >= 0) {
                bytes += size;
                ++sizedUploads;
            }
        }
        bool operator==(const Tally &) const = default;
    };

    Tally total;
    QMap<QString, Tally> byBucket;
    std::array<Tally, AgeBandCount> byAge{};
    QHash<QString, Tally> byClass; // by storage class: what the bytes cost differs

    void add(const QString &bucket, qint64 ageSeconds, qint64 size, const QString &storageClass = {});
};

} // namespace PartSweep
