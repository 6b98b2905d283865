#pragma once

#include "s3/s3types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCache>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <utility>

// AWS Signature Version 4 for S3 (Authorization header, payload signed in a single chunk).
//
// Contract: every free function here is pure. The time is passed in, nothing reads the clock,
// the environment or global state, so the same inputs give the same bytes on every machine and
// tests are byte-exact. They may be called from any thread at once. The only shared object is
// SigningKeyCache, which locks internally.
//
// The path and query produced by canonicalPath() and canonicalQuery() are the bytes to send on
// the wire, not only the bytes to sign: build the URL from them
// (QUrl::fromEncoded(..., QUrl::StrictMode)) instead of letting QUrl encode a decoded path again,
// or the server computes a different canonical request and answers SignatureDoesNotMatch.
//
// Secrets: nothing returned here contains the secret access key. Signed::canonicalRequest does
// contain every signed header value, including x-amz-security-token for temporary credentials:
// do not log it as it is. For logs, use redactAuthorization() on the Authorization value.
namespace PartSweep::SigV4 {

using Header = std::pair<QByteArray, QByteArray>;
using QueryParam = std::pair<QString, QString>;

// Hash of an empty body, for GET, HEAD and DELETE.
inline constexpr char EmptyPayloadHash[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
// x-amz-content-sha256 value for a body that is not hashed (S3 only; still sent over TLS).
inline constexpr char UnsignedPayload[] = "UNSIGNED-PAYLOAD";

// S3 URI encoding: the unreserved bytes A-Z a-z 0-9 - . _ ~ are kept, every other byte becomes
// %XX with upper-case hex; '/' is kept when encodeSlash is false. The input is UTF-8 bytes.
QByteArray uriEncode(QByteArrayView utf8, bool encodeSlash);

// Canonical (and wire) path for a RAW, decoded path such as "/bucket/a b/c+d": encoded once,
// '/' kept, and no normalisation of "//", "." or ".." (S3 object keys may contain them, and S3
// signs the path as sent). Empty gives "/"; a path without a leading '/' gets one.
QByteArray canonicalPath(const QString &rawPath);

// Canonical (and wire) query string from RAW name/value pairs: names and values encoded with
// '/' encoded too, sorted by encoded name then encoded value, "name=value" joined by '&'. A bare
// subresource ("uploads" with an empty value) becomes "uploads=", which S3 accepts on the wire.
// No parameters give an empty string.
QByteArray canonicalQuery(const QList<QueryParam> &params);

// "20130524T000000Z" and "20130524" for the given instant, converted to UTC first (a local or
// offset QDateTime gives the UTC date). Empty for an invalid QDateTime.
QByteArray amzDate(const QDateTime &time);
QByteArray dateStamp(const QDateTime &time);

// The headers S3 requires on every signed request, to send and to sign as they are:
// host (as in the Host header, with ":port" when the port is not the scheme's default),
// x-amz-content-sha256, x-amz-date, and x-amz-security-token when the credentials carry a
// session token. Callers append their own (range, x-amz-request-payer, ...) before signing.
QList<Header> requiredHeaders(QByteArrayView host, const QDateTime &time, QByteArrayView payloadHash,
                              const AwsCredentials &credentials);

struct Request
{
    QByteArray method;         // upper case: "GET", "DELETE", ...
    QByteArray canonicalPath;  // from canonicalPath(); empty counts as "/"
    QByteArray canonicalQuery; // from canonicalQuery(); empty when there is no query
    // Every header to sign, names in any case. Must include those of requiredHeaders(), and the
    // x-amz-date value must be amzDate() of the time passed to sign(). Names are trimmed and
    // lower-cased, values trimmed with inner runs of whitespace collapsed to one space, repeated
    // names joined with ',' in the given order, and the result sorted by name.
    QList<Header> headers;
    QByteArray payloadHash; // hex SHA-256 of the body, EmptyPayloadHash or UnsignedPayload
};

struct Signed
{
    // "AWS4-HMAC-SHA256 Credential=AKID/20130524/us-east-1/s3/aws4_request,
    //  SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=<64 hex>"
    QByteArray authorization;
    QByteArray signedHeaders;    // "host;range;x-amz-content-sha256;x-amz-date"
    QByteArray canonicalRequest; // for tests and debugging; contains header values (see above)
    QByteArray stringToSign;
    QByteArray signature; // 64 lower-case hex characters
};

// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"),
// 32 raw bytes. dateStamp is "YYYYMMDD".
QByteArray deriveSigningKey(const QString &secretAccessKey, QByteArrayView dateStamp, QByteArrayView region,
                            QByteArrayView service);

// Derived signing keys by (secret, date, region, service), so a burst of thousands of aborts does
// not repeat four HMACs per request. A key is valid for one UTC day, so entries for past dates
// simply age out of the small LRU.
//
// Thread-safety: every member function may be called from any thread at once (one QMutex; the
// derivation itself runs outside the lock). Share one instance among the signers of a client.
// The cache never holds the secret: entries are keyed by a SHA-256 of it, and hold derived keys
// only (which are scoped to one date, region and service).
class SigningKeyCache final
{
public:
    explicit SigningKeyCache(int capacity = 16);
    Q_DISABLE_COPY_MOVE(SigningKeyCache)

    // The same bytes as deriveSigningKey(), from the cache when present.
    QByteArray signingKey(const QString &secretAccessKey, QByteArrayView dateStamp, QByteArrayView region,
                          QByteArrayView service);

    int size() const;    // entries held, at most the capacity
    qint64 hits() const; // lookups answered from the cache since construction or clear()
    void clear();

private:
    mutable QMutex m_mutex;
    QCache<QByteArray, QByteArray> m_keys;
    qint64 m_hits = 0;
};

// Signs request for credentials at time (any time zone; the UTC instant is used) with the scope
// <date>/<region>/<service>/aws4_request. With a cache, the derived key is looked up there.
Signed sign(const Request &request, const AwsCredentials &credentials, const QString &region, const QDateTime &time,
            SigningKeyCache *cache = nullptr, QByteArrayView service = "s3");

// The Authorization value with every Signature= value replaced by "<redacted>", for debug logs.
// A value that is not SigV4-shaped keeps only its scheme word ("Bearer <redacted>").
QByteArray redactAuthorization(QByteArrayView authorization);

} // namespace PartSweep::SigV4
