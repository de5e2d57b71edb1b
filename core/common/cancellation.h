// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <memory>

namespace lakescope {

// A cheap shared flag: the owner of a CancellationSource cancels, every
// operation holding a token checks it between chunks and pages. A default
// token can never be cancelled.
class CancellationToken
{
public:
    CancellationToken() = default;
    bool isCancelled() const { return m_flag && m_flag->load(std::memory_order_relaxed); }

private:
    friend class CancellationSource;
    explicit CancellationToken(std::shared_ptr<std::atomic<bool>> flag) : m_flag(std::move(flag)) {}
    std::shared_ptr<std::atomic<bool>> m_flag;
};

class CancellationSource
{
public:
    CancellationSource() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    CancellationToken token() const { return CancellationToken(m_flag); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace lakescope
