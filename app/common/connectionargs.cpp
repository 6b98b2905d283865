#include "common/connectionargs.h"

#include <QCoreApplication>
#include <QUrl>

namespace PartSweep {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

ConnectionArgs::ConnectionArgs()
    : profile(QStringLiteral("profile"), tr("Use this profile from ~/.aws/config."), tr("name"))
    , region(QStringLiteral("region"), tr("Region to sign for (default from the profile)."), tr("region"))
    , endpoint(QStringLiteral("endpoint-url"), tr("S3 endpoint of a non-AWS service."), tr("url"))
    , addressing(QStringLiteral("addressing-style"), tr("path, virtual or auto (default: auto)."), tr("style"))
    , caBundle(QStringLiteral("ca-bundle"), tr("PEM file of the CA certificates to trust, in place of the system's."),
               tr("file"))
    , noVerifySsl(QStringLiteral("no-verify-ssl"), tr("Do not verify TLS certificates (unsafe; for tests only)."))
    , requestPayer(QStringLiteral("request-payer"), tr("'requester': accept the charges of a requester-pays bucket."),
                   tr("payer"))
    , expectedOwner(QStringLiteral("expected-bucket-owner"), tr("Refuse buckets not owned by this account id."),
                    tr("id"))
    , concurrency(QStringLiteral("concurrency"), tr("Requests in flight at once (default 16)."), tr("n"),
                  QStringLiteral("16"))
    , maxAttempts(QStringLiteral("max-attempts"), tr("Attempts per request before giving up (default 3)."), tr("n"),
                  QStringLiteral("3"))
    , maxPages(QStringLiteral("max-pages"),
               tr("Stop listing a bucket after this many pages while the server still says there is more "
                  "(default 20000: 20 million uploads)."),
               tr("n"), QString::number(S3ClientConfig::DefaultMaxListingPages))
    , pricePerGb(QStringLiteral("price-per-gb-month"),
                 tr("What storage costs on this service, in USD per GB-month (default: AWS's list prices on AWS, "
                    "none elsewhere)."),
                 tr("usd"))
{}

void ConnectionArgs::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({profile, region, endpoint, addressing, caBundle, noVerifySsl, requestPayer, expectedOwner,
                       concurrency, maxAttempts, maxPages, pricePerGb});
}

bool ConnectionArgs::namesConnection(const QCommandLineParser &parser) const
{
    return parser.isSet(profile) || parser.isSet(endpoint);
}

std::optional<ConnectionArgs::Parsed> ConnectionArgs::parse(const QCommandLineParser &parser, QString *usageError) const
{
    const auto fail = [usageError](const QString &message) {
        *usageError = message;
        return std::nullopt;
    };
    Parsed parsed;
    bool ok = false;
    parsed.concurrency = parser.value(concurrency).toInt(&ok);
    if (!ok || parsed.concurrency < 1 || parsed.concurrency > 256)
        return fail(tr("--concurrency must be a number from 1 to 256"));
    parsed.maxAttempts = parser.value(maxAttempts).toInt(&ok);
    if (!ok || parsed.maxAttempts < 1 || parsed.maxAttempts > 20)
        return fail(tr("--max-attempts must be a number from 1 to 20"));
    parsed.maxListingPages = parser.value(maxPages).toInt(&ok);
    if (!ok || parsed.maxListingPages < 1 || parsed.maxListingPages > MaxListingPagesLimit)
        return fail(tr("--max-pages must be a number from 1 to %1").arg(MaxListingPagesLimit));
    if (parser.isSet(requestPayer) && parser.value(requestPayer) != u"requester")
        return fail(tr("--request-payer takes only 'requester'"));
    parsed.requestPayer = parser.isSet(requestPayer);
    parsed.expectedBucketOwner = parser.value(expectedOwner);
    parsed.verifyTls = !parser.isSet(noVerifySsl);
    if (parser.isSet(pricePerGb)) {
        const double price = parser.value(pricePerGb).toDouble(&ok);
        if (!ok || price < 0 || price > MaxPricePerGbMonth)
            return fail(tr("--price-per-gb-month takes USD per GB-month such as 0.0059, not '%1'")
                            .arg(parser.value(pricePerGb)));
        parsed.pricePerGbMonth = price;
    }

    ConnectionOptions &connection = parsed.connection;
    connection.profile = parser.value(profile);
    connection.region = parser.value(region);
    connection.endpointUrl = parser.value(endpoint);
    connection.caBundle = parser.value(caBundle);
    if (parser.isSet(addressing)) {
        connection.addressingStyle = addressingStyleFromName(parser.value(addressing));
        if (!connection.addressingStyle)
            return fail(tr("--addressing-style must be path, virtual or auto"));
    }
    if (!connection.endpointUrl.isEmpty()) {
        const QUrl url(connection.endpointUrl);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return fail(tr("--endpoint-url must be an http:// or https:// URL, not '%1'").arg(connection.endpointUrl));
    }
    return parsed;
}

S3ClientConfig makeClientConfig(const ResolvedConnection &resolved, const ConnectionArgs::Parsed &flags)
{
    ClientOptions options;
    options.verifyTls = flags.verifyTls;
    options.requestPayer = flags.requestPayer;
    options.expectedBucketOwner = flags.expectedBucketOwner;
    options.concurrency = flags.concurrency;
    options.maxAttempts = flags.maxAttempts;
    options.maxListingPages = flags.maxListingPages;
    return makeClientConfig(resolved, options);
}

} // namespace PartSweep
