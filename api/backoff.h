#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace ims {

// How often and how long an idempotent request is retried.
struct RetryPolicy final {
    int maxAttempts = 5;          // attempts in total, the first included
    int baseDelayMs = 500;        // the ceiling of the first delay
    int maxDelayMs = 30'000;      // the ceiling of any single delay
    int maxTotalDelayMs = 90'000; // the sum of the delays a request may wait in all
};

// Retry-After in milliseconds from delta-seconds ("120") or an HTTP date
// ("Wed, 21 Oct 2015 07:28:00 GMT"); nullopt when absent or unreadable. Dates in the past give 0.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// Exponential backoff with full jitter (AWS architecture blog): a uniform delay in
// [0, min(maxDelay, base * 2^retry)). A server's Retry-After is a floor, not a suggestion.
// `retry` counts from 0 for the first retry; `random01` is in [0, 1).
qint64 backoffDelayMs(const RetryPolicy &policy, int retry, double random01,
                      std::optional<qint64> retryAfterMs);

} // namespace ims
