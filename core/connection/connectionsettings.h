#pragma once

#include "auth/credentials.h"
#include "pricing/pricetable.h"
#include "s3/s3request.h"

#include <QString>

#include <optional>

namespace PartSweep {

// The highest bound on one bucket's listing pages a setting or flag may ask for.
inline constexpr int MaxListingPagesLimit = 10'000'000;

// A connection as the user chose it: an AWS profile from ~/.aws (resolved like the AWS CLI), or
// one entered by hand. Plain values, no secrets: a hand-entered secret key and session token live
// in the OS keychain (SecretStore), keyed by the connection's name, never in QSettings.
struct ConnectionSettings
{
    enum class Kind
    {
        Profile, // `profile` names a profile of ~/.aws/config or ~/.aws/credentials
        Manual   // entered in PartSweep; accessKeyId here, secrets in the keychain
    };

    QString name; // unique display name; for profiles "profile:<profile>" unless renamed
    Kind kind = Kind::Profile;
    QString profile;     // Kind::Profile; empty: the default chain (environment, then "default")
    QString endpointUrl; // empty: AWS (or the profile's endpoint_url)
    QString region;      // empty: the profile's, else us-east-1
    AddressingStyle addressingStyle = AddressingStyle::Auto;
    bool addressingStyleSet = false; // false: the profile's setting, else Auto
    QString accessKeyId;             // Kind::Manual
    QString caBundle;                // empty: the profile's, else the system's CAs
    bool verifyTls = true;
    bool requestPayer = false;
    QString expectedBucketOwner;
    int concurrency = 16;
    int maxAttempts = 3;
    int maxListingPages = S3ClientConfig::DefaultMaxListingPages; // see S3ClientConfig
    // What storage costs on this service, USD per GB-month; unset: AWS's list prices on AWS, no
    // price elsewhere (never a guess). Wins over the list prices when set.
    std::optional<double> pricePerGbMonth;

    // The implicit connection of the AWS CLI without --profile: environment keys, then the
    // profile named by AWS_PROFILE, else "default".
    bool isDefaultChain() const { return kind == Kind::Profile && profile.isEmpty(); }

    // The name a profile's connection is listed under: "profile:<profile>", or "default chain".
    static QString nameForProfile(const QString &profile)
    {
        return profile.isEmpty() ? QStringLiteral("default chain") : QStringLiteral("profile:") + profile;
    }

    static ConnectionSettings forProfile(const QString &profile)
    {
        ConnectionSettings settings;
        settings.kind = Kind::Profile;
        settings.profile = profile;
        settings.name = nameForProfile(profile);
        return settings;
    }
};

} // namespace PartSweep
