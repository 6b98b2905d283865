#pragma once

#include "s3/s3types.h"
#include "util/s3error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// Small helpers every credential source of auth/ shares: errors in the chain's words, names in
// quotes, timestamps as the AWS tools write them.
namespace PartSweep::Auth {

S3Error makeError(S3Error::Kind kind, const QString &message, const QString &hint = QString());
S3Error credentialsError(const QString &message, const QString &hint = QString());
S3Error configError(const QString &message, const QString &hint = QString());
// 'name'
QString quoted(const QString &name);
// The error with where it happened appended to its sentence: "... refused (profile 'x', ...)."
S3Error withContext(S3Error error, const QString &context);
// ISO 8601 with or without milliseconds, in UTC; invalid when it is not one.
QDateTime parseTimestamp(const QString &text);
// Writes a cache file of the AWS tools (tokens, credentials) whole or not at all, readable by
// its owner only from the first byte; creates the folder. False when it cannot.
bool writePrivateJson(const QString &path, const QJsonObject &json);
// An error naming the credentials' source when they have expired; nullopt otherwise.
std::optional<S3Error> expiredError(const AwsCredentials &credentials);

} // namespace PartSweep::Auth
