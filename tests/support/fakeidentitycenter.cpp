#include "fakeidentitycenter.h"

#include <QJsonDocument>

namespace PartSweep::Test {

namespace {

FakeResponse json(const QJsonObject &object)
{
    return FakeResponse::ok(QJsonDocument(object).toJson());
}

} // namespace

FakeIdentityCenter::FakeIdentityCenter(FaultyS3Server &server)
{
    server.addRule([this](const RecordedRequest &r) -> std::optional<FakeResponse> {
        if (r.path == "/federation/credentials") {
            const QByteArray bearer = r.header("x-amz-sso_bearer_token");
            if (bearer == "revoked")
                return FakeResponse::s3Error(401, QStringLiteral("UnauthorizedException"));
            if (r.queryItem(QStringLiteral("account_id")) != u"111122223333")
                return FakeResponse::s3Error(403, QStringLiteral("ForbiddenException"));
            bearers << QString::fromUtf8(bearer);
            return json(QJsonObject{{QStringLiteral("roleCredentials"),
                                     QJsonObject{{QStringLiteral("accessKeyId"), QStringLiteral("ASIASSO")},
                                                 {QStringLiteral("secretAccessKey"), QStringLiteral("sso-secret")},
                                                 {QStringLiteral("sessionToken"), QStringLiteral("sso-session-token")},
                                                 {QStringLiteral("expiration"), roleExpiration.toMSecsSinceEpoch()}}}});
        }
        if (r.method != "POST")
            return std::nullopt;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (r.path == "/client/register")
            return json(QJsonObject{
                {QStringLiteral("clientId"), QStringLiteral("new-client")},
                {QStringLiteral("clientSecret"), QStringLiteral("new-secret")},
                {QStringLiteral("clientSecretExpiresAt"), QDateTime::currentSecsSinceEpoch() + 90 * 86400}});
        if (r.path == "/device_authorization")
            return json(QJsonObject{
                {QStringLiteral("deviceCode"), QStringLiteral("device-1")},
                {QStringLiteral("userCode"), QStringLiteral("ABCD-EFGH")},
                {QStringLiteral("verificationUri"), QStringLiteral("https://device.sso/")},
                {QStringLiteral("verificationUriComplete"), QStringLiteral("https://device.sso/?user_code=ABCD-EFGH")},
                {QStringLiteral("interval"), 1},
                {QStringLiteral("expiresIn"), 60}});
        if (r.path != "/token")
            return std::nullopt;
        if (body.value(QStringLiteral("grantType")).toString().endsWith(u"device_code")) {
            // Not approved on the first poll, then approved.
            if (++polls == 1)
                return FakeResponse{.status = 400,
                                    .headers = {},
                                    .body = R"({"error": "authorization_pending"})",
                                    .fault = FakeResponse::Fault::None,
                                    .delayMs = 0};
            return json(QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("device-access")},
                                    {QStringLiteral("expiresIn"), 28800},
                                    {QStringLiteral("refreshToken"), QStringLiteral("device-refresh")}});
        }
        refreshes << body;
        return json(QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("refreshed-access")},
                                {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                                {QStringLiteral("expiresIn"), 28800},
                                {QStringLiteral("refreshToken"), QStringLiteral("next-refresh")}});
    });
}

} // namespace PartSweep::Test
