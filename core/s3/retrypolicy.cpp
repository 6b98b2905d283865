#include "s3/retrypolicy.h"

#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <cmath>

namespace PartSweep {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings{})
{}

RetryPolicy::RetryPolicy(Settings settings, std::function<double()> random)
    : m_settings(settings)
    , m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
    , m_budget(settings.budget)
{}

std::optional<int> RetryPolicy::nextDelayMs(Failure failure, int attempt, int *costTaken)
{
    if (failure == Failure::None || failure == Failure::Fatal)
        return std::nullopt;
    if (attempt >= m_settings.maxAttempts)
        return std::nullopt;
    const int cost = failure == Failure::Timeout ? m_settings.timeoutRetryCost : m_settings.retryCost;
    if (m_budget < cost)
        return std::nullopt;
    m_budget -= cost;
    if (costTaken)
        *costTaken += cost;
    const double exponential = std::ldexp(double(m_settings.baseDelayMs), std::max(0, attempt - 1));
    const double cap = std::min(exponential, double(m_settings.maxDelayMs));
    return int(std::lround(m_random() * cap));
}

void RetryPolicy::recordSuccess(int costTakenByItsRetries)
{
    const int refund = costTakenByItsRetries > 0 ? costTakenByItsRetries : 1;
    m_budget = std::min(m_settings.budget, m_budget + refund);
}

RetryPolicy::Failure RetryPolicy::classify(int httpStatus, const QString &errorCode)
{
    if (httpStatus == 0)
        return Failure::Network;
    if (errorCode == u"SlowDown" || errorCode.startsWith(u"Throttl") || errorCode == u"RequestLimitExceeded" ||
        errorCode == u"TooManyRequestsException" || httpStatus == 429)
        return Failure::Throttled;
    if (errorCode == u"RequestTimeout" || errorCode == u"InternalError" || errorCode == u"ServiceUnavailable")
        return Failure::ServerError;
    if (httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504)
        return Failure::ServerError;
    if (httpStatus >= 200 && httpStatus < 400)
        return Failure::None;
    return Failure::Fatal;
}

bool RetryPolicy::isPassing(const S3Error &error)
{
    switch (error.kind) {
    case S3Error::Kind::Network:
    case S3Error::Kind::Timeout:
        return true;
    case S3Error::Kind::Http: {
        if (error.code == u"ExpiredToken" || error.code == u"TokenRefreshRequired")
            return false;
        if (error.code == u"RequestExpired")
            return true;
        const Failure failure = classify(error.httpStatus, error.code);
        return failure == Failure::Throttled || failure == Failure::ServerError || failure == Failure::Timeout ||
               failure == Failure::Network;
    }
    default:
        return false;
    }
}

} // namespace PartSweep
