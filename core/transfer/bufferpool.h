// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace lakescope {

class BufferPool;

// A buffer lent by the pool; going out of scope hands it back.
class PooledBuffer
{
public:
    PooledBuffer() = default;
    PooledBuffer(PooledBuffer &&other) noexcept;
    PooledBuffer &operator=(PooledBuffer &&other) noexcept;
    ~PooledBuffer();

    char *data() { return m_data.get(); }
    std::uint64_t capacity() const { return m_capacity; }
    explicit operator bool() const { return m_data != nullptr; }

private:
    friend class BufferPool;
    PooledBuffer(BufferPool *pool, std::unique_ptr<char[]> data, std::uint64_t capacity);
    void giveBack();

    BufferPool *m_pool = nullptr;
    std::unique_ptr<char[]> m_data;
    std::uint64_t m_capacity = 0;
};

// Part buffers under a hard byte budget: allocated, lent and kept for reuse
// are together never more than the budget, whatever the number of jobs or
// the size of their files. A worker that would exceed it waits until a
// buffer comes back; that is the memory bound of the whole engine. A
// request larger than the budget is granted only when nothing else is out,
// so it can never wait forever.
class BufferPool
{
public:
    explicit BufferPool(std::uint64_t budget);
    ~BufferPool();
    BufferPool(const BufferPool &) = delete;
    BufferPool &operator=(const BufferPool &) = delete;

    // Capacity is `size` rounded up to a power of two from 64 KiB (so small
    // files reuse buffers). Cancelled when `cancel` fires while waiting;
    // waiters re-check their tokens when wakeWaiters() is called.
    Result<PooledBuffer> acquire(std::uint64_t size, CancellationToken cancel);
    void wakeWaiters();

    std::uint64_t budget() const { return m_budget; }
    // Bytes allocated (lent plus kept), and the most ever at once.
    std::uint64_t allocated() const;
    std::uint64_t peakAllocated() const;

private:
    friend class PooledBuffer;
    void release(std::unique_ptr<char[]> data, std::uint64_t capacity);

    const std::uint64_t m_budget;
    mutable std::mutex m_mutex;
    std::condition_variable m_returned;
    struct Idle
    {
        std::unique_ptr<char[]> data;
        std::uint64_t capacity;
    };
    std::vector<Idle> m_idle;
    std::uint64_t m_allocated = 0;
    std::uint64_t m_lent = 0;
    std::uint64_t m_peak = 0;
};

} // namespace lakescope
