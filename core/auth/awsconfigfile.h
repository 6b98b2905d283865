#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace PartSweep {

// One `key = value` line of a section. A key whose value is an indented block
//
//     s3 =
//       addressing_style = path
//
// is a sub-section: isSubSection is set, value is empty and subValues holds the pairs.
struct AwsConfigEntry
{
    QString value; // stripped; continuation lines of a plain value are joined with '\n'
    bool isSubSection = false;
    QMap<QString, QString> subValues; // sub-keys keep their case, as botocore keeps it
    QMap<QString, int> subLines;      // 1-based line of each sub-key
    int line = 0;                     // 1-based line of the key
};

struct AwsConfigSection
{
    QString header;                        // as written between the brackets, e.g. "profile prod" (not trimmed)
    int line = 0;                          // 1-based line of the header
    QMap<QString, AwsConfigEntry> entries; // keys lower-cased

    bool contains(const QString &key) const { return entries.contains(key); }
    // The plain value of key; empty when absent or a sub-section.
    QString value(const QString &key) const;
    // subKey inside the sub-section key (e.g. "s3", "addressing_style"); empty when absent.
    QString subValue(const QString &key, const QString &subKey) const;
    int lineOf(const QString &key) const;
    int lineOf(const QString &key, const QString &subKey) const;
};

// ~/.aws/credentials or ~/.aws/config, read as botocore reads them (Python's RawConfigParser,
// then botocore's configloader):
//  - `[section]` headers; the name is everything between '[' and the last ']' on the line, not
//    trimmed (so "[ default ]" is not the default profile, as in the AWS CLI).
//  - `key = value` or `key: value`, split at the first '=' or ':'; keys are lower-cased, keys and
//    values stripped of surrounding white space. No inline comments: `region = x # y` has the value
//    "x # y", as in the AWS CLI.
//  - Whole-line comments start with '#' or ';' (after optional indentation).
//  - A line indented deeper than its key continues that key's value. A value that starts on the
//    next line is a sub-section of `key = value` lines split at the first '=' (sub-keys keep their
//    case); a malformed sub-section line is an error, as in botocore.
//  - `[DEFAULT]` holds values inherited by every other section (a configparser feature the AWS CLI
//    inherits).
//  - A section header or a key twice in one file is an error (configparser's strict mode).
//  - Config file: `[default]` and `[profile NAME]` (NAME may be quoted) are profiles,
//    `[services NAME]` and `[sso-session NAME]` are other sections, anything else is ignored.
//    Credentials file: every section is a profile named exactly as its header.
// A UTF-8 byte order mark is skipped (the AWS CLI would refuse the file).
//
// Errors are S3Error::Kind::Config and name FILE:LINE; they never quote the text of a line, which
// may hold a secret key.
//
// A plain value type: reentrant, no thread affinity.
class AwsConfigFile
{
public:
    enum class Kind
    {
        Credentials,
        Config
    };

    AwsConfigFile() = default;

    // Reads and parses path. A missing file (or a directory) is not an error: the result is an
    // empty file whose exists() is false, as the AWS CLI treats it. A file that exists but cannot
    // be read is also empty, with readProblem() saying why (the AWS CLI silently skips it).
    static Result<AwsConfigFile> load(const QString &path, Kind kind);
    // Parses content as if read from path (used by load() and tests).
    static Result<AwsConfigFile> parse(const QByteArray &content, const QString &path, Kind kind);

    QString path() const { return m_path; }
    Kind kind() const { return m_kind; }
    bool exists() const { return m_exists; }
    QString readProblem() const { return m_readProblem; }

    // Profile names in the order their sections appear.
    QStringList profileNames() const;
    // The profile's section, or nullptr. In the config file, when both [default] and
    // [profile default] are present the later one wins (botocore's dict update).
    const AwsConfigSection *profile(const QString &name) const;
    // [services NAME] of a config file, or nullptr.
    const AwsConfigSection *servicesSection(const QString &name) const;
    // [sso-session NAME] of a config file, or nullptr.
    const AwsConfigSection *ssoSessionSection(const QString &name) const;
    // How the profile's header is spelled in a file of this kind: "[profile prod]" or "[prod]".
    QString headerFor(const QString &profileName) const;
    // "PATH:LINE", for messages.
    QString location(int line) const;

private:
    QString m_path;
    Kind m_kind = Kind::Config;
    bool m_exists = false;
    QString m_readProblem;
    QList<AwsConfigSection> m_sections; // in file order, [DEFAULT] excluded and already merged in
    QStringList m_profileOrder;
    QHash<QString, qsizetype> m_profiles;    // profile name -> index into m_sections
    QHash<QString, qsizetype> m_services;    // services name -> index into m_sections
    QHash<QString, qsizetype> m_ssoSessions; // sso-session name -> index into m_sections
};

// Splits a command line as Python's shlex.split does in POSIX mode (what botocore uses for
// credential_process on Linux and for quoted section names): white space separates words,
// single quotes keep everything literally, double quotes keep everything but a backslash before
// '"' or '\', a backslash outside quotes escapes the next character. No shell: no variables,
// globs, pipes or redirections. std::nullopt when a quote is not closed or the line ends in a
// lone backslash.
std::optional<QStringList> splitCommandLine(const QString &commandLine);

} // namespace PartSweep
