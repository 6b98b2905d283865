#pragma once

#include "cleanup/cleanuptypes.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace PartSweep {

struct JournalData;

// One policy for both front ends (partsweep-cli abort and the desktop's cleanup flow): which of
// the selected uploads a cleanup touches, and what a resume may change. Pure functions: the
// server's time is passed in.
namespace CleanupPlanner {

// The age guard, on the SERVER's clock: an upload is aborted only when the server says it was
// initiated at least minAgeSeconds ago. A computer whose clock runs days fast would otherwise
// see a minute-old upload (one still being written) as old.
enum class GuardVerdict
{
    Eligible,
    TooYoung,     // initiated less than minAgeSeconds ago
    AgeUnknown,   // the listing gave no initiation time
    ClockUnknown, // the server's time was never read: no age can be trusted
};
// serverNow: nullopt when the server's time is unknown. A guard of 0 makes every upload eligible.
GuardVerdict guardVerdict(const QDateTime &initiated, qint64 minAgeSeconds, const std::optional<QDateTime> &serverNow);
// The same on milliseconds since the epoch (initiatedMs: nullopt when not listed), for a walk over
// a million uploads that should not touch a QDateTime each.
GuardVerdict guardVerdict(std::optional<qint64> initiatedMs, qint64 minAgeSeconds, std::optional<qint64> serverNowMs);
// Why an upload is excluded, in words (empty for Eligible).
QString guardReason(GuardVerdict verdict, const QDateTime &initiated, qint64 minAgeSeconds,
                    const std::optional<QDateTime> &serverNow);

struct Plan
{
    QList<CleanupTarget> targets; // the selection, sorted by bucket, key, initiation, upload id
    int eligible = 0;             // what the job will abort (or inspect, on a dry run)
    int tooYoung = 0;
    int ageUnknown = 0;
    bool clockUnknown = false;                // a guard is set and the server's time was never read: refuse
    qint64 knownBytes = 0;                    // sizes of the eligible uploads that are known
    QHash<QString, qint64> knownBytesByClass; // the same by storage class (what they cost differs)
    int unknownSizes = 0;                     // eligible uploads whose size is not known
    QStringList buckets;                      // of the eligible uploads, sorted
};
// What a cleanup of `selection` would touch under the age guard. The job applies the same
// verdicts when it starts (guardVerdict), so what the confirmation states is what happens.
Plan plan(QList<CleanupTarget> selection, qint64 minAgeSeconds, const std::optional<QDateTime> &serverNow);

// The options given again when a job is resumed; nullopt: not given.
struct ResumeRequest
{
    bool dryRun = false; // a dry run of what is left: no mutating request, the journal untouched
    std::optional<bool> verify;
    std::optional<qint64> minAgeSeconds;
    std::optional<int> maxAborts;
    std::optional<bool> requestPayer;
    std::optional<QString> expectedBucketOwner;
    std::optional<int> concurrency;
    QString endpoint; // of the connection the resume would run on (empty: AWS)
};

// The options of a resumed run: the journal's (a job keeps the rules it was confirmed with),
// with dryRun when asked. Refused (S3Error kind Config, in words) when the journal is not
// resumable (not planned, finished, locked by a running process), when the connection is to
// another service, or when an option given differs from the journal's: a flag that would not
// be applied is never silently ignored.
Result<CleanupOptions> resumeOptions(const JournalData &journal, const ResumeRequest &request);

// The uploads a resumed run works on: every one not done yet (QList of indices into the journal's items).
QList<int> leftToDo(const JournalData &journal);

// One cleanup spread over several processes or machines (partsweep-cli abort --shard K/N): each
// takes a deterministic share of the same selection, so that together they abort every selected
// upload exactly once, with no coordination but N and their own K. An upload belongs to shard
//   K = (the first 8 bytes of SHA-256(UTF-8 of bucket + "/" + key), big-endian) mod N
// (a bucket name holds no "/"), so every upload of one key lands in the same shard, and anyone
// can recompute which shard took an upload. K counts from 0, as Kubernetes' JOB_COMPLETION_INDEX
// and AWS Batch's AWS_BATCH_JOB_ARRAY_INDEX do.
struct Shard
{
    int index = 0;
    int count = 1; // 1: the whole selection

    bool isWhole() const { return count <= 1; }
    QString toString() const; // "2/8"
    // "K/N" with 0 <= K < N <= 100000; an error in words otherwise.
    static Result<Shard> parse(QStringView text);
};
int shardOf(const QString &bucket, const QString &key, int count);
inline bool inShard(const UploadInfo &upload, const Shard &shard)
{
    return shard.isWhole() || shardOf(upload.bucket, upload.key, shard.count) == shard.index;
}

} // namespace CleanupPlanner

} // namespace PartSweep
