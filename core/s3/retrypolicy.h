#pragma once

#include "util/s3error.h"

#include <QtGlobal>

#include <functional>
#include <optional>

namespace PartSweep {

// Retries as the AWS SDKs' "standard" mode does them:
//  - at most maxAttempts attempts per request (default 3);
//  - full-jitter exponential backoff: random(0,1) * min(2^(attempt-1) * base, cap), cap 20 s;
//  - a retry budget shared by all requests of a client: 500 tokens, a retry costs 5 (10 after a
//    timeout), a success gives back what its retries took (or 1 token when it needed none);
//    when the budget is empty requests fail instead of retrying, so a dead service is not hammered.
// Random source and budget are injectable for tests. Not thread-safe: one per client thread.
class RetryPolicy final
{
public:
    enum class Failure
    {
        None,        // success: no retry
        Throttled,   // 429, 503 SlowDown, Throttling*: retry
        ServerError, // 500, 502, 503, 504, RequestTimeout, InternalError: retry
        Timeout,     // no answer in time: retry, costs more budget
        Network,     // connection refused/reset, truncated body: retry
        Fatal,       // AccessDenied, validation, 4xx: never retry
    };

    struct Settings
    {
        int maxAttempts = 3;
        int baseDelayMs = 1000; // botocore: 1 s base
        int maxDelayMs = 20000;
        int budget = 500;
        int retryCost = 5;
        int timeoutRetryCost = 10;
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings, std::function<double()> random = {});

    // attempt: the 1-based number of the attempt that just failed. Returns the delay before the
    // next attempt, or nullopt when it must not be retried (fatal, attempts or budget exhausted).
    // A retry takes its cost from the budget; remember it with the request and pass it to
    // recordSuccess() when the request finally succeeds.
    std::optional<int> nextDelayMs(Failure failure, int attempt, int *costTaken = nullptr);
    void recordSuccess(int costTakenByItsRetries);

    int budgetLeft() const { return m_budget; }
    const Settings &settings() const { return m_settings; }

    // Classify an HTTP answer (status and S3 error code; status 0 = no answer).
    static Failure classify(int httpStatus, const QString &errorCode);
    // A failure that may pass by itself (network, timeout, throttling, 5xx, a request the server
    // saw too late), so that work that failed with it after the client's retries is worth trying
    // again later. Not expired credentials (renewing them is the provider's part) and not a refusal.
    static bool isPassing(const S3Error &error);

private:
    Settings m_settings;
    std::function<double()> m_random;
    int m_budget;
};

} // namespace PartSweep
