#pragma once

#include <QDateTime>
#include <QString>

// Human units shared by the CLI and the UI (pure functions).
namespace PartSweep::Format {

// 0 B, 1023 B, 1.0 KiB, 5.0 MiB, 1.50 GiB, 2.00 TiB (binary units, as storage consoles show)
QString bytes(qint64 bytes);
// "45 s", "12 min", "3 h 5 min", "3 d 4 h", "210 d"
QString age(qint64 seconds);
// Parses "90s", "30m", "12h", "7d", "2w" (and a bare number of days) into seconds; -1 if invalid.
qint64 parseDuration(QStringView text);
// A sum over the uploads whose size is known, in words that never pass unknown off as zero:
// "?" while none of `total` is known (or only some are and they add up to nothing: "≥ 0 B" says
// no more), "≥ text" while only some are, "text" when all are ("" when there is nothing to sum).
// `value` is the sum, `text` its words ("1.2 GiB", "$0.03").
QString partialSum(double value, const QString &text, qint64 known, qint64 total);
// ISO 8601 UTC with seconds: 2026-11-25T12:38:21Z
QString timestamp(const QDateTime &utc);
// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or newline;
// a value a spreadsheet would run as a formula (starting with = + - @, tab or CR, not a number)
// gets a leading ' and quotes (OWASP CSV injection).
QString csvField(const QString &value);

} // namespace PartSweep::Format
