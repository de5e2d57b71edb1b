// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/ratemeter.h"

#include <cmath>

namespace lakescope {

namespace {
constexpr double kTimeConstantSeconds = 3.0;
constexpr double kMinSampleSeconds = 0.2;
} // namespace

double RateMeter::sample(std::uint64_t bytesDone, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    if (!m_first) {
        m_first = now;
        m_last = now;
        m_lastBytes = bytesDone;
        return m_rate;
    }
    const double seconds = std::chrono::duration<double>(now - m_last).count();
    if (seconds < kMinSampleSeconds)
        return m_rate;
    // A resumed or retried transfer can move the count back; that is not a
    // negative speed.
    const double moved = bytesDone >= m_lastBytes ? static_cast<double>(bytesDone - m_lastBytes) : 0.0;
    const double instant = moved / seconds;
    const double sinceStart = std::chrono::duration<double>(now - *m_first).count();
    // Until one time constant has passed, the plain average is the better estimate.
    if (sinceStart <= kTimeConstantSeconds) {
        m_rate = instant;
        if (m_rate > 0 && sinceStart > seconds)
            m_rate = (m_rate + instant) / 2;
    } else {
        const double weight = 1.0 - std::exp(-seconds / kTimeConstantSeconds);
        m_rate += weight * (instant - m_rate);
    }
    m_last = now;
    m_lastBytes = bytesDone;
    return m_rate;
}

double RateMeter::rate() const
{
    std::lock_guard lock(m_mutex);
    return m_rate;
}

std::optional<double> RateMeter::eta(std::uint64_t remaining) const
{
    std::lock_guard lock(m_mutex);
    if (remaining == 0)
        return 0.0;
    if (!m_first || m_rate <= 1.0 || std::chrono::duration<double>(m_last - *m_first).count() < 1.0)
        return std::nullopt;
    return static_cast<double>(remaining) / m_rate;
}

void RateMeter::reset()
{
    std::lock_guard lock(m_mutex);
    m_first.reset();
    m_lastBytes = 0;
    m_rate = 0;
}

} // namespace lakescope
