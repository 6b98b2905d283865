#pragma once

#include "cleanup/cleanupjournal.h"

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <optional>

// Reports of a cleanup job, made from its journal (what happened, as recorded on disk), one row
// per upload: bucket, key, upload id, initiated, size, parts, abort attempts, requests, charged
// requests, final state, reason, first and last timestamps, request ids, cost a month. Never a
// secret.
namespace PartSweep::CleanupReport {

// What an upload's parts cost a month, when known (the front end's prices: cleanup knows none).
struct Costs
{
    std::function<std::optional<double>(const CleanupItem &)> monthly; // empty: no prices
    QString source;                                                    // "AWS list prices of ..."
};

// RFC 4180, a header row, UTF-8; cost_per_month_usd is empty where not known.
QByteArray toCsv(const JournalData &journal, const Costs &costs = {});
// {"jobId", "options", "summary", "uploads": [...]}; with prices, costPerMonthUsd per upload and
// the summary's savedPerMonthUsd (uploads verified gone) and costSource; with sources (a merged
// report), "journals": what each journal merged holds.
QByteArray toJson(const JournalData &journal, const Costs &costs = {}, const QJsonArray &sources = {});

// Writes toCsv or toJson by the file's extension (.csv or .json).
Result<Unit> write(const JournalData &journal, const QString &path, const Costs &costs = {},
                   const QJsonArray &sources = {});

// What a report of this journal should say first: the job is still running elsewhere (what it
// recorded so far), or unfinished (resume it). Empty when it ran to its end.
QString unfinishedWarning(const JournalData &journal);

// The journals of one cleanup spread over several processes (abort --shard K/N; a shard run again
// after its process died leaves a second journal) as one report.
struct Merged
{
    JournalData data;     // every upload once; jobId "merged"; the first journal's options, shard cleared
    QJsonArray sources;   // per journal: path, jobId, shard, uploads, runs, outcome
    QStringList warnings; // shards missing, jobs running, uploads not done, uploads in several journals
    bool complete = true; // every shard 0..N-1 is there, no job still running, every upload done
};
// An upload found in several journals is reported once: its record in a done state (verified,
// failed, excluded...) before one left to do, the latest finished of those. Refused (in words):
// no journal, journals of different services, or of different shard counts. Holds every upload
// in memory (about 1 KB each, request ids included).
Result<Merged> merge(const QList<JournalData> &journals);

} // namespace PartSweep::CleanupReport
