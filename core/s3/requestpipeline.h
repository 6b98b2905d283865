#pragma once

#include "s3/addressing.h"
#include "s3/credentialsprovider.h"
#include "s3/responseerrors.h"
#include "s3/retrypolicy.h"
#include "s3/s3request.h"
#include "s3/sigv4.h"
#include "s3/transport/httptransport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace PartSweep {

// The middle layer of the S3 client: turns an S3Request into a signed exchange and an
// S3Response. One place for what every operation needs: the queue (at most `concurrency` in
// flight), the region of each bucket (addressing and signing), credentials (from a
// CredentialsProvider, refreshed before signing when it asks), SigV4 signing, retries with the
// retry budget (standard mode), region redirects and clock-skew correction.
//
// Lives on one thread (the one that created it) and must be used from it; callbacks run on that
// thread, and only while their context object is alive. A queued request whose context is gone
// is never sent.
class RequestPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPipeline)

public:
    // transport: the pipeline takes it over (nullptr: an S3Transport for the config's TLS and
    // timeout settings). credentials: nullptr uses config.credentialsProvider, or else signs with
    // config.credentials.
    RequestPipeline(S3ClientConfig config, std::unique_ptr<HttpTransport> transport = {},
                    std::shared_ptr<CredentialsProvider> credentials = {}, QObject *parent = nullptr);
    ~RequestPipeline() override;

    const S3ClientConfig &config() const { return m_config; }
    AwsCredentials credentials() const { return m_credentials->credentials(); }
    // Signs every request from now on with these (e.g. credentials the user renewed while a job
    // waited); requests on the wire are not touched.
    void setCredentialsProvider(std::shared_ptr<CredentialsProvider> credentials);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRetryPolicy(RetryPolicy policy) { m_retry = std::move(policy); }
    // The server's time minus this computer's, learned from a RequestTimeTooSkewed answer (0 until
    // then): what signing adds to the local clock.
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    // The server's time minus this computer's as read from the Date header of its answers (the
    // first one, then at most every minute; 1 s resolution). nullopt until an answer carried one.
    std::optional<qint64> serverClockOffsetMs() const { return m_serverOffsetMs; }
    // The server's time now, by that offset; nullopt when it was never read.
    std::optional<QDateTime> serverNow() const;
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

    void send(S3Request request, QObject *context, std::function<void(const S3Response &)> done);
    // Stops every request of `context` that has not gone out: queued ones and retries waiting out
    // their backoff (a cancelled cleanup must not send a DELETE seconds later). Their callbacks run
    // at once with a Kind::Cancelled error. Requests on the wire are not interrupted.
    void cancelPending(QObject *context);
    int waitingRetries() const { return int(m_backingOff.size()); }

    // The region requests to the bucket are signed for: learned from a redirect or remembered by
    // rememberRegion(); the configured region otherwise.
    QString signingRegion(const QString &bucket) const;
    QString cachedRegion(const QString &bucket) const { return m_bucketRegions.value(bucket); }
    void rememberRegion(const QString &bucket, const QString &region) { m_bucketRegions.insert(bucket, region); }

    RequestAddress address(const S3Request &request, const QString &region) const;

Q_SIGNALS:
    // A request was retried (for progress views and logs).
    void requestRetried(const QString &operation, int attempt, int delayMs, const QString &reason);

private:
    struct Call;
    void enqueue(std::shared_ptr<Call> call);
    void dispatch();
    void refreshCredentials();
    void start(const std::shared_ptr<Call> &call);
    void handleExchange(const std::shared_ptr<Call> &call, const HttpResult &exchange, const QString &host);
    void finish(const std::shared_ptr<Call> &call, S3Response response);
    void finishCancelled(const std::shared_ptr<Call> &call, const QString &why);
    void readServerClock(const QHash<QByteArray, QByteArray> &headers);
    ResponseErrors::ClientFacts facts() const;

    S3ClientConfig m_config;
    HttpTransport *m_transport;
    std::shared_ptr<CredentialsProvider> m_credentials;
    bool m_refreshing = false;
    RetryPolicy m_retry;
    SigV4::SigningKeyCache m_keyCache;
    std::function<QDateTime()> m_clock;
    qint64 m_clockOffsetMs = 0;
    std::optional<qint64> m_serverOffsetMs;
    QDateTime m_serverOffsetReadAt; // local time of the last reading
    std::deque<std::shared_ptr<Call>> m_queue;
    std::vector<std::shared_ptr<Call>> m_backingOff; // retries waiting for their timer
    int m_inFlight = 0;
    QHash<QString, QString> m_bucketRegions;
};

} // namespace PartSweep
