#include "auth/sso.h"

#include "auth/authsupport.h"
#include "auth/blockinghttp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>
#include <QUrlQuery>

namespace PartSweep::Auth::Sso {

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

TransportSettings quick()
{
    return TransportSettings{.caBundle = {}, .verifyTls = true, .timeoutMs = 15000, .maxConnections = 1};
}

} // namespace

QString signInHint(const QString &profile)
{
    //: %2: where PartSweep's window offers the sign-in.
    return QCoreApplication::translate("Auth", "Sign in again: `aws sso login --profile %1` or %2 (both tools share "
                                               "the sign-in).")
        .arg(profile, S3Error::settingPhrase(S3Error::Setting::SsoSignIn));
}

namespace {

// A sign-in is what is missing: the window offers its own (S3Error::Setting::SsoSignIn).
S3Error signInNeeded(const QString &message, const QString &profile)
{
    S3Error error = credentialsError(message, signInHint(profile));
    error.settings << S3Error::Setting::SsoSignIn;
    return error;
}

} // namespace

QString tokenPath(const QString &cacheDir, const Settings &settings)
{
    const QString key = settings.sessionName.isEmpty() ? settings.startUrl : settings.sessionName;
    return QDir(cacheDir).filePath(
        QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) +
        QStringLiteral(".json"));
}

std::optional<Token> readToken(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(1 << 20)).object();
    Token token;
    token.startUrl = json.value(QStringLiteral("startUrl")).toString();
    token.region = json.value(QStringLiteral("region")).toString();
    token.accessToken = json.value(QStringLiteral("accessToken")).toString();
    token.expiresAt = parseTimestamp(json.value(QStringLiteral("expiresAt")).toString());
    token.clientId = json.value(QStringLiteral("clientId")).toString();
    token.clientSecret = json.value(QStringLiteral("clientSecret")).toString();
    token.registrationExpiresAt = parseTimestamp(json.value(QStringLiteral("registrationExpiresAt")).toString());
    token.refreshToken = json.value(QStringLiteral("refreshToken")).toString();
    if (token.accessToken.isEmpty() || !token.expiresAt.isValid())
        return std::nullopt;
    return token;
}

bool writeToken(const QString &path, const Token &token)
{
    QJsonObject json{{QStringLiteral("startUrl"), token.startUrl},
                     {QStringLiteral("region"), token.region},
                     {QStringLiteral("accessToken"), token.accessToken},
                     {QStringLiteral("expiresAt"), utcText(token.expiresAt)}};
    if (!token.clientId.isEmpty()) {
        json.insert(QStringLiteral("clientId"), token.clientId);
        json.insert(QStringLiteral("clientSecret"), token.clientSecret);
        json.insert(QStringLiteral("registrationExpiresAt"), utcText(token.registrationExpiresAt));
    }
    if (!token.refreshToken.isEmpty())
        json.insert(QStringLiteral("refreshToken"), token.refreshToken);
    return writePrivateJson(path, json);
}

Result<Token> usableToken(const Settings &settings, const QString &cacheDir, const QString &profile,
                          const QDateTime &now, qint64 minimumSeconds)
{
    const QString path = tokenPath(cacheDir, settings);
    const std::optional<Token> cached = readToken(path);
    const QString session = settings.sessionName.isEmpty()
                                ? QCoreApplication::translate("Auth", "start URL %1").arg(settings.startUrl)
                                : QCoreApplication::translate("Auth", "session %1").arg(quoted(settings.sessionName));
    if (!cached) {
        return signInNeeded(QCoreApplication::translate("Auth", "Profile %1 signs in with IAM Identity Center (%2), "
                                                                "and there is no sign-in to use (no token in %3).")
                                .arg(quoted(profile), session, path),
                            profile);
    }
    const qint64 left = now.secsTo(cached->expiresAt);
    if (left >= minimumSeconds)
        return *cached;

    // Refreshable: an sso-session profile with a refresh token and a client registration still valid.
    const bool refreshable = !settings.sessionName.isEmpty() && !cached->refreshToken.isEmpty() &&
                             !cached->clientId.isEmpty() && cached->registrationExpiresAt > now;
    // Why the refresh failed, when one was tried: a network error (refreshStatus 0) or the
    // service's error code.
    bool refreshTried = false;
    QString refreshProblem;
    int refreshStatus = 0;
    if (refreshable) {
        HttpRequest request =
            requestTo(QByteArrayLiteral("POST"), settings.oidcEndpoint.resolved(QUrl(QStringLiteral("/token"))));
        request.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")});
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("grantType"), QStringLiteral("refresh_token")},
                                                 {QStringLiteral("clientId"), cached->clientId},
                                                 {QStringLiteral("clientSecret"), cached->clientSecret},
                                                 {QStringLiteral("refreshToken"), cached->refreshToken}})
                           .toJson(QJsonDocument::Compact);
        const HttpResult answer = sendAndWait(request, quick());
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        if (answer.httpStatus == 200 && !json.value(QStringLiteral("accessToken")).toString().isEmpty()) {
            Token fresh = *cached;
            fresh.accessToken = json.value(QStringLiteral("accessToken")).toString();
            fresh.expiresAt = now.addSecs(json.value(QStringLiteral("expiresIn")).toInteger(3600));
            if (const QString next = json.value(QStringLiteral("refreshToken")).toString(); !next.isEmpty())
                fresh.refreshToken = next;
            writeToken(path, fresh); // shared with the AWS CLI; a failure to write only costs a refresh later
            return fresh;
        }
        refreshTried = true;
        refreshStatus = answer.httpStatus;
        refreshProblem =
            answer.httpStatus
                ? json.value(QStringLiteral("error")).toString(QCoreApplication::translate("Auth", "no token"))
                : answer.errorString;
    }
    if (left > 0)
        return *cached; // still good for a little while: the next renewal tries again
    const QString expiredAt = utcText(cached->expiresAt);
    QString message;
    if (!refreshTried) {
        message = QCoreApplication::translate("Auth", "The IAM Identity Center sign-in of profile %1 (%2) expired at "
                                                      "%3 UTC.")
                      .arg(quoted(profile), session, expiredAt);
    } else if (refreshStatus == 0) {
        message = QCoreApplication::translate("Auth", "The IAM Identity Center sign-in of profile %1 (%2) expired at "
                                                      "%3 UTC; refreshing it failed: %4.")
                      .arg(quoted(profile), session, expiredAt, refreshProblem);
    } else {
        message = QCoreApplication::translate("Auth", "The IAM Identity Center sign-in of profile %1 (%2) expired at "
                                                      "%3 UTC; refreshing it failed: %4 (HTTP %5).")
                      .arg(quoted(profile), session, expiredAt, refreshProblem, QString::number(refreshStatus));
    }
    return signInNeeded(message, profile);
}

Result<AwsCredentials> roleCredentials(const Settings &settings, const Token &token, const QString &profile)
{
    QUrl url = settings.portalEndpoint.resolved(QUrl(QStringLiteral("/federation/credentials")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("role_name"), QString::fromLatin1(QUrl::toPercentEncoding(settings.roleName)));
    query.addQueryItem(QStringLiteral("account_id"), QString::fromLatin1(QUrl::toPercentEncoding(settings.accountId)));
    url.setQuery(query);
    HttpRequest request = requestTo(QByteArrayLiteral("GET"), url);
    request.headers.append({QByteArrayLiteral("x-amz-sso_bearer_token"), token.accessToken.toUtf8()});
    const HttpResult answer = sendAndWait(request, quick());
    const QString role =
        QCoreApplication::translate("Auth", "role %1 of account %2").arg(quoted(settings.roleName), settings.accountId);
    if (answer.notSent)
        return *answer.notSent;
    if (answer.httpStatus == 0) {
        return credentialsError(QCoreApplication::translate(
                                    "Auth", "The IAM Identity Center portal %1 could not be reached (profile %2): %3.")
                                    .arg(url.host(), quoted(profile), answer.errorString),
                                QCoreApplication::translate("Auth", "Check the network, or sso_region."));
    }
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    if (answer.httpStatus == 401 || answer.httpStatus == 403) {
        const QString message = json.value(QStringLiteral("message")).toString();
        const QString status = QString::number(answer.httpStatus);
        const QString what =
            message.isEmpty()
                ? QCoreApplication::translate("Auth", "IAM Identity Center refused the sign-in of profile %1 for %2 "
                                                      "(HTTP %3).")
                      .arg(quoted(profile), role, status)
                : QCoreApplication::translate("Auth", "IAM Identity Center refused the sign-in of profile %1 for %2 "
                                                      "(HTTP %3: %4).")
                      .arg(quoted(profile), role, status, message);
        if (answer.httpStatus == 401)
            return signInNeeded(what, profile);
        return credentialsError(what, QCoreApplication::translate("Auth", "Check sso_account_id and sso_role_name: the "
                                                                          "user may not be assigned that role."));
    }
    if (answer.httpStatus != 200) {
        return credentialsError(
            QCoreApplication::translate("Auth", "IAM Identity Center answered HTTP %1 for %2 (profile %3).")
                .arg(QString::number(answer.httpStatus), role, quoted(profile)),
            QCoreApplication::translate("Auth", "Try again later, or check the profile's sso_* settings."));
    }
    const QJsonObject credentials = json.value(QStringLiteral("roleCredentials")).toObject();
    AwsCredentials out;
    out.accessKeyId = credentials.value(QStringLiteral("accessKeyId")).toString();
    out.secretAccessKey = credentials.value(QStringLiteral("secretAccessKey")).toString();
    out.sessionToken = credentials.value(QStringLiteral("sessionToken")).toString();
    out.expiration =
        QDateTime::fromMSecsSinceEpoch(credentials.value(QStringLiteral("expiration")).toInteger(), Qt::UTC);
    out.source = QCoreApplication::translate("Auth", "IAM Identity Center, %1 (profile %2)").arg(role, quoted(profile));
    if (out.isEmpty() || credentials.value(QStringLiteral("expiration")).toInteger() <= 0) {
        return credentialsError(
            QCoreApplication::translate("Auth", "IAM Identity Center answered without complete credentials for %1.")
                .arg(role),
            QCoreApplication::translate("Auth", "Check the portal endpoint."));
    }
    return out;
}

namespace {

// One JSON exchange with the OIDC service: the answer's object and status.
std::pair<int, QJsonObject> oidcCall(const Settings &settings, const QString &path, const QJsonObject &body,
                                     QString *transportError)
{
    HttpRequest request = requestTo(QByteArrayLiteral("POST"), settings.oidcEndpoint.resolved(QUrl(path)));
    request.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const HttpResult answer = sendAndWait(request, quick());
    if (answer.httpStatus == 0 && transportError)
        *transportError = answer.notSent ? answer.notSent->message : answer.errorString;
    return {answer.httpStatus, QJsonDocument::fromJson(answer.body).object()};
}

// "authorization_pending", "slow_down", ... from the body, or AWS's exception name.
QString oidcError(const QJsonObject &json)
{
    QString error = json.value(QStringLiteral("error")).toString();
    if (error.isEmpty())
        error = json.value(QStringLiteral("__type")).toString();
    return error;
}

} // namespace

Result<DeviceSignIn> startSignIn(const Settings &settings, const QString &profile, const QDateTime &now)
{
    QString transportError;
    QJsonObject registration{{QStringLiteral("clientName"), QStringLiteral("partsweep-%1").arg(now.toSecsSinceEpoch())},
                             {QStringLiteral("clientType"), QStringLiteral("public")}};
    if (!settings.sessionName.isEmpty()) {
        registration.insert(QStringLiteral("scopes"), QJsonArray{QStringLiteral("sso:account:access")});
        registration.insert(QStringLiteral("grantTypes"),
                            QJsonArray{QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"),
                                       QStringLiteral("refresh_token")});
    }
    const auto [registered, client] =
        oidcCall(settings, QStringLiteral("/client/register"), registration, &transportError);
    // registering: failed at the client registration, else at the device authorization.
    const auto failed = [&](int status, const QJsonObject &json, bool registering) {
        const QString why = status ? QStringLiteral("HTTP %1 %2").arg(status).arg(oidcError(json)) : transportError;
        return credentialsError(
            registering ? QCoreApplication::translate("Auth", "Signing in to IAM Identity Center for profile %1 failed "
                                                              "at the client registration: %2.")
                              .arg(quoted(profile), why)
                        : QCoreApplication::translate("Auth", "Signing in to IAM Identity Center for profile %1 failed "
                                                              "at the device authorization: %2.")
                              .arg(quoted(profile), why),
            QCoreApplication::translate("Auth", "Check sso_start_url and sso_region, and the network."));
    };
    if (registered != 200 || client.value(QStringLiteral("clientId")).toString().isEmpty())
        return failed(registered, client, true);
    DeviceSignIn signIn;
    signIn.clientId = client.value(QStringLiteral("clientId")).toString();
    signIn.clientSecret = client.value(QStringLiteral("clientSecret")).toString();
    signIn.registrationExpiresAt =
        QDateTime::fromSecsSinceEpoch(client.value(QStringLiteral("clientSecretExpiresAt")).toInteger(), Qt::UTC);

    const auto [authorized, device] = oidcCall(settings, QStringLiteral("/device_authorization"),
                                               QJsonObject{{QStringLiteral("clientId"), signIn.clientId},
                                                           {QStringLiteral("clientSecret"), signIn.clientSecret},
                                                           {QStringLiteral("startUrl"), settings.startUrl}},
                                               &transportError);
    if (authorized != 200 || device.value(QStringLiteral("deviceCode")).toString().isEmpty())
        return failed(authorized, device, false);
    signIn.deviceCode = device.value(QStringLiteral("deviceCode")).toString();
    signIn.userCode = device.value(QStringLiteral("userCode")).toString();
    signIn.verificationUri = device.value(QStringLiteral("verificationUri")).toString();
    signIn.verificationUriComplete = device.value(QStringLiteral("verificationUriComplete")).toString();
    signIn.intervalSeconds = std::max(1, int(device.value(QStringLiteral("interval")).toInteger(5)));
    signIn.expiresAt = now.addSecs(device.value(QStringLiteral("expiresIn")).toInteger(600));
    return signIn;
}

Result<Token> finishSignIn(const Settings &settings, const DeviceSignIn &signIn, const QString &cacheDir,
                           const QString &profile, const std::function<bool()> &cancelled)
{
    int interval = signIn.intervalSeconds;
    while (QDateTime::currentDateTimeUtc() < signIn.expiresAt) {
        for (int waited = 0; waited < interval * 10; ++waited) {
            if (cancelled && cancelled())
                return credentialsError(QCoreApplication::translate("Auth", "Signing in for profile %1 was cancelled.")
                                            .arg(quoted(profile)));
            QThread::msleep(100);
        }
        QString transportError;
        const auto [status, json] = oidcCall(
            settings, QStringLiteral("/token"),
            QJsonObject{{QStringLiteral("grantType"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                        {QStringLiteral("deviceCode"), signIn.deviceCode},
                        {QStringLiteral("clientId"), signIn.clientId},
                        {QStringLiteral("clientSecret"), signIn.clientSecret}},
            &transportError);
        if (status == 200 && !json.value(QStringLiteral("accessToken")).toString().isEmpty()) {
            Token token;
            token.startUrl = settings.startUrl;
            token.region = settings.region;
            token.accessToken = json.value(QStringLiteral("accessToken")).toString();
            token.expiresAt =
                QDateTime::currentDateTimeUtc().addSecs(json.value(QStringLiteral("expiresIn")).toInteger(3600));
            if (!settings.sessionName.isEmpty()) {
                // What a later refresh needs (sso-session profiles only, as the AWS CLI keeps it).
                token.clientId = signIn.clientId;
                token.clientSecret = signIn.clientSecret;
                token.registrationExpiresAt = signIn.registrationExpiresAt;
                token.refreshToken = json.value(QStringLiteral("refreshToken")).toString();
            }
            if (!writeToken(tokenPath(cacheDir, settings), token)) {
                return credentialsError(
                    QCoreApplication::translate("Auth", "Signed in, but the token could not be saved in %1.")
                        .arg(cacheDir),
                    QCoreApplication::translate("Auth", "Check the folder can be written."));
            }
            return token;
        }
        const QString error = oidcError(json);
        if (status == 0 || error.contains(QStringLiteral("authorization_pending"), Qt::CaseInsensitive) ||
            error.contains(QStringLiteral("AuthorizationPending"))) {
            continue; // not yet approved (or a passing network problem): ask again
        }
        if (error.contains(QStringLiteral("slow_down"), Qt::CaseInsensitive) ||
            error.contains(QStringLiteral("SlowDown"))) {
            interval += 5;
            continue;
        }
        return credentialsError(
            QCoreApplication::translate("Auth", "IAM Identity Center did not sign in profile %1: %2 (HTTP %3).")
                .arg(quoted(profile), error.isEmpty() ? QCoreApplication::translate("Auth", "no token") : error,
                     QString::number(status)),
            QCoreApplication::translate("Auth", "Approve the request on the page shown, or start again."));
    }
    return credentialsError(
        QCoreApplication::translate("Auth", "The sign-in code for profile %1 expired before it was approved.")
            .arg(quoted(profile)),
        QCoreApplication::translate("Auth", "Start again and approve the request on the page shown."));
}

} // namespace PartSweep::Auth::Sso
