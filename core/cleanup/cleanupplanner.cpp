#include "cleanup/cleanupplanner.h"

#include "cleanup/cleanupjournal.h"
#include "util/format.h"

#include <QSet>

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

QString onOff(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

QString serviceName(const QString &endpoint)
{
    return endpoint.isEmpty() ? QStringLiteral("AWS") : endpoint;
}

} // namespace

GuardVerdict guardVerdict(const QDateTime &initiated, qint64 minAgeSeconds, const std::optional<QDateTime> &serverNow)
{
    if (minAgeSeconds <= 0)
        return GuardVerdict::Eligible;
    if (!serverNow || !serverNow->isValid())
        return GuardVerdict::ClockUnknown;
    if (!initiated.isValid())
        return GuardVerdict::AgeUnknown;
    return initiated.secsTo(*serverNow) < minAgeSeconds ? GuardVerdict::TooYoung : GuardVerdict::Eligible;
}

QString guardReason(GuardVerdict verdict, const QDateTime &initiated, qint64 minAgeSeconds,
                    const std::optional<QDateTime> &serverNow)
{
    const QString guard = Format::age(minAgeSeconds);
    switch (verdict) {
    case GuardVerdict::Eligible:
        return {};
    case GuardVerdict::TooYoung:
        return QStringLiteral("initiated %1 ago by the server's clock, younger than the %2 age guard (may still be "
                              "uploading)")
            .arg(Format::age(std::max<qint64>(0, initiated.secsTo(*serverNow))), guard);
    case GuardVerdict::AgeUnknown:
        return QStringLiteral("initiation time unknown; the %1 age guard spares it").arg(guard);
    case GuardVerdict::ClockUnknown:
        return QStringLiteral("the server's time could not be read, so no age can be trusted; the %1 age guard "
                              "spares it")
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
    QSet<QString> buckets;
    for (const CleanupTarget &t : std::as_const(selection)) {
        switch (guardVerdict(t.upload.initiated, minAgeSeconds, serverNow)) {
        case GuardVerdict::Eligible:
            ++p.eligible;
            buckets.insert(t.upload.bucket);
            if (t.size >= 0) {
                p.knownBytes += t.size;
                p.knownBytesByClass[t.upload.storageClass] += t.size;
            } else
                ++p.unknownSizes;
            break;
        case GuardVerdict::TooYoung:
            ++p.tooYoung;
            break;
        case GuardVerdict::AgeUnknown:
            ++p.ageUnknown;
            break;
        case GuardVerdict::ClockUnknown:
            p.clockUnknown = true;
            break;
        }
    }
    p.buckets = QStringList(buckets.cbegin(), buckets.cend());
    p.buckets.sort();
    p.targets = std::move(selection);
    return p;
}

Result<CleanupOptions> resumeOptions(const JournalData &journal, const ResumeRequest &request)
{
    if (!journal.planned)
        return refusal(QStringLiteral("%1 was cut before the job was planned: no request was sent").arg(journal.path));
    if (journal.options.dryRun)
        return refusal(QStringLiteral("job %1 was a dry run: there is nothing to resume").arg(journal.jobId),
                       QStringLiteral("Start a new job instead."));
    if (journal.runningElsewhere)
        return refusal(QStringLiteral("job %1 is running in another process (%2)")
                           .arg(journal.jobId, journal.runningElsewhere->text()),
                       QStringLiteral("Wait for it to finish, or stop it; a job is resumed by one process at a "
                                      "time."));
    if (journal.endOutcome == u"abandoned")
        return refusal(QStringLiteral("job %1 was discarded").arg(journal.jobId));
    if (journal.options.endpoint != request.endpoint)
        return refusal(QStringLiteral("job %1 was run against %2, not %3")
                           .arg(journal.jobId, serviceName(journal.options.endpoint), serviceName(request.endpoint)),
                       QStringLiteral("Resume it with a connection to the same service."));

    const CleanupOptions &o = journal.options;
    QStringList differing;
    if (request.verify && *request.verify != o.verify)
        differing << QStringLiteral("verification (%1 in the job)").arg(onOff(o.verify));
    if (request.minAgeSeconds && *request.minAgeSeconds != o.minAgeSeconds)
        differing << QStringLiteral("the age guard (%1 in the job)")
                         .arg(o.minAgeSeconds > 0 ? Format::age(o.minAgeSeconds) : QStringLiteral("off"));
    if (request.maxAborts && *request.maxAborts != o.maxAborts)
        differing << QStringLiteral("the aborts per upload (%1 in the job)").arg(o.maxAborts);
    if (request.requestPayer && *request.requestPayer != o.requestPayer)
        differing << QStringLiteral("requester pays (%1 in the job)").arg(onOff(o.requestPayer));
    if (request.expectedBucketOwner && *request.expectedBucketOwner != o.expectedBucketOwner)
        differing << QStringLiteral("the expected bucket owner (%1 in the job)")
                         .arg(o.expectedBucketOwner.isEmpty() ? QStringLiteral("none") : o.expectedBucketOwner);
    if (request.concurrency && *request.concurrency != o.concurrency)
        differing << QStringLiteral("the concurrency (%1 in the job)").arg(o.concurrency);
    if (!differing.isEmpty())
        return refusal(QStringLiteral("a resumed job keeps the options it was confirmed with; these differ: %1")
                           .arg(differing.join(QStringLiteral(", "))),
                       QStringLiteral("Resume without them, or start a new job with the new options."));

    if (!request.dryRun && journal.notDone() == 0)
        return refusal(QStringLiteral("job %1 has nothing left to do").arg(journal.jobId));
    CleanupOptions options = o;
    options.dryRun = request.dryRun;
    return options;
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
