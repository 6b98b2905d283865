#pragma once

#include "cleanup/cleanupjournal.h"

#include <QByteArray>

// Reports of a cleanup job, made from its journal (what happened, as recorded on disk), one row
// per upload: bucket, key, upload id, initiated, size, parts, abort attempts, requests, charged
// requests, final state, reason, first and last timestamps, request ids. Never a secret.
namespace PartSweep::CleanupReport {

QByteArray toCsv(const JournalData &journal);  // RFC 4180, a header row, UTF-8
QByteArray toJson(const JournalData &journal); // {"jobId", "options", "summary", "uploads": [...]}

// Writes toCsv or toJson by the file's extension (.csv or .json).
Result<Unit> write(const JournalData &journal, const QString &path);

} // namespace PartSweep::CleanupReport
