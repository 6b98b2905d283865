#include "s3/responseerrors.h"

#include "s3/transport/transportsettings.h"

#include "util/format.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace PartSweep::ResponseErrors {

QString resourceOf(const S3Request &request)
{
    if (request.bucket.isEmpty())
        return {};
    return request.hasKey ? request.bucket + u'/' + request.key : request.bucket;
}

S3Error transportError(const S3Request &request, const HttpResult &exchange, const QString &host, int attempts,
                       const ClientFacts &facts)
{
    const bool timedOut =
        exchange.error == QNetworkReply::TimeoutError || exchange.error == QNetworkReply::OperationCanceledError;
    S3Error error;
    error.kind = timedOut ? S3Error::Kind::Timeout : S3Error::Kind::Network;
    error.httpStatus = exchange.httpStatus;
    if (timedOut)
        //: %1: a host name, %2: seconds.
        error.message = QCoreApplication::translate("S3", "No answer from %1 within %2 s")
                            .arg(host)
                            .arg(facts.timeoutMs / 1000.0, 0, 'g', 3);
    else
        error.message = exchange.errorString;
    error.resource = resourceOf(request);
    error.hint =
        QCoreApplication::translate("S3", "Check the endpoint URL and the network; PartSweep retried %1 time(s).")
            .arg(attempts - 1);
    if (exchange.error == QNetworkReply::SslHandshakeFailedError)
        TlsSetup::describeHandshakeFailure(error, host, exchange.errorString, facts.caBundle);
    return error;
}

S3Error cutOffError(const S3Request &request, const HttpResult &exchange, const QString &host, const ClientFacts &facts)
{
    S3Error error;
    error.httpStatus = exchange.httpStatus;
    error.resource = resourceOf(request);
    const double timeout = facts.timeoutMs / 1000.0;
    switch (exchange.limit) {
    case HttpResult::Limit::TooLarge:
        error.kind = S3Error::Kind::Network;
        //: %1: a host name, %2: a size (e.g. "4.00 GiB"), %3: an S3 operation, %4: a size.
        error.message = QCoreApplication::translate("S3", "The answer from %1 is too large (%2): PartSweep accepts at "
                                                          "most %4 for %3")
                            .arg(host, Format::bytes(exchange.limitBytes), request.operation,
                                 Format::bytes(request.maxResponseBytes));
        error.hint = QCoreApplication::translate("S3", "S3 never sends that much for it: a proxy, a captive portal or "
                                                       "a server that is not S3 may be answering. Check the endpoint "
                                                       "URL and the proxy settings.");
        break;
    case HttpResult::Limit::TooSlow:
        error.kind = S3Error::Kind::Timeout;
        //: %1: a host name, %2: a number of bytes, %3: seconds.
        error.message = QCoreApplication::translate("S3", "The answer from %1 trickled in (%2 bytes in %3 s) and was "
                                                          "given up")
                            .arg(host)
                            .arg(exchange.limitBytes)
                            .arg(timeout, 0, 'g', 3);
        break;
    case HttpResult::Limit::TooLong:
    case HttpResult::Limit::None:
        error.kind = S3Error::Kind::Timeout;
        //: %1: a host name, %2: seconds.
        error.message = QCoreApplication::translate("S3", "The answer from %1 did not end within %2 s and was given up")
                            .arg(host)
                            .arg(timeout * std::max(1, facts.deadlineFactor), 0, 'g', 3);
        break;
    }
    if (error.kind == S3Error::Kind::Timeout)
        error.hint = QCoreApplication::translate("S3", "The server or a proxy in between stalls; check the network.");
    return error;
}

S3Error httpError(const S3Request &request, const ResponseMeta &meta, const std::optional<S3Xml::ErrorBody> &body,
                  const ClientFacts &facts)
{
    S3Error error;
    error.kind = S3Error::Kind::Http;
    error.httpStatus = meta.httpStatus;
    error.requestId = meta.requestId;
    error.resource = resourceOf(request);
    if (body) {
        error.code = body->code;
        error.codeFromServer = !body->code.isEmpty();
        error.message = body->message;
        if (error.requestId.isEmpty())
            error.requestId = body->requestId;
    }
    const int status = error.httpStatus;
    //: Where the keys came from, as in "(keys from %1)".
    const QString source = facts.credentialsSource.isEmpty()
                               ? QCoreApplication::translate("S3", "the configured credentials")
                               : facts.credentialsSource;
    if (error.code.isEmpty()) {
        // HEAD answers and some proxies carry no XML body.
        if (status == 403)
            error.code = QStringLiteral("AccessDenied");
        else if (status == 404)
            error.code = request.hasKey ? QStringLiteral("NoSuchKey") : QStringLiteral("NoSuchBucket");
        else if (status == 301)
            error.code = QStringLiteral("PermanentRedirect");
    }
    const QString &code = error.code;
    if (code == u"AccessDenied" || code == u"AllAccessDisabled") {
        if (error.message.isEmpty())
            error.message = QCoreApplication::translate("S3", "Access denied");
        QStringList hints;
        if (!request.bucket.isEmpty() && !facts.requestPayer) {
            hints << QCoreApplication::translate("S3", "If the bucket has requester pays enabled, turn on %1.")
                         .arg(S3Error::settingPhrase(S3Error::Setting::RequesterPays));
            error.settings << S3Error::Setting::RequesterPays;
        }
        if (!facts.expectedBucketOwner.isEmpty())
            hints << QCoreApplication::translate("S3", "The bucket may not be owned by the expected owner %1.")
                         .arg(facts.expectedBucketOwner);
        //: %1: an S3 operation (ListMultipartUploads), %2: an access key id, %3: where the keys came from
        //: (a profile, the environment, "the configured credentials").
        hints << QCoreApplication::translate("S3", "Otherwise a bucket or IAM policy denies %1 to %2 (keys from %3).")
                     .arg(request.operation, facts.accessKeyId, source);
        error.hint = hints.join(u' ');
    } else if (code == u"InvalidAccessKeyId") {
        error.message =
            QCoreApplication::translate("S3", "The server does not know the access key %1").arg(facts.accessKeyId);
        error.hint = QCoreApplication::translate("S3", "Check the keys from %1 and the endpoint.").arg(source);
    } else if (code == u"SignatureDoesNotMatch") {
        error.message = QCoreApplication::translate("S3", "The request signature was refused");
        error.hint = QCoreApplication::translate("S3", "The secret key from %1 does not match access key %2.")
                         .arg(source, facts.accessKeyId);
    } else if (code == u"RequestTimeTooSkewed") {
        error.hint = QCoreApplication::translate(
            "S3", "This computer's clock differs too much from the server's; set the clock right.");
    } else if (code == u"ExpiredToken" || code == u"TokenRefreshRequired") {
        //: %1: where the keys came from (a profile, the environment, "the configured credentials").
        error.hint = QCoreApplication::translate("S3", "The temporary credentials from %1 have expired; refresh them.")
                         .arg(source);
    } else if (code == u"NoSuchBucket") {
        error.message = QCoreApplication::translate("S3", "No such bucket");
    } else if (code == u"NoSuchUpload") {
        error.message = QCoreApplication::translate("S3", "No such upload (already completed or aborted)");
    } else if (code == u"SlowDown" || status == 503) {
        error.hint = QCoreApplication::translate("S3", "The service is throttling requests; lower the concurrency.");
    } else if (code == u"PermanentRedirect") {
        error.hint = QCoreApplication::translate("S3", "The bucket is served by another endpoint or region.");
    }
    return error;
}

} // namespace PartSweep::ResponseErrors
