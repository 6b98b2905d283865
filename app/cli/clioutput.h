#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace PartSweep::Cli {

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
