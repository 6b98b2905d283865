#pragma once

#include "s3/s3request.h"
#include "s3/s3xml.h"
#include "s3/transport/httptransport.h"

#include <optional>

// The words for a failed exchange: what a storage admin reads. Facts only (codes, keys, hosts);
// the settings a hint names are listed in S3Error::settings for front ends to word.
namespace PartSweep::ResponseErrors {

// What the error words may mention about the client.
struct ClientFacts
{
    QString accessKeyId; // never the secret
    QString credentialsSource;
    bool requestPayer = false;
    QString expectedBucketOwner;
    QString caBundle;
    int timeoutMs = 0;
    int deadlineFactor = 5; // TransportSettings::deadlineFactor
};

// "bucket/key", "bucket" or empty.
QString resourceOf(const S3Request &request);

// No complete HTTP answer (refused, reset, truncated, TLS, DNS, timeout) after `attempts` tries.
S3Error transportError(const S3Request &request, const HttpResult &exchange, const QString &host, int attempts,
                       const ClientFacts &facts);

// An answer the transport cut off (HttpResult::limit: too large, trickling, past its deadline).
S3Error cutOffError(const S3Request &request, const HttpResult &exchange, const QString &host,
                    const ClientFacts &facts);

// An HTTP answer >= 300; body: its <Error> document, parsed once by the caller (nullopt without one).
S3Error httpError(const S3Request &request, const ResponseMeta &meta, const std::optional<S3Xml::ErrorBody> &body,
                  const ClientFacts &facts);

} // namespace PartSweep::ResponseErrors
