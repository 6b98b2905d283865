#pragma once

#include "s3/s3types.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// Parsers for the XML documents S3 answers with. Pure functions: no QObject, no I/O, no shared
// state, so they are safe to call from any thread (the inventory parses pages on a worker).
//
// Common contract of the list parsers:
// - Streaming (QXmlStreamReader), no DOM. Element names are matched by local name, so the S3
//   namespace (xmlns="http://s3.amazonaws.com/doc/2006-03-01/") may be present or absent.
//   Child elements may come in any order; unknown elements are skipped.
// - A body that is empty, not XML (an HTML page from a proxy), truncated, has the wrong root
//   element, or carries a field that is not what S3 documents (a date that is not a date, a
//   size that is not a number) is an S3Error of Kind::Xml whose message names the document, the
//   element and the offending text, e.g. "ListMultipartUploadsResult: <Initiated> is not a date:
//   'xyz'". A page is returned whole or not at all: never a silently partial page.
// - An <Error> document where a result was expected gives Kind::Xml too, with its code quoted;
//   callers parse error bodies of non-2xx answers with parseError().
namespace PartSweep::S3Xml {

// What the caller asked for with the encoding-type request parameter.
enum class KeyEncoding
{
    None, // no encoding-type sent
    Url,  // encoding-type=url sent
};

// ListAllMyBucketsResult (GET /). ContinuationToken and BucketRegion are read when the server
// sends them (AWS, when max-buckets or another parameter was given); Ceph and MinIO do not.
Result<ListBucketsPage> parseListBuckets(QByteArrayView xml);

// ListMultipartUploadsResult (GET /bucket?uploads). How keys are read (page.keyReading), from
// evidence only, never a guess:
// - The document says <EncodingType>url</EncodingType> (AWS): Key, NextKeyMarker and
//   CommonPrefixes/Prefix are form-url-decoded: "%XX" is a UTF-8 byte and '+' is a space, as
//   AWS writes a space as '+' and a '+' as "%2B" (botocore decodes these lists with
//   unquote_plus). Decoded.
// - `requested` is Url but the document does not say: servers differ here (Ceph RGW 16.2
//   percent-encodes <Key> only and sends NextKeyMarker raw; other servers ignore encoding-type
//   and send keys raw, so "100%20 done" may be a literal key). When every field consists of
//   characters no encoder changes, it reads the same either way: AsSent. Otherwise Ambiguous:
//   left as sent, and the caller must list the page again without encoding-type.
// - Otherwise (no encoding asked) everything is taken as sent: AsSent.
// Each UploadInfo gets the page's bucket. Uploads without <Key> or <UploadId> are an error.
Result<ListUploadsPage> parseListMultipartUploads(QByteArrayView xml, KeyEncoding requested = KeyEncoding::None);

// ListPartsResult (GET /bucket/key?uploadId=ID). Sizes are qint64 (a part may be 5 GiB).
Result<ListPartsPage> parseListParts(QByteArrayView xml);

// The text of <LocationConstraint> (GET /bucket?location): "" (us-east-1), "EU", "default"
// (Ceph's zonegroup name) or a region. *ok (optional) is false when the body is not such a
// document; the result is then empty.
QString parseBucketLocation(QByteArrayView xml, bool *ok = nullptr);

// The region a LocationConstraint stands for: "" -> "us-east-1", "EU" -> "eu-west-1",
// "default" (a Ceph zonegroup, not a region) -> fallback; anything else is the region itself.
QString regionFromLocationConstraint(const QString &constraint, const QString &fallback);

// An S3 <Error> document. Fields the server did not send are empty (RGW's <Message> always is).
struct ErrorBody
{
    QString code;
    QString message;
    QString requestId;
    QString hostId;
    QString resource;
    QString bucket;       // <BucketName> (RGW, AWS NoSuchBucket) or <Bucket> (AWS PermanentRedirect)
    QString region;       // <Region>: AuthorizationHeaderMalformed names the bucket's region
    QString endpoint;     // <Endpoint>: PermanentRedirect names the endpoint to use
    QString bucketRegion; // <BucketRegion>, sent by some redirects
};

// nullopt when the body is not a well-formed <Error> document (empty, HTML, truncated).
std::optional<ErrorBody> parseError(QByteArrayView xml);

// S3 timestamps: "2026-11-25T12:38:21.558Z", without milliseconds, with any number of fraction
// digits, with an offset ("2024-11-14T23:32:47+00:00", as AWS's ListBuckets examples show), and
// the RFC 1123 form old documents used ("Tue, 16 Feb 2010 20:34:56 GMT"). Returned in UTC;
// invalid (isValid() false) when the text is none of these.
QDateTime parseTimestamp(QStringView text);

} // namespace PartSweep::S3Xml
