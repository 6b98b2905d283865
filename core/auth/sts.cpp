#include "auth/sts.h"

#include "auth/authsupport.h"
#include "auth/blockinghttp.h"
#include "s3/addressing.h"
#include "s3/crypto.h"
#include "s3/sigv4.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace PartSweep::Auth {

namespace {

QByteArray formEncode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

// The leaves of an STS answer PartSweep reads, by the name of their parent and their own.
struct Answer
{
    QString accessKeyId, secretAccessKey, sessionToken, expiration, arn;
    QString callerAccount, callerArn, callerUserId; // GetCallerIdentityResult
    QString errorCode, errorMessage, requestId;
    bool sawResult = false;
    bool sawError = false;
};

std::optional<Answer> readAnswer(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    Answer answer;
    QStringList path;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(xml.name().toString());
            if (path.size() == 2 && path.first().endsWith(u"Response") && path.last().endsWith(u"Result"))
                answer.sawResult = true;
            // AWS: <ErrorResponse><Error>...; Ceph RGW: <Error> at the root, as S3 errors are.
            if (path.last() == u"Error" && (path.size() == 1 || path.first() == u"ErrorResponse"))
                answer.sawError = true;
            break;
        case QXmlStreamReader::EndElement:
            path.removeLast();
            break;
        case QXmlStreamReader::Characters: {
            if (path.isEmpty())
                break;
            const QString parent = path.size() >= 2 ? path.at(path.size() - 2) : QString();
            const QString &leaf = path.last();
            const QString text = xml.text().toString().trimmed();
            if (parent == u"Credentials") {
                if (leaf == u"AccessKeyId")
                    answer.accessKeyId += text;
                else if (leaf == u"SecretAccessKey")
                    answer.secretAccessKey += text;
                else if (leaf == u"SessionToken")
                    answer.sessionToken += text;
                else if (leaf == u"Expiration")
                    answer.expiration += text;
            } else if (parent == u"AssumedRoleUser" && leaf == u"Arn") {
                answer.arn += text;
            } else if (parent == u"GetCallerIdentityResult") {
                if (leaf == u"Account")
                    answer.callerAccount += text;
                else if (leaf == u"Arn")
                    answer.callerArn += text;
                else if (leaf == u"UserId")
                    answer.callerUserId += text;
            } else if (parent == u"Error" && leaf == u"Code") {
                answer.errorCode += text;
            } else if (parent == u"Error" && leaf == u"Message") {
                answer.errorMessage += text;
            } else if (leaf == u"RequestId") {
                answer.requestId += text;
            }
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return answer;
}

// What to do about an STS error code, for people.
QString hintFor(const QString &code)
{
    if (code == u"AccessDenied")
        return QCoreApplication::translate("Auth",
                                           "Check the role's trust policy allows the source identity to "
                                           "assume it (sts:AssumeRole), and the ExternalId or MFA it asks for.");
    if (code == u"ExpiredToken" || code == u"InvalidClientTokenId" || code == u"SignatureDoesNotMatch")
        return QCoreApplication::translate("Auth", "The source credentials were refused: check the source profile's "
                                                   "keys, or sign in again.");
    if (code == u"InvalidIdentityToken" || code == u"ExpiredTokenException")
        return QCoreApplication::translate("Auth", "The web identity token was refused: check the token file is "
                                                   "current.");
    if (code == u"NoSuchEntity")
        return QCoreApplication::translate("Auth", "The role does not exist: check role_arn in the profile.");
    if (code == u"ValidationError")
        return QCoreApplication::translate("Auth", "Check role_arn, role_session_name and duration_seconds in the "
                                                   "profile.");
    return QCoreApplication::translate("Auth", "Check the profile's role_arn and that STS is reachable.");
}

// One STS call: POST the form, SigV4-signed for service "sts" when `signer` is given.
HttpResult send(const StsEndpoint &endpoint, const QByteArray &body, const AwsCredentials *signer, const QDateTime &now)
{
    HttpRequest request = requestTo(QByteArrayLiteral("POST"), endpoint.url);
    request.body = body;
    const QList<SigV4::Header> own{
        {QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8")},
        {QByteArrayLiteral("accept"), QByteArrayLiteral("application/xml")}};
    if (signer) {
        const QByteArray host = request.headers.constFirst().second; // requestTo's "host"
        const QByteArray payloadHash = Crypto::sha256Hex(body);
        QList<SigV4::Header> headers = SigV4::requiredHeaders(host, now, payloadHash, *signer);
        headers.append(own);
        const SigV4::Request toSign{.method = request.method,
                                    .canonicalPath = SigV4::canonicalPath(endpoint.url.path()),
                                    .canonicalQuery = {},
                                    .headers = headers,
                                    .payloadHash = payloadHash};
        const SigV4::Signed signedRequest = SigV4::sign(toSign, *signer, endpoint.region, now, nullptr, "sts");
        request.headers = headers;
        request.headers.append({QByteArrayLiteral("authorization"), signedRequest.authorization});
    } else {
        request.headers.append(own);
    }
    return sendAndWait(request, TransportSettings{.caBundle = endpoint.caBundle,
                                                  .verifyTls = endpoint.verifyTls,
                                                  .timeoutMs = endpoint.timeoutMs,
                                                  .maxConnections = 1});
}

QString requestIdOf(const HttpResult &result)
{
    return QString::fromLatin1(result.headers.value(QByteArrayLiteral("x-amzn-requestid")));
}

Result<AssumedRole> exchange(const StsEndpoint &endpoint, const QByteArray &body, const AwsCredentials *signer,
                             const QString &roleArn, const QDateTime &now)
{
    const HttpResult result = send(endpoint, body, signer, now);
    if (result.notSent)
        return *result.notSent;
    if (result.httpStatus == 0) {
        return credentialsError(
            QCoreApplication::translate("Auth", "STS at %1 could not be reached (assuming role %2): %3.")
                .arg(endpoint.url.host(), quoted(roleArn), result.errorString),
            QCoreApplication::translate("Auth", "Check the network, or the STS endpoint (AWS_ENDPOINT_URL_STS)."));
    }
    return parseAssumeRoleAnswer(result.httpStatus, result.body, roleArn, requestIdOf(result));
}

} // namespace

StsEndpoint defaultStsEndpoint(const QString &region, bool legacyGlobal)
{
    StsEndpoint endpoint;
    if (legacyGlobal || region.isEmpty()) {
        endpoint.url = QUrl(QStringLiteral("https://sts.amazonaws.com"));
        endpoint.region = QStringLiteral("us-east-1");
    } else {
        endpoint.url = QUrl(QStringLiteral("https://sts.%1.%2").arg(region, awsPartition(region).dnsSuffix));
        endpoint.region = region;
    }
    return endpoint;
}

QByteArray assumeRoleBody(const AssumeRoleParams &params, bool webIdentity)
{
    QList<std::pair<QByteArray, QString>> fields{
        {QByteArrayLiteral("Action"),
         webIdentity ? QStringLiteral("AssumeRoleWithWebIdentity") : QStringLiteral("AssumeRole")},
        {QByteArrayLiteral("Version"), QStringLiteral("2011-06-15")},
        {QByteArrayLiteral("RoleArn"), params.roleArn},
        {QByteArrayLiteral("RoleSessionName"), params.roleSessionName},
    };
    if (params.durationSeconds)
        fields.append({QByteArrayLiteral("DurationSeconds"), QString::number(*params.durationSeconds)});
    if (webIdentity) {
        fields.append({QByteArrayLiteral("WebIdentityToken"), params.webIdentityToken});
    } else {
        if (!params.externalId.isEmpty())
            fields.append({QByteArrayLiteral("ExternalId"), params.externalId});
        if (!params.mfaSerial.isEmpty()) {
            fields.append({QByteArrayLiteral("SerialNumber"), params.mfaSerial});
            fields.append({QByteArrayLiteral("TokenCode"), params.mfaCode});
        }
    }
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name + '=' + formEncode(value);
    }
    return body;
}

Result<AssumedRole> parseAssumeRoleAnswer(int httpStatus, const QByteArray &body, const QString &roleArn,
                                          const QString &requestId)
{
    const std::optional<Answer> answer = readAnswer(body);
    const QString role = quoted(roleArn);
    if (httpStatus < 200 || httpStatus > 299) {
        if (answer && answer->sawError && !answer->errorCode.isEmpty()) {
            const QString status = QString::number(httpStatus);
            S3Error error = credentialsError(
                answer->errorMessage.isEmpty()
                    ? QCoreApplication::translate("Auth", "STS refused to let PartSweep assume role %1: %2 (HTTP %3).")
                          .arg(role, answer->errorCode, status)
                    : QCoreApplication::translate("Auth", "STS refused to let PartSweep assume role %1: %2: %3 (HTTP "
                                                          "%4).")
                          .arg(role, answer->errorCode, answer->errorMessage, status),
                hintFor(answer->errorCode));
            error.httpStatus = httpStatus;
            error.code = answer->errorCode;
            error.codeFromServer = true;
            error.requestId = answer->requestId.isEmpty() ? requestId : answer->requestId;
            return error;
        }
        S3Error error =
            credentialsError(QCoreApplication::translate("Auth", "STS answered HTTP %1 without an error document when "
                                                                 "assuming role %2.")
                                 .arg(QString::number(httpStatus), role),
                             QCoreApplication::translate("Auth", "Check the STS endpoint: a proxy or another service "
                                                                 "may have answered."));
        error.httpStatus = httpStatus;
        return error;
    }
    if (!answer || !answer->sawResult) {
        return credentialsError(
            QCoreApplication::translate("Auth", "STS answered assuming role %1, but not with an AssumeRole result.")
                .arg(role),
            QCoreApplication::translate("Auth", "Check the STS endpoint: a proxy or another service may have "
                                                "answered."));
    }
    AssumedRole assumed;
    assumed.credentials.accessKeyId = answer->accessKeyId;
    assumed.credentials.secretAccessKey = answer->secretAccessKey;
    assumed.credentials.sessionToken = answer->sessionToken;
    assumed.credentials.expiration = parseTimestamp(answer->expiration);
    assumed.assumedRoleArn = answer->arn;
    if (assumed.credentials.isEmpty() || assumed.credentials.sessionToken.isEmpty() ||
        !assumed.credentials.expiration.isValid()) {
        return credentialsError(QCoreApplication::translate("Auth", "STS answered assuming role %1 without complete "
                                                                    "credentials (access key, secret key, session "
                                                                    "token and expiration).")
                                    .arg(role),
                                QCoreApplication::translate("Auth", "Check the STS endpoint."));
    }
    return assumed;
}

Result<AssumedRole> assumeRole(const StsEndpoint &endpoint, const AwsCredentials &source,
                               const AssumeRoleParams &params, const QDateTime &now)
{
    return exchange(endpoint, assumeRoleBody(params, false), &source, params.roleArn, now);
}

Result<AssumedRole> assumeRoleWithWebIdentity(const StsEndpoint &endpoint, const AssumeRoleParams &params)
{
    return exchange(endpoint, assumeRoleBody(params, true), nullptr, params.roleArn, QDateTime::currentDateTimeUtc());
}

Result<CallerIdentity> parseCallerIdentityAnswer(int httpStatus, const QByteArray &body, const QString &requestId)
{
    const std::optional<Answer> answer = readAnswer(body);
    if (httpStatus < 200 || httpStatus > 299) {
        S3Error error;
        error.kind = S3Error::Kind::Http;
        error.httpStatus = httpStatus;
        error.requestId = requestId;
        if (answer && answer->sawError && !answer->errorCode.isEmpty()) {
            error.code = answer->errorCode;
            error.codeFromServer = true;
            error.requestId = answer->requestId.isEmpty() ? requestId : answer->requestId;
            error.message =
                answer->errorMessage.isEmpty()
                    ? QCoreApplication::translate("Auth", "STS did not say who these credentials belong to: %1")
                          .arg(answer->errorCode)
                    : QCoreApplication::translate("Auth", "STS did not say who these credentials belong to: %1: %2")
                          .arg(answer->errorCode, answer->errorMessage);
        } else {
            error.message = QCoreApplication::translate("Auth", "STS did not say who these credentials belong to "
                                                                "(HTTP %1, no error document)")
                                .arg(httpStatus);
        }
        error.hint = QCoreApplication::translate("Auth", "Servers other than AWS often do not answer "
                                                         "GetCallerIdentity; the connection works without it.");
        return error;
    }
    if (!answer || !answer->sawResult || answer->callerArn.isEmpty()) {
        S3Error error;
        error.kind = S3Error::Kind::Xml;
        error.httpStatus = httpStatus;
        error.requestId = requestId;
        error.message = QCoreApplication::translate("Auth", "STS answered, but not with a GetCallerIdentity result");
        error.hint = QCoreApplication::translate("Auth", "Check the STS endpoint: a proxy or another service may have "
                                                         "answered.");
        return error;
    }
    return CallerIdentity{.account = answer->callerAccount, .arn = answer->callerArn, .userId = answer->callerUserId};
}

Result<CallerIdentity> getCallerIdentity(const StsEndpoint &endpoint, const AwsCredentials &credentials,
                                         const QDateTime &now)
{
    const HttpResult result =
        send(endpoint, QByteArrayLiteral("Action=GetCallerIdentity&Version=2011-06-15"), &credentials, now);
    if (result.notSent)
        return *result.notSent;
    if (result.httpStatus == 0) {
        S3Error error;
        error.kind = result.error == QNetworkReply::TimeoutError ? S3Error::Kind::Timeout : S3Error::Kind::Network;
        error.message = QCoreApplication::translate("Auth", "STS at %1 could not be reached: %2")
                            .arg(endpoint.url.host(), result.errorString);
        error.hint =
            QCoreApplication::translate("Auth", "Check the network, or the STS endpoint (AWS_ENDPOINT_URL_STS).");
        return error;
    }
    return parseCallerIdentityAnswer(result.httpStatus, result.body, requestIdOf(result));
}

} // namespace PartSweep::Auth
