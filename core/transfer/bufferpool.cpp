// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/bufferpool.h"

#include <algorithm>
#include <chrono>

namespace lakescope {

namespace {

constexpr std::uint64_t kSmallest = std::uint64_t{64} << 10;

std::uint64_t roundedCapacity(std::uint64_t size)
{
    std::uint64_t capacity = kSmallest;
    while (capacity < size)
        capacity <<= 1;
    return capacity;
}

} // namespace

PooledBuffer::PooledBuffer(BufferPool *pool, std::unique_ptr<char[]> data, std::uint64_t capacity)
    : m_pool(pool)
    , m_data(std::move(data))
    , m_capacity(capacity)
{}

PooledBuffer::PooledBuffer(PooledBuffer &&other) noexcept
    : m_pool(std::exchange(other.m_pool, nullptr))
    , m_data(std::move(other.m_data))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

PooledBuffer &PooledBuffer::operator=(PooledBuffer &&other) noexcept
{
    if (this != &other) {
        giveBack();
        m_pool = std::exchange(other.m_pool, nullptr);
        m_data = std::move(other.m_data);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

PooledBuffer::~PooledBuffer()
{
    giveBack();
}

void PooledBuffer::giveBack()
{
    if (m_pool && m_data)
        m_pool->release(std::move(m_data), m_capacity);
    m_pool = nullptr;
    m_capacity = 0;
}

BufferPool::BufferPool(std::uint64_t budget)
    : m_budget(std::max<std::uint64_t>(budget, kSmallest))
{}

BufferPool::~BufferPool() = default;

Result<PooledBuffer> BufferPool::acquire(std::uint64_t size, CancellationToken cancel)
{
    const std::uint64_t capacity = roundedCapacity(size);
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        // Reuse the smallest idle buffer that fits.
        auto best = m_idle.end();
        for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
            if (it->capacity >= capacity && (best == m_idle.end() || it->capacity < best->capacity))
                best = it;
        }
        if (best != m_idle.end() && best->capacity <= capacity * 2) {
            Idle idle = std::move(*best);
            m_idle.erase(best);
            m_lent += idle.capacity;
            return PooledBuffer(this, std::move(idle.data), idle.capacity);
        }
        // Make room by dropping idle buffers of the wrong size.
        while (m_allocated + capacity > m_budget && !m_idle.empty()) {
            m_allocated -= m_idle.back().capacity;
            m_idle.pop_back();
        }
        if (m_allocated + capacity <= m_budget || m_lent == 0) {
            m_allocated += capacity;
            m_lent += capacity;
            m_peak = std::max(m_peak, m_allocated);
            lock.unlock();
            // Not value-initialised: the pages are touched only as data arrives.
            return PooledBuffer(this, std::unique_ptr<char[]>(new char[capacity]), capacity);
        }
        // A bounded wait, so a cancelled token is noticed even if nobody
        // calls wakeWaiters().
        m_returned.wait_for(lock, std::chrono::milliseconds(100));
    }
}

void BufferPool::wakeWaiters()
{
    std::lock_guard lock(m_mutex);
    m_returned.notify_all();
}

void BufferPool::release(std::unique_ptr<char[]> data, std::uint64_t capacity)
{
    {
        std::lock_guard lock(m_mutex);
        m_lent -= capacity;
        m_idle.push_back({std::move(data), capacity});
    }
    m_returned.notify_all();
}

std::uint64_t BufferPool::allocated() const
{
    std::lock_guard lock(m_mutex);
    return m_allocated;
}

std::uint64_t BufferPool::peakAllocated() const
{
    std::lock_guard lock(m_mutex);
    return m_peak;
}

} // namespace lakescope
