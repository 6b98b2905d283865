#pragma once

#include "s3/s3types.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>

// IAM Identity Center (SSO), as the AWS CLI v2 uses it: the token `aws sso login` caches in
// ~/.aws/sso/cache/<sha1>.json (shared: PartSweep reads it, refreshes it, writes it back in the
// same format), refreshed through the OIDC CreateToken refresh grant (sso-session profiles), and
// role credentials from the portal's GetRoleCredentials. BLOCKING calls: worker threads or the CLI.
namespace PartSweep::Auth::Sso {

// What a profile says about its sign-in.
struct Settings
{
    QString sessionName; // [sso-session NAME]; empty for a legacy profile
    QString startUrl;
    QString region; // sso_region: where the portal and OIDC endpoints are
    QString accountId;
    QString roleName;
    QUrl portalEndpoint; // https://portal.sso.<region>.amazonaws.com, or AWS_ENDPOINT_URL_SSO ...
    QUrl oidcEndpoint;   // https://oidc.<region>.amazonaws.com, or AWS_ENDPOINT_URL_SSO_OIDC ...
};

// The cached token, with every field the AWS CLI writes.
struct Token
{
    QString startUrl;
    QString region;
    QString accessToken;
    QDateTime expiresAt;
    QString clientId;
    QString clientSecret;
    QDateTime registrationExpiresAt;
    QString refreshToken;
};

// ~/.aws/sso/cache/<SHA-1 hex of the session name, or of the start URL for legacy profiles>.json
QString tokenPath(const QString &cacheDir, const Settings &settings);
std::optional<Token> readToken(const QString &path);
// Written as the AWS CLI writes it (camelCase fields, times as "YYYY-MM-DDTHH:MM:SSZ"), mode 0600.
bool writeToken(const QString &path, const Token &token);

// A token good for at least `minimumSeconds` more: the cached one, or (sso-session profiles with a
// refresh token and a registration still valid) a refreshed one, written back to the cache. An
// error that says to sign in again otherwise.
Result<Token> usableToken(const Settings &settings, const QString &cacheDir, const QString &profile,
                          const QDateTime &now, qint64 minimumSeconds = 15 * 60);

// The role's credentials from the portal (GetRoleCredentials), with the token.
Result<AwsCredentials> roleCredentials(const Settings &settings, const Token &token, const QString &profile);

// The words that tell a user how to sign in.
QString signInHint(const QString &profile);

// Signing in (the device authorization of `aws sso login --use-device-code`): register a client,
// ask for a device code, show the user the page and the code, poll until they approve, then cache
// the token exactly as the AWS CLI does, so both tools share the sign-in.
struct DeviceSignIn
{
    QString userCode;                // what the user checks on the page
    QString verificationUri;         // the page
    QString verificationUriComplete; // the page with the code filled in (open this one)
    int intervalSeconds = 5;         // how often to poll
    QDateTime expiresAt;             // when the code stops working
    QString deviceCode;
    QString clientId;
    QString clientSecret;
    QDateTime registrationExpiresAt;
};
Result<DeviceSignIn> startSignIn(const Settings &settings, const QString &profile, const QDateTime &now);
// Polls until the user approved (the token is then cached and returned), refused, the code
// expired, or `cancelled` says so. BLOCKING for up to the code's lifetime.
Result<Token> finishSignIn(const Settings &settings, const DeviceSignIn &signIn, const QString &cacheDir,
                           const QString &profile, const std::function<bool()> &cancelled);

} // namespace PartSweep::Auth::Sso
