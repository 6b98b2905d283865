#include "cli/clioutput.h"

#include "util/format.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace PartSweep::Cli {

Answer askOnTerminal(QTextStream &err, const QString &question)
{
    if (!::isatty(STDIN_FILENO) || !::isatty(STDERR_FILENO))
        return Answer::NoTerminal;
    err << question << ' ' << QCoreApplication::translate("cli", "Type 'yes' to go on: ");
    err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    return answer == u"yes" || answer == u"y" ? Answer::Yes : Answer::No;
}

Result<QString> askMfaCode(const QString &profile, const QString &mfaSerial)
{
    S3Error error;
    error.kind = S3Error::Kind::Credentials;
    if (!::isatty(STDIN_FILENO) || !::isatty(STDERR_FILENO)) {
        error.message = QCoreApplication::translate("cli", "Profile '%1' needs the code of MFA device %2, and there "
                                                           "is no terminal to ask it on.")
                            .arg(profile, mfaSerial);
        error.hint = QCoreApplication::translate("cli", "Run partsweep-cli on a terminal, or assume the role first "
                                                        "and export its temporary keys.");
        return error;
    }
    QTextStream err(stderr);
    err << QCoreApplication::translate("cli", "MFA code for %1 (profile %2): ").arg(mfaSerial, profile);
    err.flush();
    QTextStream in(stdin);
    const QString code = in.readLine().trimmed();
    if (code.isEmpty()) {
        error.message = QCoreApplication::translate("cli", "No MFA code was entered for profile '%1'.").arg(profile);
        return error;
    }
    return code;
}

void Output::write(QTextStream &out, OutputFormat format) const
{
    switch (format) {
    case OutputFormat::Json:
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv: {
        QStringList line;
        for (const QString &h : headers)
            line << Format::csvField(h);
        out << line.join(u',') << '\n';
        for (const QStringList &row : rows) {
            line.clear();
            for (const QString &v : row)
                line << Format::csvField(v);
            out << line.join(u',') << '\n';
        }
        break;
    }
    case OutputFormat::Table: {
        QList<qsizetype> widths;
        for (const QString &h : headers)
            widths << h.size();
        for (const QStringList &row : rows) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        }
        auto printRow = [&](const QStringList &row) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i + 1 < row.size())
                    line += row[i].leftJustified(widths[i]) + QStringLiteral("  ");
                else
                    line += row[i];
            }
            out << line << '\n';
        };
        printRow(headers);
        for (const QStringList &row : rows)
            printRow(row);
        break;
    }
    }
    out.flush();
}

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // C0 and C1 controls (escape sequences can rewrite a terminal) and the bidirectional
        // overrides that make text read in another order than it is.
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace PartSweep::Cli
