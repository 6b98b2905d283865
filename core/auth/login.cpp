#include "auth/login.h"

#include "auth/authsupport.h"
#include "auth/blockinghttp.h"
#include "s3/crypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace PartSweep::Auth::Login {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString signInAgain(const QString &profile)
{
    return QCoreApplication::translate("Auth", "Sign in again: `aws login --profile %1`.").arg(profile);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

} // namespace

QString cachePath(const Settings &settings)
{
    const QByteArray key = settings.session.trimmed().toUtf8();
    return QDir(settings.cacheDir)
        .filePath(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()) +
                  QStringLiteral(".json"));
}

QUrl defaultEndpoint(const QString &region)
{
    return QUrl(QStringLiteral("https://%1.signin.aws.amazon.com").arg(region));
}

Result<QByteArray> dpopProof(const QByteArray &pemKey, const QByteArray &method, const QUrl &url, const QDateTime &now,
                             const QString &jti)
{
    // The header needs the public point, known once the key has signed: sign a probe first.
    const Crypto::Es256Signature probe = Crypto::es256Sign(pemKey, QByteArrayLiteral("probe"));
    if (!probe.ok) {
        return credentialsError(QCoreApplication::translate("Auth", "The key of the `aws login` session (dpopKey) is "
                                                                    "not a P-256 private key PartSweep can sign with."),
                                QCoreApplication::translate("Auth", "Sign in again with `aws login`."));
    }
    const QJsonObject header{
        {QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
        {QStringLiteral("alg"), QStringLiteral("ES256")},
        {QStringLiteral("jwk"), QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                            {QStringLiteral("crv"), QStringLiteral("P-256")},
                                            {QStringLiteral("x"), QString::fromLatin1(base64Url(probe.x))},
                                            {QStringLiteral("y"), QString::fromLatin1(base64Url(probe.y))}}}};
    const QJsonObject claims{{QStringLiteral("jti"), jti},
                             {QStringLiteral("htm"), QString::fromLatin1(method)},
                             {QStringLiteral("htu"), url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment)},
                             {QStringLiteral("iat"), now.toSecsSinceEpoch()}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const Crypto::Es256Signature signature = Crypto::es256Sign(pemKey, signingInput);
    if (!signature.ok)
        return credentialsError(
            QCoreApplication::translate("Auth", "The `aws login` session's key could not sign the refresh."));
    return QByteArray(signingInput + '.' + base64Url(signature.signature));
}

Result<AwsCredentials> credentials(const Settings &settings, const QString &profile, const QDateTime &now,
                                   qint64 refreshWithinSeconds)
{
    const QString path = cachePath(settings);
    QFile file(path);
    QJsonObject cached;
    if (file.open(QIODevice::ReadOnly))
        cached = QJsonDocument::fromJson(file.read(1 << 20)).object();
    const QJsonObject token = cached.value(QStringLiteral("accessToken")).toObject();
    AwsCredentials current;
    current.accessKeyId = token.value(QStringLiteral("accessKeyId")).toString();
    current.secretAccessKey = token.value(QStringLiteral("secretAccessKey")).toString();
    current.sessionToken = token.value(QStringLiteral("sessionToken")).toString();
    current.expiration = parseTimestamp(token.value(QStringLiteral("expiresAt")).toString());
    current.source =
        QCoreApplication::translate("Auth", "the `aws login` session of profile %1 (%2)").arg(quoted(profile), path);
    if (current.isEmpty() || !current.expiration.isValid()) {
        return credentialsError(QCoreApplication::translate("Auth", "Profile %1 signs in with `aws login` (session "
                                                                    "%2), and there is no sign-in to use (no usable "
                                                                    "credentials in %3).")
                                    .arg(quoted(profile), settings.session, path),
                                signInAgain(profile));
    }
    const qint64 left = now.secsTo(current.expiration);
    if (left > refreshWithinSeconds)
        return current;

    // Refresh: the refresh grant, proved with the session's key.
    const QString refreshToken = cached.value(QStringLiteral("refreshToken")).toString();
    const QString clientId = cached.value(QStringLiteral("clientId")).toString();
    const QByteArray key = cached.value(QStringLiteral("dpopKey")).toString().toUtf8();
    // Why the refresh failed, when one was tried: a network error (refreshStatus 0) or the service's
    // error code.
    bool refreshTried = false;
    QString refreshProblem;
    int refreshStatus = 0;
    if (!refreshToken.isEmpty() && !clientId.isEmpty() && !key.isEmpty()) {
        const QUrl url = settings.endpoint.resolved(QUrl(QStringLiteral("/v1/token")));
        const Result<QByteArray> proof =
            dpopProof(key, QByteArrayLiteral("POST"), url, now, QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!proof)
            return proof.error();
        HttpRequest request = requestTo(QByteArrayLiteral("POST"), url);
        request.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")});
        request.headers.append({QByteArrayLiteral("dpop"), *proof});
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("clientId"), clientId},
                                                 {QStringLiteral("grantType"), QStringLiteral("refresh_token")},
                                                 {QStringLiteral("refreshToken"), refreshToken}})
                           .toJson(QJsonDocument::Compact);
        const HttpResult answer = sendAndWait(
            request, TransportSettings{.caBundle = {}, .verifyTls = true, .timeoutMs = 15000, .maxConnections = 1});
        QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        if (json.contains(QStringLiteral("tokenOutput")))
            json = json.value(QStringLiteral("tokenOutput")).toObject();
        const QJsonObject fresh = json.value(QStringLiteral("accessToken")).toObject();
        if (answer.httpStatus == 200 && !fresh.value(QStringLiteral("accessKeyId")).toString().isEmpty()) {
            AwsCredentials renewed = current;
            renewed.accessKeyId = fresh.value(QStringLiteral("accessKeyId")).toString();
            renewed.secretAccessKey = fresh.value(QStringLiteral("secretAccessKey")).toString();
            renewed.sessionToken = fresh.value(QStringLiteral("sessionToken")).toString();
            renewed.expiration = now.addSecs(json.value(QStringLiteral("expiresIn")).toInteger(900));
            // Written back with every other field kept, for the AWS CLI too.
            QJsonObject accessToken = token;
            accessToken.insert(QStringLiteral("accessKeyId"), renewed.accessKeyId);
            accessToken.insert(QStringLiteral("secretAccessKey"), renewed.secretAccessKey);
            accessToken.insert(QStringLiteral("sessionToken"), renewed.sessionToken);
            accessToken.insert(QStringLiteral("expiresAt"), utcText(renewed.expiration));
            cached.insert(QStringLiteral("accessToken"), accessToken);
            if (const QString next = json.value(QStringLiteral("refreshToken")).toString(); !next.isEmpty())
                cached.insert(QStringLiteral("refreshToken"), next);
            writePrivateJson(path, cached); // a failure to write only costs another refresh later
            return renewed;
        }
        const QString code = json.value(QStringLiteral("error")).toString();
        refreshTried = true;
        refreshStatus = answer.httpStatus;
        refreshProblem = answer.httpStatus == 0 ? answer.errorString
                         : code.isEmpty()       ? QCoreApplication::translate("Auth", "no credentials in the answer")
                                                : code;
    }
    if (left > 0)
        return current; // still good for a little while: the next renewal tries again
    const QString expiredAt = utcText(current.expiration);
    QString message;
    if (!refreshTried) {
        message = QCoreApplication::translate("Auth", "The `aws login` session of profile %1 expired at %2 UTC.")
                      .arg(quoted(profile), expiredAt);
    } else if (refreshStatus == 0) {
        message = QCoreApplication::translate("Auth", "The `aws login` session of profile %1 expired at %2 UTC; "
                                                      "refreshing it failed: %3.")
                      .arg(quoted(profile), expiredAt, refreshProblem);
    } else {
        message = QCoreApplication::translate("Auth", "The `aws login` session of profile %1 expired at %2 UTC; "
                                                      "refreshing it failed: %3 (HTTP %4).")
                      .arg(quoted(profile), expiredAt, refreshProblem, QString::number(refreshStatus));
    }
    return credentialsError(message, signInAgain(profile));
}

} // namespace PartSweep::Auth::Login
