#pragma once

#include "s3/requestpipeline.h"
#include "s3/s3request.h"
#include "s3/s3types.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace PartSweep {

// The top layer of the S3 client: typed operations and paginators. Each builds an S3Request,
// sends it through the RequestPipeline (signing, credentials, retries, redirects, clock skew,
// transport) and turns the answer into a typed outcome, so callers never compare error codes.
//
// Lives on one thread (the one that created it) and must be used from it; callbacks run on that
// thread, and only while their context object is alive.
class S3Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(S3Client)

public:
    explicit S3Client(S3ClientConfig config, QObject *parent = nullptr);
    // With another transport or a refreshing credentials provider (see RequestPipeline).
    S3Client(S3ClientConfig config, std::unique_ptr<HttpTransport> transport,
             std::shared_ptr<CredentialsProvider> credentials, QObject *parent = nullptr);
    ~S3Client() override;

    RequestPipeline *pipeline() const { return m_pipeline; }
    const S3ClientConfig &config() const { return m_pipeline->config(); }
    void setClock(std::function<QDateTime()> clock) { m_pipeline->setClock(std::move(clock)); }
    void setRetryPolicy(RetryPolicy policy) { m_pipeline->setRetryPolicy(std::move(policy)); }
    qint64 clockOffsetMs() const { return m_pipeline->clockOffsetMs(); }
    int inFlight() const { return m_pipeline->inFlight(); }
    // The server's clock (see RequestPipeline::serverNow): ages are measured on it.
    std::optional<qint64> serverClockOffsetMs() const { return m_pipeline->serverClockOffsetMs(); }
    std::optional<QDateTime> serverNow() const { return m_pipeline->serverNow(); }
    // The server's clock offset, read first when no answer has carried it yet (one HEAD of the
    // bucket, or of the service when bucket is empty; any answer with a Date header will do).
    // An error when the server's answers carry no Date header or it cannot be reached.
    void readServerClock(const QString &bucket, QObject *context, std::function<void(Result<qint64>)> done);
    int queued() const { return m_pipeline->queued(); }
    // See RequestPipeline::cancelPending.
    void cancelPending(QObject *context) { m_pipeline->cancelPending(context); }

    // Raw exchange (used by the typed operations and by tests).
    void send(S3Request request, QObject *context, std::function<void(const S3Response &)> done)
    {
        m_pipeline->send(std::move(request), context, std::move(done));
    }

    // --- typed operations ---
    void listBucketsPage(const QString &continuationToken, QObject *context,
                         std::function<void(Result<ListBucketsPage>, const ResponseMeta &)> done);
    // All buckets, following continuation tokens (guarded against tokens that repeat).
    void listBuckets(QObject *context, std::function<void(Result<QList<BucketInfo>>)> done);

    // The bucket's region: cached; HEAD x-amz-bucket-region, else GetBucketLocation, else the
    // configured region.
    void bucketRegion(const QString &bucket, QObject *context, std::function<void(Result<QString>)> done);
    QString cachedRegion(const QString &bucket) const { return m_pipeline->cachedRegion(bucket); }

    struct ListUploadsQuery
    {
        QString bucket;
        QString prefix;
        QString delimiter;
        QString keyMarker;
        QString uploadIdMarker;
        int maxUploads = 1000;
        // encoding-type=url (keys XML cannot carry, such as control characters, come back
        // encoded); false for a listing as sent, when a server's answer was ambiguous.
        bool urlEncoding = true;

        static ListUploadsQuery forBucket(const QString &name)
        {
            ListUploadsQuery query;
            query.bucket = name;
            return query;
        }
    };
    void listUploadsPage(const ListUploadsQuery &query, QObject *context,
                         std::function<void(Result<ListUploadsPage>, const ResponseMeta &)> done);

    // One page of an upload's parts, or the server's word that the upload does not exist.
    void listPartsPage(const QString &bucket, const QString &key, const QString &uploadId, int partNumberMarker,
                       int maxParts, QObject *context,
                       std::function<void(Result<PartsAnswer>, const ResponseMeta &)> done);

    struct PartsSummary
    {
        QList<PartInfo> parts;
        qint64 totalBytes = 0;
        QDateTime abortDate; // x-amz-abort-date: a lifecycle rule will abort it then
        QString abortRuleId;
        int requests = 0;
        int chargedRequests = 0;
    };
    // Every part of an upload (pages of 1000 up to 10,000 parts). An upload that does not exist
    // is an error here (NoSuchUpload): whoever sizes an inventory reports it on the row.
    void listAllParts(const QString &bucket, const QString &key, const QString &uploadId, QObject *context,
                      std::function<void(Result<PartsSummary>)> done);

    // Accepted, or the server's word that the upload does not exist.
    void abortUpload(const QString &bucket, const QString &key, const QString &uploadId, QObject *context,
                     std::function<void(Result<AbortAnswer>, const ResponseMeta &)> done);

    // Raw lifecycle XML (an empty result when the bucket has none).
    void getLifecycle(const QString &bucket, QObject *context, std::function<void(Result<QByteArray>)> done);
    void putLifecycle(const QString &bucket, const QByteArray &xml, QObject *context,
                      std::function<void(Result<Unit>)> done);
    // Removes the bucket's whole lifecycle configuration (restoring "none").
    void deleteLifecycle(const QString &bucket, QObject *context, std::function<void(Result<Unit>)> done);

    // The address (signed bytes) of an exchange; exposed for tests of addressing.
    using Prepared = RequestAddress;
    Prepared prepare(const S3Request &request, const QString &region) const
    {
        return m_pipeline->address(request, region);
    }

Q_SIGNALS:
    // A request was retried (for progress views and logs).
    void requestRetried(const QString &operation, int attempt, int delayMs, const QString &reason);

private:
    static S3Request listPartsRequest(const QString &bucket, const QString &key, const QString &uploadId,
                                      int partNumberMarker, int maxParts);

    RequestPipeline *m_pipeline;
};

} // namespace PartSweep
