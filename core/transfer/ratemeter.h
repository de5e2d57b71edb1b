// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>

namespace lakescope {

// A smoothed transfer rate from cumulative byte counts sampled whenever a UI
// polls: an exponential moving average with a 3-second time constant, so
// the figure neither jumps with each part nor lags a real change for long.
class RateMeter
{
public:
    using Clock = std::chrono::steady_clock;

    // Record that `bytesDone` bytes are done at `now`; returns bytes/s.
    double sample(std::uint64_t bytesDone, Clock::time_point now = Clock::now());
    double rate() const;
    // Seconds to move `remaining` bytes at the smoothed rate; empty until
    // the rate has settled for a second, or while nothing moves.
    std::optional<double> eta(std::uint64_t remaining) const;
    void reset();

private:
    mutable std::mutex m_mutex;
    std::optional<Clock::time_point> m_first;
    Clock::time_point m_last;
    std::uint64_t m_lastBytes = 0;
    double m_rate = 0;
};

} // namespace lakescope
