#include "cleanup/cleanupplanner.h"

#include "cleanup/cleanupjournal.h"
#include "cleanup/selectiontally.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace PartSweep::CleanupPlanner {

namespace {

S3Error refusal(const QString &message, const QString &hint = {})
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    error.message = message;
    error.hint = hint;
    return error;
}

QString serviceName(const QString &endpoint)
{
    return endpoint.isEmpty() ? QStringLiteral("AWS") : endpoint;
}

} // namespace

GuardVerdict guardVerdict(const QDateTime &initiated, qint64 minAgeSeconds, const std::optional<QDateTime> &serverNow)
{
    const auto ms = [](const QDateTime &t) {
        return t.isValid() ? std::optional(t.toMSecsSinceEpoch()) : std::nullopt;
    };
    return guardVerdict(ms(initiated), minAgeSeconds, serverNow ? ms(*serverNow) : std::nullopt);
}

GuardVerdict guardVerdict(std::optional<qint64> initiatedMs, qint64 minAgeSeconds, std::optional<qint64> serverNowMs)
{
    if (minAgeSeconds <= 0)
        return GuardVerdict::Eligible;
    if (!serverNowMs)
        return GuardVerdict::ClockUnknown;
    if (!initiatedMs)
        return GuardVerdict::AgeUnknown;
    // Whole seconds, as QDateTime::secsTo counts them (towards zero).
    return (*serverNowMs - *initiatedMs) / 1000 < minAgeSeconds ? GuardVerdict::TooYoung : GuardVerdict::Eligible;
}

QString guardReason(GuardVerdict verdict, const QDateTime &initiated, qint64 minAgeSeconds,
                    const std::optional<QDateTime> &serverNow)
{
    const QString guard = Format::age(minAgeSeconds);
    switch (verdict) {
    case GuardVerdict::Eligible:
        return {};
    case GuardVerdict::TooYoung:
        return QCoreApplication::translate("Cleanup", "initiated %1 ago by the server's clock, younger than the %2 age "
                                                      "guard (may still be uploading)")
            .arg(Format::age(std::max<qint64>(0, initiated.secsTo(*serverNow))), guard);
    case GuardVerdict::AgeUnknown:
        return QCoreApplication::translate("Cleanup", "initiation time unknown; the %1 age guard spares it").arg(guard);
    case GuardVerdict::ClockUnknown:
        return QCoreApplication::translate("Cleanup", "the server's time could not be read, so no age can be trusted; "
                                                      "the %1 age guard spares it")
            .arg(guard);
    }
    return {};
}

Plan plan(QList<CleanupTarget> selection, qint64 minAgeSeconds, const std::optional<QDateTime> &serverNow)
{
    Plan p;
    std::sort(selection.begin(), selection.end(), [](const CleanupTarget &a, const CleanupTarget &b) {
        return std::tie(a.upload.bucket, a.upload.key, a.upload.initiated, a.upload.uploadId) <
               std::tie(b.upload.bucket, b.upload.key, b.upload.initiated, b.upload.uploadId);
    });
    const SelectionTally::Summary tally = SelectionTally(selection, serverNow).summarize(minAgeSeconds);
    p.eligible = tally.eligible;
    p.tooYoung = tally.tooYoung;
    p.ageUnknown = tally.ageUnknown;
    p.clockUnknown = tally.clockUnknown;
    p.knownBytes = tally.knownBytes;
    p.knownBytesByClass = tally.knownBytesByClass;
    p.unknownSizes = tally.unknownSizes;
    for (const SelectionTally::Bucket &bucket : tally.buckets)
        p.buckets << bucket.name;
    p.targets = std::move(selection);
    return p;
}

Result<CleanupOptions> resumeOptions(const JournalData &journal, const ResumeRequest &request)
{
    if (!journal.planned)
        return refusal(
            QCoreApplication::translate("Cleanup", "%1 was cut before the job was planned: no request was sent")
                .arg(journal.path));
    if (journal.options.dryRun)
        return refusal(QCoreApplication::translate("Cleanup", "job %1 was a dry run: there is nothing to resume")
                           .arg(journal.jobId),
                       QCoreApplication::translate("Cleanup", "Start a new job instead."));
    if (journal.runningElsewhere)
        return refusal(QCoreApplication::translate("Cleanup", "job %1 is running in another process (%2)")
                           .arg(journal.jobId, journal.runningElsewhere->text()),
                       QCoreApplication::translate("Cleanup", "Wait for it to finish, or stop it; a job is resumed by "
                                                              "one process at a time."));
    if (journal.endOutcome == u"abandoned")
        return refusal(QCoreApplication::translate("Cleanup", "job %1 was discarded").arg(journal.jobId));
    if (journal.options.endpoint != request.endpoint)
        return refusal(QCoreApplication::translate("Cleanup", "job %1 was run against %2, not %3")
                           .arg(journal.jobId, serviceName(journal.options.endpoint), serviceName(request.endpoint)),
                       QCoreApplication::translate("Cleanup", "Resume it with a connection to the same service."));

    const CleanupOptions &o = journal.options;
    QStringList differing;
    if (request.verify && *request.verify != o.verify)
        differing << (o.verify ? QCoreApplication::translate("Cleanup", "verification (on in the job)")
                               : QCoreApplication::translate("Cleanup", "verification (off in the job)"));
    if (request.minAgeSeconds && *request.minAgeSeconds != o.minAgeSeconds)
        differing << (o.minAgeSeconds > 0 ? QCoreApplication::translate("Cleanup", "the age guard (%1 in the job)")
                                                .arg(Format::age(o.minAgeSeconds))
                                          : QCoreApplication::translate("Cleanup", "the age guard (off in the job)"));
    if (request.maxAborts && *request.maxAborts != o.maxAborts)
        differing << QCoreApplication::translate("Cleanup", "the aborts per upload (%1 in the job)").arg(o.maxAborts);
    if (request.requestPayer && *request.requestPayer != o.requestPayer)
        differing << (o.requestPayer ? QCoreApplication::translate("Cleanup", "requester pays (on in the job)")
                                     : QCoreApplication::translate("Cleanup", "requester pays (off in the job)"));
    if (request.expectedBucketOwner && *request.expectedBucketOwner != o.expectedBucketOwner)
        differing << (o.expectedBucketOwner.isEmpty()
                          ? QCoreApplication::translate("Cleanup", "the expected bucket owner (none in the job)")
                          : QCoreApplication::translate("Cleanup", "the expected bucket owner (%1 in the job)")
                                .arg(o.expectedBucketOwner));
    if (request.concurrency && *request.concurrency != o.concurrency)
        differing << QCoreApplication::translate("Cleanup", "the concurrency (%1 in the job)").arg(o.concurrency);
    if (!differing.isEmpty())
        return refusal(
            QCoreApplication::translate("Cleanup", "a resumed job keeps the options it was confirmed with; "
                                                   "these differ: %1")
                .arg(differing.join(QStringLiteral(", "))),
            QCoreApplication::translate("Cleanup", "Resume without them, or start a new job with the new options."));

    if (!request.dryRun && journal.notDone() == 0)
        return refusal(QCoreApplication::translate("Cleanup", "job %1 has nothing left to do").arg(journal.jobId));
    CleanupOptions options = o;
    options.dryRun = request.dryRun;
    return options;
}

QString Shard::toString() const
{
    return QStringLiteral("%1/%2").arg(index).arg(count);
}

Result<Shard> Shard::parse(QStringView text)
{
    constexpr int maxShards = 100000;
    const qsizetype slash = text.indexOf(u'/');
    bool indexOk = false;
    bool countOk = false;
    Shard shard;
    if (slash > 0) {
        shard.index = text.left(slash).toInt(&indexOk);
        shard.count = text.mid(slash + 1).toInt(&countOk);
    }
    if (!indexOk || !countOk || shard.count < 1 || shard.count > maxShards || shard.index < 0 ||
        shard.index >= shard.count)
        return refusal(QCoreApplication::translate("Cleanup",
                                                   "A shard is K/N: this process's number K, counted from 0, of N "
                                                   "processes (N from 1 to %1), such as 0/4 ... 3/4; not '%2'")
                           .arg(maxShards)
                           .arg(text));
    return shard;
}

int shardOf(const QString &bucket, const QString &key, int count)
{
    if (count <= 1)
        return 0;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(bucket.toUtf8());
    hash.addData(QByteArrayView("/"));
    hash.addData(key.toUtf8());
    const QByteArray digest = hash.result();
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest[i]);
    return int(value % quint64(count));
}

QList<int> leftToDo(const JournalData &journal)
{
    QList<int> left;
    for (size_t i = 0; i < journal.items.size(); ++i) {
        if (isLeftToDo(journal.items[i]))
            left << int(i);
    }
    return left;
}

} // namespace PartSweep::CleanupPlanner
