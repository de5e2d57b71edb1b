// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

namespace lakescope {

// A bounded in-memory pipe between two threads: one side pushes through
// sink(), the other pulls through source(). It lets a download feed an upload
// without holding the object: memory stays at capacity() whatever the size.
//
// Either side can give up, and the other side then fails instead of waiting
// forever: the writer calls fail(error) (the reader sees that error) or
// close() (the reader sees end of stream); the reader calls abandon(error)
// (the writer's next write returns that error). Cancellation of the token
// also releases both sides.
class BytePipe
{
public:
    explicit BytePipe(std::size_t capacity = 4u << 20, CancellationToken cancel = {});
    BytePipe(const BytePipe &) = delete;
    BytePipe &operator=(const BytePipe &) = delete;

    // Writer side.
    Status write(std::span<const char> data);
    void close();
    void fail(Error error);

    // Reader side: blocks until data, end of stream or an error.
    Result<std::size_t> read(std::span<char> buffer);
    void abandon(Error error);

    // Length announced to the reader's ByteSource::size(), when known.
    void setExpectedSize(std::optional<std::uint64_t> size) { m_expectedSize = size; }

    std::size_t capacity() const { return m_buffer.size(); }
    // Whether the writer has closed the pipe and the reader drained it.
    bool finished() const;

    ByteSink &sink() { return m_sink; }
    ByteSource &source() { return m_source; }

private:
    class Sink final : public ByteSink
    {
    public:
        explicit Sink(BytePipe &pipe) : m_pipe(pipe) {}
        Status write(std::span<const char> data) override { return m_pipe.write(data); }

    private:
        BytePipe &m_pipe;
    };

    class Source final : public ByteSource
    {
    public:
        explicit Source(BytePipe &pipe) : m_pipe(pipe) {}
        Result<std::size_t> read(std::span<char> buffer) override { return m_pipe.read(buffer); }
        std::optional<std::uint64_t> size() const override { return m_pipe.m_expectedSize; }

    private:
        BytePipe &m_pipe;
    };

    // Waits on `cond` until `ready` or cancellation; false when cancelled.
    template<typename Predicate>
    bool waitFor(std::unique_lock<std::mutex> &lock, std::condition_variable &cond, Predicate ready);

    mutable std::mutex m_mutex;
    std::condition_variable m_readable;
    std::condition_variable m_writable;
    std::vector<char> m_buffer;
    std::size_t m_head = 0;   // next byte to read
    std::size_t m_used = 0;   // bytes buffered
    bool m_closed = false;
    std::optional<Error> m_writerError;
    std::optional<Error> m_readerError;
    std::optional<std::uint64_t> m_expectedSize;
    CancellationToken m_cancel;
    Sink m_sink{*this};
    Source m_source{*this};
};

} // namespace lakescope
