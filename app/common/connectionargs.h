#pragma once

#include "auth/credentials.h"
#include "connection/connectionresolver.h"
#include "s3/s3client.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace PartSweep {

// The connection options both executables take, spelled as the AWS CLI spells them:
// --profile, --region, --endpoint-url, --addressing-style, --ca-bundle, --no-verify-ssl,
// --request-payer, --expected-bucket-owner, --concurrency, --max-attempts; and
// --max-pages, the bound on one bucket's listing, and --price-per-gb-month, what storage costs on
// this service.
struct ConnectionArgs
{
    ConnectionArgs();

    QCommandLineOption profile;
    QCommandLineOption region;
    QCommandLineOption endpoint;
    QCommandLineOption addressing;
    QCommandLineOption caBundle;
    QCommandLineOption noVerifySsl;
    QCommandLineOption requestPayer;
    QCommandLineOption expectedOwner;
    QCommandLineOption concurrency;
    QCommandLineOption maxAttempts;
    QCommandLineOption maxPages;
    QCommandLineOption pricePerGb;

    void addTo(QCommandLineParser &parser) const;

    // True when any option that names a connection was given (profile or endpoint).
    bool namesConnection(const QCommandLineParser &parser) const;

    // What the flags say, checked; a usage error (words for stderr) otherwise.
    struct Parsed
    {
        ConnectionOptions connection; // for CredentialResolver
        bool verifyTls = true;
        bool requestPayer = false;
        QString expectedBucketOwner;
        int concurrency = 16;
        int maxAttempts = 3;
        int maxListingPages = S3ClientConfig::DefaultMaxListingPages;
        // What storage costs on this service, USD per GB-month (wins over AWS's list prices).
        std::optional<double> pricePerGbMonth;
    };
    std::optional<Parsed> parse(const QCommandLineParser &parser, QString *usageError) const;
};

// The client configuration for a resolved connection and the flags that go with it (the core's
// makeClientConfig, which the desktop app uses for saved connections).
S3ClientConfig makeClientConfig(const ResolvedConnection &resolved, const ConnectionArgs::Parsed &flags);

} // namespace PartSweep
