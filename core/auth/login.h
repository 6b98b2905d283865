#pragma once

#include "s3/s3types.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

// Profiles signed in with `aws login` (AWS CLI 2.32+: login_session = <the console identity's
// ARN>): the AWS CLI caches the session's temporary credentials in
// ~/.aws/login/cache/<SHA-256 hex of the session>.json (AWS_LOGIN_CACHE_DIRECTORY moves it) with a
// refresh token and a P-256 key; near their expiry they are refreshed at the sign-in service
// (POST /v1/token, the refresh grant, proved with a DPoP header signed ES256 by that key) and
// written back for the AWS CLI too. BLOCKING calls: worker threads or the CLI.
namespace PartSweep::Auth::Login {

struct Settings
{
    QString session; // login_session
    QString region;  // where the sign-in service is asked
    QUrl endpoint;   // https://<region>.signin.aws.amazon.com, or AWS_ENDPOINT_URL_SIGNIN ...
    QString cacheDir;
};

QString cachePath(const Settings &settings);
QUrl defaultEndpoint(const QString &region);

// The DPoP proof of a request (RFC 9449): a JWT typed dpop+jwt, ES256 with the key's public
// point in its header, claims jti, htm, htu, iat. An error when the key cannot sign.
Result<QByteArray> dpopProof(const QByteArray &pemKey, const QByteArray &method, const QUrl &url, const QDateTime &now,
                             const QString &jti);

// The session's credentials: the cached ones while more than `refreshWithinSeconds` remain, else
// refreshed (and written back). An error says to run `aws login --profile NAME` when the session
// is missing or over.
Result<AwsCredentials> credentials(const Settings &settings, const QString &profile, const QDateTime &now,
                                   qint64 refreshWithinSeconds = 5 * 60);

} // namespace PartSweep::Auth::Login
