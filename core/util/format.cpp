#include "util/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace PartSweep::Format {

QString bytes(qint64 value)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    if (value < 1024)
        return QString::number(value) + QStringLiteral(" B");
    double scaled = double(value);
    int unit = -1;
    while (scaled >= 1024.0 && unit < 4) {
        scaled /= 1024.0;
        ++unit;
    }
    const int decimals = scaled < 10.0 && unit >= 1 ? 2 : 1;
    return QString::number(scaled, 'f', decimals) + u' ' + QLatin1StringView(units[unit]);
}

// The units of an age are translated in the window (the CLI installs no translator, so its
// tables keep these English abbreviations).
QString age(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return QCoreApplication::translate("Format", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Format", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? QCoreApplication::translate("Format", "%1 h %2 min").arg(hours).arg(minutes % 60)
                            : QCoreApplication::translate("Format", "%1 h").arg(hours);
    const qint64 days = hours / 24;
    if (days < 30 && hours % 24)
        return QCoreApplication::translate("Format", "%1 d %2 h").arg(days).arg(hours % 24);
    return QCoreApplication::translate("Format", "%1 d").arg(days);
}

qint64 parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return -1;
    qint64 unit = 86400; // a bare number means days
    const QChar last = text.back().toLower();
    if (!last.isDigit()) {
        switch (last.unicode()) {
        case u's':
            unit = 1;
            break;
        case u'm':
            unit = 60;
            break;
        case u'h':
            unit = 3600;
            break;
        case u'd':
            unit = 86400;
            break;
        case u'w':
            unit = 7 * 86400;
            break;
        default:
            return -1;
        }
        text.chop(1);
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0)
        return -1;
    return n * unit;
}

QString timestamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QString csvField(const QString &value)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a
    // formula: "=HYPERLINK(...)" as an S3 key must stay text. OWASP's advice: a leading quote,
    // and the cell quoted. Numbers ("-1") and a lone character cannot be formulas: left alone.
    bool formula = false;
    if (value.size() > 1) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
            bool isNumber = false;
            value.toDouble(&isNumber);
            formula = !isNumber;
        }
    }
    if (!formula && !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = formula ? u'\'' + value : value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString partialSum(double value, const QString &text, qint64 known, qint64 total)
{
    if (total <= 0)
        return {};
    if (known <= 0 || (known < total && value <= 0))
        return QStringLiteral("?");
    if (known < total)
        return QStringLiteral("≥ ") + text;
    return text;
}

} // namespace PartSweep::Format
