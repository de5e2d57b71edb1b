// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"

#include <chrono>
#include <optional>
#include <string_view>

namespace lakescope {

// When and how long HttpClient waits before repeating a request.
// Exponential backoff with full jitter (delay = random(0, min(maxBackoff,
// initial * 2^retry))): many workers hitting the same throttled service
// spread out instead of coming back in lock step. A server's Retry-After
// (seconds or an HTTP-date) wins over the computed delay, capped so a
// hostile or broken server cannot park a transfer for hours.
class RetryPolicy
{
public:
    RetryPolicy(int maxRetries, std::chrono::milliseconds initialBackoff, std::chrono::milliseconds maxBackoff,
        std::chrono::milliseconds maxRetryAfter);

    int maxRetries() const { return m_maxRetries; }

    // 408, 429, 500, 502, 503, 504: the server says "later", not "never".
    static bool isRetryableStatus(int status);

    // Jittered delay before retry number `retry` (1 = the first retry).
    std::chrono::milliseconds backoff(int retry) const;

    // The wait a Retry-After value asks for, capped at maxRetryAfter;
    // nullopt when the value is neither seconds nor an HTTP-date.
    std::optional<std::chrono::milliseconds> retryAfter(
        std::string_view value, std::chrono::system_clock::time_point now = std::chrono::system_clock::now()) const;

    // Retry-After when the response had a usable one, else backoff(retry).
    std::chrono::milliseconds delayBefore(int retry, std::optional<std::string_view> retryAfterValue) const;

    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the two obsolete
    // forms RFC 9110 still asks recipients to accept (RFC 850, asctime).
    // Parsed by hand: strptime's month names follow the process locale.
    static std::optional<std::chrono::system_clock::time_point> parseHttpDate(std::string_view text);

    // Sleeps `delay` in short slices so a cancelled transfer stops waiting
    // at once; false when cancelled before the delay ran out.
    static bool wait(std::chrono::milliseconds delay, const CancellationToken &cancel);

private:
    int m_maxRetries;
    std::chrono::milliseconds m_initialBackoff;
    std::chrono::milliseconds m_maxBackoff;
    std::chrono::milliseconds m_maxRetryAfter;
};

} // namespace lakescope
