// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/bandwidthlimiter.h"

#include <algorithm>
#include <thread>

namespace lakescope {

BandwidthLimiter::BandwidthLimiter(std::uint64_t bytesPerSecond)
    : m_rate(bytesPerSecond)
{}

bool BandwidthLimiter::admit(std::uint64_t bytes, CancellationToken cancel)
{
    if (m_rate == 0)
        return true;
    const double burst = static_cast<double>(m_rate) / 4;
    std::chrono::duration<double> wait{};
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        m_tokens = std::min(burst, m_tokens + std::chrono::duration<double>(now - m_refilled).count() * m_rate);
        m_refilled = now;
        // Take the bytes now (possibly going into debt) and sleep off the
        // debt outside the lock, so concurrent callers queue up fairly.
        m_tokens -= static_cast<double>(bytes);
        if (m_tokens < 0)
            wait = std::chrono::duration<double>(-m_tokens / m_rate);
    }
    // Throttling is the point here: sleep in short slices to stay cancellable.
    const auto until = Clock::now() + std::chrono::duration_cast<Clock::duration>(wait);
    while (Clock::now() < until) {
        if (cancel.isCancelled())
            return false;
        std::this_thread::sleep_for(std::min<Clock::duration>(until - Clock::now(), std::chrono::milliseconds(20)));
    }
    return !cancel.isCancelled();
}

} // namespace lakescope
