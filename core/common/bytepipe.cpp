// SPDX-License-Identifier: Apache-2.0
#include "core/common/bytepipe.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace lakescope {

namespace {
// A CancellationToken cannot notify, so a side blocked on a token that can
// be cancelled re-checks it this often.
constexpr auto kCancelPoll = std::chrono::milliseconds(50);
} // namespace

BytePipe::BytePipe(std::size_t capacity, CancellationToken cancel)
    : m_buffer(std::max<std::size_t>(capacity, 1))
    , m_cancel(std::move(cancel))
{}

template<typename Predicate>
bool BytePipe::waitFor(std::unique_lock<std::mutex> &lock, std::condition_variable &cond, Predicate ready)
{
    while (!ready()) {
        if (m_cancel.isCancelled())
            return false;
        cond.wait_for(lock, kCancelPoll);
    }
    return true;
}

Status BytePipe::write(std::span<const char> data)
{
    std::unique_lock lock(m_mutex);
    while (!data.empty()) {
        const bool ready = waitFor(lock, m_writable, [&] {
            return m_readerError || m_writerError || m_closed || m_used < m_buffer.size();
        });
        if (!ready)
            return Error::cancelled();
        if (m_readerError)
            return *m_readerError;
        if (m_writerError)
            return *m_writerError;
        if (m_closed)
            return Error::fatal("write to a closed pipe");

        // Copy into the free space, which may wrap around the ring's end.
        const std::size_t capacity = m_buffer.size();
        const std::size_t tail = (m_head + m_used) % capacity;
        const std::size_t contiguous = tail >= m_head ? capacity - tail : m_head - tail;
        const std::size_t n = std::min({contiguous, capacity - m_used, data.size()});
        std::memcpy(m_buffer.data() + tail, data.data(), n);
        m_used += n;
        data = data.subspan(n);
        m_readable.notify_one();
    }
    return {};
}

void BytePipe::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_readable.notify_all();
    m_writable.notify_all();
}

void BytePipe::fail(Error error)
{
    std::lock_guard lock(m_mutex);
    if (!m_writerError)
        m_writerError = std::move(error);
    m_readable.notify_all();
    m_writable.notify_all();
}

Result<std::size_t> BytePipe::read(std::span<char> buffer)
{
    if (buffer.empty())
        return std::size_t{0};
    std::unique_lock lock(m_mutex);
    const bool ready = waitFor(lock, m_readable, [&] {
        return m_used > 0 || m_closed || m_writerError || m_readerError;
    });
    if (!ready)
        return Error::cancelled();
    // The writer's failure wins over buffered bytes: the reader must not
    // mistake a truncated stream for a complete one.
    if (m_writerError)
        return *m_writerError;
    if (m_readerError)
        return *m_readerError;
    if (m_used == 0)
        return std::size_t{0}; // closed and drained

    const std::size_t capacity = m_buffer.size();
    const std::size_t contiguous = std::min(m_used, capacity - m_head);
    const std::size_t n = std::min(contiguous, buffer.size());
    std::memcpy(buffer.data(), m_buffer.data() + m_head, n);
    m_head = (m_head + n) % capacity;
    m_used -= n;
    if (m_used == 0)
        m_head = 0;
    m_writable.notify_one();
    return n;
}

void BytePipe::abandon(Error error)
{
    std::lock_guard lock(m_mutex);
    if (!m_readerError)
        m_readerError = std::move(error);
    m_readable.notify_all();
    m_writable.notify_all();
}

bool BytePipe::finished() const
{
    std::lock_guard lock(m_mutex);
    return m_closed && m_used == 0 && !m_writerError;
}

} // namespace lakescope
