#include "auth/awsconfigfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace PartSweep {

namespace {

const QString defaultSectionName = QStringLiteral("DEFAULT");

S3Error configError(const QString &message, const QString &hint = QString())
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    error.message = message;
    error.hint = hint;
    return error;
}

// A key while it is being read: its value lines (continuations included) with their line numbers.
struct RawOption
{
    QString key;
    QStringList lines;
    QList<int> lineNumbers;
    int line = 0;
};

struct RawSection
{
    QString header;
    int line = 0;
    QList<RawOption> options;
    QHash<QString, qsizetype> index; // key -> options index
};

// Splits raw bytes into lines at "\n", "\r\n" or "\r", as Python's universal newlines do.
QList<QByteArray> splitLines(const QByteArray &content)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    const qsizetype size = content.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = content.at(i);
        if (c == '\n' || c == '\r') {
            lines.append(content.mid(start, i - start));
            if (c == '\r' && i + 1 < size && content.at(i + 1) == '\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < size)
        lines.append(content.mid(start));
    return lines;
}

qsizetype firstNonSpace(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!line.at(i).isSpace())
            return i;
    }
    return 0;
}

QString rstripped(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

// The second word of a "profile NAME" style header, as botocore's _parse_section reads it.
std::optional<QString> sectionArgument(const QString &header)
{
    const std::optional<QStringList> parts = splitCommandLine(header);
    if (!parts || parts->size() != 2)
        return std::nullopt;
    return parts->at(1);
}

} // namespace

QString AwsConfigSection::value(const QString &key) const
{
    const auto it = entries.constFind(key);
    if (it == entries.cend() || it->isSubSection)
        return QString();
    return it->value;
}

QString AwsConfigSection::subValue(const QString &key, const QString &subKey) const
{
    const auto it = entries.constFind(key);
    if (it == entries.cend() || !it->isSubSection)
        return QString();
    return it->subValues.value(subKey);
}

int AwsConfigSection::lineOf(const QString &key) const
{
    const auto it = entries.constFind(key);
    return it == entries.cend() ? 0 : it->line;
}

int AwsConfigSection::lineOf(const QString &key, const QString &subKey) const
{
    const auto it = entries.constFind(key);
    if (it == entries.cend())
        return 0;
    return it->subLines.value(subKey, it->line);
}

Result<AwsConfigFile> AwsConfigFile::load(const QString &path, Kind kind)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        AwsConfigFile file;
        file.m_path = path;
        file.m_kind = kind;
        return file;
    }
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        AwsConfigFile file;
        file.m_path = path;
        file.m_kind = kind;
        file.m_exists = true;
        file.m_readProblem = device.errorString();
        return file;
    }
    return parse(device.readAll(), path, kind);
}

Result<AwsConfigFile> AwsConfigFile::parse(const QByteArray &content, const QString &path, Kind kind)
{
    AwsConfigFile file;
    file.m_path = path;
    file.m_kind = kind;
    file.m_exists = true;
    const auto where = [&path](int line) -> QString { return path + u':' + QString::number(line); };

    QList<RawSection> sections;
    RawSection defaults;
    defaults.header = defaultSectionName;
    RawSection *current = nullptr;
    RawOption *option = nullptr; // the key that indented lines continue
    qsizetype indentLevel = 0;
    QList<int> malformedLines;

    const QList<QByteArray> rawLines = splitLines(content);
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString line = decoder.decode(rawLines.at(i));
        if (decoder.hasError()) {
            return configError(
                QCoreApplication::translate("Auth", "%1: the line is not valid UTF-8 text.").arg(where(lineNumber)),
                QCoreApplication::translate("Auth", "Save the file as UTF-8."));
        }
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);

        const QString stripped = line.trimmed();
        if (stripped.startsWith(u'#') || stripped.startsWith(u';'))
            continue; // a comment neither ends nor extends a value
        if (stripped.isEmpty()) {
            if (option) {
                option->lines.append(QString());
                option->lineNumbers.append(lineNumber);
            }
            continue;
        }

        const qsizetype indent = firstNonSpace(line);
        if (option && indent > indentLevel) {
            option->lines.append(stripped);
            option->lineNumbers.append(lineNumber);
            continue;
        }
        indentLevel = indent;

        const qsizetype closing = stripped.lastIndexOf(u']');
        if (stripped.startsWith(u'[') && closing >= 2) {
            const QString header = stripped.mid(1, closing - 1);
            option = nullptr;
            if (header == defaultSectionName) {
                current = &defaults;
                continue;
            }
            for (const RawSection &section : std::as_const(sections)) {
                if (section.header == header) {
                    return configError(QCoreApplication::translate("Auth", "%1: the section [%2] appears a second time "
                                                                           "(first at line %3); the AWS CLI refuses "
                                                                           "such a file.")
                                           .arg(where(lineNumber), header, QString::number(section.line)),
                                       QCoreApplication::translate("Auth", "Merge the two sections into one."));
                }
            }
            RawSection section;
            section.header = header;
            section.line = lineNumber;
            sections.append(section);
            current = &sections.last();
            continue;
        }

        if (!current) {
            return configError(QCoreApplication::translate("Auth", "%1: a setting before the first section header such "
                                                                   "as [default].")
                                   .arg(where(lineNumber)),
                               QCoreApplication::translate("Auth", "Put every setting under a [section] header."));
        }

        qsizetype delimiter = -1;
        for (qsizetype c = 0; c < stripped.size(); ++c) {
            if (stripped.at(c) == u'=' || stripped.at(c) == u':') {
                delimiter = c;
                break;
            }
        }
        const QString key = delimiter < 0 ? QString() : stripped.left(delimiter).trimmed().toLower();
        if (key.isEmpty()) {
            // Keep going like configparser does, then report every bad line at once.
            malformedLines.append(lineNumber);
            continue;
        }
        const auto existing = current->index.constFind(key);
        if (existing != current->index.cend()) {
            // The key is not quoted: a mangled line can make part of a secret look like a key.
            return configError(
                QCoreApplication::translate("Auth", "%1: a key set on line %2 is set again in the same "
                                                    "section [%3]; the AWS CLI refuses such a file.")
                    .arg(where(lineNumber), QString::number(current->options.at(*existing).line), current->header),
                QCoreApplication::translate("Auth", "Keep one of the two lines."));
        }
        RawOption raw;
        raw.key = key;
        raw.line = lineNumber;
        raw.lines.append(stripped.mid(delimiter + 1).trimmed());
        raw.lineNumbers.append(lineNumber);
        current->index.insert(key, current->options.size());
        current->options.append(raw);
        option = &current->options.last();
    }

    if (!malformedLines.isEmpty()) {
        QStringList others;
        for (qsizetype i = 1; i < malformedLines.size(); ++i)
            others.append(QString::number(malformedLines.at(i)));
        const QString message =
            others.isEmpty()
                ? QCoreApplication::translate("Auth", "%1: the line is neither `key = value`, a [section] header nor a "
                                                      "comment.")
                      .arg(where(malformedLines.first()))
                : QCoreApplication::translate("Auth", "%1: the line is neither `key = value`, a [section] header nor a "
                                                      "comment (also lines %2).")
                      .arg(where(malformedLines.first()), others.join(QStringLiteral(", ")));
        return configError(message, QCoreApplication::translate("Auth", "Fix the line: a value that continues on the "
                                                                        "next line must be indented."));
    }

    // Values are complete: join continuation lines, read sub-sections, inherit [DEFAULT].
    const auto toEntry = [&where](const RawOption &raw) -> Result<AwsConfigEntry> {
        AwsConfigEntry entry;
        entry.line = raw.line;
        const QString joined = rstripped(raw.lines.join(u'\n'));
        if (!joined.startsWith(u'\n')) {
            entry.value = joined;
            return entry;
        }
        entry.isSubSection = true;
        for (qsizetype i = 1; i < raw.lines.size(); ++i) {
            const QString &subLine = raw.lines.at(i);
            if (subLine.isEmpty())
                continue;
            const qsizetype equals = subLine.indexOf(u'=');
            if (equals < 0) {
                return configError(
                    QCoreApplication::translate("Auth", "%1: the indented line under '%2' (line %3) is not "
                                                        "`key = value`.")
                        .arg(where(raw.lineNumbers.at(i)), raw.key, QString::number(raw.line)),
                    QCoreApplication::translate("Auth", "Indented lines after `%1 =` must each set one value.")
                        .arg(raw.key));
            }
            const QString subKey = subLine.left(equals).trimmed();
            entry.subValues.insert(subKey, subLine.mid(equals + 1).trimmed());
            entry.subLines.insert(subKey, raw.lineNumbers.at(i));
        }
        return entry;
    };

    QMap<QString, AwsConfigEntry> inherited;
    for (const RawOption &raw : std::as_const(defaults.options)) {
        Result<AwsConfigEntry> entry = toEntry(raw);
        if (!entry)
            return entry.error();
        inherited.insert(raw.key, std::move(entry).value());
    }
    for (const RawSection &raw : std::as_const(sections)) {
        AwsConfigSection section;
        section.header = raw.header;
        section.line = raw.line;
        for (const RawOption &rawOption : raw.options) {
            Result<AwsConfigEntry> entry = toEntry(rawOption);
            if (!entry)
                return entry.error();
            section.entries.insert(rawOption.key, std::move(entry).value());
        }
        for (auto it = inherited.cbegin(); it != inherited.cend(); ++it) {
            if (!section.entries.contains(it.key()))
                section.entries.insert(it.key(), it.value());
        }
        file.m_sections.append(section);
    }

    for (qsizetype i = 0; i < file.m_sections.size(); ++i) {
        const QString &header = file.m_sections.at(i).header;
        std::optional<QString> profileName;
        if (kind == Kind::Credentials || header == QStringLiteral("default")) {
            profileName = header;
        } else if (header.startsWith(QStringLiteral("profile"))) {
            // botocore tests startswith("profile") then takes the second shell word.
            profileName = sectionArgument(header);
        } else if (header.startsWith(QStringLiteral("services"))) {
            if (const std::optional<QString> name = sectionArgument(header))
                file.m_services.insert(*name, i);
        } else if (header.startsWith(QStringLiteral("sso-session"))) {
            if (const std::optional<QString> name = sectionArgument(header))
                file.m_ssoSessions.insert(*name, i);
        }
        if (profileName) {
            if (!file.m_profiles.contains(*profileName))
                file.m_profileOrder.append(*profileName);
            file.m_profiles.insert(*profileName, i);
        }
    }
    return file;
}

QStringList AwsConfigFile::profileNames() const
{
    return m_profileOrder;
}

const AwsConfigSection *AwsConfigFile::profile(const QString &name) const
{
    const auto it = m_profiles.constFind(name);
    return it == m_profiles.cend() ? nullptr : &m_sections.at(*it);
}

const AwsConfigSection *AwsConfigFile::servicesSection(const QString &name) const
{
    const auto it = m_services.constFind(name);
    return it == m_services.cend() ? nullptr : &m_sections.at(*it);
}

const AwsConfigSection *AwsConfigFile::ssoSessionSection(const QString &name) const
{
    const auto it = m_ssoSessions.constFind(name);
    return it == m_ssoSessions.cend() ? nullptr : &m_sections.at(*it);
}

QString AwsConfigFile::headerFor(const QString &profileName) const
{
    if (m_kind == Kind::Credentials || profileName == QStringLiteral("default"))
        return u'[' + profileName + u']';
    return QStringLiteral("[profile ") + profileName + u']';
}

QString AwsConfigFile::location(int line) const
{
    return m_path + u':' + QString::number(line);
}

std::optional<QStringList> splitCommandLine(const QString &commandLine)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum class Quote
    {
        None,
        Single,
        Double
    } quote = Quote::None;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            break;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < commandLine.size() &&
                       (commandLine.at(i + 1) == u'"' || commandLine.at(i + 1) == u'\\')) {
                word += commandLine.at(++i);
            } else if (c == u'\\' && i + 1 >= commandLine.size()) {
                return std::nullopt;
            } else {
                word += c;
            }
            break;
        case Quote::None:
            if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n') {
                if (inWord)
                    words.append(word);
                word.clear();
                inWord = false;
            } else if (c == u'\'') {
                quote = Quote::Single;
                inWord = true;
            } else if (c == u'"') {
                quote = Quote::Double;
                inWord = true;
            } else if (c == u'\\') {
                if (i + 1 >= commandLine.size())
                    return std::nullopt;
                word += commandLine.at(++i);
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        }
    }
    if (quote != Quote::None)
        return std::nullopt;
    if (inWord)
        words.append(word);
    return words;
}

} // namespace PartSweep
