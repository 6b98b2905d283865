#pragma once

#include "cleanup/cleanuptypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace PartSweep {

// What a selection holds under any age guard: how many uploads a cleanup would touch, their
// bytes (by bucket and by storage class), how many the guard keeps. Built once from the
// selection (one pass and a sort: for a million uploads, run it off the GUI thread), then
// summarize() answers for a guard in O(groups · log uploads), so the confirmation can follow
// its guard field without walking the selection again. The verdicts are guardVerdict()'s
// (CleanupPlanner), on the server's clock: what it states is what the job does.
class SelectionTally
{
public:
    struct Bucket
    {
        QString name;
        int uploads = 0;
        qint64 knownBytes = 0;
    };
    struct Summary
    {
        int eligible = 0;          // what the job will abort (or inspect, on a dry run)
        int tooYoung = 0;          // initiated more recently than the guard, by the server's clock
        int ageUnknown = 0;        // no initiation time listed, and a guard is set
        bool clockUnknown = false; // a guard is set and the server's time is unknown: nothing is eligible
        qint64 knownBytes = 0;     // of the eligible uploads whose size is known
        int unknownSizes = 0;      // eligible uploads whose size is not known
        QHash<QString, qint64> knownBytesByClass; // storage classes of eligible uploads of known size
        QList<Bucket> buckets;                    // holding eligible uploads, sorted by name
    };

    SelectionTally() = default;
    SelectionTally(const QList<CleanupTarget> &selection, const std::optional<QDateTime> &serverNow);

    qsizetype size() const { return m_size; }
    Summary summarize(qint64 minAgeSeconds) const;

private:
    // The uploads of one bucket and storage class, by age on the server's clock.
    struct Group
    {
        QString bucket;
        QString storageClass;
        std::vector<qint64> ages;      // seconds, ascending
        std::vector<qint64> bytesFrom; // known bytes of ages[i..]; one more entry (0) at the end
        std::vector<int> unknownFrom;  // uploads of unknown size in ages[i..]; likewise
        int undated = 0;               // no initiation time: eligible only without a guard
        qint64 undatedBytes = 0;
        int undatedUnknown = 0;
    };
    std::vector<Group> m_groups;
    bool m_clockKnown = false;
    qsizetype m_size = 0;
};

} // namespace PartSweep
