#include "auth/rolecache.h"

#include "auth/authsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <map>

namespace PartSweep::Auth::RoleCache {

namespace {

constexpr qint64 MinimumLeftSeconds = 15 * 60;

// A string as Python's json.dumps writes it (ensure_ascii: every non-ASCII UTF-16 unit as \uXXXX).
QByteArray pythonJsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"')
            out += "\\\"";
        else if (u == u'\\')
            out += "\\\\";
        else if (u == u'\n')
            out += "\\n";
        else if (u == u'\r')
            out += "\\r";
        else if (u == u'\t')
            out += "\\t";
        else if (u == u'\b')
            out += "\\b";
        else if (u == u'\f')
            out += "\\f";
        else if (u < 0x20 || u > 0x7e)
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        else
            out += char(u);
    }
    return out + '"';
}

// "2026-01-01T12:00:00UTC" (botocore's cache), "...Z", "+00:00", with or without fractions.
QDateTime parseCachedTime(QString text)
{
    if (text.endsWith(QStringLiteral("UTC")))
        text = text.chopped(3) + u'Z';
    return parseTimestamp(text);
}

} // namespace

QString key(const AssumeRoleParams &params, bool sessionNameConfigured)
{
    std::map<QString, QByteArray> args; // sorted by name, as sort_keys=True
    args[QStringLiteral("RoleArn")] = pythonJsonString(params.roleArn);
    if (sessionNameConfigured)
        args[QStringLiteral("RoleSessionName")] = pythonJsonString(params.roleSessionName);
    if (!params.externalId.isEmpty())
        args[QStringLiteral("ExternalId")] = pythonJsonString(params.externalId);
    if (!params.mfaSerial.isEmpty())
        args[QStringLiteral("SerialNumber")] = pythonJsonString(params.mfaSerial);
    if (params.durationSeconds)
        args[QStringLiteral("DurationSeconds")] = QByteArray::number(*params.durationSeconds);
    QByteArray json = "{";
    for (const auto &[name, value] : args) {
        if (json.size() > 1)
            json += ", ";
        json += pythonJsonString(name) + ": " + value;
    }
    json += '}';
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex());
}

std::optional<AssumedRole> read(const QString &dir, const QString &key, const QDateTime &now)
{
    QFile file(QDir(dir).filePath(key + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.read(1 << 20)).object();
    const QJsonObject credentials = root.value(QStringLiteral("Credentials")).toObject();
    AssumedRole role;
    role.credentials.accessKeyId = credentials.value(QStringLiteral("AccessKeyId")).toString();
    role.credentials.secretAccessKey = credentials.value(QStringLiteral("SecretAccessKey")).toString();
    role.credentials.sessionToken = credentials.value(QStringLiteral("SessionToken")).toString();
    role.credentials.expiration = parseCachedTime(credentials.value(QStringLiteral("Expiration")).toString());
    role.assumedRoleArn =
        root.value(QStringLiteral("AssumedRoleUser")).toObject().value(QStringLiteral("Arn")).toString();
    if (role.credentials.isEmpty() || !role.credentials.expiration.isValid() ||
        now.secsTo(role.credentials.expiration) <= MinimumLeftSeconds)
        return std::nullopt;
    return role;
}

bool write(const QString &dir, const QString &key, const AssumedRole &role)
{
    if (!QDir().mkpath(dir))
        return false;
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString expiration =
        role.credentials.expiration.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("UTC");
    const QJsonObject root{
        {QStringLiteral("Credentials"),
         QJsonObject{{QStringLiteral("AccessKeyId"), role.credentials.accessKeyId},
                     {QStringLiteral("SecretAccessKey"), role.credentials.secretAccessKey},
                     {QStringLiteral("SessionToken"), role.credentials.sessionToken},
                     {QStringLiteral("Expiration"), expiration}}},
        {QStringLiteral("AssumedRoleUser"), QJsonObject{{QStringLiteral("Arn"), role.assumedRoleArn}}},
    };
    return writePrivateJson(QDir(dir).filePath(key + QStringLiteral(".json")), root);
}

} // namespace PartSweep::Auth::RoleCache
