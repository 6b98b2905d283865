#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain values exchanged between the S3 client, parsers, models and the cleanup engine.
namespace PartSweep {

struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey; // never logged, never written to settings or reports
    QString sessionToken;    // temporary credentials: signed as x-amz-security-token
    QDateTime expiration;    // invalid when the credentials do not expire
    QString source; // where they came from, for error messages ("environment", "profile prod in ~/.aws/credentials")

    bool isEmpty() const { return accessKeyId.isEmpty() || secretAccessKey.isEmpty(); }
};

struct Owner
{
    QString id;
    QString displayName;
};

struct BucketInfo
{
    QString name;
    QDateTime creationDate; // UTC
    QString region;         // from ListBuckets' BucketRegion when the server sends it, else empty
};

struct ListBucketsPage
{
    QList<BucketInfo> buckets;
    Owner owner;
    QString continuationToken; // empty: last page
};

struct UploadInfo
{
    QString bucket;
    QString key; // decoded (encoding-type=url undone)
    QString uploadId;
    QDateTime initiated; // UTC
    QString storageClass;
    Owner initiator;
    Owner owner;
    QString checksumAlgorithm;
};

struct ListUploadsPage
{
    QString bucket;
    QList<UploadInfo> uploads;
    QStringList commonPrefixes; // decoded
    bool isTruncated = false;
    QString nextKeyMarker; // decoded
    QString nextUploadIdMarker;
    // How Key, NextKeyMarker and the common prefixes were read (see S3Xml::parseListMultipartUploads).
    enum class KeyReading
    {
        AsSent,    // no encoding was asked, or every field reads the same encoded or not
        Decoded,   // the page said <EncodingType>url</EncodingType>: decoded
        Ambiguous, // encoding was asked, the page did not say whether it applied, and a field reads
                   // differently either way: left as sent; list again without encoding-type
    };
    KeyReading keyReading = KeyReading::AsSent;
};

struct PartInfo
{
    int partNumber = 0;
    qint64 size = 0;
    QString etag;
    QDateTime lastModified; // UTC
};

// S3 numbers parts from 1 to 10,000 (Ceph, MinIO and the others too): a listing that goes past
// it is a broken or hostile server, and ends there.
inline constexpr int MaxPartNumber = 10000;

struct ListPartsPage
{
    QList<PartInfo> parts;
    bool isTruncated = false;
    int nextPartNumberMarker = 0;
    QString storageClass;
    Owner initiator;
    Owner owner;
};

// The server's word that an upload does not exist (completed, aborted, never created): the answer
// that said so, for journals and reports.
struct UploadGone
{
    int httpStatus = 404;
    QString code; // NoSuchUpload (AWS); NoSuchKey (Ceph RGW's ListParts)
    QString requestId;
};

struct AbortAnswer
{
    std::optional<UploadGone> gone; // unset: the abort was accepted (2xx)
};

struct PartsAnswer
{
    ListPartsPage page;             // empty when gone
    std::optional<UploadGone> gone; // set: the upload does not exist
};

} // namespace PartSweep
