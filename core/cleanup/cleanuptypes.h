#pragma once

#include "s3/s3types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Plain values of the cleanup engine, shared by the job, its journal, the reports and the model.
namespace PartSweep {

// Where one upload of a cleanup job stands. The life of an upload:
//   Queued -> Aborting -> Verifying -> (parts remain: BackingOff -> Aborting -> Verifying)*
//          -> Verified | Failed | Cancelled | CancelledUnverified
// and, outside that path: Excluded (younger than the age guard, never touched), Inspecting ->
// WouldAbort (dry run: ListParts only), Aborted (verification turned off).
enum class CleanupState
{
    Queued,              // nothing sent yet
    Inspecting,          // dry run: ListParts in flight
    Aborting,            // AbortMultipartUpload in flight
    Verifying,           // ListParts in flight after an abort
    BackingOff,          // waiting before the next abort or a retry of a transient failure
    Verified,            // ListParts answers 404 or lists no part: nothing is left
    Aborted,             // the abort was accepted; verification was turned off
    Failed,              // see the reason
    Cancelled,           // cancelled before any request was sent for it: untouched
    CancelledUnverified, // cancelled after an abort was sent; not verified
    Excluded,            // younger than the age guard (or of unknown age): never touched
    WouldAbort,          // dry run: would be aborted
};

// Final for good: a resumed job skips these. Cancelled states are final for one run only.
bool isDone(CleanupState state);
// No more work in this run (done, or cancelled).
bool isFinal(CleanupState state);
// Words for people: "verified", "cancelled after abort sent; not verified", ...
QString stateText(CleanupState state);
// Stable names for the journal and reports: "verified", "cancelled-unverified", ...
QString stateName(CleanupState state);
// "3 part(s) (2.9 KiB)": what is left of an upload, in reasons and reports.
QString partsText(int parts, qint64 bytes);
std::optional<CleanupState> stateFromName(QStringView name);

// What a job does; recorded in its journal (never a secret: no keys, no tokens).
struct CleanupOptions
{
    int concurrency = 16;        // requests in flight at once (1..64)
    bool requestPayer = false;   // x-amz-request-payer: requester on every request
    QString expectedBucketOwner; // x-amz-expected-bucket-owner on every request
    int maxAborts = 3;           // abort requests per upload while parts remain listed (1..20)
    bool verify = true;          // ListParts after every abort (turning it off is discouraged)
    int backoffMs = 1000;        // first wait before an abort again; doubles each time
    int maxBackoffMs = 30000;
    // Rounds of job-level retries after the client gave up on a transient failure (network,
    // timeout, 5xx, throttling): the gateway restarting must not fail a job.
    int transientRounds = 5;
    bool dryRun = false;          // no mutating request; ListParts only (when inspect is on)
    bool inspect = true;          // dry run: ListParts each upload to report its parts and size
    qint64 minAgeSeconds = 86400; // the age guard: younger uploads are excluded
    QString endpoint;             // for the journal: which service (empty: AWS)
    QString region;
    // The share of the selection this job took when one cleanup is spread over several
    // processes (CleanupPlanner::Shard): shardIndex of shardCount; 1 is the whole selection.
    int shardIndex = 0;
    int shardCount = 1;

    QJsonObject toJson() const;
    static CleanupOptions fromJson(const QJsonObject &json);
};

// One upload a job may abort: an exact (bucket, key, upload id), never a pattern.
struct CleanupTarget
{
    UploadInfo upload;
    qint64 size = -1; // bytes in parts, -1 unknown (from the inventory's ListParts)
    int parts = -1;
};

// The record of one upload in a job (also what a journal replays into).
struct CleanupItem
{
    CleanupTarget target;
    CleanupState state = CleanupState::Queued;
    QString reason;          // why it failed, was excluded, or what a dry run would do
    int aborts = 0;          // abort requests sent (over every run of the job)
    int requests = 0;        // requests sent for it, retries included
    int charged = 0;         // answers with x-amz-request-charged: requester
    bool abortSent = false;  // an abort may have reached the server
    int remainingParts = -1; // parts listed by the last verification, -1 unknown
    qint64 remainingBytes = -1;
    QDateTime started;  // first request (UTC)
    QDateTime finished; // final state (UTC)
    QStringList requestIds;
    int transientFailures = 0; // job-level retries used in this run
    // Failed for a cause that may pass (network, throttling, expired credentials, the server's
    // time unreadable): a resume tries it again.
    bool retryable = false;
};

// Whether a resume still has work for this upload: not done, or failed for a transient cause.
bool isLeftToDo(const CleanupItem &item);

} // namespace PartSweep

Q_DECLARE_METATYPE(PartSweep::CleanupState)
