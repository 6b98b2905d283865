#include "s3/s3client.h"

#include "s3/addressing.h"

#include "s3/s3xml.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace PartSweep {

namespace {

// The answers that say "this upload does not exist (any more)": 404 with the server's own code
// NoSuchUpload (AWS, RGW's abort) or NoSuchKey (Ceph RGW's ListParts). Any other 404 (a missing
// bucket, a proxy's page, a code PartSweep inferred from a body-less answer) says nothing about
// the upload.
std::optional<UploadGone> uploadGone(const S3Error &error)
{
    if (error.kind != S3Error::Kind::Http || error.httpStatus != 404 || !error.codeFromServer ||
        (error.code != u"NoSuchUpload" && error.code != u"NoSuchKey"))
        return std::nullopt;
    return UploadGone{.httpStatus = error.httpStatus, .code = error.code, .requestId = error.requestId};
}

// A bucket's region as a server named it, when it is no region name (isUsableRegion).
S3Error unusableRegion(const QString &bucket, const QString &region, const ResponseMeta &meta)
{
    S3Error error;
    error.kind = S3Error::Kind::Xml;
    error.httpStatus = meta.httpStatus;
    error.requestId = meta.requestId;
    error.resource = bucket;
    error.message = QCoreApplication::translate("S3", "The server named the bucket's region \"%1\", which is no "
                                                      "region name")
                        .arg(region.left(80));
    error.hint = QCoreApplication::translate("S3", "PartSweep does not send requests there; set the region of the "
                                                   "connection to the bucket's region.");
    return error;
}

} // namespace

S3Client::S3Client(S3ClientConfig config, QObject *parent)
    : S3Client(std::move(config), {}, {}, parent)
{}

S3Client::S3Client(S3ClientConfig config, std::unique_ptr<HttpTransport> transport,
                   std::shared_ptr<CredentialsProvider> credentials, QObject *parent)
    : QObject(parent)
    , m_pipeline(new RequestPipeline(std::move(config), std::move(transport), std::move(credentials), this))
{
    connect(m_pipeline, &RequestPipeline::requestRetried, this, &S3Client::requestRetried);
}

S3Client::~S3Client() = default;

void S3Client::readServerClock(const QString &bucket, QObject *context, std::function<void(Result<qint64>)> done)
{
    if (const std::optional<qint64> offset = serverClockOffsetMs()) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done), offset = *offset] { done(offset); });
        return;
    }
    S3Request head;
    head.operation = bucket.isEmpty() ? QStringLiteral("ListBuckets") : QStringLiteral("HeadBucket");
    head.method = bucket.isEmpty() ? QByteArrayLiteral("GET") : QByteArrayLiteral("HEAD");
    head.bucket = bucket;
    if (bucket.isEmpty())
        head.query.append({QStringLiteral("max-buckets"), QStringLiteral("1")});
    send(std::move(head), context, [this, done = std::move(done)](const S3Response &response) {
        if (const std::optional<qint64> offset = serverClockOffsetMs())
            return done(*offset);
        // No Date header came back: say why (the request's error, or an answer without one).
        S3Error error = response.error.value_or(S3Error{});
        //: Completes "The server's time could not be read: %1".
        const QString why = !response.error ? QCoreApplication::translate("S3", "its answer has no Date header")
                            : response.error->message.isEmpty() ? response.error->code
                                                                : response.error->message;
        //: %1: why (the request's error, or that the answer has no Date header).
        error.message = QCoreApplication::translate("S3", "The server's time could not be read: %1").arg(why);
        done(error);
    });
}

// --- typed operations ------------------------------------------------------------------------

void S3Client::listBucketsPage(const QString &continuationToken, QObject *context,
                               std::function<void(Result<ListBucketsPage>, const ResponseMeta &)> done)
{
    S3Request request;
    request.operation = QStringLiteral("ListBuckets");
    // max-buckets makes AWS page (and send BucketRegion); older servers ignore it.
    request.query.append({QStringLiteral("max-buckets"), QStringLiteral("10000")});
    if (!continuationToken.isEmpty())
        request.query.append({QStringLiteral("continuation-token"), continuationToken});
    // A server that ignores max-buckets sends every bucket at once (Ceph: up to 100,000 and more
    // for one user, ~200 bytes each).
    request.maxResponseBytes = 64 * 1024 * 1024;
    send(std::move(request), context, [done = std::move(done)](const S3Response &response) {
        if (response.error)
            return done(*response.error, response.meta);
        done(S3Xml::parseListBuckets(response.body), response.meta);
    });
}

void S3Client::listBuckets(QObject *context, std::function<void(Result<QList<BucketInfo>>)> done)
{
    struct State
    {
        QList<BucketInfo> buckets;
        QStringList tokens;
        std::function<void(Result<QList<BucketInfo>>)> done;
        std::function<void(const QString &)> next;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    QPointer<QObject> guard(context);
    // next holds the state weakly; the request in flight holds it strongly (no cycle, no leak
    // when the context dies and the callback never runs).
    state->next = [this, weak = std::weak_ptr<State>(state), guard](const QString &token) {
        listBucketsPage(token, guard, [state = weak.lock()](Result<ListBucketsPage> page, const ResponseMeta &) {
            if (!page) {
                return state->done(page.error());
            }
            state->buckets += page->buckets;
            const QString token = page->continuationToken;
            if (token.isEmpty() || state->tokens.contains(token)) {
                if (!token.isEmpty())
                    qCWarning(lcS3, "ListBuckets repeated a continuation token: stopping");
                return state->done(state->buckets);
            }
            state->tokens << token;
            state->next(token);
        });
    };
    state->next(QString());
}

void S3Client::bucketRegion(const QString &bucket, QObject *context, std::function<void(Result<QString>)> done)
{
    const QString cached = m_pipeline->cachedRegion(bucket);
    if (!cached.isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done), cached] { done(cached); });
        return;
    }
    auto viaLocation = [this, bucket, context, done]() {
        S3Request request;
        request.operation = QStringLiteral("GetBucketLocation");
        request.bucket = bucket;
        request.query.append({QStringLiteral("location"), QString()});
        send(std::move(request), context, [this, bucket, done](const S3Response &response) {
            if (response.error) {
                if (response.error->code == u"NoSuchBucket")
                    return done(*response.error);
                // Denied or unsupported: the configured region is the best guess left.
                return done(config().region);
            }
            bool ok = false;
            const QString constraint = S3Xml::parseBucketLocation(response.body, &ok);
            if (!ok)
                return done(config().region);
            const QString region = S3Xml::regionFromLocationConstraint(constraint, config().region);
            if (!isUsableRegion(region, config().endpoint.isEmpty()))
                return done(unusableRegion(bucket, region, response.meta));
            m_pipeline->rememberRegion(bucket, region);
            done(region);
        });
    };
    if (!config().endpoint.isEmpty()) {
        viaLocation();
        return;
    }
    // AWS answers HEAD bucket with x-amz-bucket-region whatever the permissions.
    S3Request head;
    head.operation = QStringLiteral("HeadBucket");
    head.method = QByteArrayLiteral("HEAD");
    head.bucket = bucket;
    send(std::move(head), context, [this, bucket, done, viaLocation](const S3Response &response) {
        const QString region =
            QString::fromLatin1(response.meta.headers.value(QByteArrayLiteral("x-amz-bucket-region")));
        if (!region.isEmpty() && !isUsableRegion(region, config().endpoint.isEmpty()))
            return done(unusableRegion(bucket, region, response.meta));
        if (!region.isEmpty()) {
            m_pipeline->rememberRegion(bucket, region);
            return done(region);
        }
        viaLocation();
    });
}

void S3Client::listUploadsPage(const ListUploadsQuery &query, QObject *context,
                               std::function<void(Result<ListUploadsPage>, const ResponseMeta &)> done)
{
    S3Request request;
    request.operation = QStringLiteral("ListMultipartUploads");
    request.bucket = query.bucket;
    request.query.append({QStringLiteral("uploads"), QString()});
    if (query.urlEncoding)
        request.query.append({QStringLiteral("encoding-type"), QStringLiteral("url")});
    request.query.append({QStringLiteral("max-uploads"), QString::number(std::clamp(query.maxUploads, 1, 1000))});
    if (!query.prefix.isEmpty())
        request.query.append({QStringLiteral("prefix"), query.prefix});
    if (!query.delimiter.isEmpty())
        request.query.append({QStringLiteral("delimiter"), query.delimiter});
    if (!query.keyMarker.isEmpty())
        request.query.append({QStringLiteral("key-marker"), query.keyMarker});
    if (!query.uploadIdMarker.isEmpty())
        request.query.append({QStringLiteral("upload-id-marker"), query.uploadIdMarker});
    const QString bucket = query.bucket;
    const S3Xml::KeyEncoding requested = query.urlEncoding ? S3Xml::KeyEncoding::Url : S3Xml::KeyEncoding::None;
    send(std::move(request), context, [done = std::move(done), bucket, requested](const S3Response &response) {
        if (response.error)
            return done(*response.error, response.meta);
        Result<ListUploadsPage> page = S3Xml::parseListMultipartUploads(response.body, requested);
        if (page) {
            page.value().bucket = bucket;
            for (UploadInfo &upload : page.value().uploads)
                upload.bucket = bucket;
        }
        done(std::move(page), response.meta);
    });
}

S3Request S3Client::listPartsRequest(const QString &bucket, const QString &key, const QString &uploadId,
                                     int partNumberMarker, int maxParts)
{
    S3Request request;
    request.operation = QStringLiteral("ListParts");
    request.bucket = bucket;
    request.key = key;
    request.hasKey = true;
    request.query.append({QStringLiteral("uploadId"), uploadId});
    request.query.append({QStringLiteral("max-parts"), QString::number(std::clamp(maxParts, 1, 1000))});
    if (partNumberMarker > 0)
        request.query.append({QStringLiteral("part-number-marker"), QString::number(partNumberMarker)});
    return request;
}

void S3Client::listPartsPage(const QString &bucket, const QString &key, const QString &uploadId, int partNumberMarker,
                             int maxParts, QObject *context,
                             std::function<void(Result<PartsAnswer>, const ResponseMeta &)> done)
{
    S3Request request = listPartsRequest(bucket, key, uploadId, partNumberMarker, maxParts);
    send(std::move(request), context, [done = std::move(done)](const S3Response &response) {
        if (response.error) {
            if (std::optional<UploadGone> gone = uploadGone(*response.error))
                return done(PartsAnswer{.page = {}, .gone = std::move(gone)}, response.meta);
            return done(*response.error, response.meta);
        }
        Result<ListPartsPage> page = S3Xml::parseListParts(response.body);
        if (!page)
            return done(page.error(), response.meta);
        done(PartsAnswer{.page = std::move(page).value(), .gone = std::nullopt}, response.meta);
    });
}

void S3Client::listAllParts(const QString &bucket, const QString &key, const QString &uploadId, QObject *context,
                            std::function<void(Result<PartsSummary>)> done)
{
    struct State
    {
        PartsSummary summary;
        std::function<void(Result<PartsSummary>)> done;
        std::function<void(int)> next;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    QPointer<QObject> guard(context);
    state->next = [this, weak = std::weak_ptr<State>(state), guard, bucket, key, uploadId](int marker) {
        send(listPartsRequest(bucket, key, uploadId, marker, 1000), guard,
             [state = weak.lock(), marker, bucket, key](const S3Response &response) {
                 const ResponseMeta &meta = response.meta;
                 auto finish = [state](Result<PartsSummary> result) { state->done(std::move(result)); };
                 ++state->summary.requests;
                 if (meta.requestCharged)
                     ++state->summary.chargedRequests;
                 if (response.error)
                     return finish(*response.error);
                 const Result<ListPartsPage> page = S3Xml::parseListParts(response.body);
                 if (!page)
                     return finish(page.error());
                 if (marker == 0) {
                     const QByteArray abortDate = meta.headers.value(QByteArrayLiteral("x-amz-abort-date"));
                     if (!abortDate.isEmpty())
                         state->summary.abortDate = S3Xml::parseTimestamp(QString::fromLatin1(abortDate));
                     state->summary.abortRuleId =
                         QString::fromLatin1(meta.headers.value(QByteArrayLiteral("x-amz-abort-rule-id")));
                 }
                 for (const PartInfo &part : page->parts) {
                     state->summary.parts.append(part);
                     state->summary.totalBytes += part.size;
                 }
                 const int nextMarker = page->nextPartNumberMarker;
                 if (!page->isTruncated)
                     return finish(state->summary);
                 if (nextMarker >= MaxPartNumber || state->summary.parts.size() >= MaxPartNumber) {
                     S3Error error;
                     error.kind = S3Error::Kind::Paging;
                     error.resource = bucket + u'/' + key;
                     //: %1: a number of parts, %2: the next part number marker.
                     error.message = QCoreApplication::translate(
                                         "S3", "The server listed %1 parts and says there are more after part %2, "
                                               "but S3 numbers parts only up to 10,000")
                                         .arg(state->summary.parts.size())
                                         .arg(nextMarker);
                     return finish(error);
                 }
                 if (nextMarker <= marker) {
                     qCWarning(lcS3, "ListParts marker did not advance (%d): stopping", nextMarker);
                     return finish(state->summary);
                 }
                 state->next(nextMarker);
             });
    };
    state->next(0);
}

void S3Client::abortUpload(const QString &bucket, const QString &key, const QString &uploadId, QObject *context,
                           std::function<void(Result<AbortAnswer>, const ResponseMeta &)> done)
{
    S3Request request;
    request.operation = QStringLiteral("AbortMultipartUpload");
    request.method = QByteArrayLiteral("DELETE");
    request.bucket = bucket;
    request.key = key;
    request.hasKey = true;
    request.query.append({QStringLiteral("uploadId"), uploadId});
    send(std::move(request), context, [done = std::move(done)](const S3Response &response) {
        if (response.error) {
            if (std::optional<UploadGone> gone = uploadGone(*response.error))
                return done(AbortAnswer{.gone = std::move(gone)}, response.meta);
            return done(*response.error, response.meta);
        }
        done(AbortAnswer{}, response.meta);
    });
}

void S3Client::getLifecycle(const QString &bucket, QObject *context, std::function<void(Result<QByteArray>)> done)
{
    S3Request request;
    request.operation = QStringLiteral("GetBucketLifecycleConfiguration");
    request.bucket = bucket;
    request.query.append({QStringLiteral("lifecycle"), QString()});
    send(std::move(request), context, [done = std::move(done)](const S3Response &response) {
        if (response.error) {
            if (response.error->code == u"NoSuchLifecycleConfiguration")
                return done(QByteArray());
            return done(*response.error);
        }
        if (response.body.trimmed().isEmpty()) {
            // Empty means "none" to callers: an empty 200 is not that.
            S3Error error;
            error.kind = S3Error::Kind::Xml;
            error.httpStatus = response.meta.httpStatus;
            error.message = QCoreApplication::translate(
                "S3", "The server answered GetBucketLifecycleConfiguration with an empty body");
            error.requestId = response.meta.requestId;
            return done(error);
        }
        done(response.body);
    });
}

void S3Client::putLifecycle(const QString &bucket, const QByteArray &xml, QObject *context,
                            std::function<void(Result<Unit>)> done)
{
    S3Request request;
    request.operation = QStringLiteral("PutBucketLifecycleConfiguration");
    request.method = QByteArrayLiteral("PUT");
    request.bucket = bucket;
    request.query.append({QStringLiteral("lifecycle"), QString()});
    request.body = xml;
    request.headers.append(
        {QByteArrayLiteral("content-md5"), QCryptographicHash::hash(xml, QCryptographicHash::Md5).toBase64()});
    send(std::move(request), context, [done = std::move(done)](const S3Response &response) {
        if (response.error)
            return done(*response.error);
        done(Unit{});
    });
}

void S3Client::deleteLifecycle(const QString &bucket, QObject *context, std::function<void(Result<Unit>)> done)
{
    S3Request request;
    request.operation = QStringLiteral("DeleteBucketLifecycle");
    request.method = QByteArrayLiteral("DELETE");
    request.bucket = bucket;
    request.query.append({QStringLiteral("lifecycle"), QString()});
    send(std::move(request), context, [done = std::move(done)](const S3Response &response) {
        if (response.error)
            return done(*response.error);
        done(Unit{});
    });
}

} // namespace PartSweep
