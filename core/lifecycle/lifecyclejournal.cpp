#include "lifecycle/lifecyclejournal.h"

#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace PartSweep {

namespace {

QString isoMs(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString LifecycleJournal::defaultDirectory()
{
    return AppInfo::sharedDataPath(QStringLiteral("lifecycle")); // next to the cleanup jobs
}

QString LifecycleJournal::newChangeId(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QString::number(QRandomGenerator::global()->bounded(0x1000000), 16).rightJustified(6, u'0');
}

S3Error LifecycleJournal::fileError(const QString &message) const
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    error.message = message.arg(m_file.fileName(), m_file.errorString());
    error.hint =
        QCoreApplication::translate("Lifecycle", "Check that the directory is writable and the disk is not full.");
    return error;
}

Result<Unit> LifecycleJournal::create(const QString &path, const QString &changeId, const QString &endpoint, int days)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fileError(QCoreApplication::translate("Lifecycle", "Cannot create the lifecycle journal %1: %2"));
#ifdef Q_OS_UNIX
    if (const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
    return append(QJsonObject{{QStringLiteral("t"), QStringLiteral("change")},
                              {QStringLiteral("id"), changeId},
                              {QStringLiteral("created"), isoMs(QDateTime::currentDateTimeUtc())},
                              {QStringLiteral("endpoint"), endpoint},
                              {QStringLiteral("days"), days}});
}

Result<Unit> LifecycleJournal::reopen(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fileError(QCoreApplication::translate("Lifecycle", "Cannot open the lifecycle journal %1: %2"));
    return Unit{};
}

Result<Unit> LifecycleJournal::append(const QJsonObject &record)
{
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size())
        return fileError(QCoreApplication::translate("Lifecycle", "Cannot write the lifecycle journal %1: %2"));
#ifdef Q_OS_UNIX
    // Few records, each before or after a change on the server: every one is synced.
    if (::fdatasync(m_file.handle()) != 0)
        return fileError(QCoreApplication::translate("Lifecycle", "Cannot sync the lifecycle journal %1: %2"));
#endif
    return Unit{};
}

Result<Unit> LifecycleJournal::recordBefore(const QString &bucket, const std::optional<QByteArray> &before,
                                            const QByteArray &written, const QString &ruleId)
{
    QJsonObject record{{QStringLiteral("t"), QStringLiteral("bucket")},
                       {QStringLiteral("bucket"), bucket},
                       {QStringLiteral("written"), QString::fromUtf8(written)},
                       {QStringLiteral("ruleId"), ruleId}};
    record.insert(QStringLiteral("before"), before ? QJsonValue(QString::fromUtf8(*before)) : QJsonValue());
    return append(record);
}

Result<Unit> LifecycleJournal::recordState(const QString &bucket, const QString &state, const QString &reason)
{
    QJsonObject record{{QStringLiteral("t"), QStringLiteral("state")},
                       {QStringLiteral("bucket"), bucket},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("at"), isoMs(QDateTime::currentDateTimeUtc())}};
    if (!reason.isEmpty())
        record.insert(QStringLiteral("reason"), reason);
    return append(record);
}

Result<LifecycleJournalData> LifecycleJournal::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        S3Error error;
        error.kind = S3Error::Kind::Config;
        error.message = QCoreApplication::translate("Lifecycle", "Cannot read the lifecycle journal %1: %2")
                            .arg(path, file.errorString());
        return error;
    }
    LifecycleJournalData data;
    data.path = path;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        QJsonParseError parseError{};
        const QJsonObject r = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            data.warnings << QStringLiteral("line %1 cannot be read").arg(lineNumber);
            continue;
        }
        const QString type = r.value(QStringLiteral("t")).toString();
        if (type == u"change") {
            data.changeId = r.value(QStringLiteral("id")).toString();
            data.created = QDateTime::fromString(r.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
            data.endpoint = r.value(QStringLiteral("endpoint")).toString();
            data.days = r.value(QStringLiteral("days")).toInt();
        } else if (type == u"bucket") {
            LifecycleJournalEntry entry;
            entry.bucket = r.value(QStringLiteral("bucket")).toString();
            if (const QJsonValue before = r.value(QStringLiteral("before")); before.isString())
                entry.before = before.toString().toUtf8();
            entry.written = r.value(QStringLiteral("written")).toString().toUtf8();
            entry.ruleId = r.value(QStringLiteral("ruleId")).toString();
            entry.state = QStringLiteral("writing");
            data.buckets.append(entry);
        } else if (type == u"state") {
            const QString bucket = r.value(QStringLiteral("bucket")).toString();
            for (qsizetype i = data.buckets.size() - 1; i >= 0; --i) {
                if (data.buckets[i].bucket == bucket) {
                    data.buckets[i].state = r.value(QStringLiteral("state")).toString();
                    data.buckets[i].reason = r.value(QStringLiteral("reason")).toString();
                    break;
                }
            }
        }
    }
    if (data.changeId.isEmpty()) {
        S3Error error;
        error.kind = S3Error::Kind::Config;
        error.message = QCoreApplication::translate("Lifecycle", "%1 is not a PartSweep lifecycle journal").arg(path);
        return error;
    }
    return data;
}

} // namespace PartSweep
