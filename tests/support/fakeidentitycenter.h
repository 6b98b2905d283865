#pragma once

#include "faultys3server.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace PartSweep::Test {

// A FAKE of AWS IAM Identity Center (it exists only at AWS), as FaultyS3Server rules: the portal's
// GetRoleCredentials (/federation/credentials; account 111122223333 only, bearer "revoked"
// refused with 401) and the OIDC service (RegisterClient, StartDeviceAuthorization with code
// ABCD-EFGH, CreateToken: the device grant is pending on the first poll and approved on the
// second; the refresh grant always succeeds). Reached through AWS_ENDPOINT_URL_SSO and
// AWS_ENDPOINT_URL_SSO_OIDC. Counts what was asked.
class FakeIdentityCenter
{
public:
    // Adds the rules to `server` (which must outlive this object's use, and this object the server's).
    explicit FakeIdentityCenter(FaultyS3Server &server);

    QDateTime roleExpiration = QDateTime::currentDateTimeUtc().addSecs(3600); // of the credentials handed out
    QStringList bearers;          // the tokens GetRoleCredentials was called with
    QList<QJsonObject> refreshes; // the bodies of the refresh grants
    int polls = 0;                // device grant polls
};

} // namespace PartSweep::Test
