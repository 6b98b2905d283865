#pragma once

#include "s3/addressing.h"
#include "s3/credentialsprovider.h"
#include "s3/s3types.h"
#include "util/s3error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

// The values the request pipeline (requestpipeline.h) and the typed API (s3client.h) exchange.
namespace PartSweep {

struct S3ClientConfig
{
    QUrl endpoint; // empty: AWS (https://s3.<region>.amazonaws.com, by awsS3Host)
    QString region = QStringLiteral("us-east-1");
    AwsEndpointVariant awsVariant; // FIPS and dual-stack hosts on AWS; ignored with an endpoint
    AddressingStyle addressingStyle = AddressingStyle::Auto;
    // Signed with unless a provider is given (here or to the client).
    AwsCredentials credentials;
    // Credentials that are refreshed before they expire (credential_process, later STS/SSO);
    // shared by every client made from this config (a cleanup job's own client included).
    std::shared_ptr<CredentialsProvider> credentialsProvider;
    bool requestPayer = false;   // send x-amz-request-payer: requester on every request
    QString expectedBucketOwner; // send x-amz-expected-bucket-owner on every bucket request
    QString caBundle;            // PEM file of the CAs to trust, in place of the system's; empty: system CAs
    bool verifyTls = true;
    int concurrency = 16; // requests in flight at once (1..256)
    int maxAttempts = 3;
    int timeoutMs = 60000;
    // A bucket's upload listing stops, with an error, after this many pages while the server
    // still says there is more: a server whose pages never end must not list forever. 20,000
    // pages are 20 million uploads on AWS, Ceph or MinIO (1,000 a page).
    int maxListingPages = DefaultMaxListingPages;

    static constexpr int DefaultMaxListingPages = 20000;
};

// What every answer carries besides its payload.
struct ResponseMeta
{
    int httpStatus = 0;
    QString requestId;
    bool requestCharged = false; // x-amz-request-charged: requester
    int attempts = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

// One HTTP exchange with S3, before interpretation.
struct S3Request
{
    QByteArray method = QByteArrayLiteral("GET");
    QString bucket; // empty: service-level (ListBuckets)
    QString key;    // raw key; empty with hasKey false: bucket-level
    bool hasKey = false;
    QList<std::pair<QString, QString>> query; // raw names and values
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString operation; // for logs and errors, e.g. "ListMultipartUploads"
    // The largest answer body accepted: larger ones (a proxy's download, a hostile server's
    // 4 GB "page") are cut off with an error instead of filling the memory. A listing page of
    // 1,000 uploads with 1,024-byte keys, every character escaped, is under 7 MB.
    qint64 maxResponseBytes = DefaultMaxResponseBytes;

    static constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;
};

struct S3Response
{
    ResponseMeta meta;
    QByteArray body;
    std::optional<S3Error> error; // set when the exchange failed (network, timeout, HTTP >= 300)
};

} // namespace PartSweep
