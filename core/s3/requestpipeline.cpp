#include "s3/requestpipeline.h"

#include "s3/addressing.h"

#include "s3/crypto.h"
#include "s3/s3xml.h"
#include "s3/transport/exacthttptransport.h"
#include "util/appinfo.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <string_view>

namespace PartSweep {

namespace {

// The <Error> document a successful answer's body is in fact, if it is one: looked for in the first
// bytes only (after an XML declaration), parsed only then.
std::optional<S3Xml::ErrorBody> errorDocumentIn(const QByteArray &body)
{
    const std::string_view head(body.constData(), size_t(std::min<qsizetype>(body.size(), 256)));
    return head.find("<Error>") != std::string_view::npos ? S3Xml::parseError(body) : std::nullopt;
}

constexpr int MaxRedirects = 2;

QByteArray headerValue(const QHash<QByteArray, QByteArray> &headers, const char *name)
{
    return headers.value(QByteArray(name));
}

} // namespace

struct RequestPipeline::Call
{
    S3Request request;
    QPointer<QObject> context;
    bool hadContext = false;
    std::function<void(const S3Response &)> done;
    int attempts = 0;
    int retryCost = 0;
    int redirects = 0;
    bool skewCorrected = false;
    bool expiryRenewed = false;
    QString signedWith; // the key id and token of the last attempt: were they renewed since?

    bool abandoned() const { return hadContext && !context; }
};

RequestPipeline::RequestPipeline(S3ClientConfig config, std::unique_ptr<HttpTransport> transport,
                                 std::shared_ptr<CredentialsProvider> credentials, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_retry(RetryPolicy::Settings{.maxAttempts = std::max(1, m_config.maxAttempts)})
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_config.concurrency = std::clamp(m_config.concurrency, 1, 256);
    if (!transport) {
        transport = std::make_unique<S3Transport>(TransportSettings{.caBundle = m_config.caBundle,
                                                                    .verifyTls = m_config.verifyTls,
                                                                    .timeoutMs = m_config.timeoutMs,
                                                                    .maxConnections = m_config.concurrency});
    }
    m_transport = transport.release();
    m_transport->setParent(this);
    if (!m_credentials)
        m_credentials = m_config.credentialsProvider;
    if (!m_credentials)
        m_credentials = std::make_shared<StaticCredentialsProvider>(m_config.credentials);
}

RequestPipeline::~RequestPipeline() = default;

void RequestPipeline::setCredentialsProvider(std::shared_ptr<CredentialsProvider> credentials)
{
    if (!credentials)
        return;
    m_credentials = std::move(credentials);
    dispatch();
}

ResponseErrors::ClientFacts RequestPipeline::facts() const
{
    const AwsCredentials credentials = m_credentials->credentials();
    return {.accessKeyId = credentials.accessKeyId,
            .credentialsSource = credentials.source,
            .requestPayer = m_config.requestPayer,
            .expectedBucketOwner = m_config.expectedBucketOwner,
            .caBundle = m_config.caBundle,
            .timeoutMs = m_config.timeoutMs};
}

QString RequestPipeline::signingRegion(const QString &bucket) const
{
    if (!bucket.isEmpty()) {
        const QString cached = m_bucketRegions.value(bucket);
        if (!cached.isEmpty())
            return cached;
    }
    return m_config.region.isEmpty() ? QStringLiteral("us-east-1") : m_config.region;
}

RequestAddress RequestPipeline::address(const S3Request &request, const QString &region) const
{
    return addressRequest(m_config.endpoint, m_config.addressingStyle, region, request.bucket,
                          request.hasKey ? &request.key : nullptr, request.query, m_config.awsVariant);
}

std::optional<QDateTime> RequestPipeline::serverNow() const
{
    if (!m_serverOffsetMs)
        return std::nullopt;
    return m_clock().addMSecs(*m_serverOffsetMs);
}

void RequestPipeline::send(S3Request request, QObject *context, std::function<void(const S3Response &)> done)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context;
    call->hadContext = context != nullptr;
    call->done = std::move(done);
    enqueue(std::move(call));
}

void RequestPipeline::enqueue(std::shared_ptr<Call> call)
{
    m_queue.push_back(std::move(call));
    dispatch();
}

void RequestPipeline::dispatch()
{
    while (!m_refreshing && m_inFlight < m_config.concurrency && !m_queue.empty()) {
        if (m_credentials->needsRefresh(m_clock().addMSecs(m_clockOffsetMs)))
            return refreshCredentials();
        std::shared_ptr<Call> call = std::move(m_queue.front());
        m_queue.pop_front();
        if (call->abandoned())
            continue; // its receiver is gone: nobody wants the answer, and it may be a mutation
        start(call);
    }
}

void RequestPipeline::refreshCredentials()
{
    m_refreshing = true;
    qCInfo(lcS3, "refreshing the credentials before they expire");
    m_credentials->refresh(this, [this](Result<Unit> refreshed) {
        m_refreshing = false;
        if (!refreshed) {
            // Signing with credentials known to be stale would only collect refusals.
            qCWarning(lcS3, "credentials could not be refreshed: %s", qUtf8Printable(refreshed.errorString()));
            std::deque<std::shared_ptr<Call>> held;
            held.swap(m_queue);
            for (const std::shared_ptr<Call> &call : held) {
                S3Response response;
                response.meta.attempts = call->attempts;
                response.error = refreshed.error();
                response.error->resource = ResponseErrors::resourceOf(call->request);
                finish(call, std::move(response));
            }
            return;
        }
        dispatch();
    });
}

void RequestPipeline::start(const std::shared_ptr<Call> &call)
{
    const S3Request &request = call->request;
    const RequestAddress address = this->address(request, signingRegion(request.bucket));
    const AwsCredentials credentials = m_credentials->credentials();
    call->signedWith = credentials.accessKeyId + u':' + credentials.sessionToken;

    const QByteArray payloadHash =
        request.body.isEmpty() ? QByteArray(SigV4::EmptyPayloadHash) : QByteArray(Crypto::sha256Hex(request.body));
    const QDateTime now = m_clock().addMSecs(m_clockOffsetMs);

    SigV4::Request toSign;
    toSign.method = request.method;
    toSign.canonicalPath = address.canonicalPath;
    toSign.canonicalQuery = address.canonicalQuery;
    toSign.payloadHash = payloadHash;
    toSign.headers = {
        {QByteArrayLiteral("host"), address.host},
        {QByteArrayLiteral("x-amz-date"), SigV4::amzDate(now)},
        {QByteArrayLiteral("x-amz-content-sha256"), payloadHash},
    };
    if (!credentials.sessionToken.isEmpty())
        toSign.headers.append({QByteArrayLiteral("x-amz-security-token"), credentials.sessionToken.toUtf8()});
    if (m_config.requestPayer)
        toSign.headers.append({QByteArrayLiteral("x-amz-request-payer"), QByteArrayLiteral("requester")});
    if (!m_config.expectedBucketOwner.isEmpty() && !request.bucket.isEmpty())
        toSign.headers.append(
            {QByteArrayLiteral("x-amz-expected-bucket-owner"), m_config.expectedBucketOwner.toUtf8()});
    for (const auto &header : request.headers)
        toSign.headers.append(header);

    const SigV4::Signed signedRequest = SigV4::sign(toSign, credentials, address.region, now, &m_keyCache);

    HttpRequest exchange;
    exchange.method = request.method;
    exchange.url = address.url;
    exchange.target = address.canonicalPath;
    if (!address.canonicalQuery.isEmpty())
        exchange.target += '?' + address.canonicalQuery;
    exchange.headers = toSign.headers;
    exchange.headers.append({QByteArrayLiteral("Authorization"), signedRequest.authorization});
    exchange.headers.append({QByteArrayLiteral("User-Agent"), AppInfo::userAgent().toUtf8()});
    if (!request.body.isEmpty())
        exchange.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
    exchange.body = request.body;
    exchange.maxResponseBytes = request.maxResponseBytes;

    ++call->attempts;
    ++m_inFlight;
    qCDebug(lcS3) << request.operation << request.method << address.url.toString(QUrl::RemoveQuery) << "attempt"
                  << call->attempts << SigV4::redactAuthorization(signedRequest.authorization);
    const QString host = address.url.host();
    m_transport->send(exchange, [this, call, host](const HttpResult &result) { handleExchange(call, result, host); });
}

void RequestPipeline::handleExchange(const std::shared_ptr<Call> &call, const HttpResult &exchange, const QString &host)
{
    --m_inFlight;

    S3Response response;
    if (exchange.notSent) {
        // Refused before anything went on the wire (an unusable CA bundle): no attempt was made.
        --call->attempts;
        response.meta.attempts = call->attempts;
        response.error = exchange.notSent;
        return finish(call, std::move(response));
    }
    response.meta.attempts = call->attempts;
    response.meta.httpStatus = exchange.httpStatus;
    response.meta.headers = exchange.headers;
    response.meta.requestId = QString::fromLatin1(headerValue(response.meta.headers, "x-amz-request-id"));
    response.meta.requestCharged = headerValue(response.meta.headers, "x-amz-request-charged") == "requester";
    response.body = exchange.body;
    readServerClock(response.meta.headers);

    const S3Request &request = call->request;
    const int status = response.meta.httpStatus;
    const QNetworkReply::NetworkError networkError = exchange.error;
    RetryPolicy::Failure failure = RetryPolicy::Failure::None;
    QString reason;

    if (exchange.limit != HttpResult::Limit::None) {
        // Cut off by the transport: too large will not change by asking again; a trickle may.
        reason = exchange.errorString;
        response.body.clear();
        response.error = ResponseErrors::cutOffError(request, exchange, host, facts());
        failure =
            exchange.limit == HttpResult::Limit::TooLarge ? RetryPolicy::Failure::Fatal : RetryPolicy::Failure::Timeout;
    } else if (status == 0 || (status < 300 && networkError != QNetworkReply::NoError)) {
        // No complete HTTP answer: refused, reset, truncated body, TLS, DNS, or timed out.
        const bool timedOut =
            networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::OperationCanceledError;
        failure = timedOut ? RetryPolicy::Failure::Timeout : RetryPolicy::Failure::Network;
        reason = exchange.errorString;
        response.error = ResponseErrors::transportError(request, exchange, host, call->attempts, facts());
        // A failed TLS handshake or an unknown host will not heal by itself.
        if (networkError == QNetworkReply::SslHandshakeFailedError || networkError == QNetworkReply::HostNotFoundError)
            failure = RetryPolicy::Failure::Fatal;
    } else if (const std::optional<S3Xml::ErrorBody> body =
                   status < 300 ? errorDocumentIn(response.body) : std::nullopt;
               body) {
        // A 2xx whose body is an <Error> document (S3 does so when a request fails after the
        // status line went out; proxies too): that error, retried when its code is retryable,
        // instead of a page that does not parse and fails for good.
        failure = RetryPolicy::classify(status, body->code);
        if (failure == RetryPolicy::Failure::None)
            failure = RetryPolicy::Failure::Fatal;
        reason = body->code.isEmpty() ? QStringLiteral("an <Error> document with HTTP %1").arg(status) : body->code;
        response.error = ResponseErrors::httpError(request, response.meta, body, facts());
    } else if (status >= 300) {
        const std::optional<S3Xml::ErrorBody> body = S3Xml::parseError(response.body);
        const QString code = body ? body->code : QString();

        // Wrong region: remember the bucket's region and send again at once.
        QString region = QString::fromLatin1(headerValue(response.meta.headers, "x-amz-bucket-region"));
        if (region.isEmpty() && body)
            region = body->region;
        const bool redirect =
            status == 301 || status == 307 || (status == 400 && code == u"AuthorizationHeaderMalformed");
        // A region that is no region name is never followed: it would go into the host name.
        const bool usable = region.isEmpty() || isUsableRegion(region, m_config.endpoint.isEmpty());
        if (redirect && !request.bucket.isEmpty() && !region.isEmpty() && usable &&
            region != signingRegion(request.bucket) && call->redirects < MaxRedirects) {
            ++call->redirects;
            --call->attempts;
            m_bucketRegions.insert(request.bucket, region);
            qCInfo(lcS3, "bucket %s is in region %s: following", qUtf8Printable(request.bucket),
                   qUtf8Printable(region));
            m_queue.push_front(call);
            dispatch();
            return;
        }

        // Our clock is off: take the server's time and sign again, once.
        if (code == u"RequestTimeTooSkewed" && !call->skewCorrected) {
            const QDateTime serverTime =
                S3Xml::parseTimestamp(QString::fromLatin1(headerValue(response.meta.headers, "date")));
            if (serverTime.isValid()) {
                call->skewCorrected = true;
                --call->attempts;
                m_clockOffsetMs = m_clock().msecsTo(serverTime);
                qCWarning(lcS3, "clock differs from the server's by %lld s: correcting",
                          static_cast<long long>(m_clockOffsetMs / 1000));
                m_queue.push_front(call);
                dispatch();
                return;
            }
        }

        // Temporary credentials the server calls expired: renewed (when the provider can, or when
        // they were renewed while this request was on the wire) and the request sent again, once.
        if ((code == u"ExpiredToken" || code == u"TokenRefreshRequired") && !call->expiryRenewed) {
            const AwsCredentials current = m_credentials->credentials();
            const bool renewedMeanwhile = current.accessKeyId + u':' + current.sessionToken != call->signedWith;
            if (renewedMeanwhile || m_credentials->markExpired()) {
                call->expiryRenewed = true;
                qCInfo(lcS3, "%s: the server says the credentials expired: renewing them and sending again",
                       qUtf8Printable(request.operation));
                m_queue.push_front(call);
                dispatch();
                return;
            }
        }

        failure = RetryPolicy::classify(status, code);
        if (status == 304 || (status >= 300 && status < 400 && failure == RetryPolicy::Failure::None))
            failure = RetryPolicy::Failure::Fatal;
        reason = code.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : code;
        response.error = ResponseErrors::httpError(request, response.meta, body, facts());
        if (redirect && !usable) {
            qCWarning(lcS3, "bucket %s: the server named a region that is no region name: not followed",
                      qUtf8Printable(request.bucket));
            failure = RetryPolicy::Failure::Fatal;
            response.error->hint = QCoreApplication::translate(
                                       "S3", "The server sent the bucket elsewhere, to a region named \"%1\", which is "
                                             "no region name: PartSweep does not send requests there.")
                                       .arg(region.left(80));
        }
    }

    if (failure != RetryPolicy::Failure::None && failure != RetryPolicy::Failure::Fatal && !call->abandoned()) {
        if (const std::optional<int> delay = m_retry.nextDelayMs(failure, call->attempts, &call->retryCost)) {
            qCInfo(lcS3, "%s %s: %s, retry %d in %d ms", qUtf8Printable(request.operation),
                   qUtf8Printable(ResponseErrors::resourceOf(request)), qUtf8Printable(reason), call->attempts, *delay);
            Q_EMIT requestRetried(request.operation, call->attempts, *delay, reason);
            m_backingOff.push_back(call);
            QTimer::singleShot(*delay, this, [this, call] {
                const auto it = std::find(m_backingOff.begin(), m_backingOff.end(), call);
                if (it == m_backingOff.end())
                    return; // cancelled meanwhile: already answered
                m_backingOff.erase(it);
                m_queue.push_front(call);
                dispatch();
            });
            dispatch();
            return;
        }
    }
    if (!response.error)
        m_retry.recordSuccess(call->retryCost);
    finish(call, std::move(response));
}

void RequestPipeline::readServerClock(const QHash<QByteArray, QByteArray> &headers)
{
    const QDateTime local = m_clock();
    if (m_serverOffsetMs && m_serverOffsetReadAt.msecsTo(local) < 60000)
        return; // parsing a date on every answer would cost more than it tells
    const QByteArray date = headerValue(headers, "date");
    if (date.isEmpty())
        return;
    const QDateTime server = S3Xml::parseTimestamp(QString::fromLatin1(date));
    if (!server.isValid())
        return;
    const bool first = !m_serverOffsetMs;
    m_serverOffsetMs = local.msecsTo(server);
    m_serverOffsetReadAt = local;
    if (first && std::abs(*m_serverOffsetMs) >= 60000)
        qCWarning(lcS3, "the server's clock differs from this computer's by %lld s: ages are taken from the server's",
                  static_cast<long long>(*m_serverOffsetMs / 1000));
}

void RequestPipeline::cancelPending(QObject *context)
{
    if (!context)
        return;
    std::vector<std::shared_ptr<Call>> cancelled;
    const auto takeFrom = [context, &cancelled](auto &calls) {
        for (auto it = calls.begin(); it != calls.end();) {
            if ((*it)->context == context) {
                cancelled.push_back(*it);
                it = calls.erase(it);
            } else {
                ++it;
            }
        }
    };
    takeFrom(m_backingOff);
    const size_t retries = cancelled.size();
    takeFrom(m_queue);
    for (size_t i = 0; i < cancelled.size(); ++i)
        finishCancelled(cancelled[i],
                        i < retries ? QCoreApplication::translate("S3", "Cancelled while waiting to retry (an earlier "
                                                                        "attempt may have reached the server)")
                                    : QCoreApplication::translate("S3", "Cancelled before it was sent"));
}

void RequestPipeline::finishCancelled(const std::shared_ptr<Call> &call, const QString &why)
{
    S3Response response;
    response.meta.attempts = call->attempts;
    S3Error error;
    error.kind = S3Error::Kind::Cancelled;
    error.message = why;
    error.resource = ResponseErrors::resourceOf(call->request);
    response.error = error;
    if (!call->abandoned())
        call->done(response);
}

void RequestPipeline::finish(const std::shared_ptr<Call> &call, S3Response response)
{
    if (!call->abandoned())
        call->done(response);
    dispatch();
}

} // namespace PartSweep
