#pragma once

#include "s3/s3types.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

// AWS STS, the two calls the credential providers make: AssumeRole (SigV4, service "sts") and
// AssumeRoleWithWebIdentity (unsigned). Query protocol: POST / with a form body, an XML answer.
// Ceph RGW answers both on its S3 endpoint.
namespace PartSweep::Auth {

// Where STS requests go: the endpoint and the region they are signed for.
struct StsEndpoint
{
    QUrl url;       // https://sts.<region>.amazonaws.com, or an override (AWS_ENDPOINT_URL_STS ...)
    QString region; // the signing region
    QString caBundle;
    bool verifyTls = true;
    int timeoutMs = 30000;
};

// The regional endpoint (the AWS CLI's default, sts_regional_endpoints = regional), or with
// legacy the global one signed for us-east-1.
StsEndpoint defaultStsEndpoint(const QString &region, bool legacyGlobal = false);

struct AssumeRoleParams
{
    QString roleArn;
    QString roleSessionName;
    QString externalId;                 // empty: not sent
    QString mfaSerial;                  // SerialNumber; empty: not sent
    QString mfaCode;                    // TokenCode, with mfaSerial
    std::optional<int> durationSeconds; // 900..43200; not sent when unset
    QString webIdentityToken;           // AssumeRoleWithWebIdentity only
};

struct AssumedRole
{
    AwsCredentials credentials; // with a session token and an expiration
    QString assumedRoleArn;     // AssumedRoleUser/Arn, for people ("the identity in use")
};

// The form body of the call (Action, Version and the parameters, form-encoded).
QByteArray assumeRoleBody(const AssumeRoleParams &params, bool webIdentity);

// The answer of either call: the credentials, or the STS error (its code and message) in words
// that name the role. Pure; never quotes a secret, a token or the body's credentials.
Result<AssumedRole> parseAssumeRoleAnswer(int httpStatus, const QByteArray &body, const QString &roleArn,
                                          const QString &requestId = {});

// The calls themselves. BLOCKING (a local event loop, up to endpoint.timeoutMs): call them from
// the command-line tool or a worker thread, never the GUI thread. `now` signs the request.
Result<AssumedRole> assumeRole(const StsEndpoint &endpoint, const AwsCredentials &source,
                               const AssumeRoleParams &params, const QDateTime &now);
Result<AssumedRole> assumeRoleWithWebIdentity(const StsEndpoint &endpoint, const AssumeRoleParams &params);

// Who a set of credentials belongs to (STS GetCallerIdentity): what the window shows as "the
// identity in use", and the account a connection's buckets belong to.
struct CallerIdentity
{
    QString account; // 123456789012
    QString arn;     // arn:aws:iam::123456789012:user/alice, arn:aws:sts::...:assumed-role/Admin/session
    QString userId;
};
// The answer of GetCallerIdentity: the identity, or an error (servers other than AWS often do not
// implement the call; the hint says the connection works without it). Pure.
Result<CallerIdentity> parseCallerIdentityAnswer(int httpStatus, const QByteArray &body, const QString &requestId = {});
// BLOCKING, like assumeRole.
Result<CallerIdentity> getCallerIdentity(const StsEndpoint &endpoint, const AwsCredentials &credentials,
                                         const QDateTime &now);

} // namespace PartSweep::Auth
