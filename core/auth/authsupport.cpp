#include "auth/authsupport.h"

#include <QCoreApplication>
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
    QString message = error.message;
    if (message.endsWith(u'.'))
        message.chop(1);
    // "<the error> (<where it happened>)." as one template, so a translation can word it its own way.
    //: %1: an error message without its final period; %2: where it happened (a profile, a file and line).
    error.message = QCoreApplication::translate("Auth", "%1 (%2).").arg(message, context);
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
    return credentialsError(QCoreApplication::translate("Auth", "The credentials from %1 expired at %2.")
                                .arg(credentials.source, credentials.expiration.toString(Qt::ISODate)),
                            QCoreApplication::translate("Auth", "Get fresh temporary credentials and try again."));
}

} // namespace PartSweep::Auth
