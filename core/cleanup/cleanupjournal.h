#pragma once

#include "cleanup/cleanuptypes.h"
#include "util/result.h"

#include <QFile>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace PartSweep {

class JournalFlusher; // the journal's writing thread (cleanupjournal.cpp)

struct ResponseMeta;

// The process that holds a journal's lock (a running job).
struct JournalHolder
{
    qint64 pid = 0;
    QString hostname;
    QString appname;
    QString text() const; // "pid 1234 on host, partsweep-cli"
};

// What a list of jobs needs of a journal (no uploads): read from its first and last records when
// the job ended cleanly, which says how many uploads it had and how many were not done.
struct JournalSummary
{
    QString path;
    QString jobId;
    QDateTime created;
    CleanupOptions options;
    qint64 uploads = 0;
    qint64 notDone = 0;
    bool planned = false;
    QString endOutcome; // as in JournalData
    std::optional<JournalHolder> runningElsewhere;

    // The rule of JournalData::isUnfinished(), on the counts.
    bool isUnfinished() const;
};

// What a journal file says, replayed: the job's options and every upload as it last stood.
struct JournalData
{
    QString path;
    QString jobId;
    QDateTime created;
    CleanupOptions options;
    std::vector<CleanupItem> items;
    int runs = 0;          // how many times the job was started (1 + resumes)
    bool planned = false;  // the full list of uploads was written (nothing is sent before that)
    QString endOutcome;    // "finished", "cancelled", "abandoned"; empty: the process died
    bool tornTail = false; // the last line was cut short (a kill mid-write): ignored
    QStringList warnings;  // unreadable lines in the middle (should not happen)
    // Set when a live process holds the journal's lock: the job is running there, and no other
    // process may resume it or write to it.
    std::optional<JournalHolder> runningElsewhere;

    // A job worth resuming: fully planned, not a dry run, not abandoned, not running in another
    // process, and an upload left that is not done (queued, in flight when the process died,
    // cancelled, or failed for a transient cause).
    bool isUnfinished() const;
    int notDone() const;
    JournalSummary summary() const;
};

// The append-only journal of a cleanup job, one JSON object per line (JSON Lines), so that a
// crash or a kill loses nothing that matters and the job can be resumed from it.
//
// Records ("t"): "job" (id, options), "upload" (one per upload: bucket, key, upload id,
// initiated, size), "planned" (the list is complete), "run" (a start or a resume), "sent" (an
// abort is about to go out), "req" (an answer: operation, HTTP status, request id, charged,
// error code), "state" (a final state, with its reason), "cancel" (a cancel: every upload not done,
// except the listed ones, is cancelled), "end" (the outcome; when the job ran to
// its end or a cancel, also its upload count and how many are not done, so that a list of jobs
// need not replay the journal). Never a secret: no keys, no
// tokens, no Authorization header.
//
// Durability: records are buffered in memory and written with one write(2) + fdatasync at most
// every syncIntervalMs (default 100 ms), and at once for the header and at the end. The periodic
// writes run on a thread of the journal's own, in order (an fdatasync takes 100 ms and more while
// the disk is busy, and the journal lives on the GUI's thread); sync() waits for them. Why not on
// every final state: an fdatasync costs milliseconds and a job does thousands of final states
// per second; what a kill or a power cut can lose is at most the last interval's records, and
// that loss cannot make a report lie, because resume treats every upload not recorded as done
// as unknown and re-verifies it (an upload whose abort went out unrecorded is aborted again:
// 404 NoSuchUpload, then ListParts proves it gone). bench/abort.sh measures the cost.
//
// One writer: create() and reopen() take the journal's lock (QLockFile "<path>.lock", released
// when the journal is destroyed; a lock left by a killed process is taken over), so a job running
// in one process is never resumed by another.
//
// Lives on the job's thread. Write errors are kept (error()), never thrown.
class CleanupJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupJournal)

public:
    explicit CleanupJournal(QObject *parent = nullptr);
    ~CleanupJournal() override; // writes and syncs what is buffered

    // <GenericDataLocation>/PartSweep/jobs, e.g. ~/.local/share/PartSweep/jobs, shared by the
    // desktop app and partsweep-cli (created on demand by create()).
    static QString defaultDirectory();
    // "20261125-140618-3f2a9c": sortable by time, unique enough for one user's jobs.
    static QString newJobId(const QDateTime &nowUtc);

    // A new journal at path (which must not exist): header, every upload, "planned"; synced
    // before returning, so no request can go out before the job is on disk.
    Result<Unit> create(const QString &path, const QString &jobId, const CleanupOptions &options,
                        const std::vector<CleanupItem> &items);
    // create() in three steps, for a caller that must not wait for the writing (a GUI with a
    // million uploads): reserve() takes the lock (on this journal's thread), writePlan() writes and
    // syncs the file (on any thread; it touches no journal object, and stops with a Cancelled
    // error when *abort turns true), attach() opens it for appending (on this journal's thread).
    Result<Unit> reserve(const QString &path);
    static Result<Unit> writePlan(const QString &path, const QString &jobId, const QDateTime &created,
                                  const CleanupOptions &options, const std::vector<CleanupItem> &items,
                                  const std::atomic_bool *abort = nullptr);
    Result<Unit> attach(const QString &path);
    // An existing journal, to resume: a torn last line is cut off, then records are appended.
    Result<Unit> reopen(const QString &path);

    void setSyncIntervalMs(int ms) { m_syncIntervalMs = std::max(0, ms); } // 0: every record

    // Everything appended so far, written and synced: wait() returns once it is (or once writing
    // it failed; see error()). Any thread, also after the journal is gone.
    class Written
    {
    public:
        void wait() const;

    private:
        friend class CleanupJournal;
        std::shared_ptr<JournalFlusher> m_flusher;
        qint64 m_ticket = 0;
    };
    // Hands what is buffered to the writing thread without waiting for it (sync() waits).
    Written syncInBackground();
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void recordRun(int run);
    void recordSent(int index, const QString &operation);
    void recordResponse(int index, const QString &operation, const ResponseMeta &meta, const QString &errorCode);
    void recordState(int index, const CleanupItem &item);
    // One record for a cancel's many uploads ("cancel"): every upload not done (Verified, Aborted,
    // Failed, Excluded, WouldAbort) and not in outOfReach is cancelled at `at` - "cancelled after
    // abort sent" without a reason when an abort of it was sent, otherwise "cancelled" with reason.
    void recordCancelled(const QString &reason, const QList<int> &outOfReach, const QDateTime &at);
    // outcome: "finished" or "cancelled", with the job's upload count and how many are not done
    // (what summarize() reads); or "abandoned" (markAbandoned()), without counts.
    void recordEnd(const QString &outcome, std::optional<std::pair<qint64, qint64>> uploadsAndNotDone = {});

    // Write and fdatasync what is buffered now.
    void sync();

    QString path() const { return m_file.fileName(); }
    const std::optional<S3Error> &error() const { return m_error; }
    qint64 syncCount() const;

Q_SIGNALS:
    // The first write that failed (disk full, read-only, file size limit): what is not written
    // cannot be resumed truthfully, so the job stops sending.
    void writeFailed(const PartSweep::S3Error &error);

public:
    // Replays a journal file. A torn last line (no newline, or not JSON) is ignored.
    static Result<JournalData> load(const QString &path);
    // The records of a journal's content, replayed (load() without the file and its lock); an
    // error when no job record is in it. path only names it in messages.
    static Result<JournalData> parse(const QByteArray &content, const QString &path);
    // A journal's summary. Reads the first and the last record only when the last is an "end" with
    // counts (a job that ended in a process that recorded them); otherwise (killed, or written by
    // an older version) replays the whole journal.
    static Result<JournalSummary> summarize(const QString &path);
    // Every journal in dir (default directory when empty) that isUnfinished(), oldest first;
    // with includeRunning, also the jobs running in another process (runningElsewhere set).
    // Summaries only: a million uploads' journal is not read in full unless its job was killed.
    static QList<JournalSummary> listUnfinished(const QString &dir = {}, bool includeRunning = false);
    // Appends an "end: abandoned" record: the job is no longer offered for resuming.
    static Result<Unit> markAbandoned(const QString &path);

private:
    void append(const QJsonObject &record);
    void scheduleSync();
    void startFlusher();
    void takeFlusherError();
    // message: a translated "Cannot ... the job journal %1: %2" (%1 the file, %2 why).
    S3Error fileError(const QString &message) const;

    Result<Unit> lock(const QString &path);
    // The live process, other than this one, that holds path's lock.
    static std::optional<JournalHolder> holderElsewhere(const QString &path);

    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
    QByteArray m_buffer;
    QTimer m_timer;
    int m_syncIntervalMs = 100;
    qint64 m_syncs = 0; // done on this thread (the plan)
    std::shared_ptr<JournalFlusher> m_flusher;
    std::optional<S3Error> m_error;
    std::function<QDateTime()> m_clock;
};

} // namespace PartSweep
