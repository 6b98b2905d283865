#include "s3client.h"

#include "appinfo.h"
#include "crypto.h"
#include "logging.h"
#include "proxyconfig.h"
#include "rawhttp.h"
#include "s3xml.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <algorithm>

namespace PartSweep {

namespace {

constexpr int ConnectionsPerManager = 6; // Qt 6.4's fixed HTTP/1.1 limit per host and manager
constexpr int MaxRedirects = 2;

bool isDnsCompatibleBucket(const QString &bucket)
{
    if (bucket.size() < 3 || bucket.size() > 63)
        return false;
    for (const QChar c : bucket) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'z') || c == u'-' || c == u'.'))
            return false;
    }
    return !bucket.startsWith(u'-') && !bucket.endsWith(u'-') && !bucket.contains(QStringLiteral(".."));
}

QByteArray headerValue(const QHash<QByteArray, QByteArray> &headers, const char *name)
{
    return headers.value(QByteArray(name));
}

QString resourceOf(const S3Request &request)
{
    if (request.bucket.isEmpty())
        return {};
    return request.hasKey ? request.bucket + u'/' + request.key : request.bucket;
}

// Qt 6.4's HTTP stack normalises "." and ".." path segments away before sending (and QUrl
// decodes "%2E" back to "."), so a request for the key "a/../b" would reach the object "b".
// Requests for such keys go through RawHttpExchange, which sends the path byte for byte.
bool hasDotSegment(const QString &key)
{
    for (const QStringView segment : QStringView(key).split(u'/')) {
        if (segment == u"." || segment == u"..")
            return true;
    }
    return false;
}

constexpr auto CaBundleSources = "--ca-bundle, AWS_CA_BUNDLE or ca_bundle in the profile";

#if QT_CONFIG(ssl)
S3Error caBundleError(const QString &path)
{
    const QFileInfo file(path);
    S3Error error;
    error.kind = S3Error::Kind::Config;
    if (!file.exists())
        error.message = QStringLiteral("The CA bundle %1 does not exist").arg(path);
    else if (!file.isFile() || !file.isReadable())
        error.message = QStringLiteral("The CA bundle %1 cannot be read").arg(path);
    else
        error.message = QStringLiteral("The CA bundle %1 holds no PEM certificate").arg(path);
    error.hint = QStringLiteral("Name a PEM file with the certificate of the CA that signed the S3 service's "
                                "certificate (%1).")
                     .arg(QLatin1String(CaBundleSources));
    return error;
}
#endif

// Words for a failed TLS handshake. Qt's reason (its text for the first certificate error) stays
// in the message; which kind of problem it is, is found by comparing it with Qt's own texts.
void describeTlsFailure(S3Error &error, const QString &host, const QString &reason, const QString &caBundle)
{
    error.message = QStringLiteral("The TLS handshake with %1 failed (%2)").arg(host, reason);
    error.hint = QStringLiteral("Check that the endpoint URL names the S3 service's https port.");
#if QT_CONFIG(ssl)
    const auto is = [&reason](std::initializer_list<QSslError::SslError> errors) {
        return std::any_of(errors.begin(), errors.end(),
                           [&reason](QSslError::SslError e) { return reason.contains(QSslError(e).errorString()); });
    };
    if (is({QSslError::HostNameMismatch})) {
        error.message =
            QStringLiteral("The TLS certificate of %1 is not valid for that host name (%2)").arg(host, reason);
        error.hint = QStringLiteral("The certificate must name the host of the endpoint URL. With virtual-hosted "
                                    "addressing the bucket name is part of the host name, so the certificate must "
                                    "cover it too (a wildcard); otherwise use path-style addressing.");
    } else if (is({QSslError::CertificateExpired, QSslError::CertificateNotYetValid})) {
        error.message =
            QStringLiteral("The TLS certificate of %1 has expired or is not valid yet (%2)").arg(host, reason);
        error.hint =
            QStringLiteral("The S3 service must renew its certificate; if it has, check this computer's clock.");
    } else if (is({QSslError::UnableToGetIssuerCertificate, QSslError::UnableToGetLocalIssuerCertificate,
                   QSslError::UnableToVerifyFirstCertificate, QSslError::SelfSignedCertificate,
                   QSslError::SelfSignedCertificateInChain, QSslError::CertificateUntrusted,
                   QSslError::CertificateRejected, QSslError::InvalidCaCertificate,
                   QSslError::CertificateSignatureFailed})) {
        error.message = QStringLiteral("The TLS certificate of %1 is not trusted (%2)").arg(host, reason);
        error.hint = caBundle.isEmpty()
                         ? QStringLiteral("It is not signed by a certificate authority this system trusts. If the S3 "
                                          "service uses a private CA, give that CA's certificate as a PEM file (%1); "
                                          "--no-verify-ssl skips the check (unsafe).")
                               .arg(QLatin1String(CaBundleSources))
                         : QStringLiteral("It is not signed by a certificate authority in the CA bundle %1: name the "
                                          "file that holds the S3 service's CA (%2).")
                               .arg(caBundle, QLatin1String(CaBundleSources));
    }
#else
    Q_UNUSED(caBundle);
#endif
}

} // namespace

struct S3Client::Call
{
    S3Request request;
    QPointer<QObject> context;
    bool hadContext = false;
    std::function<void(const S3Response &)> done;
    int attempts = 0;
    int retryCost = 0;
    int redirects = 0;
    bool skewCorrected = false;
};

S3Client::S3Client(S3ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_retry(RetryPolicy::Settings{.maxAttempts = std::max(1, m_config.maxAttempts)})
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_config.concurrency = std::clamp(m_config.concurrency, 1, 256);
    const int managers = (m_config.concurrency + ConnectionsPerManager - 1) / ConnectionsPerManager;
    for (int i = 0; i < managers; ++i) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setAutoDeleteReplies(false);
        manager->setProxyFactory(new EnvironmentProxyFactory()); // the manager owns it
        m_managers.push_back(manager);
    }
#if QT_CONFIG(ssl)
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!m_config.caBundle.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(m_config.caBundle, QSsl::Pem);
        if (authorities.isEmpty())
            m_caBundleError = caBundleError(m_config.caBundle);
        else
            m_sslConfiguration.addCaCertificates(authorities);
    }
    if (!m_config.verifyTls)
        m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
#endif
}

S3Client::~S3Client() = default;

QNetworkAccessManager *S3Client::nextManager()
{
    QNetworkAccessManager *manager = m_managers[m_nextManager];
    m_nextManager = (m_nextManager + 1) % m_managers.size();
    return manager;
}

QString S3Client::signingRegion(const S3Request &request) const
{
    if (!request.bucket.isEmpty()) {
        const QString cached = m_bucketRegions.value(request.bucket);
        if (!cached.isEmpty())
            return cached;
    }
    return m_config.region.isEmpty() ? QStringLiteral("us-east-1") : m_config.region;
}

S3Client::Prepared S3Client::prepare(const S3Request &request, const QString &region) const
{
    Prepared p;
    p.region = region;
    const bool aws = m_config.endpoint.isEmpty();
    QString scheme = QStringLiteral("https");
    QString host = QStringLiteral("s3.%1.amazonaws.com").arg(region);
    int port = -1;
    QString basePath;
    if (!aws) {
        scheme = m_config.endpoint.scheme();
        host = m_config.endpoint.host();
        port = m_config.endpoint.port();
        basePath = m_config.endpoint.path();
        while (basePath.endsWith(u'/'))
            basePath.chop(1);
    }

    bool virtualHosted = false;
    if (!request.bucket.isEmpty()) {
        switch (m_config.addressingStyle) {
        case AddressingStyle::Path:
            break;
        case AddressingStyle::Virtual:
            virtualHosted = true;
            break;
        case AddressingStyle::Auto:
            // Custom endpoints (Ceph, MinIO, an IP address) rarely have wildcard DNS: path style.
            // On AWS, virtual-hosted unless the name cannot be a TLS host name.
            virtualHosted = aws && isDnsCompatibleBucket(request.bucket) && !request.bucket.contains(u'.');
            break;
        }
    }

    QString rawPath = basePath;
    if (virtualHosted) {
        host = request.bucket + u'.' + host;
        rawPath += u'/';
        if (request.hasKey)
            rawPath += request.key;
    } else if (!request.bucket.isEmpty()) {
        rawPath += u'/' + request.bucket;
        if (request.hasKey)
            rawPath += u'/' + request.key;
    } else {
        rawPath += u'/';
    }

    p.canonicalPath = SigV4::canonicalPath(rawPath);
    p.canonicalQuery = SigV4::canonicalQuery(request.query);
    p.host = host.toUtf8();
    const bool defaultPort = port == -1 || (scheme == u"https" && port == 443) || (scheme == u"http" && port == 80);
    if (!defaultPort)
        p.host += ':' + QByteArray::number(port);

    QByteArray encoded = scheme.toLatin1() + "://" + p.host + p.canonicalPath;
    if (!p.canonicalQuery.isEmpty())
        encoded += '?' + p.canonicalQuery;
    p.url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    // What goes on the wire must be what was signed: QUrl must not re-encode the path.
    Q_ASSERT_X(p.url.path(QUrl::FullyEncoded).toUtf8() == p.canonicalPath, "S3Client::prepare",
               "QUrl changed the signed path");
    return p;
}

void S3Client::send(S3Request request, QObject *context, std::function<void(const S3Response &)> done)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context;
    call->hadContext = context != nullptr;
    call->done = std::move(done);
    enqueue(std::move(call));
}

void S3Client::enqueue(std::shared_ptr<Call> call)
{
    m_queue.push_back(std::move(call));
    dispatch();
}

void S3Client::dispatch()
{
    while (m_inFlight < m_config.concurrency && !m_queue.empty()) {
        std::shared_ptr<Call> call = std::move(m_queue.front());
        m_queue.pop_front();
        if (call->hadContext && !call->context)
            continue; // its receiver is gone: nobody wants the answer, and it may be a mutation
        start(call);
    }
}

void S3Client::start(const std::shared_ptr<Call> &call)
{
    const S3Request &request = call->request;
    const Prepared prepared = prepare(request, signingRegion(request));

    const QByteArray payloadHash =
        request.body.isEmpty() ? QByteArray(SigV4::EmptyPayloadHash) : QByteArray(Crypto::sha256Hex(request.body));
    const QDateTime now = m_clock().addMSecs(m_clockOffsetMs);

    SigV4::Request toSign;
    toSign.method = request.method;
    toSign.canonicalPath = prepared.canonicalPath;
    toSign.canonicalQuery = prepared.canonicalQuery;
    toSign.payloadHash = payloadHash;
    toSign.headers = {
        {QByteArrayLiteral("host"), prepared.host},
        {QByteArrayLiteral("x-amz-date"), SigV4::amzDate(now)},
        {QByteArrayLiteral("x-amz-content-sha256"), payloadHash},
    };
    if (!m_config.credentials.sessionToken.isEmpty())
        toSign.headers.append({QByteArrayLiteral("x-amz-security-token"), m_config.credentials.sessionToken.toUtf8()});
    if (m_config.requestPayer)
        toSign.headers.append({QByteArrayLiteral("x-amz-request-payer"), QByteArrayLiteral("requester")});
    if (!m_config.expectedBucketOwner.isEmpty() && !request.bucket.isEmpty())
        toSign.headers.append(
            {QByteArrayLiteral("x-amz-expected-bucket-owner"), m_config.expectedBucketOwner.toUtf8()});
    for (const auto &header : request.headers)
        toSign.headers.append(header);

    const SigV4::Signed signedRequest = SigV4::sign(toSign, m_config.credentials, prepared.region, now, &m_keyCache);

    QNetworkRequest networkRequest(prepared.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setTransferTimeout(m_config.timeoutMs);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    for (const auto &[name, value] : std::as_const(toSign.headers)) {
        if (name != "host") // Qt writes Host itself, from the same URL
            networkRequest.setRawHeader(name, value);
    }
    networkRequest.setRawHeader(QByteArrayLiteral("Authorization"), signedRequest.authorization);
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml"));

    if (prepared.url.scheme() == u"https" && m_caBundleError) {
        // Without the CA the user named, the handshake would fail with a misleading error.
        S3Response response;
        response.error = m_caBundleError;
        QTimer::singleShot(0, this, [this, call, response] { finish(call, response); });
        return;
    }
#if QT_CONFIG(ssl)
    if (prepared.url.scheme() == u"https" && (!m_config.caBundle.isEmpty() || !m_config.verifyTls))
        networkRequest.setSslConfiguration(m_sslConfiguration);
#endif

    ++call->attempts;
    ++m_inFlight;
    qCDebug(lcS3) << request.operation << request.method << prepared.url.toString(QUrl::RemoveQuery) << "attempt"
                  << call->attempts << SigV4::redactAuthorization(signedRequest.authorization);
    // Qt also collapses a leading "//" to "/": the virtual-hosted path of a key that starts with '/'.
    if (request.hasKey && (hasDotSegment(request.key) || prepared.canonicalPath.startsWith("//"))) {
        QList<std::pair<QByteArray, QByteArray>> headers = toSign.headers;
        headers.append({QByteArrayLiteral("Authorization"), signedRequest.authorization});
        headers.append({QByteArrayLiteral("User-Agent"), AppInfo::userAgent().toUtf8()});
        if (!request.body.isEmpty())
            headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
        QByteArray target = prepared.canonicalPath;
        if (!prepared.canonicalQuery.isEmpty())
            target += '?' + prepared.canonicalQuery;
        QUrl origin = prepared.url;
        origin.setPath(QString());
        origin.setQuery(QString());
        auto *exchange =
            new RawHttpExchange(origin, request.method, target, headers, request.body, m_config.timeoutMs, this);
#if QT_CONFIG(ssl)
        exchange->setSslConfiguration(networkRequest.sslConfiguration());
#endif
        // The same proxy as every other request of this client (HTTPS_PROXY, NO_PROXY, system).
        if (QNetworkProxyFactory *factory = m_managers.front()->proxyFactory()) {
            const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(prepared.url));
            if (!proxies.isEmpty())
                exchange->setProxy(proxies.first());
        }
        const QString host = prepared.url.host();
        connect(exchange, &RawHttpExchange::finished, this,
                [this, call, exchange, host](const RawHttpExchange::Result &result) {
                    exchange->deleteLater();
                    handleExchange(call, result, host);
                });
        exchange->start();
        return;
    }
    QNetworkReply *reply = nextManager()->sendCustomRequest(networkRequest, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { handleReply(call, reply); });
}

void S3Client::handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    RawHttpExchange::Result result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (reply->isOpen()) // not after a timeout aborted it
        result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    handleExchange(call, result, reply->url().host());
}

void S3Client::handleExchange(const std::shared_ptr<Call> &call, const RawHttpExchange::Result &exchange,
                              const QString &host)
{
    --m_inFlight;

    S3Response response;
    response.meta.attempts = call->attempts;
    response.meta.httpStatus = exchange.httpStatus;
    response.meta.headers = exchange.headers;
    response.meta.requestId = QString::fromLatin1(headerValue(response.meta.headers, "x-amz-request-id"));
    response.meta.requestCharged = headerValue(response.meta.headers, "x-amz-request-charged") == "requester";
    response.body = exchange.body;

    const S3Request &request = call->request;
    const int status = response.meta.httpStatus;
    const QNetworkReply::NetworkError networkError = exchange.error;
    RetryPolicy::Failure failure = RetryPolicy::Failure::None;
    QString reason;

    if (status == 0 || (status < 300 && networkError != QNetworkReply::NoError)) {
        // No complete HTTP answer: refused, reset, truncated body, TLS, DNS, or timed out.
        const bool timedOut =
            networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::OperationCanceledError;
        failure = timedOut ? RetryPolicy::Failure::Timeout : RetryPolicy::Failure::Network;
        reason = exchange.errorString;
        S3Error error;
        error.kind = timedOut ? S3Error::Kind::Timeout : S3Error::Kind::Network;
        error.httpStatus = status;
        error.message =
            timedOut
                ? QStringLiteral("No answer from %1 within %2 s").arg(host).arg(m_config.timeoutMs / 1000.0, 0, 'g', 3)
                : reason;
        error.resource = resourceOf(request);
        error.hint = QStringLiteral("Check the endpoint URL and the network; PartSweep retried %1 time(s).")
                         .arg(call->attempts - 1);
        if (networkError == QNetworkReply::SslHandshakeFailedError)
            describeTlsFailure(error, host, reason, m_config.caBundle);
        response.error = error;
        // A failed TLS handshake or an unknown host will not heal by itself.
        if (networkError == QNetworkReply::SslHandshakeFailedError || networkError == QNetworkReply::HostNotFoundError)
            failure = RetryPolicy::Failure::Fatal;
    } else if (status >= 300) {
        const std::optional<S3Xml::ErrorBody> body = S3Xml::parseError(response.body);
        const QString code = body ? body->code : QString();

        // Wrong region: remember the bucket's region and send again at once.
        QString region = QString::fromLatin1(headerValue(response.meta.headers, "x-amz-bucket-region"));
        if (region.isEmpty() && body)
            region = body->region;
        const bool redirect =
            status == 301 || status == 307 || (status == 400 && code == u"AuthorizationHeaderMalformed");
        if (redirect && !request.bucket.isEmpty() && !region.isEmpty() && region != signingRegion(request) &&
            call->redirects < MaxRedirects) {
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

        failure = RetryPolicy::classify(status, code);
        if (status == 304 || (status >= 300 && status < 400 && failure == RetryPolicy::Failure::None))
            failure = RetryPolicy::Failure::Fatal;
        reason = code.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : code;
        response.error = describeError(request, response, body);
    } else {
        failure = RetryPolicy::Failure::None;
    }

    if (failure != RetryPolicy::Failure::None && failure != RetryPolicy::Failure::Fatal &&
        !(call->hadContext && !call->context)) {
        if (const std::optional<int> delay = m_retry.nextDelayMs(failure, call->attempts, &call->retryCost)) {
            qCInfo(lcS3, "%s %s: %s, retry %d in %d ms", qUtf8Printable(request.operation),
                   qUtf8Printable(resourceOf(request)), qUtf8Printable(reason), call->attempts, *delay);
            Q_EMIT requestRetried(request.operation, call->attempts, *delay, reason);
            QTimer::singleShot(*delay, this, [this, call] {
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

void S3Client::finish(const std::shared_ptr<Call> &call, S3Response response)
{
    if (!call->hadContext || call->context)
        call->done(response);
    dispatch();
}

S3Error S3Client::describeError(const S3Request &request, const S3Response &response,
                                const std::optional<S3Xml::ErrorBody> &body) const
{
    S3Error error;
    error.kind = S3Error::Kind::Http;
    error.httpStatus = response.meta.httpStatus;
    error.requestId = response.meta.requestId;
    error.resource = resourceOf(request);
    if (body) {
        error.code = body->code;
        error.message = body->message;
        if (error.requestId.isEmpty())
            error.requestId = body->requestId;
    }
    const int status = error.httpStatus;
    const QString &code = error.code;
    const QString source = m_config.credentials.source.isEmpty() ? QStringLiteral("the configured credentials")
                                                                 : m_config.credentials.source;
    if (code.isEmpty()) {
        // HEAD answers and some proxies carry no XML body.
        if (status == 403)
            error.code = QStringLiteral("AccessDenied");
        else if (status == 404)
            error.code = request.hasKey ? QStringLiteral("NoSuchKey") : QStringLiteral("NoSuchBucket");
        else if (status == 301)
            error.code = QStringLiteral("PermanentRedirect");
    }
    if (error.code == u"AccessDenied" || error.code == u"AllAccessDisabled") {
        if (error.message.isEmpty())
            error.message = QStringLiteral("Access denied");
        QStringList hints;
        if (!request.bucket.isEmpty() && !m_config.requestPayer)
            hints << QStringLiteral("If the bucket has requester pays enabled, turn on \"requester pays\" "
                                    "(--request-payer requester).");
        if (!m_config.expectedBucketOwner.isEmpty())
            hints << QStringLiteral("The bucket may not be owned by the expected owner %1.")
                         .arg(m_config.expectedBucketOwner);
        hints << QStringLiteral("Otherwise a bucket or IAM policy denies %1 to %2 (keys from %3).")
                     .arg(request.operation, m_config.credentials.accessKeyId, source);
        error.hint = hints.join(u' ');
    } else if (error.code == u"InvalidAccessKeyId") {
        error.message =
            QStringLiteral("The server does not know the access key %1").arg(m_config.credentials.accessKeyId);
        error.hint = QStringLiteral("Check the keys from %1 and the endpoint.").arg(source);
    } else if (error.code == u"SignatureDoesNotMatch") {
        error.message = QStringLiteral("The request signature was refused");
        error.hint = QStringLiteral("The secret key from %1 does not match access key %2.")
                         .arg(source, m_config.credentials.accessKeyId);
    } else if (error.code == u"RequestTimeTooSkewed") {
        error.hint = QStringLiteral("This computer's clock differs too much from the server's; set the clock right.");
    } else if (error.code == u"ExpiredToken" || error.code == u"TokenRefreshRequired") {
        error.hint = QStringLiteral("The temporary credentials from %1 have expired; refresh them.").arg(source);
    } else if (error.code == u"NoSuchBucket") {
        error.message = QStringLiteral("No such bucket");
    } else if (error.code == u"NoSuchUpload") {
        error.message = QStringLiteral("No such upload (already completed or aborted)");
    } else if (error.code == u"SlowDown" || status == 503) {
        error.hint = QStringLiteral("The service is throttling requests; lower the concurrency.");
    } else if (error.code == u"PermanentRedirect") {
        error.hint = QStringLiteral("The bucket is served by another endpoint or region.");
    }
    return error;
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
    const QString cached = m_bucketRegions.value(bucket);
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
                return done(m_config.region);
            }
            bool ok = false;
            const QString constraint = S3Xml::parseBucketLocation(response.body, &ok);
            if (!ok)
                return done(m_config.region);
            const QString region = S3Xml::regionFromLocationConstraint(constraint, m_config.region);
            m_bucketRegions.insert(bucket, region);
            done(region);
        });
    };
    if (!m_config.endpoint.isEmpty()) {
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
        if (!region.isEmpty()) {
            m_bucketRegions.insert(bucket, region);
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
    send(std::move(request), context, [done = std::move(done), bucket](const S3Response &response) {
        if (response.error)
            return done(*response.error, response.meta);
        Result<ListUploadsPage> page = S3Xml::parseListMultipartUploads(response.body, S3Xml::KeyEncoding::Url);
        if (page) {
            page.value().bucket = bucket;
            for (UploadInfo &upload : page.value().uploads)
                upload.bucket = bucket;
        }
        done(std::move(page), response.meta);
    });
}

void S3Client::listPartsPage(const QString &bucket, const QString &key, const QString &uploadId, int partNumberMarker,
                             int maxParts, QObject *context,
                             std::function<void(Result<ListPartsPage>, const ResponseMeta &)> done)
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
    send(std::move(request), context, [done = std::move(done)](const S3Response &response) {
        if (response.error)
            return done(*response.error, response.meta);
        done(S3Xml::parseListParts(response.body), response.meta);
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
        listPartsPage(bucket, key, uploadId, marker, 1000, guard,
                      [state = weak.lock(), marker](Result<ListPartsPage> page, const ResponseMeta &meta) {
                          auto finish = [state](Result<PartsSummary> result) { state->done(std::move(result)); };
                          ++state->summary.requests;
                          if (meta.requestCharged)
                              ++state->summary.chargedRequests;
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
                           std::function<void(Result<Unit>, const ResponseMeta &)> done)
{
    S3Request request;
    request.operation = QStringLiteral("AbortMultipartUpload");
    request.method = QByteArrayLiteral("DELETE");
    request.bucket = bucket;
    request.key = key;
    request.hasKey = true;
    request.query.append({QStringLiteral("uploadId"), uploadId});
    send(std::move(request), context, [done = std::move(done)](const S3Response &response) {
        if (response.error)
            return done(*response.error, response.meta);
        done(Unit{}, response.meta);
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

} // namespace PartSweep
