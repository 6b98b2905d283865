#pragma once

#include "auth/sts.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The AWS CLI's cache of assumed-role credentials, shared with it: ~/.aws/cli/cache/<key>.json,
// mode 0600, reused while more than 15 minutes remain. The file name is the SHA-1 hex of the
// AssumeRole arguments as Python's json.dumps(args, sort_keys=True) writes them (RoleArn, and
// RoleSessionName, ExternalId, SerialNumber, DurationSeconds only when the profile sets them),
// so the AWS CLI and PartSweep find each other's entries.
namespace PartSweep::Auth::RoleCache {

// The file name, without ".json".
QString key(const AssumeRoleParams &params, bool sessionNameConfigured);

// The credentials cached under key in dir, when they have more than 15 minutes left at now.
std::optional<AssumedRole> read(const QString &dir, const QString &key, const QDateTime &now);

// Writes the entry as the AWS CLI does (the AssumeRole answer as JSON, Expiration like
// "2026-01-01T12:00:00UTC"); the directory is created private. False when it cannot be written
// (then the credentials are simply not cached).
bool write(const QString &dir, const QString &key, const AssumedRole &role);

} // namespace PartSweep::Auth::RoleCache
