#include "cleanup/cleanupjournal.h"

#include "s3/s3client.h"
#include "util/appinfo.h"
#include "util/format.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <condition_variable>
#include <mutex>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace PartSweep {

namespace {

constexpr int FormatVersion = 1;

QString isoMs(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseIso(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

} // namespace

QString JournalHolder::text() const
{
    const QString process = QString::number(pid);
    if (!hostname.isEmpty() && !appname.isEmpty())
        return QCoreApplication::translate("Cleanup", "pid %1 on %2, %3").arg(process, hostname, appname);
    if (!hostname.isEmpty())
        return QCoreApplication::translate("Cleanup", "pid %1 on %2").arg(process, hostname);
    if (!appname.isEmpty())
        return QCoreApplication::translate("Cleanup", "pid %1, %2").arg(process, appname);
    return QCoreApplication::translate("Cleanup", "pid %1").arg(process);
}

bool JournalSummary::isUnfinished() const
{
    if (!planned || options.dryRun || endOutcome == u"abandoned" || runningElsewhere)
        return false;
    return notDone > 0;
}

bool JournalData::isUnfinished() const
{
    return summary().isUnfinished();
}

JournalSummary JournalData::summary() const
{
    JournalSummary s;
    s.path = path;
    s.jobId = jobId;
    s.created = created;
    s.options = options;
    s.uploads = qint64(items.size());
    s.notDone = notDone();
    s.planned = planned;
    s.endOutcome = endOutcome;
    s.runningElsewhere = runningElsewhere;
    return s;
}

int JournalData::notDone() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const CleanupItem &i) { return isLeftToDo(i); }));
}

// Writes what the journal hands it to the file and syncs it, in order, on a thread of its own.
// Each hand-over gets a ticket; a ticket is "attempted" once written and synced, or once its
// write failed (the rest is kept and written with the next hand-over: what is written is never
// written twice).
class JournalFlusher
{
public:
    // failed: called on the writing thread when a write fails (once per failure).
    JournalFlusher(QFile *file, std::function<void()> failed)
        : m_file(file)
        , m_failedCallback(std::move(failed))
        , m_thread([this] { run(); })
    {}
    ~JournalFlusher() { stop(); }

    qint64 submit(QByteArray data)
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopped)
            return m_submitted;
        // Also with nothing new when a failed write left a rest: it is tried again (disk space
        // may have been freed), as every sync did before the writing had a thread of its own.
        if (!data.isEmpty() || !m_pending.isEmpty()) {
            m_pending += data;
            ++m_submitted;
            m_wake.notify_one();
        }
        return m_submitted;
    }
    void wait(qint64 ticket)
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return m_attempted >= ticket || m_stopped; });
    }
    // What is submitted is attempted, then the thread ends. On the journal's thread, before its file goes.
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopped)
                return;
            m_quit = true;
            m_wake.notify_one();
        }
        m_thread.join();
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_done.notify_all();
    }
    qint64 syncs()
    {
        const std::lock_guard lock(m_mutex);
        return m_syncs;
    }
    // The first failure, once (why, from the file).
    std::optional<QString> takeError()
    {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_error, std::nullopt);
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_quit || m_attempted < m_submitted; });
            if (m_attempted == m_submitted)
                return; // asked to end, nothing left
            const qint64 ticket = m_submitted;
            const QByteArray data = std::exchange(m_pending, {});
            lock.unlock();
            const qint64 written = m_file->write(data);
            const bool ok = written == data.size();
#ifdef Q_OS_UNIX
            if (ok)
                ::fdatasync(m_file->handle());
#endif
            const QString why = ok ? QString() : m_file->errorString();
            lock.lock();
            if (ok) {
                ++m_syncs;
            } else {
                m_pending.prepend(data.mid(std::max<qint64>(0, written)));
                if (!m_failed) {
                    m_failed = true;
                    m_error = why;
                    m_failedCallback();
                }
            }
            m_attempted = ticket;
            m_done.notify_all();
        }
    }

    QFile *m_file;
    std::function<void()> m_failedCallback;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    QByteArray m_pending;
    qint64 m_submitted = 0;
    qint64 m_attempted = 0;
    qint64 m_syncs = 0;
    bool m_failed = false;
    std::optional<QString> m_error;
    bool m_quit = false;
    bool m_stopped = false;
    std::thread m_thread; // last: started once the rest is made
};

void CleanupJournal::Written::wait() const
{
    if (m_flusher)
        m_flusher->wait(m_ticket);
}

CleanupJournal::CleanupJournal(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CleanupJournal::syncInBackground);
}

CleanupJournal::~CleanupJournal()
{
    sync();
    if (m_flusher)
        m_flusher->stop(); // before the file closes; a Written still held elsewhere returns
}

void CleanupJournal::startFlusher()
{
    // A failed write is said at once on this thread (the job stops sending), not at the next sync.
    // The queued call is dropped if the journal is gone by then.
    m_flusher = std::make_shared<JournalFlusher>(&m_file, [this] {
        QMetaObject::invokeMethod(
            this, [this] { takeFlusherError(); }, Qt::QueuedConnection);
    });
}

qint64 CleanupJournal::syncCount() const
{
    return m_syncs + (m_flusher ? m_flusher->syncs() : 0);
}

QString CleanupJournal::defaultDirectory()
{
    return AppInfo::sharedDataPath(QStringLiteral("jobs"));
}

QString CleanupJournal::newJobId(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QString::number(QRandomGenerator::global()->bounded(0x1000000), 16).rightJustified(6, u'0');
}

namespace {

S3Error fileErrorOf(const QString &fileName, const QString &why, const QString &message)
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    error.message = message.arg(fileName, why);
    error.hint =
        QCoreApplication::translate("Cleanup", "Check that the directory is writable and the disk is not full.");
    return error;
}

S3Error fileErrorOf(const QFile &file, const QString &message)
{
    return fileErrorOf(file.fileName(), file.errorString(), message);
}

S3Error readError(const QFile &file)
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    error.message = QCoreApplication::translate("Cleanup", "Cannot read the job journal %1: %2")
                        .arg(file.fileName(), file.errorString());
    return error;
}

void appendLine(QByteArray &buffer, const QJsonObject &record)
{
    buffer += QJsonDocument(record).toJson(QJsonDocument::Compact);
    buffer += '\n';
}

} // namespace

S3Error CleanupJournal::fileError(const QString &message) const
{
    return fileErrorOf(m_file, message);
}

Result<Unit> CleanupJournal::create(const QString &path, const QString &jobId, const CleanupOptions &options,
                                    const std::vector<CleanupItem> &items)
{
    if (Result<Unit> reserved = reserve(path); !reserved)
        return reserved;
    if (Result<Unit> written = writePlan(path, jobId, m_clock(), options, items); !written)
        return written;
    return attach(path);
}

Result<Unit> CleanupJournal::reserve(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return lock(path);
}

Result<Unit> CleanupJournal::writePlan(const QString &path, const QString &jobId, const QDateTime &created,
                                       const CleanupOptions &options, const std::vector<CleanupItem> &items,
                                       const std::atomic_bool *abort)
{
    QFile file(path);
    // 0600 from the start: the journal names the account's keys and upload ids.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fileErrorOf(file, QCoreApplication::translate("Cleanup", "Cannot create the job journal %1: %2"));
#ifdef Q_OS_UNIX
    // The new name itself must survive a power cut: sync the directory that holds it.
    if (const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
    // Written in slices: a million uploads make some 300 MB of records, never held at once.
    constexpr qsizetype SliceBytes = 4 << 20;
    QByteArray buffer;
    buffer.reserve(SliceBytes + 4096);
    auto flush = [&file, &buffer]() -> bool {
        const bool written = file.write(buffer) == buffer.size();
        buffer.clear();
        return written;
    };
    auto writeError = [&file] {
        return fileErrorOf(file, QCoreApplication::translate("Cleanup", "Cannot write the job journal %1: %2"));
    };
    appendLine(buffer, QJsonObject{{QStringLiteral("t"), QStringLiteral("job")},
                                   {QStringLiteral("version"), FormatVersion},
                                   {QStringLiteral("jobId"), jobId},
                                   {QStringLiteral("created"), isoMs(created)},
                                   {QStringLiteral("options"), options.toJson()},
                                   {QStringLiteral("count"), qint64(items.size())}});
    for (size_t i = 0; i < items.size(); ++i) {
        if (abort && abort->load(std::memory_order_relaxed)) {
            file.remove(); // unplanned: never resumable, and nothing was sent
            S3Error error;
            error.kind = S3Error::Kind::Cancelled;
            error.message = QCoreApplication::translate("Cleanup", "cancelled while the journal was written");
            return error;
        }
        const CleanupTarget &t = items[i].target;
        appendLine(buffer, QJsonObject{{QStringLiteral("t"), QStringLiteral("upload")},
                                       {QStringLiteral("i"), qint64(i)},
                                       {QStringLiteral("bucket"), t.upload.bucket},
                                       {QStringLiteral("key"), t.upload.key},
                                       {QStringLiteral("uploadId"), t.upload.uploadId},
                                       {QStringLiteral("initiated"), isoMs(t.upload.initiated)},
                                       {QStringLiteral("size"), t.size},
                                       {QStringLiteral("parts"), t.parts}});
        if (buffer.size() >= SliceBytes && !flush())
            return writeError();
    }
    appendLine(buffer, QJsonObject{{QStringLiteral("t"), QStringLiteral("planned")},
                                   {QStringLiteral("count"), qint64(items.size())}});
    if (!flush())
        return writeError();
#ifdef Q_OS_UNIX
    if (::fdatasync(file.handle()) != 0)
        return writeError();
#endif
    return Unit{};
}

Result<Unit> CleanupJournal::attach(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fileError(QCoreApplication::translate("Cleanup", "Cannot open the job journal %1: %2"));
    m_syncs = 1; // the plan, synced by writePlan()
    startFlusher();
    return Unit{};
}

Result<Unit> CleanupJournal::reopen(const QString &path)
{
    if (Result<Unit> locked = lock(path); !locked)
        return locked;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return fileError(QCoreApplication::translate("Cleanup", "Cannot open the job journal %1: %2"));
    // Cut a torn last line (a kill mid-write) so the next record starts on a line of its own. Only
    // the tail is read: a million uploads' journal is hundreds of megabytes.
    qint64 end = m_file.size();
    qint64 keep = end;
    for (qint64 from = end; from > 0;) {
        const qint64 start = std::max<qint64>(0, from - 65536);
        m_file.seek(start);
        const QByteArray slice = m_file.read(from - start);
        const qsizetype newline = slice.lastIndexOf('\n');
        if (newline >= 0) {
            keep = start + newline + 1;
            break;
        }
        keep = 0;
        from = start;
    }
    if (keep != end && !m_file.resize(keep))
        return fileError(QCoreApplication::translate("Cleanup", "Cannot repair the job journal %1: %2"));
    m_file.seek(m_file.size());
    startFlusher();
    return Unit{};
}

namespace {

QString lockPathOf(const QString &journalPath)
{
    return journalPath + QStringLiteral(".lock");
}

std::optional<JournalHolder> holderOf(const QLockFile &lock)
{
    JournalHolder holder;
    if (!lock.getLockInfo(&holder.pid, &holder.hostname, &holder.appname))
        return std::nullopt;
    return holder;
}

} // namespace

Result<Unit> CleanupJournal::lock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(lockPathOf(path));
    lock->setStaleLockTime(0); // only a dead holder makes it stale, however long a job runs
    if (!lock->tryLock(0)) {
        S3Error error;
        error.kind = S3Error::Kind::Config;
        error.resource = path;
        if (lock->error() == QLockFile::LockFailedError) {
            const std::optional<JournalHolder> holder = holderOf(*lock);
            error.message =
                holder ? QCoreApplication::translate("Cleanup", "The journal %1 is in use by another process (%2)")
                             .arg(path, holder->text())
                       : QCoreApplication::translate("Cleanup", "The journal %1 is in use by another process (unknown)")
                             .arg(path);
            error.hint =
                QCoreApplication::translate("Cleanup", "A job is run by one process at a time; wait for it to finish.");
        } else {
            error.message =
                QCoreApplication::translate("Cleanup", "The journal %1 cannot be locked (%2 cannot be written)")
                    .arg(path, lockPathOf(path));
        }
        return error;
    }
    m_lock = std::move(lock);
    return Unit{};
}

void CleanupJournal::append(const QJsonObject &record)
{
    m_buffer += QJsonDocument(record).toJson(QJsonDocument::Compact);
    m_buffer += '\n';
    scheduleSync();
}

void CleanupJournal::scheduleSync()
{
    if (m_syncIntervalMs == 0) {
        sync();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start(m_syncIntervalMs);
}

void CleanupJournal::sync()
{
    syncInBackground().wait();
    takeFlusherError();
}

CleanupJournal::Written CleanupJournal::syncInBackground()
{
    m_timer.stop();
    Written written;
    if (!m_flusher)
        return written; // not open: nothing is written
    written.m_flusher = m_flusher;
    written.m_ticket = m_flusher->submit(std::exchange(m_buffer, {}));
    takeFlusherError();
    return written;
}

void CleanupJournal::takeFlusherError()
{
    const std::optional<QString> why = m_flusher ? m_flusher->takeError() : std::nullopt;
    if (!why || m_error)
        return;
    m_error = fileErrorOf(path(), *why, QCoreApplication::translate("Cleanup", "Cannot write the job journal %1: %2"));
    qCWarning(lcCleanup, "%s", qUtf8Printable(m_error->toString()));
    Q_EMIT writeFailed(*m_error);
}

void CleanupJournal::recordRun(int run)
{
    append(QJsonObject{{QStringLiteral("t"), QStringLiteral("run")},
                       {QStringLiteral("run"), run},
                       {QStringLiteral("at"), isoMs(m_clock())}});
}

void CleanupJournal::recordSent(int index, const QString &operation)
{
    append(QJsonObject{{QStringLiteral("t"), QStringLiteral("sent")},
                       {QStringLiteral("i"), index},
                       {QStringLiteral("op"), operation},
                       {QStringLiteral("at"), isoMs(m_clock())}});
}

void CleanupJournal::recordResponse(int index, const QString &operation, const ResponseMeta &meta,
                                    const QString &errorCode)
{
    QJsonObject record{{QStringLiteral("t"), QStringLiteral("req")},
                       {QStringLiteral("i"), index},
                       {QStringLiteral("op"), operation},
                       {QStringLiteral("status"), meta.httpStatus},
                       {QStringLiteral("rid"), meta.requestId},
                       {QStringLiteral("charged"), meta.requestCharged},
                       {QStringLiteral("attempts"), meta.attempts},
                       {QStringLiteral("at"), isoMs(m_clock())}};
    if (!errorCode.isEmpty())
        record.insert(QStringLiteral("code"), errorCode);
    append(record);
}

void CleanupJournal::recordState(int index, const CleanupItem &item)
{
    QJsonObject record{{QStringLiteral("t"), QStringLiteral("state")},
                       {QStringLiteral("i"), index},
                       {QStringLiteral("state"), stateName(item.state)},
                       // the time the job gave it (what its view showed), so a replay agrees
                       {QStringLiteral("at"), isoMs(item.finished.isValid() ? item.finished : m_clock())}};
    if (!item.reason.isEmpty())
        record.insert(QStringLiteral("reason"), item.reason);
    if (item.retryable)
        record.insert(QStringLiteral("retryable"), true);
    if (item.remainingParts >= 0) {
        record.insert(QStringLiteral("remainingParts"), item.remainingParts);
        record.insert(QStringLiteral("remainingBytes"), item.remainingBytes);
    }
    if (item.target.size >= 0) {
        record.insert(QStringLiteral("size"), item.target.size);
        record.insert(QStringLiteral("parts"), item.target.parts);
    }
    append(record);
}

void CleanupJournal::recordCancelled(const QString &reason, const QList<int> &outOfReach, const QDateTime &at)
{
    QJsonArray except;
    for (const int index : outOfReach)
        except.append(index);
    QJsonObject record{{QStringLiteral("t"), QStringLiteral("cancel")}, {QStringLiteral("at"), isoMs(at)}};
    if (!reason.isEmpty())
        record.insert(QStringLiteral("reason"), reason);
    if (!except.isEmpty())
        record.insert(QStringLiteral("except"), except);
    append(record);
}

void CleanupJournal::recordEnd(const QString &outcome, std::optional<std::pair<qint64, qint64>> uploadsAndNotDone)
{
    QJsonObject record{{QStringLiteral("t"), QStringLiteral("end")},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("at"), isoMs(m_clock())}};
    if (uploadsAndNotDone) {
        record.insert(QStringLiteral("uploads"), uploadsAndNotDone->first);
        record.insert(QStringLiteral("notDone"), uploadsAndNotDone->second);
    }
    append(record);
    sync();
}

namespace {

// The first line of a journal (its "job" record) and its last complete line; the last is empty
// when the file does not end with a newline (a torn write).
std::optional<std::pair<QByteArray, QByteArray>> firstAndLastLines(QFile &file)
{
    constexpr qint64 MaxLine = 1 << 20;
    const QByteArray first = file.readLine(MaxLine);
    if (!first.endsWith('\n'))
        return std::nullopt;
    const qint64 size = file.size();
    const qint64 from = std::max<qint64>(0, size - 65536);
    if (!file.seek(from))
        return std::nullopt;
    const QByteArray tail = file.read(size - from);
    if (!tail.endsWith('\n'))
        return std::make_pair(first, QByteArray());
    const qsizetype start = tail.lastIndexOf('\n', tail.size() - 2);
    if (start < 0 && from > 0)
        return std::make_pair(first, QByteArray());
    return std::make_pair(first, tail.mid(start + 1));
}

} // namespace

std::optional<JournalHolder> CleanupJournal::holderElsewhere(const QString &path)
{
    // Another live process holding the lock is running the job (this process's own lock is not
    // "elsewhere": it is reading back the journal of a job it runs).
    QLockFile probe(lockPathOf(path));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
    } else if (probe.error() == QLockFile::LockFailedError) {
        const std::optional<JournalHolder> holder = holderOf(probe);
        if (!holder || holder->pid != QCoreApplication::applicationPid())
            return holder ? *holder : JournalHolder{};
    }
    return std::nullopt;
}

Result<JournalSummary> CleanupJournal::summarize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readError(file);
    const auto lines = firstAndLastLines(file);
    const QJsonObject job = lines ? QJsonDocument::fromJson(lines->first).object() : QJsonObject();
    const QJsonObject end = lines ? QJsonDocument::fromJson(lines->second).object() : QJsonObject();
    const bool counted = end.value(QStringLiteral("t")).toString() == u"end" &&
                         end.value(QStringLiteral("uploads")).isDouble() &&
                         end.value(QStringLiteral("notDone")).isDouble();
    if (job.value(QStringLiteral("t")).toString() != u"job" || !counted) {
        // Killed, abandoned, or from an older version: what is left is known only by replaying.
        Result<JournalData> data = load(path);
        if (!data)
            return data.error();
        return data->summary();
    }
    JournalSummary summary;
    summary.path = path;
    summary.jobId = job.value(QStringLiteral("jobId")).toString();
    summary.created = parseIso(job.value(QStringLiteral("created")));
    summary.options = CleanupOptions::fromJson(job.value(QStringLiteral("options")).toObject());
    summary.uploads = end.value(QStringLiteral("uploads")).toInteger();
    summary.notDone = end.value(QStringLiteral("notDone")).toInteger();
    // The end record comes from a job that ran, so after "planned"; it names the count it had.
    summary.planned = summary.uploads == job.value(QStringLiteral("count")).toInteger();
    summary.endOutcome = end.value(QStringLiteral("outcome")).toString();
    summary.runningElsewhere = holderElsewhere(path);
    return summary;
}

namespace {

// A "cancel" record, as CleanupJob::stop() marks the uploads: every one not done and not excepted
// (in flight, or recorded with a reason of its own) is cancelled; after an abort went out,
// "cancelled after abort sent" without a reason.
void replayCancel(std::vector<CleanupItem> &items, const QJsonObject &record)
{
    std::vector<bool> excepted(items.size());
    for (const QJsonValue &index : record.value(QStringLiteral("except")).toArray()) {
        if (const qint64 i = index.toInteger(-1); i >= 0 && i < qint64(items.size()))
            excepted[size_t(i)] = true;
    }
    const QString reason = record.value(QStringLiteral("reason")).toString();
    const QDateTime at = parseIso(record.value(QStringLiteral("at")));
    for (size_t i = 0; i < items.size(); ++i) {
        CleanupItem &item = items[i];
        if (isDone(item.state) || excepted[i])
            continue;
        item.state = item.abortSent ? CleanupState::CancelledUnverified : CleanupState::Cancelled;
        item.reason = item.abortSent ? QString() : reason;
        item.retryable = false;
        item.finished = at;
    }
}

} // namespace

namespace {

// A journal's records replayed one line at a time, so that a journal of a million uploads is read
// in chunks: no copy of the whole file, no list of a million lines (the report's worker made
// 700 MB of short-lived allocations that way, next to the GUI thread's).
class Replay
{
public:
    Replay(const QString &path, qint64 sizeHint)
        : m_sizeHint(sizeHint)
    {
        m_data.path = path;
    }

    // One complete line (without its '\n'); number counts from 1.
    void line(QByteArrayView line, qsizetype number)
    {
        if (line.isEmpty())
            return;
        QJsonParseError parseError;
        // fromRawData: the parser copies what it keeps; the line is not copied first.
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            m_data.warnings << QStringLiteral("line %1 is not a journal record: skipped").arg(number);
            return;
        }
        const QJsonObject r = doc.object();
        const QString type = r.value(QStringLiteral("t")).toString();
        if (type == u"job") {
            m_sawJob = true;
            m_data.jobId = r.value(QStringLiteral("jobId")).toString();
            m_data.created = parseIso(r.value(QStringLiteral("created")));
            m_data.options = CleanupOptions::fromJson(r.value(QStringLiteral("options")).toObject());
            // A hint only: a damaged count must not ask for terabytes (or, negative, for 2^64).
            const qint64 count = r.value(QStringLiteral("count")).toInteger();
            if (count > 0 && count <= m_sizeHint / 64) // an upload record takes more than 64 bytes
                m_data.items.reserve(size_t(count));
            return;
        }
        if (type == u"planned") {
            m_data.planned = qsizetype(m_data.items.size()) == r.value(QStringLiteral("count")).toInteger();
            return;
        }
        if (type == u"run") {
            m_data.runs = std::max(m_data.runs, r.value(QStringLiteral("run")).toInt());
            m_data.endOutcome.clear();
            return;
        }
        if (type == u"end") {
            m_data.endOutcome = r.value(QStringLiteral("outcome")).toString();
            return;
        }
        if (type == u"cancel") {
            replayCancel(m_data.items, r);
            return;
        }
        const qint64 index = r.value(QStringLiteral("i")).toInteger(-1);
        if (type == u"upload") {
            if (index != qint64(m_data.items.size())) {
                m_data.warnings << QStringLiteral("line %1: upload out of order: skipped").arg(number);
                return;
            }
            CleanupItem item;
            item.target.upload.bucket = r.value(QStringLiteral("bucket")).toString();
            item.target.upload.key = r.value(QStringLiteral("key")).toString();
            item.target.upload.uploadId = r.value(QStringLiteral("uploadId")).toString();
            item.target.upload.initiated = parseIso(r.value(QStringLiteral("initiated")));
            item.target.size = r.value(QStringLiteral("size")).toInteger(-1);
            item.target.parts = r.value(QStringLiteral("parts")).toInt(-1);
            m_data.items.push_back(std::move(item));
            return;
        }
        if (index < 0 || index >= qint64(m_data.items.size())) {
            m_data.warnings << QStringLiteral("line %1: no upload %2: skipped").arg(number).arg(index);
            return;
        }
        CleanupItem &item = m_data.items[size_t(index)];
        const QDateTime at = parseIso(r.value(QStringLiteral("at")));
        if (!item.started.isValid() && (type == u"sent" || type == u"req"))
            item.started = at;
        if (type == u"sent") {
            if (r.value(QStringLiteral("op")).toString() == u"AbortMultipartUpload") {
                ++item.aborts;
                item.abortSent = true;
            }
        } else if (type == u"req") {
            item.requests += std::max(1, r.value(QStringLiteral("attempts")).toInt());
            if (r.value(QStringLiteral("charged")).toBool())
                ++item.charged;
            const QString rid = r.value(QStringLiteral("rid")).toString();
            if (!rid.isEmpty())
                item.requestIds << rid;
        } else if (type == u"state") {
            const std::optional<CleanupState> state = stateFromName(r.value(QStringLiteral("state")).toString());
            if (!state) {
                m_data.warnings << QStringLiteral("line %1: unknown state: skipped").arg(number);
                return;
            }
            item.state = *state;
            item.reason = r.value(QStringLiteral("reason")).toString();
            item.retryable = r.value(QStringLiteral("retryable")).toBool();
            item.remainingParts = r.value(QStringLiteral("remainingParts")).toInt(-1);
            item.remainingBytes = r.value(QStringLiteral("remainingBytes")).toInteger(-1);
            if (r.contains(QStringLiteral("size"))) {
                item.target.size = r.value(QStringLiteral("size")).toInteger(-1);
                item.target.parts = r.value(QStringLiteral("parts")).toInt(-1);
            }
            item.finished = isFinal(*state) ? at : QDateTime();
        }
    }

    // What follows the last '\n', if anything: a write cut by a kill, ignored as reopen() cuts it.
    void tail(QByteArrayView rest)
    {
        if (!rest.isEmpty())
            m_data.tornTail = true;
    }

    Result<JournalData> finish()
    {
        if (!m_sawJob) {
            S3Error error;
            error.kind = S3Error::Kind::Config;
            error.message =
                QCoreApplication::translate("Cleanup", "%1 is not a PartSweep job journal").arg(m_data.path);
            return error;
        }
        return std::move(m_data);
    }

private:
    JournalData m_data;
    qint64 m_sizeHint = 0;
    bool m_sawJob = false;
};

// Feeds replay the complete lines of buffer from *from on (numbering them from *number), and
// leaves *from at the first byte of a line not yet complete.
void feedLines(Replay &replay, QByteArrayView buffer, qsizetype *from, qsizetype *number)
{
    for (qsizetype end; (end = buffer.indexOf('\n', *from)) >= 0; *from = end + 1)
        replay.line(buffer.sliced(*from, end - *from), ++*number);
}

} // namespace

Result<JournalData> CleanupJournal::parse(const QByteArray &content, const QString &path)
{
    Replay replay(path, content.size());
    qsizetype from = 0;
    qsizetype number = 0;
    feedLines(replay, content, &from, &number);
    replay.tail(QByteArrayView(content).sliced(from));
    return replay.finish();
}

Result<JournalData> CleanupJournal::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readError(file);
    // In chunks: a journal of a million uploads is hundreds of MB and needs no copy in memory.
    constexpr qint64 Chunk = 1 << 20;
    Replay replay(path, file.size());
    QByteArray buffer;
    qsizetype number = 0;
    while (!file.atEnd()) {
        const qsizetype kept = buffer.size();
        buffer.resize(kept + Chunk);
        const qint64 read = file.read(buffer.data() + kept, Chunk);
        if (read < 0)
            return readError(file);
        buffer.truncate(kept + read);
        qsizetype from = 0;
        feedLines(replay, buffer, &from, &number);
        buffer.remove(0, from);
    }
    replay.tail(buffer);
    Result<JournalData> parsed = replay.finish();
    if (!parsed)
        return parsed;
    JournalData data = std::move(parsed).value();
    data.runningElsewhere = holderElsewhere(path);
    return data;
}

QList<JournalSummary> CleanupJournal::listUnfinished(const QString &dir, bool includeRunning)
{
    const QDir jobs(dir.isEmpty() ? defaultDirectory() : dir);
    QList<JournalSummary> result;
    const QStringList names = jobs.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        Result<JournalSummary> data = summarize(jobs.filePath(name));
        if (data && (data->isUnfinished() || (includeRunning && data->runningElsewhere && data->planned)))
            result.append(std::move(data).value());
    }
    return result;
}

Result<Unit> CleanupJournal::markAbandoned(const QString &path)
{
    CleanupJournal journal;
    if (Result<Unit> opened = journal.reopen(path); !opened)
        return opened;
    journal.recordEnd(QStringLiteral("abandoned"));
    if (journal.error())
        return *journal.error();
    return Unit{};
}

} // namespace PartSweep
