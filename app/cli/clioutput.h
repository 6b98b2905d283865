#pragma once

#include "util/result.h"

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace PartSweep::Cli {

// Exit codes are part of the CLI's contract (scripts test them).
enum ExitCode : int
{
    ExitOk = 0,
    ExitPartialFailure = 1,
    ExitUsage = 2,
    ExitConnection = 3,
};

enum class Answer
{
    Yes,
    No,
    NoTerminal, // stdin or stderr is not a terminal: nobody to ask
};
// Asks `question` on the terminal and reads the answer ("yes" or "y" is yes). Destructive commands
// call it unless --yes was given, and refuse on NoTerminal.
Answer askOnTerminal(QTextStream &err, const QString &question);
// The code of an MFA device, asked on the terminal (an error without one), for role profiles with
// mfa_serial.
Result<QString> askMfaCode(const QString &profile, const QString &mfaSerial);

enum class OutputFormat
{
    Table,
    Json,
    Csv
};

// Rows of a command's answer, written as an aligned table, CSV (RFC 4180) or a JSON array of
// objects (typed values given separately, so numbers stay numbers).
struct Output
{
    QStringList headers;     // table and CSV column titles
    QList<QStringList> rows; // display values
    QJsonArray json;         // one object per row

    void write(QTextStream &out, OutputFormat format) const;
};

// Keys may hold newlines or control characters; on a terminal or in a table they must not break
// the layout: control characters become \xNN.
QString printable(const QString &text);

} // namespace PartSweep::Cli
