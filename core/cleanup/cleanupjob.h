#pragma once

#include "cleanup/cleanuptypes.h"
#include "s3/s3client.h"
#include "s3/uploadlister.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSemaphore>
#include <QTimer>

#include <array>
#include <atomic>
#include <cstdlib>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace PartSweep {

class CleanupJournal;
struct JournalData;

// A cleanup job: aborts an exact list of multipart uploads and proves each one gone.
//
// Per upload: AbortMultipartUpload, then ListParts (all pages). What proves an upload gone
// (docs/design.md, "Verification"): after an abort ACCEPTED in this run (2xx), a ListParts
// answered 404 NoSuchUpload (AWS) / NoSuchKey (Ceph RGW), or 200 with no part; without an
// accepted abort (the abort's first answer was a 404, or a dry run's ListParts was), only a
// ListMultipartUploads of that exact key that no longer lists the upload id. Any other 404 is not
// proof. Parts still listed (parts that were uploading during the abort land afterwards, as AWS
// documents) mean abort again after a backoff, up to maxAborts, then "failed: N parts (X bytes)
// remain after K aborts". A 403 fails
// the upload with the reason in words. Throttling, 5xx and network errors are retried by the
// S3 client; when it gives up, the job tries the step again later (transientRounds times), so
// a gateway restart does not fail a job. A dry run sends ListParts only (when inspect is on).
//
// Safety: only the (bucket, key, upload id) triples given are ever named in a request; the
// only mutating request is AbortMultipartUpload (never an object deletion); an upload younger
// than the age guard (minAgeSeconds) by the SERVER's clock, or of unknown age, is excluded
// before anything is sent (CleanupPlanner::guardVerdict), and when the server's time cannot be
// read nothing is aborted.
//
// Scheduling: at most `concurrency` requests in flight (one per upload at a time), uploads
// taken round-robin between buckets so a huge bucket does not starve the others, uploads due
// again (after a backoff) before new ones.
//
// The breaker, one rule for both front ends: when the server has given no usable answer for
// outageLimitMs while requests keep failing for a passing cause, or it refuses the credentials as
// expired and they could not be renewed (the pipeline renews what its provider can), sending more
// only collects failures. An upload caught by it is put back, not failed. With
// OutageHandling::Stop (the command line's) the job stops as if cancelled, with stopReason() saying
// why, and is resumable. With OutageHandling::Pause (the window's) it sends nothing new and emits
// paused(): a server outage is probed again by itself (one request after pauseRetryMs, doubling up
// to 5 minutes), expired credentials wait for resume(); after a resume one request at a time goes
// out until the server answers. One upload failing for a passing cause while the server answers
// others fails by itself (retryable) after transientRounds, without tripping the breaker.
//
// Cancel stops new work at once; requests in flight finish, and every upload ends in a true
// state: untouched ones "cancelled", ones whose abort went out "cancelled after abort sent;
// not verified" (or verified, when a verification in flight answers 404).
//
// Threading and ownership: lives on the thread that created it; owns its S3Client (built from
// the connection with the options' concurrency, requester pays and expected owner) and its
// journal. Signals are batched for views over 100k uploads: progressed() at most every
// progressIntervalMs with the indices that changed, finished() exactly once, after the last
// progressed(). No exception crosses a signal: failures are states with reasons.
class CleanupJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupJob)

public:
    struct Totals
    {
        int uploads = 0;
        int verified = 0;
        int aborted = 0; // abort accepted, not verified (verification off)
        int failed = 0;
        int cancelled = 0;           // untouched
        int cancelledUnverified = 0; // abort sent, not verified
        int excluded = 0;
        int wouldAbort = 0;
        int remaining = 0;           // not in a final state yet
        qint64 bytesFreed = 0;       // sizes (where known) of the uploads verified gone
        int verifiedUnmeasured = 0;  // uploads verified gone whose size was never listed
        qint64 bytesWouldFree = 0;   // dry run: sizes of the uploads that would be aborted
        qint64 chargedRequests = 0;  // answers with x-amz-request-charged: requester
        qint64 requestsSent = 0;     // every attempt, retries included
        double uploadsPerSecond = 0; // uploads that reached a final state, per second of this run
        qint64 etaSeconds = -1;      // -1: unknown
    };

    // A new job over the targets (an exact list; duplicates are excluded).
    CleanupJob(const S3ClientConfig &connection, CleanupOptions options, const QList<CleanupTarget> &targets,
               QObject *parent = nullptr);
    // The same, with the targets made into items already (itemsFor(), on any thread: a million
    // take a while, and the GUI makes them on a worker).
    CleanupJob(const S3ClientConfig &connection, CleanupOptions options, std::vector<CleanupItem> items,
               QObject *parent = nullptr);
    static std::vector<CleanupItem> itemsFor(const QList<CleanupTarget> &targets);
    // A new run of a journaled job (resume): uploads done are skipped; every other one is aborted
    // (again: an abort the journal says was sent may never have reached the server, and an abort
    // is idempotent), then verified. Uses the journal's options; call openJournal() to keep
    // appending.
    CleanupJob(const S3ClientConfig &connection, JournalData journal, QObject *parent = nullptr);
    ~CleanupJob() override;

    // The journal: a new file (default: CleanupJournal::defaultDirectory()/<jobId>.jsonl) for a
    // new job, the same file for a resumed one. Call before start(); without it nothing is
    // journaled (tests). An error means nothing was sent.
    Result<Unit> openJournal(const QString &path = {});
    // openJournal() for a new job without waiting: the uploads are written and synced on a worker
    // thread (a million take seconds), and done runs on this job's thread afterwards (never inside
    // this call); an error means nothing was sent. start() goes after done. A cancel() meanwhile
    // stops the writing: done gets a Cancelled error, the unfinished file is removed, and the job
    // finishes cancelled. Deleting the job meanwhile waits for the worker to stop and removes the
    // file (nothing was sent). A resumed job's
    // journal is reopened at once (only its tail is read).
    void openJournalInBackground(std::function<void(Result<Unit>)> done, const QString &path = {});
    bool isWritingJournal() const { return m_writer != nullptr; }
    CleanupJournal *journal() const { return m_journal; }

    void setProgressIntervalMs(int ms) { m_progressTimer.setInterval(std::max(1, ms)); }
    // The server's clock minus this job's clock, when the caller has read it already (the
    // listing client's S3Client::serverClockOffsetMs()). Without it, a fresh job with an age guard
    // reads it first (one HEAD request); when it cannot be read, nothing is aborted.
    void setServerClockOffsetMs(qint64 offsetMs) { m_serverOffsetMs = offsetMs; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    S3Client *client() const { return m_client; }

    enum class OutageHandling
    {
        Stop,  // stop the job (resumable): nobody is there to wait for
        Pause, // wait, probe the server again, and let the user resume or cancel
    };
    enum class PauseCause
    {
        ServerUnreachable,
        CredentialsExpired,
    };
    struct PauseInfo
    {
        PauseCause cause = PauseCause::ServerUnreachable;
        QString reason;    // why, in words, with the last error
        QDateTime since;   // UTC
        QDateTime retryAt; // UTC, when the job tries again by itself; invalid: waits for resume()
    };
    void setOutageHandling(OutageHandling handling) { m_outageHandling = handling; }
    void setOutageLimitMs(int ms) { m_outageLimitMs = std::max(0, ms); }
    int outageLimitMs() const { return m_outageLimitMs; }
    void setPauseRetryMs(int ms) { m_pauseRetryMs = m_nextPauseRetryMs = std::max(1, ms); }
    const std::optional<PauseInfo> &pauseInfo() const { return m_pause; }
    bool isPaused() const { return m_pause.has_value(); }

    void start();
    // After a pause: goes on, one request at a time until the server answers one.
    void resume();
    void cancel();
    // Why the job stopped before its end other than a cancel (a journal it can no longer write);
    // empty otherwise.
    const QString &stopReason() const { return m_stopReason; }

    const QString &jobId() const { return m_jobId; }
    const CleanupOptions &options() const { return m_options; }
    const std::vector<CleanupItem> &items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    Totals totals() const;
    bool isStarted() const { return m_started; }
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }
    bool isResumed() const { return m_run > 1; }

Q_SIGNALS:
    // Indices (sorted, unique) of the uploads whose record changed since the last emission.
    void progressed(const QList<int> &changed);
    void paused();  // see pauseInfo()
    void resumed(); // by resume(), or by itself to probe the server
    void finished();

private:
    void watchJournal();
    qint64 notDoneCount() const;
    void journalWritten(CleanupJournal *journal, const QString &file, Result<Unit> written,
                        const std::function<void(Result<Unit>)> &done);

    enum class Step
    {
        None,
        Abort,
        Verify,
        Inspect,
        ConfirmGone, // a 404 that proves nothing by itself: is the upload still listed?
    };
    // Every member zero by default: the array of a million is calloc()ed (the pages come zeroed
    // when first touched, instead of being written at once on the GUI's thread).
    struct Runtime
    {
        Step next = Step::None;
        int acceptedAborts = 0;       // aborts accepted (2xx) or answered "gone" over the job's runs
        int acceptedThisRun = 0;      // aborts answered 2xx in this run: what makes a ListParts proof
        bool goneByListParts = false; // the 404 that ConfirmGone has to confirm (m_goneBy) was
                                      // answered to ListParts (else to the abort)
        int listedParts = 0;          // ListParts paging accumulators
        qint64 listedBytes = 0;
        bool changed = false;
        bool inFlight = false;
        qint64 failingSince = 0; // 1 + job time of the first of its failures in a row; 0: none
    };
    struct FreeRuntime
    {
        void operator()(Runtime *runtime) const { std::free(runtime); }
    };
    enum class Failure
    {
        Passing,     // network, timeout, 5xx, throttling: tried again later
        Credentials, // refused as expired, or they could not be renewed
        Refused,     // the upload's own answer (403, NoSuchBucket, malformed...)
    };

    // What start() refuses before sending anything: uploads not named exactly (failed), and the
    // same upload again (excluded, with the index of its first mention); and the queues of the
    // rest. Pure: any thread (a million uploads take a while: the journal's worker runs it).
    // The uploads to start, one queue per bucket (taken in turn, so that one slow or throttled
    // bucket does not hold up the others), in the order given.
    struct BucketQueue
    {
        QString bucket;
        std::deque<int> queued;
    };
    struct Screening
    {
        std::vector<int> inexact;
        std::vector<std::pair<int, int>> duplicates; // {index, first index}
        std::vector<BucketQueue> queues;             // every other upload not done yet
        // Each upload's initiation (ms since the epoch; InitiatedUnknown: not listed), for the
        // age guard to walk a compact array instead of a million uploads.
        std::vector<qint64> initiatedMs;
    };
    static constexpr qint64 InitiatedUnknown = std::numeric_limits<qint64>::min();
    static Screening screen(const std::vector<CleanupItem> &items);

    void init(const S3ClientConfig &connection);
    void stop(const QString &reason);
    // stop()'s marking of the uploads it cancels, in slices of the event loop (a million of them
    // stalled the window): every one not done and not excepted, as the journal's cancel record says.
    void continueCancelMarking(bool thenCheckFinished);
    void setInFlight(int index, bool inFlight);
    // The age guard over the uploads not done, in slices; queueWork() once through.
    void applyGuard(const QString &clockError);
    void continueGuard();
    void queueWork();
    int nextIndex();
    void pump();
    void startStep(int index);
    void sendAbort(int index);
    void sendListParts(int index, int marker);
    void handleAbort(int index, const Result<AbortAnswer> &result, const ResponseMeta &meta);
    void handleListParts(int index, int marker, const Result<PartsAnswer> &answer, const ResponseMeta &meta);
    void partsListed(int index);
    void confirmGone(int index, const UploadGone &gone, const QString &operation);
    void sendConfirmGone(int index);
    void handleConfirmGone(int index, const ListingOutcome &outcome, bool listed);
    // A failure that may pass: tried again later, or it trips the breaker.
    void retryLater(int index, Step step, const S3Error &error);
    void hold(int index, Step step, const S3Error &error);
    void trip(PauseCause cause, const S3Error &error);
    // An answer came (error: the one it carried, when any): the server is there.
    void noteOutcome(int index, const S3Error *error);
    void backOff(int index, Step step, int delayMs);
    void countFreed(qint64 size); // an upload verified gone: its size, or one more unmeasured
    // code and requestId: of the error or UploadGone answer, when there is one.
    void noteResponse(int index, const QString &operation, const ResponseMeta &meta, const QString &code = {},
                      const QString &requestId = {});
    void setState(int index, CleanupState state, const QString &reason = {});
    // setState() without the journal record (the caller writes one for many); at: when final,
    // the time to record (invalid: now). False when nothing changed.
    bool applyState(int index, CleanupState state, const QString &reason, const QDateTime &at);
    void markChanged(int index);
    void emitProgress();
    void checkFinished();
    static Failure failureOf(const S3Error &error);

    QString m_jobId;
    CleanupOptions m_options;
    S3Client *m_client = nullptr;
    CleanupJournal *m_journal = nullptr;
    // The worker writing a new journal (openJournalInBackground()): owner is cleared (under mutex)
    // when the job goes, abort stops the writing, done is released when the worker stops reading
    // m_items.
    struct JournalWriter
    {
        QMutex mutex;
        CleanupJob *owner = nullptr;
        std::atomic_bool abort = false;
        QSemaphore done;
        QString file;
        bool reserved = false; // the worker locked the journal's name (read after done)
    };
    std::shared_ptr<JournalWriter> m_writer;
    std::optional<QString> m_stopWhenWritten; // a stop() while the journal was being written
    std::optional<Screening> m_screening;     // screen()ed by the journal's worker
    std::vector<CleanupItem> m_items;
    std::unique_ptr<Runtime[], FreeRuntime> m_runtime; // one per item
    QHash<int, UploadGone> m_goneBy;                   // uploads in the ConfirmGone step
    bool m_fresh = true;
    int m_run = 1;
    std::optional<qint64> m_serverOffsetMs;

    std::vector<BucketQueue> m_queues; // what is left to start, from screen()
    std::vector<qint64> m_initiatedMs; // from screen(), until the age guard is applied
    size_t m_roundRobin = 0;
    std::deque<int> m_ready; // due again after a backoff: before new work
    int m_inFlight = 0;
    int m_waiting = 0; // uploads in a backoff

    std::array<int, 12> m_stateCounts{};
    int m_retryableFailed = 0; // failed, and a resume tries them again (isLeftToDo)
    qint64 m_bytesFreed = 0;
    int m_verifiedUnmeasured = 0;
    qint64 m_bytesWouldFree = 0;
    qint64 m_charged = 0;
    qint64 m_requests = 0;
    int m_finalInRun = 0;

    std::vector<int> m_changed;
    QTimer m_progressTimer;
    QElapsedTimer m_elapsed;
    std::function<QDateTime()> m_clock;
    OutageHandling m_outageHandling = OutageHandling::Stop;
    int m_outageLimitMs = 120000;
    int m_pauseRetryMs = 30000;
    int m_nextPauseRetryMs = 30000;
    qint64 m_lastAnswerMs = 0; // job time of the last answer that showed the server working
    std::optional<PauseInfo> m_pause;
    QTimer m_pauseTimer;
    bool m_probing = false;
    bool m_started = false;
    bool m_cancelled = false;
    struct CancelMarking
    {
        QString reason;
        QDateTime at;
        std::vector<bool> excepted; // in flight, or cancelled with a reason of their own
        int next = 0;
    };
    std::optional<CancelMarking> m_cancelMarking; // stop()'s marking, while under way
    struct GuardPass
    {
        QString clockError; // why the server's clock could not be read (empty: it was)
        std::optional<QDateTime> serverNow;
        std::optional<qint64> serverNowMs;
        std::vector<qint64> initiatedMs; // screen()'s, per upload
        int next = 0;
    };
    std::optional<GuardPass> m_guardPass; // applyGuard()'s pass, while under way
    std::vector<int> m_inFlightIndices;   // at most the concurrency
    std::vector<int> m_partsListed;       // uploads whose parts were listed (may repeat)
    QString m_stopReason;
    bool m_finished = false;
};

} // namespace PartSweep
