#include "cleanup/cleanupreport.h"

#include "util/format.h"

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

QJsonObject summary(const JournalData &journal)
{
    QJsonObject counts;
    qint64 bytesFreed = 0;
    qint64 charged = 0;
    qint64 requests = 0;
    for (const CleanupItem &item : journal.items) {
        const QString name = stateName(item.state);
        counts.insert(name, counts.value(name).toInt() + 1);
        if (item.state == CleanupState::Verified && item.target.size > 0)
            bytesFreed += item.target.size;
        charged += item.charged;
        requests += item.requests;
    }
    return QJsonObject{{QStringLiteral("uploads"), qint64(journal.items.size())},
                       {QStringLiteral("states"), counts},
                       {QStringLiteral("bytesFreed"), bytesFreed},
                       {QStringLiteral("chargedRequests"), charged},
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("runs"), journal.runs},
                       {QStringLiteral("outcome"), journal.endOutcome}};
}

} // namespace

QByteArray toCsv(const JournalData &journal)
{
    QString out = QStringLiteral("bucket,key,upload_id,initiated,size,parts,aborts,requests,charged_requests,state,"
                                 "reason,started,finished,request_ids\r\n");
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
        out += fields.join(u',');
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray toJson(const JournalData &journal)
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
        if (item.remainingParts >= 0) {
            row.insert(QStringLiteral("remainingParts"), item.remainingParts);
            row.insert(QStringLiteral("remainingBytes"), item.remainingBytes);
        }
        uploads.append(row);
    }
    const QJsonObject report{{QStringLiteral("jobId"), journal.jobId},
                             {QStringLiteral("created"), iso(journal.created)},
                             {QStringLiteral("options"), journal.options.toJson()},
                             {QStringLiteral("summary"), summary(journal)},
                             {QStringLiteral("uploads"), uploads}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

Result<Unit> write(const JournalData &journal, const QString &path)
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    QByteArray content;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        content = toCsv(journal);
    } else if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        content = toJson(journal);
    } else {
        error.message = QStringLiteral("A report is written as .csv or .json, not %1").arg(path);
        return error;
    }
    QSaveFile file(path);
    // Only the user may read it: keys and upload ids of the account (set on the temporary file,
    // before anything is written, so the report never exists readable by others).
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(content) != content.size() || !file.commit()) {
        error.message = QStringLiteral("Cannot write the report %1: %2").arg(path, file.errorString());
        return error;
    }
    return Unit{};
}

} // namespace PartSweep::CleanupReport
