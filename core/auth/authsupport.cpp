#include "auth/authsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace PartSweep::Auth {

S3Error makeError(S3Error::Kind kind, const QString &message, const QString &hint)
{
    S3Error error;
    error.kind = kind;
    error.message = message;
    error.hint = hint;
    return error;
}

S3Error credentialsError(const QString &message, const QString &hint)
{
    return makeError(S3Error::Kind::Credentials, message, hint);
}

S3Error configError(const QString &message, const QString &hint)
{
    return makeError(S3Error::Kind::Config, message, hint);
}

QString quoted(const QString &name)
{
    return u'\'' + name + u'\'';
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

S3Error withContext(S3Error error, const QString &context)
{
    if (error.message.endsWith(u'.'))
        error.message.chop(1);
    error.message += QStringLiteral(" (%1).").arg(context);
    return error;
}

bool writePrivateJson(const QString &path, const QJsonObject &json)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    // Private from the first byte: the temporary file is created with the process's umask.
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<S3Error> expiredError(const AwsCredentials &credentials)
{
    if (!credentials.expiration.isValid() || credentials.expiration > QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return credentialsError(QStringLiteral("The credentials from %1 expired at %2.")
                                .arg(credentials.source, credentials.expiration.toString(Qt::ISODate)),
                            QStringLiteral("Get fresh temporary credentials and try again."));
}

} // namespace PartSweep::Auth
