#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>
#include <utility>

namespace PartSweep {

// How bucket names go into URLs. Auto is botocore's default: virtual-hosted style on AWS, but
// path style when a custom endpoint_url is set (botocore sets S3's ForcePathStyle for any custom
// endpoint unless addressing_style is "virtual").
enum class AddressingStyle
{
    Auto,
    Path,
    Virtual
};
// "auto", "path", "virtual" (the words of the AWS config, the CLI option and saved settings);
// nullopt for any other word.
std::optional<AddressingStyle> addressingStyleFromName(QStringView name);
QString addressingStyleName(AddressingStyle style);

// Where one request goes, as the exact bytes that are signed and sent.
struct RequestAddress
{
    QUrl url; // built from the bytes below (QUrl::fromEncoded, StrictMode)
    QByteArray canonicalPath;
    QByteArray canonicalQuery;
    QByteArray host; // with ":port" unless it is the scheme's default
    QString region;
};

// An AWS partition as S3's endpoint rules know it, found from a region's name: its DNS suffix and
// whether it has FIPS and dual-stack S3 endpoints. aws (amazonaws.com) for any region no other
// partition claims: aws-cn (cn-*, amazonaws.com.cn), aws-us-gov (us-gov-*), aws-iso (us-iso-*,
// c2s.ic.gov), aws-iso-b (us-isob-*, sc2s.sgov.gov), aws-iso-e (eu-isoe-*, cloud.adc-e.uk),
// aws-iso-f (us-isof-*, csp.hci.ic.gov).
struct AwsPartition
{
    QString name;
    QString dnsSuffix;
    bool hasFips = true;
    bool hasDualStack = true;
};
AwsPartition awsPartition(const QString &region);

// The endpoint variants of the AWS CLI (use_fips_endpoint, use_dualstack_endpoint).
struct AwsEndpointVariant
{
    bool fips = false;
    bool dualStack = false;
};

// S3's host in region on AWS: s3[-fips][.dualstack].<region>.<partition's suffix>.
QString awsS3Host(const QString &region, AwsEndpointVariant variant = {});

// The address of a request to bucket (empty: service level) and key (nullptr: bucket level) with
// the raw query parameters given, in region. endpoint empty: AWS (awsS3Host, with the variant).
// An IPv6 literal endpoint goes in brackets, an internationalised host name in its ASCII form
// (punycode), as the Host header and the signature need them. Pure: no clock, no state.
RequestAddress addressRequest(const QUrl &endpoint, AddressingStyle style, const QString &region, const QString &bucket,
                              const QString *key, const QList<std::pair<QString, QString>> &query,
                              AwsEndpointVariant variant = {});

// Whether a region a server named (x-amz-bucket-region, an error's <Region>, a bucket's location)
// may be used. In an AWS host name (no custom endpoint) only a region name: lowercase letters,
// digits and hyphens, 1 to 63 characters, no hyphen at either end. With a custom endpoint the
// region only goes into the signature: any short name of letters, digits, '-', '_' and '.'
// (Ceph names its zonegroups freely). Anything else (a slash, a space, CR/LF, a host name on AWS)
// would change where or how requests go, and is refused.
bool isUsableRegion(const QString &region, bool inHostName);

} // namespace PartSweep
