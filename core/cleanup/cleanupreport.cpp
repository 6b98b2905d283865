#include "cleanup/cleanupreport.h"

#include "util/format.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

QByteArray toCsv(const JournalData &journal, const Costs &costs)
{
    QString out = QStringLiteral("bucket,key,upload_id,initiated,size,parts,aborts,requests,charged_requests,state,"
                                 "reason,started,finished,request_ids,cost_per_month_usd\r\n");
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
        out += fields.join(u',') + u',' + (cost ? QString::number(*cost, 'g', 6) : QString());
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray toJson(const JournalData &journal, const Costs &costs)
{
    QJsonArray uploads;
    for (const CleanupItem &item : journal.items) {
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
        uploads.append(row);
    }
    const QJsonObject report{{QStringLiteral("jobId"), journal.jobId},
                             {QStringLiteral("created"), iso(journal.created)},
                             {QStringLiteral("options"), journal.options.toJson()},
                             {QStringLiteral("summary"), summary(journal, costs)},
                             {QStringLiteral("uploads"), uploads}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

Result<Unit> write(const JournalData &journal, const QString &path, const Costs &costs)
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    QByteArray content;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        content = toCsv(journal, costs);
    } else if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        content = toJson(journal, costs);
    } else {
        error.message =
            QCoreApplication::translate("Cleanup", "A report is written as .csv or .json, not %1").arg(path);
        return error;
    }
    QSaveFile file(path);
    // Only the user may read it: keys and upload ids of the account (set on the temporary file,
    // before anything is written, so the report never exists readable by others).
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(content) != content.size() || !file.commit()) {
        error.message =
            QCoreApplication::translate("Cleanup", "Cannot write the report %1: %2").arg(path, file.errorString());
        return error;
    }
    return Unit{};
}

} // namespace PartSweep::CleanupReport
