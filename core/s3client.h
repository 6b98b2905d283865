#pragma once

#include "credentials.h"
#include "rawhttp.h"
#include "result.h"
#include "retrypolicy.h"
#include "s3types.h"
#include "s3xml.h"
#include "sigv4.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace PartSweep {

struct S3ClientConfig
{
    QUrl endpoint; // empty: AWS (https://s3.<region>.amazonaws.com)
    QString region = QStringLiteral("us-east-1");
    AddressingStyle addressingStyle = AddressingStyle::Auto;
    AwsCredentials credentials;
    bool requestPayer = false;   // send x-amz-request-payer: requester on every request
    QString expectedBucketOwner; // send x-amz-expected-bucket-owner on every bucket request
    QString caBundle;            // PEM file of extra trusted CAs; empty: system CAs
    bool verifyTls = true;
    int concurrency = 16; // requests in flight at once (1..256)
    int maxAttempts = 3;
    int timeoutMs = 60000;
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
};

struct S3Response
{
    ResponseMeta meta;
    QByteArray body;
    std::optional<S3Error> error; // set when the exchange failed (network, timeout, HTTP >= 300)
};

// The asynchronous S3 client. Lives on one thread (the one that created it) and must be used
// from it; callbacks run on that thread, and only while their context object is alive.
// Every request goes through one queue with at most `concurrency` in flight; requests are
// spread over several QNetworkAccessManagers because Qt 6.4 opens at most 6 connections per
// host per manager. Retries (standard mode), clock-skew correction and region redirects happen
// here, once, for every operation.
class S3Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(S3Client)

public:
    explicit S3Client(S3ClientConfig config, QObject *parent = nullptr);
    ~S3Client() override;

    const S3ClientConfig &config() const { return m_config; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRetryPolicy(RetryPolicy policy) { m_retry = std::move(policy); }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

    // Raw exchange (used by the typed operations and by tests).
    void send(S3Request request, QObject *context, std::function<void(const S3Response &)> done);

    // --- typed operations ---
    void listBucketsPage(const QString &continuationToken, QObject *context,
                         std::function<void(Result<ListBucketsPage>, const ResponseMeta &)> done);
    // All buckets, following continuation tokens (guarded against tokens that repeat).
    void listBuckets(QObject *context, std::function<void(Result<QList<BucketInfo>>)> done);

    // The bucket's region: cached; HEAD x-amz-bucket-region, else GetBucketLocation, else the
    // configured region.
    void bucketRegion(const QString &bucket, QObject *context, std::function<void(Result<QString>)> done);
    QString cachedRegion(const QString &bucket) const { return m_bucketRegions.value(bucket); }

    struct ListUploadsQuery
    {
        QString bucket;
        QString prefix;
        QString delimiter;
        QString keyMarker;
        QString uploadIdMarker;
        int maxUploads = 1000;

        static ListUploadsQuery forBucket(const QString &name)
        {
            ListUploadsQuery query;
            query.bucket = name;
            return query;
        }
    };
    void listUploadsPage(const ListUploadsQuery &query, QObject *context,
                         std::function<void(Result<ListUploadsPage>, const ResponseMeta &)> done);

    void listPartsPage(const QString &bucket, const QString &key, const QString &uploadId, int partNumberMarker,
                       int maxParts, QObject *context,
                       std::function<void(Result<ListPartsPage>, const ResponseMeta &)> done);

    struct PartsSummary
    {
        QList<PartInfo> parts;
        qint64 totalBytes = 0;
        QDateTime abortDate; // x-amz-abort-date: a lifecycle rule will abort it then
        QString abortRuleId;
        int requests = 0;
        int chargedRequests = 0;
    };
    // Every part of an upload (pages of 1000 up to 10,000 parts).
    void listAllParts(const QString &bucket, const QString &key, const QString &uploadId, QObject *context,
                      std::function<void(Result<PartsSummary>)> done);

    void abortUpload(const QString &bucket, const QString &key, const QString &uploadId, QObject *context,
                     std::function<void(Result<Unit>, const ResponseMeta &)> done);

    // Raw lifecycle XML (an empty result when the bucket has none).
    void getLifecycle(const QString &bucket, QObject *context, std::function<void(Result<QByteArray>)> done);
    void putLifecycle(const QString &bucket, const QByteArray &xml, QObject *context,
                      std::function<void(Result<Unit>)> done);

    // Builds the signed network request of an exchange; exposed for tests of addressing.
    struct Prepared
    {
        QUrl url;
        QByteArray canonicalPath;
        QByteArray canonicalQuery;
        QByteArray host;
        QString region;
    };
    Prepared prepare(const S3Request &request, const QString &region) const;

Q_SIGNALS:
    // A request was retried (for progress views and logs).
    void requestRetried(const QString &operation, int attempt, int delayMs, const QString &reason);

private:
    struct Call;
    void enqueue(std::shared_ptr<Call> call);
    void dispatch();
    void start(const std::shared_ptr<Call> &call);
    void handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void handleExchange(const std::shared_ptr<Call> &call, const RawHttpExchange::Result &exchange,
                        const QString &host);
    void finish(const std::shared_ptr<Call> &call, S3Response response);
    QString signingRegion(const S3Request &request) const;
    QNetworkAccessManager *nextManager();
    // body: the response's <Error> document, parsed once by the caller (nullopt without one).
    S3Error describeError(const S3Request &request, const S3Response &response,
                          const std::optional<S3Xml::ErrorBody> &body) const;

    S3ClientConfig m_config;
    RetryPolicy m_retry;
    SigV4::SigningKeyCache m_keyCache;
    std::function<QDateTime()> m_clock;
    qint64 m_clockOffsetMs = 0;
    std::vector<QNetworkAccessManager *> m_managers;
    size_t m_nextManager = 0;
    std::deque<std::shared_ptr<Call>> m_queue;
    int m_inFlight = 0;
    QHash<QString, QString> m_bucketRegions;
#if QT_CONFIG(ssl)
    // Built once: reading a CA bundle takes ~40 ms (the system's 144 certificates), too long to
    // repeat for every request.
    QSslConfiguration m_sslConfiguration;
#endif
    std::optional<S3Error> m_caBundleError; // the CA bundle is unusable: https requests fail with it
};

} // namespace PartSweep
