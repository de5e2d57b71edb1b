// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"

#include <chrono>
#include <cstdint>
#include <mutex>

namespace lakescope {

// A token bucket shared by every worker of one job: bytes are admitted at
// `bytesPerSecond` with a burst of a quarter second, so many parallel
// streams together keep to the user's limit.
class BandwidthLimiter
{
public:
    explicit BandwidthLimiter(std::uint64_t bytesPerSecond);

    bool limited() const { return m_rate > 0; }
    // Wait until `bytes` may pass; returns early (false) when cancelled.
    bool admit(std::uint64_t bytes, CancellationToken cancel);

private:
    using Clock = std::chrono::steady_clock;
    const std::uint64_t m_rate;
    std::mutex m_mutex;
    double m_tokens = 0;
    Clock::time_point m_refilled = Clock::now();
};

} // namespace lakescope
