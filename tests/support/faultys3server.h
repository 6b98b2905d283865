#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

class QTcpServer;

namespace PartSweep::Test {

// One request as the fake received it. Header names are lower case; `target` holds the path
// and query exactly as they came on the wire, before any decoding.
struct RecordedRequest
{
    int index = 0;      // 0-based, in order of arrival
    int connection = 0; // which TCP connection carried it (1-based)
    QByteArray method;
    QByteArray target; // "/bucket/a%20b?uploadId=x"
    QByteArray path;   // the part before '?', still encoded
    QByteArray query;  // the part after '?', still encoded
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // empty when absent
    bool hasHeader(QByteArrayView name) const;
    bool hasQueryItem(const QString &name) const;
    QString queryItem(const QString &name) const; // percent-decoded
    QString bucket() const;                       // first path segment, decoded
    QString key() const;                          // the rest of the path, decoded
    bool hasKey() const;
    // From the SigV4 Authorization header: the signed header names and the scope's region.
    QByteArrayList signedHeaders() const;
    QString signingRegion() const;
    // What S3 would call it: "ListMultipartUploads", "ListParts", "AbortMultipartUpload", ...
    QString operation() const;
};

// A scripted answer: a status with headers and body, or a fault.
struct FakeResponse
{
    enum class Fault
    {
        None,
        CloseWithoutAnswer, // close the connection without writing a byte
        ResetMidBody,       // headers with Content-Length 1000, then 10 bytes, then abort
        Trickle,            // the status and headers, then the body one byte every intervalMs
        Flood,              // 200 announcing announcedLength bytes (0: no length, the body ends
                            // with the connection) and sending them as fast as they are read
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Fault fault = Fault::None;
    int delayMs = 0;            // wait this long before answering (or before the fault)
    int intervalMs = 1000;      // Trickle
    qint64 announcedLength = 0; // Flood

    static FakeResponse ok(QByteArray body = {});
    // An S3 <Error> document; extraXml goes inside <Error> (e.g. "<Region>eu-west-1</Region>").
    static FakeResponse s3Error(int status, const QString &code, const QString &message = {},
                                const QByteArray &extraXml = {});
    static FakeResponse slowDown(); // 503 SlowDown
    static FakeResponse closeWithoutAnswer();
    static FakeResponse resetMidBody();
    static FakeResponse trickle(QByteArray body, int intervalMs);
    static FakeResponse flood(qint64 announcedLength);

    FakeResponse delayed(int ms) const;
    FakeResponse withHeader(const QByteArray &name, const QByteArray &value) const;
};

// A FAKE S3 server that injects faults a real server (Ceph RGW) will not produce on demand.
// HTTP/1.1 with keep-alive on 127.0.0.1 and a random port; it never checks signatures.
//
// How an answer is chosen, first match wins:
//  1. the request limit (setRequestLimit) is reached: 400 InvalidRequest, so a looping client
//     ends instead of running forever;
//  2. server properties: expected bucket owner (403 AccessDenied on a mismatch, as AWS does),
//     clock (403 RequestTimeTooSkewed when x-amz-date is more than 15 minutes off), bucket
//     region (301 PermanentRedirect or 400 AuthorizationHeaderMalformed for a wrong scope);
//  3. the queue of scripted answers (enqueue), in order;
//  4. the rules (addRule), in the order added;
//  5. a small in-memory S3: ListBuckets, GetBucketLocation, ListMultipartUploads (paging by
//     both markers, with an optional ListingFault), ListParts (paging), AbortMultipartUpload;
//  6. 501 NotImplemented.
// Every answer carries Date, x-amz-request-id and, when setChargeRequester(true),
// x-amz-request-charged: requester. Lives on the thread that created it (the test's).
class FaultyS3Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultyS3Server)

public:
    enum class RegionFault
    {
        PermanentRedirect,            // 301, x-amz-bucket-region, <Endpoint> in the body
        AuthorizationHeaderMalformed, // 400 with <Region> in the body
    };
    enum class DateStyle
    {
        HttpDate,       // "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 7231; what S3 and RGW send)
        Rfc2822Numeric, // "Sun, 06 Nov 1994 08:49:37 +0000"
        None,           // no Date header at all (a quirky server: the client cannot read its time)
    };
    enum class ListingFault
    {
        None,
        MarkersStuck,  // every truncated page names the Next markers of the first page
        NoNextMarkers, // truncated pages without NextKeyMarker / NextUploadIdMarker
        IgnoreMarkers, // markers are ignored: the first page again and again
        MarkersGoBack, // from the third page on, the Next markers point back to the first page's
    };

    using Rule = std::function<std::optional<FakeResponse>(const RecordedRequest &)>;

    explicit FaultyS3Server(QObject *parent = nullptr);
    ~FaultyS3Server() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    QUrl endpoint() const; // http://127.0.0.1:<port> (http://[::1]:<port> on IPv6)

    // --- scripting ---
    void enqueue(const FakeResponse &response, int times = 1);
    void enqueueSlowDownStorm(int count); // count x 503 SlowDown, then whatever comes next
    void addRule(Rule rule);
    void clearRules() { m_rules.clear(); }
    void setRequestLimit(int limit); // 0: none
    void setDelayMs(int ms);         // delay every answer by this much (concurrency tests)

    // --- server properties ---
    void setExpectedBucketOwner(const QString &ownerId);
    void setChargeRequester(bool charge);
    void setClockOffsetMs(qint64 offsetMs); // the server's clock is the real one plus this
    void setDateStyle(DateStyle style);
    void setBucketRegion(const QString &bucket, const QString &region, RegionFault fault);

    // --- the in-memory S3 ---
    void addBucket(const QString &bucket);
    void addUpload(const QString &bucket, const QString &key, const QString &uploadId, int parts = 0,
                   qint64 partSize = 5 * 1024 * 1024);
    void setListingFault(ListingFault fault);
    // A small server that ignores encoding-type=url: keys sent raw, no <EncodingType>.
    void setIgnoresEncodingType(bool ignores) { m_ignoresEncodingType = ignores; }
    // What every listed upload names as its owner and initiator (default: "fake-owner", "fake"),
    // e.g. AWS's 64-hex canonical id and an IAM ARN, for benches that need a listing's real sizes.
    void setListingIdentity(const QByteArray &ownerId, const QByteArray &ownerName, const QByteArray &initiatorId,
                            const QByteArray &initiatorName);
    // Parts stay listed after an abort (parts still uploading while the abort ran, on AWS).
    void setPartsSurviveAbort(bool survive);
    // Parts stay listed after each of the first `aborts` aborts of an upload, and are gone after
    // the next one (an abort repeated while parts remain answers 204, as AWS does); 0: never.
    void setPartsSurviveAborts(int aborts);
    // Abort requests the store received for that upload (whatever it answered).
    int abortCount(const QString &bucket, const QString &key, const QString &uploadId) const;
    void setListPartsHeaders(QList<std::pair<QByteArray, QByteArray>> headers); // x-amz-abort-date ...
    int uploadCount(const QString &bucket) const;                               // not aborted

    // --- observations ---
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int requestCount(const QString &operation) const;
    int inProgress() const { return m_inProgress; }
    int maxConcurrent() const { return m_maxConcurrent; }
    int connectionCount() const { return m_connections; }
    qint64 floodBytesSent() const { return m_floodBytes; } // body bytes written by Flood answers
    void clearRecords();

    static QByteArray httpDate(const QDateTime &time, DateStyle style = DateStyle::HttpDate);

Q_SIGNALS:
    void requestReceived(const PartSweep::Test::RecordedRequest &request);

private:
    friend class FakeConnection;
    struct Upload
    {
        QString bucket;
        QString key;
        QString uploadId;
        int parts = 0;
        qint64 partSize = 0;
        bool aborted = false;
        int aborts = 0;
    };

    void handleNewConnection();
    FakeResponse respond(const RecordedRequest &request);
    std::optional<FakeResponse> checkProperties(const RecordedRequest &request) const;
    std::optional<FakeResponse> fromStore(const RecordedRequest &request);
    FakeResponse listUploads(const RecordedRequest &request);
    FakeResponse listParts(const RecordedRequest &request) const;
    void finishResponse(FakeResponse &response, const RecordedRequest &request) const;
    Upload *findUpload(const QString &bucket, const QString &key, const QString &uploadId);
    const Upload *findUpload(const QString &bucket, const QString &key, const QString &uploadId) const;
    void requestStarted(const RecordedRequest &request);
    void requestEnded() { --m_inProgress; }
    QDateTime serverNow() const;

    QTcpServer *m_server = nullptr;
    QList<RecordedRequest> m_requests;
    std::vector<FakeResponse> m_queue;
    std::vector<Rule> m_rules;
    int m_requestLimit = 0;
    int m_delayMs = 0;
    QString m_expectedOwner;
    bool m_chargeRequester = false;
    qint64 m_clockOffsetMs = 0;
    DateStyle m_dateStyle = DateStyle::HttpDate;
    QHash<QString, std::pair<QString, RegionFault>> m_regions;
    QStringList m_buckets;
    std::vector<Upload> m_uploads;
    // Where each upload id is in m_uploads, so that a request finds its upload without a scan of
    // a million (benches); rebuilt on the next lookup after an insertion moved the uploads.
    QMultiHash<QString, qsizetype> m_byUploadId;
    bool m_byUploadIdStale = false;
    ListingFault m_listingFault = ListingFault::None;
    bool m_ignoresEncodingType = false;
    QByteArray m_identityXml = "<Initiator><ID>fake-owner</ID><DisplayName>fake</DisplayName></Initiator>"
                               "<Owner><ID>fake-owner</ID><DisplayName>fake</DisplayName></Owner>";
    std::optional<std::pair<QString, QString>> m_firstNextMarkers;
    int m_partsSurviveAborts = 0;
    QList<std::pair<QByteArray, QByteArray>> m_listPartsHeaders;
    int m_inProgress = 0;
    int m_maxConcurrent = 0;
    int m_connections = 0;
    qint64 m_floodBytes = 0;
};

} // namespace PartSweep::Test
