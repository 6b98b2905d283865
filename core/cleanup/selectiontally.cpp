#include "cleanup/selectiontally.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace PartSweep {

namespace {

struct Dated
{
    qint64 age;
    qint64 size;
};

} // namespace

SelectionTally::SelectionTally(const QList<CleanupTarget> &selection, const std::optional<QDateTime> &serverNow)
    : m_clockKnown(serverNow && serverNow->isValid())
    , m_size(selection.size())
{
    // A selection comes bucket by bucket as a rule: the last group found is tried first.
    QHash<std::pair<QString, QString>, qsizetype> index;
    std::vector<std::vector<Dated>> dated;
    qsizetype last = -1;
    for (const CleanupTarget &target : selection) {
        const UploadInfo &upload = target.upload;
        if (last < 0 || m_groups[size_t(last)].bucket != upload.bucket ||
            m_groups[size_t(last)].storageClass != upload.storageClass) {
            const auto key = std::make_pair(upload.bucket, upload.storageClass);
            auto it = index.constFind(key);
            if (it == index.cend()) {
                it = index.insert(key, qsizetype(m_groups.size()));
                m_groups.push_back(Group{upload.bucket, upload.storageClass, {}, {}, {}, 0, 0, 0});
                dated.emplace_back();
            }
            last = *it;
        }
        Group &group = m_groups[size_t(last)];
        if (!upload.initiated.isValid()) {
            ++group.undated;
            if (target.size >= 0)
                group.undatedBytes += target.size;
            else
                ++group.undatedUnknown;
            continue;
        }
        // Without the server's time no age counts (every guard refuses), so none is computed.
        dated[size_t(last)].push_back(Dated{m_clockKnown ? upload.initiated.secsTo(*serverNow) : 0, target.size});
    }
    for (size_t g = 0; g < m_groups.size(); ++g) {
        std::vector<Dated> &uploads = dated[g];
        std::sort(uploads.begin(), uploads.end(), [](const Dated &a, const Dated &b) { return a.age < b.age; });
        Group &group = m_groups[g];
        group.ages.resize(uploads.size());
        group.bytesFrom.assign(uploads.size() + 1, 0);
        group.unknownFrom.assign(uploads.size() + 1, 0);
        for (size_t i = uploads.size(); i-- > 0;) {
            group.ages[i] = uploads[i].age;
            group.bytesFrom[i] = group.bytesFrom[i + 1] + std::max<qint64>(0, uploads[i].size);
            group.unknownFrom[i] = group.unknownFrom[i + 1] + (uploads[i].size < 0 ? 1 : 0);
        }
    }
}

SelectionTally::Summary SelectionTally::summarize(qint64 minAgeSeconds) const
{
    Summary summary;
    const bool guarded = minAgeSeconds > 0;
    if (guarded && !m_clockKnown) {
        summary.clockUnknown = m_size > 0;
        return summary;
    }
    QMap<QString, Bucket> buckets;
    for (const Group &group : m_groups) {
        // The same rule as guardVerdict(): eligible when initiated at least minAgeSeconds ago.
        const size_t first =
            guarded
                ? size_t(std::lower_bound(group.ages.cbegin(), group.ages.cend(), minAgeSeconds) - group.ages.cbegin())
                : 0;
        int eligible = int(group.ages.size() - first);
        qint64 bytes = group.bytesFrom[first];
        int unknown = group.unknownFrom[first];
        summary.tooYoung += int(first);
        if (guarded) {
            summary.ageUnknown += group.undated;
        } else {
            eligible += group.undated;
            bytes += group.undatedBytes;
            unknown += group.undatedUnknown;
        }
        if (eligible == 0)
            continue;
        summary.eligible += eligible;
        summary.knownBytes += bytes;
        summary.unknownSizes += unknown;
        if (eligible > unknown)
            summary.knownBytesByClass[group.storageClass] += bytes;
        Bucket &bucket = buckets[group.bucket];
        bucket.name = group.bucket;
        bucket.uploads += eligible;
        bucket.knownBytes += bytes;
    }
    summary.buckets = buckets.values();
    return summary;
}

} // namespace PartSweep
