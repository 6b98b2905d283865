#include "cleanup/cleanupjob.h"

#include "cleanup/cleanupjournal.h"
#include "cleanup/cleanupplanner.h"
#include "s3/retrypolicy.h"
#include "util/background.h"
#include "util/format.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <type_traits>
#include <unordered_set>
#include <utility>

namespace PartSweep {

namespace {

size_t stateSlot(CleanupState state)
{
    return size_t(state);
}

// Walks over every upload on the GUI's thread go in slices of ~8 ms (the clock read every 4,096).
bool sliceIsSpent(const QElapsedTimer &slice, int done)
{
    return done % 4096 == 0 && slice.nsecsElapsed() > 8'000'000;
}

} // namespace

CleanupJob::CleanupJob(const S3ClientConfig &connection, CleanupOptions options, const QList<CleanupTarget> &targets,
                       QObject *parent)
    : CleanupJob(connection, std::move(options), itemsFor(targets), parent)
{}

CleanupJob::CleanupJob(const S3ClientConfig &connection, CleanupOptions options, std::vector<CleanupItem> items,
                       QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_items(std::move(items))
{
    m_jobId = CleanupJournal::newJobId(QDateTime::currentDateTimeUtc());
    m_fresh = true;
    init(connection);
}

std::vector<CleanupItem> CleanupJob::itemsFor(const QList<CleanupTarget> &targets)
{
    std::vector<CleanupItem> items;
    items.reserve(size_t(targets.size()));
    for (const CleanupTarget &target : targets) {
        CleanupItem item;
        item.target = target;
        items.push_back(std::move(item));
    }
    return items;
}

CleanupJob::CleanupJob(const S3ClientConfig &connection, JournalData journal, QObject *parent)
    : QObject(parent)
    , m_jobId(journal.jobId)
    , m_options(journal.options)
    , m_items(std::move(journal.items))
{
    m_fresh = false;
    m_run = journal.runs + 1;
    // What failed for a transient cause is tried again.
    for (int i = 0; i < count(); ++i) {
        CleanupItem &item = m_items[size_t(i)];
        if (item.state == CleanupState::Failed && item.retryable) {
            item.state = CleanupState::Queued;
            item.reason.clear();
            item.retryable = false;
        }
        if (item.remainingParts > 0 && !isDone(item.state))
            m_partsListed.push_back(i); // a cancel may give it a reason of its own
    }
    init(connection);
}

CleanupJob::~CleanupJob()
{
    if (const std::shared_ptr<JournalWriter> writer = m_writer) {
        {
            const QMutexLocker locker(&writer->mutex);
            writer->owner = nullptr;
        }
        writer->abort = true;
        writer->done.acquire(); // it reads m_items until then
        // Gone before it could start: nothing was sent, so the journal (complete or not) is not a
        // job to offer for resuming. Not when another process holds the name.
        if (writer->reserved)
            QFile::remove(writer->file);
    }
    // Cancelled and gone before its requests in flight came back (the GUI closes the view): the
    // journal says so, with the counts a list of jobs reads instead of replaying it. Uploads in
    // flight count as not done (a resume aborts and verifies them again).
    if (m_journal && m_cancelled && !m_finished)
        m_journal->recordEnd(QStringLiteral("cancelled"), std::make_pair(qint64(count()), notDoneCount()));
    // A million uploads take a while to free: not on this (the GUI's) thread. Their strings may be
    // shared with the inventory; QString's reference counts are atomic.
    releaseInBackground(std::move(m_items));
}

void CleanupJob::init(const S3ClientConfig &connection)
{
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 64);
    m_options.maxAborts = std::clamp(m_options.maxAborts, 1, 20);
    S3ClientConfig config = connection;
    config.concurrency = m_options.concurrency;
    config.requestPayer = m_options.requestPayer;
    config.expectedBucketOwner = m_options.expectedBucketOwner;
    if (m_options.endpoint.isEmpty())
        m_options.endpoint = connection.endpoint.toString();
    if (m_options.region.isEmpty())
        m_options.region = connection.region;
    m_client = new S3Client(std::move(config), this);
    m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    static_assert(std::is_trivially_copyable_v<Runtime> && std::is_trivially_destructible_v<Runtime>);
    m_runtime.reset(static_cast<Runtime *>(std::calloc(std::max<size_t>(1, m_items.size()), sizeof(Runtime))));
    if (!m_runtime)
        qFatal("out of memory for a job of %zu uploads", m_items.size());
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &CleanupJob::emitProgress);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, &CleanupJob::resume);
    for (const CleanupItem &item : m_items) {
        ++m_stateCounts[stateSlot(item.state)];
        if (item.state == CleanupState::Failed && item.retryable)
            ++m_retryableFailed;
        if (item.state == CleanupState::Verified)
            countFreed(item.target.size);
    }
}

Result<Unit> CleanupJob::openJournal(const QString &path)
{
    if (m_journal)
        return Unit{};
    auto *journal = new CleanupJournal(this);
    Result<Unit> opened = Unit{};
    if (m_fresh) {
        const QString file =
            path.isEmpty() ? CleanupJournal::defaultDirectory() + u'/' + m_jobId + QStringLiteral(".jsonl") : path;
        opened = journal->create(file, m_jobId, m_options, m_items);
    } else {
        opened = journal->reopen(path);
    }
    if (!opened) {
        delete journal;
        return opened;
    }
    m_journal = journal;
    watchJournal();
    return Unit{};
}

qint64 CleanupJob::notDoneCount() const
{
    // isLeftToDo() of every upload, from the counts (a walk over a million took 50 ms when the
    // view closed).
    qint64 notDone = m_retryableFailed;
    for (size_t slot = 0; slot < m_stateCounts.size(); ++slot) {
        if (!isDone(CleanupState(slot)))
            notDone += m_stateCounts[slot];
    }
    return notDone;
}

void CleanupJob::watchJournal()
{
    // What cannot be recorded cannot be resumed or reported truthfully: no new request after that.
    connect(m_journal, &CleanupJournal::writeFailed, this, [this](const S3Error &error) {
        qCWarning(lcCleanup, "job %s: the journal cannot be written: stopping", qUtf8Printable(m_jobId));
        stop(QCoreApplication::translate("Cleanup", "not started: the journal could not be written (%1)")
                 .arg(error.toString()));
    });
}

void CleanupJob::openJournalInBackground(std::function<void(Result<Unit>)> done, const QString &path)
{
    auto later = [this, done](Result<Unit> result) {
        QTimer::singleShot(0, this, [done, result = std::move(result)] { done(result); });
    };
    if (m_journal || !m_fresh || m_writer || m_started)
        return later(openJournal(path));
    const QString file =
        path.isEmpty() ? CleanupJournal::defaultDirectory() + u'/' + m_jobId + QStringLiteral(".jsonl") : path;
    // Locked by the worker too: QLockFile syncs its file to disk (20 ms on a busy disk). The
    // journal is not touched here until the worker is done (journalWritten()).
    auto *journal = new CleanupJournal(this);
    auto writer = std::make_shared<JournalWriter>();
    writer->owner = this;
    writer->file = file;
    m_writer = writer;
    const QDateTime created = m_clock();
    backgroundPool()->start(
        [writer, file, jobId = m_jobId, options = m_options, created, items = &m_items, journal, done]() {
            Result<Unit> written = journal->reserve(file);
            writer->reserved = bool(written);
            if (written)
                written = CleanupJournal::writePlan(file, jobId, created, options, *items, &writer->abort);
            Screening screening;
            if (written && !writer->abort)
                screening = screen(*items);
            {
                const QMutexLocker locker(&writer->mutex);
                if (writer->owner) {
                    QMetaObject::invokeMethod(
                        writer->owner,
                        [owner = writer->owner, journal, file, done, written = std::move(written),
                         screening = std::move(screening)]() mutable {
                            if (written)
                                owner->m_screening = std::move(screening);
                            owner->journalWritten(journal, file, std::move(written), done);
                        },
                        Qt::QueuedConnection);
                }
            }
            writer->done.release();
        });
}

void CleanupJob::journalWritten(CleanupJournal *journal, const QString &file, Result<Unit> written,
                                const std::function<void(Result<Unit>)> &done)
{
    m_writer->done.acquire();
    m_writer.reset();
    if (written)
        written = journal->attach(file);
    if (written) {
        m_journal = journal;
        watchJournal();
    } else {
        delete journal; // releases the lock
    }
    if (m_stopWhenWritten)
        stop(*std::exchange(m_stopWhenWritten, std::nullopt));
    done(std::move(written));
}

void CleanupJob::start()
{
    if (m_started)
        return;
    if (m_writer) {
        qCWarning(lcCleanup, "job %s: start() before its journal is written: ignored", qUtf8Printable(m_jobId));
        return;
    }
    m_started = true;
    m_elapsed.start();
    if (m_journal)
        m_journal->recordRun(m_run);

    // Exact triples only; the same upload twice is done once. Screened on the journal's worker
    // when it wrote one (a million uploads take a while).
    Screening screening = m_screening ? *std::exchange(m_screening, std::nullopt) : screen(m_items);
    m_queues = std::move(screening.queues);
    m_initiatedMs = std::move(screening.initiatedMs);
    m_roundRobin = 0;
    for (const int i : screening.inexact)
        setState(
            i, CleanupState::Failed,
            QCoreApplication::translate("Cleanup", "not an exact upload: bucket, key and upload id are all required"));
    for (const auto &[i, first] : screening.duplicates)
        setState(i, CleanupState::Excluded,
                 QCoreApplication::translate("Cleanup", "duplicate of upload #%1 in this job").arg(first + 1));
    // The age guard runs on the server's clock: read it first when nobody has yet.
    const bool guarded = m_fresh && m_options.minAgeSeconds > 0;
    const auto firstLeft =
        std::find_if(m_items.cbegin(), m_items.cend(), [](const CleanupItem &item) { return !isDone(item.state); });
    if (guarded && !m_serverOffsetMs && firstLeft != m_items.cend()) {
        m_client->readServerClock(firstLeft->target.upload.bucket, this, [this](Result<qint64> offset) {
            if (m_cancelled || m_finished)
                return checkFinished(); // cancelled before anything was sent
            if (offset)
                m_serverOffsetMs = *offset;
            applyGuard(offset ? QString() : offset.error().toString()); // then queueWork()
        });
        return;
    }
    if (guarded)
        return applyGuard({}); // then queueWork()
    queueWork();
}

CleanupJob::Screening CleanupJob::screen(const std::vector<CleanupItem> &items)
{
    // The uploads are told apart by their exact triple, compared in place (no string built per
    // upload).
    const auto triple = [&items](int i) -> const UploadInfo & { return items[size_t(i)].target.upload; };
    const auto hash = [&triple](int i) {
        const UploadInfo &u = triple(i);
        return qHashMulti(0, u.bucket, u.key, u.uploadId);
    };
    const auto equal = [&triple](int a, int b) {
        const UploadInfo &x = triple(a);
        const UploadInfo &y = triple(b);
        return x.uploadId == y.uploadId && x.key == y.key && x.bucket == y.bucket;
    };
    std::unordered_set<int, decltype(hash), decltype(equal)> seen(items.size(), hash, equal);
    Screening screening;
    QHash<QString, size_t> queueOf;
    size_t last = 0;
    screening.initiatedMs.resize(items.size());
    for (int i = 0; i < int(items.size()); ++i) {
        const CleanupItem &item = items[size_t(i)];
        const QDateTime &initiated = item.target.upload.initiated;
        screening.initiatedMs[size_t(i)] = initiated.isValid() ? initiated.toMSecsSinceEpoch() : InitiatedUnknown;
        if (isDone(item.state))
            continue;
        const UploadInfo &u = item.target.upload;
        if (u.bucket.isEmpty() || u.key.isEmpty() || u.uploadId.isEmpty()) {
            screening.inexact.push_back(i);
            continue;
        }
        if (const auto [it, inserted] = seen.insert(i); !inserted) {
            screening.duplicates.emplace_back(i, *it);
            continue;
        }
        // Uploads come bucket by bucket as a rule: the last bucket's queue is tried first.
        if (screening.queues.empty() || screening.queues[last].bucket != u.bucket) {
            const auto found = queueOf.constFind(u.bucket);
            if (found != queueOf.cend()) {
                last = *found;
            } else {
                last = screening.queues.size();
                queueOf.insert(u.bucket, last);
                screening.queues.push_back(BucketQueue{u.bucket, {}});
            }
        }
        screening.queues[last].queued.push_back(i);
    }
    return screening;
}

void CleanupJob::queueWork()
{
    // The queues are screen()'s; what is left here is a resumed job's uploads that an earlier run
    // left in another state, and a dry run that only lists. The runtime of an upload is set when it
    // is taken from its queue (nextIndex): a million writes here would stall a window.
    const bool listOnly = m_options.dryRun && !m_options.inspect;
    if (!m_fresh || listOnly) {
        for (int i = 0; i < count(); ++i) {
            const CleanupItem &item = m_items[size_t(i)];
            if (isDone(item.state))
                continue;
            // Resumed uploads whose abort went out are aborted again too: the journal's "sent"
            // does not say the abort reached the server, and a ListParts of a live upload without
            // parts would answer an empty list.
            if (item.state != CleanupState::Queued)
                setState(i, CleanupState::Queued);
            if (listOnly)
                setState(i, CleanupState::WouldAbort);
        }
    }
    if (listOnly)
        m_queues.clear();
    std::vector<qint64>().swap(m_initiatedMs); // the age guard's, used or not
    m_progressTimer.start();
    // Asynchronous from here: finished() never fires inside start().
    QTimer::singleShot(0, this, &CleanupJob::pump);
}

void CleanupJob::applyGuard(const QString &clockError)
{
    std::optional<QDateTime> serverNow;
    if (m_serverOffsetMs)
        serverNow = m_clock().addMSecs(*m_serverOffsetMs);
    const std::optional<qint64> serverNowMs = serverNow ? std::optional(serverNow->toMSecsSinceEpoch()) : std::nullopt;
    m_guardPass = GuardPass{clockError, serverNow, serverNowMs, std::exchange(m_initiatedMs, {}), 0};
    continueGuard();
}

void CleanupJob::continueGuard()
{
    if (!m_guardPass)
        return;
    if (m_cancelled) {
        m_guardPass.reset(); // stop() cancels what the guard had not reached; nothing was sent
        return checkFinished();
    }
    GuardPass &pass = *m_guardPass;
    const qint64 guard = m_options.minAgeSeconds;
    // In slices of ~8 ms: the uploads a guard keeps back are spread over the job, and each is a
    // journal record and a first touch of its runtime (at a million, 2,500 of them took 80 ms).
    // Nothing is sent before the pass is through (queueWork() at its end).
    QElapsedTimer slice;
    slice.start();
    for (; pass.next < count(); ++pass.next) {
        if (sliceIsSpent(slice, pass.next)) {
            QTimer::singleShot(0, this, &CleanupJob::continueGuard);
            return;
        }
        const int i = pass.next;
        // The compact array first: the uploads themselves are touched only when the guard keeps
        // one back (a walk over a million of them stalled the window).
        const qint64 ms = pass.initiatedMs[size_t(i)];
        const CleanupPlanner::GuardVerdict verdict = CleanupPlanner::guardVerdict(
            ms == InitiatedUnknown ? std::nullopt : std::optional(ms), guard, pass.serverNowMs);
        if (verdict == CleanupPlanner::GuardVerdict::Eligible)
            continue; // the common case: no reason to put in words (a million of them took seconds)
        const CleanupItem &item = m_items[size_t(i)];
        if (isDone(item.state))
            continue;
        const QDateTime &initiated = item.target.upload.initiated;
        const QString reason = CleanupPlanner::guardReason(verdict, initiated, guard, pass.serverNow);
        switch (verdict) {
        case CleanupPlanner::GuardVerdict::Eligible:
            break;
        case CleanupPlanner::GuardVerdict::TooYoung:
        case CleanupPlanner::GuardVerdict::AgeUnknown:
            setState(i, CleanupState::Excluded, reason);
            break;
        case CleanupPlanner::GuardVerdict::ClockUnknown:
            // Refused, not excluded: the user asked for these to go, and a resume may do it.
            m_items[size_t(i)].retryable = true;
            setState(i, CleanupState::Failed,
                     pass.clockError.isEmpty() ? reason : QStringLiteral("%1: %2").arg(reason, pass.clockError));
            break;
        }
    }
    m_guardPass.reset();
    queueWork();
}

int CleanupJob::nextIndex()
{
    if (!m_ready.empty()) {
        const int index = m_ready.front();
        m_ready.pop_front();
        return index;
    }
    const size_t buckets = m_queues.size();
    for (size_t k = 0; k < buckets; ++k) {
        const size_t b = (m_roundRobin + k) % buckets;
        std::deque<int> &queue = m_queues[b].queued;
        while (!queue.empty()) {
            const int index = queue.front();
            queue.pop_front();
            const CleanupItem &item = m_items[size_t(index)];
            if (isDone(item.state))
                continue; // kept back by the age guard after it was queued
            m_roundRobin = b + 1;
            Runtime &rt = m_runtime[size_t(index)];
            rt.next = m_options.dryRun ? Step::Inspect : Step::Abort;
            rt.acceptedAborts = item.aborts; // over every run of the job
            return index;
        }
    }
    return -1;
}

void CleanupJob::pump()
{
    // After a pause, one request probes the server before the others follow.
    const int limit = m_probing ? 1 : m_options.concurrency;
    while (!m_cancelled && !m_pause && m_inFlight < limit) {
        const int index = nextIndex();
        if (index < 0)
            break;
        startStep(index);
    }
    checkFinished();
}

void CleanupJob::startStep(int index)
{
    Runtime &rt = m_runtime[size_t(index)];
    setInFlight(index, true);
    const Step step = std::exchange(rt.next, Step::None);
    switch (step) {
    case Step::Abort:
        sendAbort(index);
        break;
    case Step::Verify:
    case Step::Inspect:
        rt.listedParts = 0;
        rt.listedBytes = 0;
        rt.next = step; // remembered while paging
        setState(index, step == Step::Verify ? CleanupState::Verifying : CleanupState::Inspecting);
        sendListParts(index, 0);
        break;
    case Step::ConfirmGone:
        setState(index, m_options.dryRun ? CleanupState::Inspecting : CleanupState::Verifying);
        sendConfirmGone(index);
        break;
    case Step::None:
        Q_UNREACHABLE();
    }
}

void CleanupJob::retryLater(int index, Step step, const S3Error &error)
{
    CleanupItem &item = m_items[size_t(index)];
    Runtime &rt = m_runtime[size_t(index)];
    if (failureOf(error) == Failure::Credentials) {
        hold(index, step, error);
        return trip(PauseCause::CredentialsExpired, error);
    }
    if (m_pause)
        return hold(index, step, error); // sent before the pause: wait with the others
    const qint64 now = m_elapsed.elapsed();
    if (rt.failingSince == 0)
        rt.failingSince = now + 1;
    if (m_probing || now - m_lastAnswerMs >= m_outageLimitMs) {
        hold(index, step, error);
        return trip(PauseCause::ServerUnreachable, error);
    }
    // Rounds used up: the upload's own trouble when the server answered others meanwhile; during
    // an outage it waits for the breaker instead of failing.
    const bool othersAnswered = m_lastAnswerMs > rt.failingSince - 1;
    if (item.transientFailures >= m_options.transientRounds && othersAnswered) {
        QString reason =
            (step == Step::Abort
                 ? QCoreApplication::translate("Cleanup", "abort failed %1 time(s) after the client's retries: %2")
                 : QCoreApplication::translate("Cleanup", "ListParts failed %1 time(s) after the client's retries: %2"))
                .arg(item.transientFailures + 1)
                .arg(error.toString());
        if (item.abortSent)
            reason = QCoreApplication::translate("Cleanup", "%1 (an abort may have reached the server; not verified)")
                         .arg(reason);
        item.retryable = true; // a resume tries it again
        setState(index, CleanupState::Failed, reason);
        return;
    }
    item.transientFailures = std::min(item.transientFailures + 1, m_options.transientRounds);
    const int delay = int(
        std::min<qint64>(qint64(m_options.backoffMs) << std::min(item.transientFailures, 20), m_options.maxBackoffMs));
    qCInfo(lcCleanup, "%s/%s: %s; trying again in %d ms", qUtf8Printable(item.target.upload.bucket),
           qUtf8Printable(item.target.upload.key), qUtf8Printable(error.toString()), delay);
    backOff(index, step, delay);
}

void CleanupJob::hold(int index, Step step, const S3Error &error)
{
    CleanupItem &item = m_items[size_t(index)];
    Runtime &rt = m_runtime[size_t(index)];
    item.transientFailures = 0;
    rt.failingSince = 0;
    rt.next = step;
    setState(index, CleanupState::Queued, QCoreApplication::translate("Cleanup", "waiting: %1").arg(error.toString()));
    m_ready.push_front(index);
}

void CleanupJob::trip(PauseCause cause, const S3Error &error)
{
    if (m_cancelled || m_finished)
        return;
    const qint64 silentSeconds = (m_elapsed.elapsed() - m_lastAnswerMs) / 1000;
    const QString why =
        cause == PauseCause::CredentialsExpired
            ? QCoreApplication::translate("Cleanup", "the server refuses the credentials as expired, and they could "
                                                     "not be renewed. The last answer: %1")
                  .arg(error.toString())
            : QCoreApplication::translate("Cleanup", "no usable answer from the server for %1. The last error: %2")
                  .arg(Format::age(std::max<qint64>(1, silentSeconds)), error.toString());
    if (m_outageHandling == OutageHandling::Stop) {
        qCWarning(lcCleanup, "job %s: %s: stopping", qUtf8Printable(m_jobId), qUtf8Printable(why));
        return stop(QCoreApplication::translate("Cleanup", "stopped: %1").arg(why));
    }
    m_probing = false;
    if (m_pause)
        return;
    PauseInfo pause;
    pause.cause = cause;
    pause.reason = why;
    pause.since = m_clock();
    if (cause == PauseCause::ServerUnreachable) {
        const int delay = m_nextPauseRetryMs;
        m_nextPauseRetryMs = std::min(delay * 2, std::max(m_pauseRetryMs, 300000));
        pause.retryAt = pause.since.addMSecs(delay);
        m_pauseTimer.start(delay);
    }
    m_pause = pause;
    qCWarning(lcCleanup, "job %s: %s: paused", qUtf8Printable(m_jobId), qUtf8Printable(why));
    Q_EMIT paused();
}

void CleanupJob::noteOutcome(int index, const S3Error *error)
{
    if (error && (error->kind == S3Error::Kind::Cancelled || failureOf(*error) != Failure::Refused))
        return;
    m_runtime[size_t(index)].failingSince = 0;
    m_lastAnswerMs = m_elapsed.elapsed();
    m_nextPauseRetryMs = m_pauseRetryMs;
    m_probing = false;
}

void CleanupJob::resume()
{
    if (!m_pause || m_cancelled || m_finished)
        return;
    m_pause.reset();
    m_pauseTimer.stop();
    m_probing = true;
    qCInfo(lcCleanup, "job %s: going on, one request first", qUtf8Printable(m_jobId));
    Q_EMIT resumed();
    pump();
}

void CleanupJob::countFreed(qint64 size)
{
    if (size >= 0)
        m_bytesFreed += size;
    else
        ++m_verifiedUnmeasured;
}

void CleanupJob::backOff(int index, Step step, int delayMs)
{
    setState(index, CleanupState::BackingOff);
    ++m_waiting;
    QTimer::singleShot(delayMs, this, [this, index, step] {
        --m_waiting;
        if (m_items[size_t(index)].state != CleanupState::BackingOff) {
            checkFinished(); // cancelled meanwhile
            return;
        }
        m_runtime[size_t(index)].next = step;
        m_ready.push_back(index);
        pump();
    });
}

void CleanupJob::cancel()
{
    stop({});
}

void CleanupJob::stop(const QString &reason)
{
    if (m_cancelled || m_finished)
        return;
    if (m_writer) {
        // The worker reads the uploads: they change once it has stopped (journalWritten()).
        m_writer->abort = true;
        if (!m_stopWhenWritten)
            m_stopWhenWritten = reason;
        return;
    }
    m_cancelled = true;
    m_stopReason = reason;
    m_pause.reset();
    m_pauseTimer.stop();
    m_probing = false;
    if (!m_started) {
        m_started = true;
        m_elapsed.start();
    }
    // Every upload not done and not in flight ends here. One journal record says it for all
    // (a million records would take seconds on the GUI's thread); the few whose reason is their
    // own (parts still listed) get a record each, and neither they nor the ones in flight are in
    // the one record's reach (CleanupJournal::recordCancelled says how a replay reads it). The
    // record is written now; the uploads in memory follow in slices (continueCancelMarking), and
    // the job finishes once they have.
    const QDateTime now = m_clock();
    CancelMarking marking{reason, now, std::vector<bool>(size_t(count())), 0};
    QList<int> outOfReach;
    for (const int i : m_inFlightIndices) {
        marking.excepted[size_t(i)] = true;
        outOfReach.append(i);
    }
    std::sort(m_partsListed.begin(), m_partsListed.end());
    m_partsListed.erase(std::unique(m_partsListed.begin(), m_partsListed.end()), m_partsListed.end());
    for (const int i : std::exchange(m_partsListed, {})) {
        const CleanupItem &item = m_items[size_t(i)];
        // Queued or backing off: no request of it is in flight.
        if (isDone(item.state) || marking.excepted[size_t(i)] || !item.abortSent || item.remainingParts <= 0)
            continue;
        setState(i, CleanupState::CancelledUnverified,
                 QCoreApplication::translate("Cleanup", "%1 still listed at the last verification")
                     .arg(partsText(item.remainingParts, item.remainingBytes)));
        marking.excepted[size_t(i)] = true;
        outOfReach.append(i);
    }
    std::sort(outOfReach.begin(), outOfReach.end());
    if (m_journal)
        m_journal->recordCancelled(reason, outOfReach, now);
    m_cancelMarking = std::move(marking);
    continueCancelMarking(false); // finished() never fires inside stop(): see below
    m_ready.clear();
    for (BucketQueue &queue : m_queues)
        queue.queued.clear();
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
    // A request the client is about to retry would otherwise go out after the cancel (a DELETE up
    // to 20 s later): stop those now; their callbacks say cancelled. Outside this call, so that no
    // callback runs inside cancel().
    QTimer::singleShot(0, this, [this] {
        m_client->cancelPending(this);
        for (UploadLister *lister : findChildren<UploadLister *>(Qt::FindDirectChildrenOnly))
            lister->cancel();
        checkFinished();
    });
}

CleanupJob::Failure CleanupJob::failureOf(const S3Error &error)
{
    // A refresh that failed, or what the pipeline could not renew: these stay expired until the
    // user acts.
    if (error.kind == S3Error::Kind::Credentials ||
        (error.kind == S3Error::Kind::Http && (error.code == u"ExpiredToken" || error.code == u"TokenRefreshRequired")))
        return Failure::Credentials;
    return RetryPolicy::isPassing(error) ? Failure::Passing : Failure::Refused;
}

void CleanupJob::setState(int index, CleanupState state, const QString &reason)
{
    if (!applyState(index, state, reason, {}))
        return;
    // Only final states go to the journal: what was in flight is known from its "sent" record,
    // and resume re-verifies whatever is not final (fewer records, less to sync).
    if (m_journal && isFinal(state))
        m_journal->recordState(index, m_items[size_t(index)]);
}

bool CleanupJob::applyState(int index, CleanupState state, const QString &reason, const QDateTime &at)
{
    CleanupItem &item = m_items[size_t(index)];
    const CleanupState old = item.state;
    if (old == state && item.reason == reason)
        return false;
    --m_stateCounts[stateSlot(old)];
    ++m_stateCounts[stateSlot(state)];
    // retryable is set before a failure's state
    m_retryableFailed +=
        int(state == CleanupState::Failed && item.retryable) - int(old == CleanupState::Failed && item.retryable);
    item.state = state;
    item.reason = reason;
    if (isFinal(state)) {
        item.finished = at.isValid() ? at : m_clock();
        if (!isFinal(old) && item.requests > 0)
            ++m_finalInRun;
        if (state == CleanupState::Verified) {
            countFreed(item.target.size);
        } else if (state == CleanupState::WouldAbort && item.target.size >= 0) {
            m_bytesWouldFree += item.target.size;
        }
    }
    markChanged(index);
    return true;
}

void CleanupJob::markChanged(int index)
{
    Runtime &rt = m_runtime[size_t(index)];
    if (!rt.changed) {
        rt.changed = true;
        m_changed.push_back(index);
    }
}

void CleanupJob::emitProgress()
{
    if (m_changed.empty())
        return;
    std::sort(m_changed.begin(), m_changed.end());
    QList<int> changed(m_changed.cbegin(), m_changed.cend());
    for (const int index : m_changed)
        m_runtime[size_t(index)].changed = false;
    m_changed.clear();
    Q_EMIT progressed(changed);
}

void CleanupJob::setInFlight(int index, bool inFlight)
{
    Runtime &rt = m_runtime[size_t(index)];
    if (rt.inFlight == inFlight)
        return;
    rt.inFlight = inFlight;
    if (inFlight) {
        ++m_inFlight;
        m_inFlightIndices.push_back(index);
    } else {
        --m_inFlight;
        std::erase(m_inFlightIndices, index);
    }
}

void CleanupJob::continueCancelMarking(bool thenCheckFinished)
{
    if (!m_cancelMarking)
        return;
    CancelMarking &marking = *m_cancelMarking;
    QElapsedTimer slice;
    slice.start();
    for (; marking.next < count(); ++marking.next) {
        if (sliceIsSpent(slice, marking.next)) {
            QTimer::singleShot(0, this, [this] { continueCancelMarking(true); });
            return;
        }
        const int i = marking.next;
        const CleanupItem &item = m_items[size_t(i)];
        if (isDone(item.state) || marking.excepted[size_t(i)])
            continue;
        if (!applyState(i, item.abortSent ? CleanupState::CancelledUnverified : CleanupState::Cancelled,
                        item.abortSent ? QString() : marking.reason, marking.at)) {
            m_items[size_t(i)].finished = marking.at; // cancelled before, by an earlier run: again now, as replayed
        }
    }
    m_cancelMarking.reset();
    if (thenCheckFinished)
        checkFinished();
}

void CleanupJob::checkFinished()
{
    if (!m_started || m_finished || m_inFlight > 0 || m_cancelMarking || m_guardPass)
        return;
    if (!m_cancelled && (m_waiting > 0 || !m_ready.empty()))
        return;
    if (!m_cancelled) {
        for (const BucketQueue &queue : m_queues) {
            if (!queue.queued.empty())
                return;
        }
    }
    // After a cancel, backoff timers still pending belong to uploads already marked cancelled:
    // they are ignored when they fire.
    m_finished = true;
    m_progressTimer.stop();
    if (m_journal)
        m_journal->recordEnd(m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"),
                             std::make_pair(qint64(count()), notDoneCount()));
    emitProgress();
    const Totals t = totals();
    qCInfo(lcCleanup, "job %s %s: %d verified, %d failed, %d cancelled, %d excluded, %lld requests, %lld charged",
           qUtf8Printable(m_jobId), m_cancelled ? "cancelled" : "finished", t.verified, t.failed,
           t.cancelled + t.cancelledUnverified, t.excluded, static_cast<long long>(t.requestsSent),
           static_cast<long long>(t.chargedRequests));
    Q_EMIT finished();
}

CleanupJob::Totals CleanupJob::totals() const
{
    Totals t;
    auto n = [this](CleanupState s) { return m_stateCounts[stateSlot(s)]; };
    t.uploads = count();
    t.verified = n(CleanupState::Verified);
    t.aborted = n(CleanupState::Aborted);
    t.failed = n(CleanupState::Failed);
    t.cancelled = n(CleanupState::Cancelled);
    t.cancelledUnverified = n(CleanupState::CancelledUnverified);
    t.excluded = n(CleanupState::Excluded);
    t.wouldAbort = n(CleanupState::WouldAbort);
    t.remaining =
        t.uploads - t.verified - t.aborted - t.failed - t.cancelled - t.cancelledUnverified - t.excluded - t.wouldAbort;
    t.bytesFreed = m_bytesFreed;
    t.verifiedUnmeasured = m_verifiedUnmeasured;
    t.bytesWouldFree = m_bytesWouldFree;
    t.chargedRequests = m_charged;
    t.requestsSent = m_requests;
    const qint64 ms = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (ms > 0 && m_finalInRun > 0) {
        t.uploadsPerSecond = m_finalInRun * 1000.0 / double(ms);
        t.etaSeconds = m_finished ? 0 : qint64(t.remaining / t.uploadsPerSecond);
    }
    return t;
}

} // namespace PartSweep
