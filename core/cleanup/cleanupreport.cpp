#include "cleanup/cleanupreport.h"

#include "cleanup/cleanupplanner.h"
#include "util/format.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QSet>

namespace PartSweep::CleanupReport {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

std::optional<double> costOf(const Costs &costs, const CleanupItem &item)
{
    return costs.monthly ? costs.monthly(item) : std::nullopt;
}

QJsonObject summary(const JournalData &journal, const Costs &costs)
{
    double saved = 0;
    QJsonObject counts;
    qint64 bytesFreed = 0;
    qint64 unmeasured = 0;
    qint64 charged = 0;
    qint64 requests = 0;
    for (const CleanupItem &item : journal.items) {
        const QString name = stateName(item.state);
        counts.insert(name, counts.value(name).toInt() + 1);
        if (item.state == CleanupState::Verified && item.target.size > 0) {
            bytesFreed += item.target.size;
            saved += costOf(costs, item).value_or(0);
        } else if (item.state == CleanupState::Verified && item.target.size < 0) {
            ++unmeasured;
        }
        charged += item.charged;
        requests += item.requests;
    }
    QJsonObject result{{QStringLiteral("uploads"), qint64(journal.items.size())},
                       {QStringLiteral("states"), counts},
                       {QStringLiteral("bytesFreed"), bytesFreed},
                       // verified gone without a size (never listed): not counted in bytesFreed
                       {QStringLiteral("verifiedUnmeasured"), unmeasured},
                       {QStringLiteral("chargedRequests"), charged},
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("runs"), journal.runs},
                       {QStringLiteral("outcome"), journal.endOutcome}};
    if (costs.monthly) {
        result.insert(QStringLiteral("savedPerMonthUsd"), saved);
        result.insert(QStringLiteral("costSource"), costs.source);
    }
    return result;
}

} // namespace

namespace {

// The CSV written to out a row at a time, through a buffer of about a megabyte: a report of a
// million uploads is never held whole (as a QString it took twice its 230 MB).
bool writeCsv(const JournalData &journal, const Costs &costs, QIODevice &out)
{
    constexpr qsizetype Flush = 1 << 20;
    QByteArray buffer = "bucket,key,upload_id,initiated,size,parts,aborts,requests,charged_requests,state,"
                        "reason,started,finished,request_ids,cost_per_month_usd\r\n";
    for (const CleanupItem &item : journal.items) {
        const UploadInfo &u = item.target.upload;
        const QStringList fields{Format::csvField(u.bucket),
                                 Format::csvField(u.key),
                                 Format::csvField(u.uploadId),
                                 iso(u.initiated),
                                 item.target.size >= 0 ? QString::number(item.target.size) : QString(),
                                 item.target.parts >= 0 ? QString::number(item.target.parts) : QString(),
                                 QString::number(item.aborts),
                                 QString::number(item.requests),
                                 QString::number(item.charged),
                                 stateName(item.state),
                                 Format::csvField(item.reason),
                                 iso(item.started),
                                 iso(item.finished),
                                 Format::csvField(item.requestIds.join(u' '))};
        const std::optional<double> cost = costOf(costs, item);
        buffer += (fields.join(u',') + u',' + (cost ? QString::number(*cost, 'g', 6) : QString())).toUtf8();
        buffer += "\r\n";
        if (buffer.size() >= Flush) {
            if (out.write(buffer) != buffer.size())
                return false;
            buffer.clear(); // keeps its capacity
        }
    }
    return out.write(buffer) == buffer.size();
}

} // namespace

QByteArray toCsv(const JournalData &journal, const Costs &costs)
{
    QByteArray csv;
    QBuffer out(&csv);
    out.open(QIODevice::WriteOnly);
    writeCsv(journal, costs, out);
    return csv;
}

namespace {

QJsonObject uploadRow(const CleanupItem &item, const Costs &costs)
{
    const UploadInfo &u = item.target.upload;
    QJsonObject row{{QStringLiteral("bucket"), u.bucket},
                    {QStringLiteral("key"), u.key},
                    {QStringLiteral("uploadId"), u.uploadId},
                    {QStringLiteral("initiated"), iso(u.initiated)},
                    {QStringLiteral("aborts"), item.aborts},
                    {QStringLiteral("requests"), item.requests},
                    {QStringLiteral("chargedRequests"), item.charged},
                    {QStringLiteral("state"), stateName(item.state)},
                    {QStringLiteral("stateText"), stateText(item.state)},
                    {QStringLiteral("reason"), item.reason},
                    {QStringLiteral("started"), iso(item.started)},
                    {QStringLiteral("finished"), iso(item.finished)},
                    {QStringLiteral("requestIds"), QJsonArray::fromStringList(item.requestIds)}};
    row.insert(QStringLiteral("size"), item.target.size >= 0 ? QJsonValue(item.target.size) : QJsonValue());
    row.insert(QStringLiteral("parts"), item.target.parts >= 0 ? QJsonValue(item.target.parts) : QJsonValue());
    if (const std::optional<double> cost = costOf(costs, item))
        row.insert(QStringLiteral("costPerMonthUsd"), *cost);
    if (item.remainingParts >= 0) {
        row.insert(QStringLiteral("remainingParts"), item.remainingParts);
        row.insert(QStringLiteral("remainingBytes"), item.remainingBytes);
    }
    return row;
}

// The JSON report written to out an upload at a time, as the CSV: the document's head (every
// member but "uploads", which sorts last as QJsonObject sorts its keys), then each upload's
// object indented in its place. The same text QJsonDocument gives for the whole, without a
// million objects held at once.
bool writeJson(const JournalData &journal, const Costs &costs, const QJsonArray &sources, QIODevice &out)
{
    constexpr qsizetype Flush = 1 << 20;
    QJsonObject head{{QStringLiteral("jobId"), journal.jobId},
                     {QStringLiteral("created"), iso(journal.created)},
                     {QStringLiteral("options"), journal.options.toJson()},
                     {QStringLiteral("summary"), summary(journal, costs)}};
    if (!sources.isEmpty())
        head.insert(QStringLiteral("journals"), sources);
    QByteArray buffer = QJsonDocument(head).toJson(QJsonDocument::Indented);
    buffer.chop(3); // "\n}\n"
    buffer += ",\n    \"uploads\": [";
    const char *separator = "\n";
    for (const CleanupItem &item : journal.items) {
        QByteArray row = QJsonDocument(uploadRow(item, costs)).toJson(QJsonDocument::Indented);
        row.chop(1);
        buffer += separator;
        buffer += "        " + row.replace("\n", "\n        ");
        separator = ",\n";
        if (buffer.size() >= Flush) {
            if (out.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    buffer += "\n    ]\n}\n";
    return out.write(buffer) == buffer.size();
}

} // namespace

QByteArray toJson(const JournalData &journal, const Costs &costs, const QJsonArray &sources)
{
    QByteArray json;
    QBuffer out(&json);
    out.open(QIODevice::WriteOnly);
    writeJson(journal, costs, sources, out);
    return json;
}

Result<Unit> write(const JournalData &journal, const QString &path, const Costs &costs, const QJsonArray &sources)
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (!csv && !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        error.message =
            QCoreApplication::translate("Cleanup", "A report is written as .csv or .json, not %1").arg(path);
        return error;
    }
    QSaveFile file(path);
    // Only the user may read it: keys and upload ids of the account (set on the temporary file,
    // before anything is written, so the report never exists readable by others).
    const auto written = [&] {
        return csv ? writeCsv(journal, costs, file) : writeJson(journal, costs, sources, file);
    };
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !written() || !file.commit()) {
        error.message =
            QCoreApplication::translate("Cleanup", "Cannot write the report %1: %2").arg(path, file.errorString());
        return error;
    }
    return Unit{};
}

QString unfinishedWarning(const JournalData &journal)
{
    if (journal.runningElsewhere)
        return QCoreApplication::translate("Cleanup", "%1: the job is still running (%2); this is what it had "
                                                      "recorded so far")
            .arg(journal.path, journal.runningElsewhere->text());
    if (journal.isUnfinished())
        return QCoreApplication::translate("Cleanup", "%1: the job is unfinished (%2 upload(s) not done); resume it "
                                                      "with abort --resume")
            .arg(journal.path)
            .arg(journal.notDone());
    return {};
}

Result<Merged> merge(const QList<JournalData> &journals)
{
    auto refuse = [](const QString &message) {
        S3Error error;
        error.kind = S3Error::Kind::Config;
        error.message = message;
        return error;
    };
    if (journals.isEmpty())
        return refuse(QCoreApplication::translate("Cleanup", "No journal to merge"));
    const JournalData &first = journals.front();
    const int shards = first.options.shardCount;
    Merged merged;
    merged.data.jobId = QStringLiteral("merged");
    merged.data.created = first.created;
    merged.data.options = first.options;
    merged.data.options.shardIndex = 0;
    merged.data.options.shardCount = 1;
    merged.data.planned = true;
    QSet<int> shardsSeen;
    QSet<QString> outcomes;
    QHash<QString, size_t> rowOf;    // bucket, key, upload id -> row in merged.data.items
    std::vector<qsizetype> sourceOf; // row -> the journal its record came from
    qint64 repeated = 0;
    for (qsizetype j = 0; j < journals.size(); ++j) {
        const JournalData &journal = journals[j];
        if (journal.options.endpoint != first.options.endpoint)
            return refuse(
                QCoreApplication::translate("Cleanup", "%1 and %2 are jobs on different services (%3, %4)")
                    .arg(first.path, journal.path,
                         first.options.endpoint.isEmpty() ? QStringLiteral("AWS") : first.options.endpoint,
                         journal.options.endpoint.isEmpty() ? QStringLiteral("AWS") : journal.options.endpoint));
        if (journal.options.shardCount != shards)
            return refuse(QCoreApplication::translate("Cleanup", "%1 is a share of %2 shard(s), %3 of %4: not the "
                                                                 "same cleanup")
                              .arg(journal.path)
                              .arg(journal.options.shardCount)
                              .arg(first.path)
                              .arg(shards));
        shardsSeen.insert(journal.options.shardIndex);
        merged.data.created = std::min(merged.data.created, journal.created);
        merged.data.runs += journal.runs;
        outcomes.insert(journal.runningElsewhere       ? QStringLiteral("running")
                        : journal.endOutcome.isEmpty() ? QStringLiteral("interrupted")
                                                       : journal.endOutcome);
        merged.sources.append(
            QJsonObject{{QStringLiteral("path"), journal.path},
                        {QStringLiteral("jobId"), journal.jobId},
                        {QStringLiteral("shard"),
                         CleanupPlanner::Shard{journal.options.shardIndex, journal.options.shardCount}.toString()},
                        {QStringLiteral("uploads"), qint64(journal.items.size())},
                        {QStringLiteral("runs"), journal.runs},
                        {QStringLiteral("outcome"), journal.endOutcome}});
        // A journal left unfinished by a process that died matters only for what no other
        // journal finished (a shard run again completes its first journal's work): see below.
        if (journal.runningElsewhere) {
            merged.complete = false;
            merged.warnings << unfinishedWarning(journal);
        }
        for (const CleanupItem &item : journal.items) {
            const UploadInfo &u = item.target.upload;
            const QString id = u.bucket + u'\n' + u.key + u'\n' + u.uploadId;
            const auto found = rowOf.constFind(id);
            if (found == rowOf.cend()) {
                rowOf.insert(id, merged.data.items.size());
                merged.data.items.push_back(item);
                sourceOf.push_back(j);
                continue;
            }
            ++repeated;
            CleanupItem &kept = merged.data.items[*found];
            const bool keptDone = !isLeftToDo(kept);
            const bool itemDone = !isLeftToDo(item);
            if ((itemDone && !keptDone) || (itemDone == keptDone && item.finished > kept.finished)) {
                kept = item;
                sourceOf[*found] = j;
            }
        }
    }
    QStringList outcomeList(outcomes.cbegin(), outcomes.cend());
    outcomeList.sort();
    merged.data.endOutcome = outcomeList.join(u',');
    if (shards > 1 && shardsSeen.size() < shards) {
        QStringList missing;
        for (int k = 0; k < shards; ++k) {
            if (!shardsSeen.contains(k))
                missing << QString::number(k);
        }
        merged.complete = false;
        merged.warnings << QCoreApplication::translate("Cleanup", "shard(s) %1 of %2 missing: this report covers %3 "
                                                                  "of the %2 shares of the selection")
                               .arg(missing.join(QStringLiteral(", ")))
                               .arg(shards)
                               .arg(shardsSeen.size());
    }
    QMap<qsizetype, int> leftBySource;
    for (size_t row = 0; row < merged.data.items.size(); ++row) {
        if (isLeftToDo(merged.data.items[row]))
            ++leftBySource[sourceOf[row]];
    }
    for (auto it = leftBySource.cbegin(); it != leftBySource.cend(); ++it) {
        merged.complete = false;
        if (journals[it.key()].runningElsewhere)
            continue; // said above
        merged.warnings << QCoreApplication::translate("Cleanup", "%1: %2 upload(s) not done; resume that job with "
                                                                  "abort --resume")
                               .arg(journals[it.key()].path)
                               .arg(it.value());
    }
    if (repeated > 0)
        merged.warnings << QCoreApplication::translate("Cleanup", "%1 upload record(s) were found in more than one "
                                                                  "journal (a shard run again?): each upload is "
                                                                  "reported once, with its latest state")
                               .arg(repeated);
    return merged;
}

} // namespace PartSweep::CleanupReport
