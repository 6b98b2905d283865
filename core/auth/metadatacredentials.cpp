#include "auth/metadatacredentials.h"

#include "auth/authsupport.h"
#include "auth/blockinghttp.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace PartSweep::Auth {

namespace {

// The JSON both services answer: AccessKeyId, SecretAccessKey, Token, Expiration.
Result<AwsCredentials> readCredentialsJson(const QByteArray &body, const QString &what)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    AwsCredentials credentials;
    credentials.accessKeyId = json.value(QStringLiteral("AccessKeyId")).toString();
    credentials.secretAccessKey = json.value(QStringLiteral("SecretAccessKey")).toString();
    credentials.sessionToken = json.value(QStringLiteral("Token")).toString();
    const QString expiration = json.value(QStringLiteral("Expiration")).toString();
    if (!expiration.isEmpty())
        credentials.expiration = parseTimestamp(expiration);
    credentials.source = what;
    if (credentials.isEmpty() || (!expiration.isEmpty() && !credentials.expiration.isValid())) {
        //: %1: the credentials service, e.g. "container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)".
        return credentialsError(QCoreApplication::translate("Auth", "%1 answered, but not with credentials "
                                                                    "(AccessKeyId, SecretAccessKey, Token, "
                                                                    "Expiration).")
                                    .arg(what),
                                QCoreApplication::translate("Auth", "Check the endpoint is the credentials service."));
    }
    if (const auto expired = expiredError(credentials))
        return *expired;
    return credentials;
}

// Hosts a plain-http full URI may name (the SDKs' rule: the credentials must not cross a network).
bool allowedHttpHost(const QString &host)
{
    const QHostAddress address(host);
    if (address.isLoopback())
        return true;
    return address == QHostAddress(QStringLiteral("169.254.170.2")) ||
           address == QHostAddress(QStringLiteral("169.254.170.23")) ||
           address == QHostAddress(QStringLiteral("fd00:ec2::23"));
}

} // namespace

std::optional<Result<AwsCredentials>> containerCredentials(const QProcessEnvironment &env)
{
    const QString relative = env.value(QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"));
    const QString full = env.value(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"));
    if (relative.isEmpty() && full.isEmpty())
        return std::nullopt;
    QUrl url;
    QString variable;
    if (!relative.isEmpty()) {
        variable = QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        url = QUrl(QStringLiteral("http://169.254.170.2") + relative);
    } else {
        variable = QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        url = QUrl(full);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
            return Result<AwsCredentials>(
                configError(QCoreApplication::translate("Auth", "%1 is not an http:// or https:// URL.").arg(variable),
                            QCoreApplication::translate("Auth", "Fix it.")));
        }
        if (url.scheme() == u"http" && !allowedHttpHost(url.host())) {
            return Result<AwsCredentials>(configError(
                QCoreApplication::translate("Auth",
                                            "%1 names %2 over plain http; only https, a loopback address or the "
                                            "container credentials addresses (169.254.170.2, 169.254.170.23, "
                                            "fd00:ec2::23) may be used.")
                    .arg(variable, url.host()),
                QCoreApplication::translate("Auth", "Use https, or the agent's local address.")));
        }
    }
    HttpRequest request = requestTo(QByteArrayLiteral("GET"), url);
    request.headers.append({QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")});
    QByteArray token;
    const QString tokenFile = env.value(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"));
    if (!tokenFile.isEmpty()) {
        QFile file(tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Result<AwsCredentials>(credentialsError(
                QCoreApplication::translate("Auth", "The container authorization token file %1 "
                                                    "(AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE) cannot be read: %2.")
                    .arg(tokenFile, file.errorString()),
                QCoreApplication::translate("Auth", "Check the file is mounted into the container.")));
        }
        token = file.read(64 * 1024).trimmed();
    } else {
        token = env.value(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN")).toUtf8();
    }
    if (token.contains('\r') || token.contains('\n')) {
        return Result<AwsCredentials>(
            credentialsError(QCoreApplication::translate("Auth", "The container authorization token contains a line "
                                                                 "break; it is not sent."),
                             QCoreApplication::translate("Auth", "Check AWS_CONTAINER_AUTHORIZATION_TOKEN(_FILE).")));
    }
    if (!token.isEmpty())
        request.headers.append({QByteArrayLiteral("authorization"), token});

    const QString what = QCoreApplication::translate("Auth", "container credentials (%1)").arg(variable);
    HttpResult result;
    for (int attempt = 0; attempt < 3; ++attempt) {
        result = sendAndWait(
            request, TransportSettings{.caBundle = {}, .verifyTls = true, .timeoutMs = 2000, .maxConnections = 1});
        if (result.httpStatus != 0 && result.httpStatus < 500)
            break;
    }
    if (result.notSent)
        return Result<AwsCredentials>(*result.notSent);
    if (result.httpStatus == 0) {
        return Result<AwsCredentials>(
            credentialsError(QCoreApplication::translate("Auth", "The container credentials endpoint %1 (%2) could not "
                                                                 "be reached: %3.")
                                 .arg(url.host(), variable, result.errorString),
                             QCoreApplication::translate("Auth", "Check the task or pod has a role and the "
                                                                 "credentials agent runs.")));
    }
    if (result.httpStatus != 200) {
        return Result<AwsCredentials>(
            credentialsError(QCoreApplication::translate("Auth", "The container credentials endpoint %1 (%2) answered "
                                                                 "HTTP %3.")
                                 .arg(url.host(), variable, QString::number(result.httpStatus)),
                             QCoreApplication::translate("Auth", "Check the authorization token and that the task or "
                                                                 "pod has a role.")));
    }
    return readCredentialsJson(result.body, what);
}

std::optional<Result<AwsCredentials>> instanceCredentials(const QProcessEnvironment &env, bool v1Disabled,
                                                          QString *whyNone)
{
    const auto none = [whyNone](const QString &why) -> std::optional<Result<AwsCredentials>> {
        if (whyNone)
            *whyNone = why;
        return std::nullopt;
    };
    if (env.value(QStringLiteral("AWS_EC2_METADATA_DISABLED")).compare(QStringLiteral("true"), Qt::CaseInsensitive) ==
        0)
        return none(QCoreApplication::translate("Auth", "turned off by AWS_EC2_METADATA_DISABLED"));
    if (env.value(QStringLiteral("AWS_EC2_METADATA_V1_DISABLED"))
            .compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0)
        v1Disabled = true;
    QString base = env.value(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"));
    if (base.isEmpty())
        base = QStringLiteral("http://169.254.169.254");
    while (base.endsWith(u'/'))
        base.chop(1);
    const TransportSettings quick{.caBundle = {}, .verifyTls = true, .timeoutMs = 1000, .maxConnections = 1};
    const auto status = [](const HttpResult &answer) {
        return answer.httpStatus ? QStringLiteral("HTTP %1").arg(answer.httpStatus) : answer.errorString;
    };

    // IMDSv2: a session token first; refused (403, 404, 405) or timed out: IMDSv1, unless disabled.
    HttpRequest tokenRequest = requestTo(QByteArrayLiteral("PUT"), QUrl(base + QStringLiteral("/latest/api/token")));
    tokenRequest.headers.append(
        {QByteArrayLiteral("x-aws-ec2-metadata-token-ttl-seconds"), QByteArrayLiteral("21600")});
    const HttpResult tokenAnswer = sendAndWait(tokenRequest, quick);
    QByteArray token;
    if (tokenAnswer.httpStatus == 200) {
        token = tokenAnswer.body.trimmed();
    } else if (tokenAnswer.httpStatus == 0 && tokenAnswer.error != QNetworkReply::TimeoutError) {
        return none(QCoreApplication::translate("Auth", "no answer at %1: not on EC2").arg(base));
    } else if (v1Disabled) {
        return none(
            QCoreApplication::translate("Auth", "no session token (%1) and IMDSv1 disabled").arg(status(tokenAnswer)));
    }
    const auto get = [&](const QString &path) {
        HttpRequest request = requestTo(QByteArrayLiteral("GET"), QUrl(base + path));
        if (!token.isEmpty())
            request.headers.append({QByteArrayLiteral("x-aws-ec2-metadata-token"), token});
        return sendAndWait(request, quick);
    };
    const QString rolePath = QStringLiteral("/latest/meta-data/iam/security-credentials/");
    const HttpResult roleAnswer = get(rolePath);
    if (roleAnswer.httpStatus == 404)
        return none(QCoreApplication::translate("Auth", "the instance has no IAM role"));
    if (roleAnswer.httpStatus != 200)
        return none(QCoreApplication::translate("Auth", "no role named at %1 (%2)").arg(base, status(roleAnswer)));
    const QString role = QString::fromUtf8(roleAnswer.body).section(u'\n', 0, 0).trimmed();
    const HttpResult credentialsAnswer = get(rolePath + role);
    if (credentialsAnswer.httpStatus != 200) {
        return none(QCoreApplication::translate("Auth", "no credentials for role %1 (%2)")
                        .arg(quoted(role), status(credentialsAnswer)));
    }
    return readCredentialsJson(
        credentialsAnswer.body,
        token.isEmpty()
            ? QCoreApplication::translate("Auth", "EC2 instance metadata (role %1, IMDSv1)").arg(quoted(role))
            : QCoreApplication::translate("Auth", "EC2 instance metadata (role %1)").arg(quoted(role)));
}

} // namespace PartSweep::Auth
