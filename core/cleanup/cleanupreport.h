#pragma once

#include "cleanup/cleanupjournal.h"

#include <QByteArray>

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
// the summary's savedPerMonthUsd (uploads verified gone) and costSource.
QByteArray toJson(const JournalData &journal, const Costs &costs = {});

// Writes toCsv or toJson by the file's extension (.csv or .json).
Result<Unit> write(const JournalData &journal, const QString &path, const Costs &costs = {});

} // namespace PartSweep::CleanupReport
