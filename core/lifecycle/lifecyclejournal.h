#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace PartSweep {

// What a lifecycle journal says about one bucket: the configuration as fetched before PartSweep
// changed it (none: the bucket had none), what was written, and how it ended.
struct LifecycleJournalEntry
{
    QString bucket;
    std::optional<QByteArray> before; // the document as fetched; nullopt: no configuration
    QByteArray written;
    QString ruleId;
    QString state; // "writing" (the PUT may have gone out), "verified", "failed", "restored",
                   // "restore-failed"
    QString reason;
};

struct LifecycleJournalData
{
    QString path;
    QString changeId;
    QDateTime created;
    QString endpoint; // empty: AWS
    int days = 0;
    QList<LifecycleJournalEntry> buckets; // in the order they were changed
    QStringList warnings;                 // unreadable lines (a torn last line after a kill)
};

// The journal of one lifecycle change, JSON Lines, created 0600 in
// <data>/PartSweep/lifecycle/<id>.jsonl. Records ("t"): "change" (id, endpoint, days), "bucket"
// (bucket, before, written, rule id: appended and synced BEFORE the PUT, so that undo knows what
// was there even after a crash), "state" (bucket, state, reason). Never a secret.
class LifecycleJournal final
{
public:
    static QString defaultDirectory();
    static QString newChangeId(const QDateTime &nowUtc);

    Result<Unit> create(const QString &path, const QString &changeId, const QString &endpoint, int days);
    // Appends to a journal (restore records its states in the journal it restores from).
    Result<Unit> reopen(const QString &path);
    Result<Unit> recordBefore(const QString &bucket, const std::optional<QByteArray> &before, const QByteArray &written,
                              const QString &ruleId);
    Result<Unit> recordState(const QString &bucket, const QString &state, const QString &reason = {});
    QString path() const { return m_file.fileName(); }

    static Result<LifecycleJournalData> load(const QString &path);

private:
    Result<Unit> append(const QJsonObject &record);
    // message: a translated "Cannot ... the lifecycle journal %1: %2" (%1 the file, %2 why).
    S3Error fileError(const QString &message) const;

    QFile m_file;
};

} // namespace PartSweep
