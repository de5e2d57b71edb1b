// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include "core/common/cancellation.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lakescope {

// Bodies are streamed, never held whole: a download pushes into a ByteSink,
// an upload pulls from a ByteSource. This matches libcurl's write and read
// callbacks, so network stores need no extra copy.
class ByteSink
{
public:
    virtual ~ByteSink() = default;
    // Consume all of `data`; an error stops the transfer.
    virtual Status write(std::span<const char> data) = 0;
};

class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Fill up to buffer.size() bytes; 0 means end of stream.
    virtual Result<std::size_t> read(std::span<char> buffer) = 0;
    // Total length when known in advance (files, buffers), so stores can
    // send Content-Length or choose multipart.
    virtual std::optional<std::uint64_t> size() const { return std::nullopt; }
    // Start again from the beginning, for retries; false when impossible.
    virtual bool rewind() { return false; }
    // The whole body when it already sits in memory, so a store can hash it
    // (Content-MD5) and send it without another copy; empty otherwise.
    virtual std::optional<std::span<const char>> contiguous() const { return std::nullopt; }
    // Hex MD5 of the whole body when its producer already hashed it (the
    // transfer engine hashes every part as it reads it), so a store sends
    // it as Content-MD5 without hashing again; the server still checks it
    // against the bytes that arrive. Empty when unknown.
    virtual std::string knownMd5() const { return {}; }
};

// Read `source` to its end in chunks of `chunkSize`, handing each chunk to
// `consume`; stops at the first error, a consume error or cancellation.
Status drainSource(ByteSource &source, const std::function<Status(std::span<const char>)> &consume,
                   CancellationToken cancel = {}, std::size_t chunkSize = 1 << 20);

// Small in-memory adapters, for tests and tiny payloads (never whole objects
// of unknown size).
class StringSink final : public ByteSink
{
public:
    Status write(std::span<const char> data) override
    {
        m_data.append(data.data(), data.size());
        return {};
    }
    const std::string &data() const { return m_data; }
    std::string take() { return std::move(m_data); }

private:
    std::string m_data;
};

// Reads bytes it does not own; the viewed data must outlive the source.
class ViewSource final : public ByteSource
{
public:
    explicit ViewSource(std::string_view data, std::string md5Hex = {}) : m_data(data), m_md5(std::move(md5Hex)) {}
    Result<std::size_t> read(std::span<char> buffer) override
    {
        const std::size_t n = std::min(buffer.size(), m_data.size() - m_pos);
        std::copy_n(m_data.data() + m_pos, n, buffer.data());
        m_pos += n;
        return n;
    }
    std::optional<std::uint64_t> size() const override { return m_data.size(); }
    bool rewind() override
    {
        m_pos = 0;
        return true;
    }
    std::optional<std::span<const char>> contiguous() const override
    {
        return std::span<const char>(m_data.data(), m_data.size());
    }
    std::string knownMd5() const override { return m_md5; }

private:
    std::string_view m_data;
    std::string m_md5;
    std::size_t m_pos = 0;
};

class StringSource final : public ByteSource
{
public:
    explicit StringSource(std::string data) : m_data(std::move(data)) {}
    Result<std::size_t> read(std::span<char> buffer) override
    {
        const std::size_t n = std::min(buffer.size(), m_data.size() - m_pos);
        m_data.copy(buffer.data(), n, m_pos);
        m_pos += n;
        return n;
    }
    std::optional<std::uint64_t> size() const override { return m_data.size(); }
    bool rewind() override
    {
        m_pos = 0;
        return true;
    }
    std::optional<std::span<const char>> contiguous() const override
    {
        return std::span<const char>(m_data.data(), m_data.size());
    }

private:
    std::string m_data;
    std::size_t m_pos = 0;
};

} // namespace lakescope
