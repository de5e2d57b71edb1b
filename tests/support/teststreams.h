// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/md5.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

// Byte sources and sinks for store tests: large deterministic payloads that
// are never held whole, and sources and sinks that fail or cancel on cue.
namespace lakescope::testing {

// `size` pseudo-random bytes, the same for the same seed; any slice can be
// regenerated, so a test checks a range without keeping the object.
class GeneratedSource final : public ByteSource
{
public:
    GeneratedSource(std::uint64_t size, std::uint32_t seed, std::uint64_t offset = 0);

    Result<std::size_t> read(std::span<char> buffer) override;
    std::optional<std::uint64_t> size() const override { return m_size; }
    bool rewind() override;

    // MD5 of bytes [offset, offset + length) of the stream for `seed`.
    static std::string md5(std::uint32_t seed, std::uint64_t offset, std::uint64_t length);
    static void fill(std::uint32_t seed, std::uint64_t offset, std::span<char> out);

private:
    std::uint64_t m_size;
    std::uint32_t m_seed;
    std::uint64_t m_offset;
    std::uint64_t m_position = 0;
};

// Hashes and counts what it is given; keeps nothing.
class Md5Sink final : public ByteSink
{
public:
    Status write(std::span<const char> data) override;
    std::string finishHex() { return m_md5.finishHex(); }
    std::uint64_t bytes() const { return m_bytes; }
    int writes() const { return m_writes; }
    // Called after each write with the running byte count.
    std::function<Status(std::uint64_t)> onWrite;

private:
    Md5 m_md5;
    std::uint64_t m_bytes = 0;
    int m_writes = 0;
};

// Delivers `goodBytes` of filler, then `error` (or cancels `cancel` and
// keeps delivering, when a cancellation source is given instead).
class FailingSource final : public ByteSource
{
public:
    FailingSource(std::uint64_t goodBytes, Error error, std::optional<std::uint64_t> announcedSize = {});
    FailingSource(std::uint64_t goodBytes, CancellationSource cancel, std::optional<std::uint64_t> announcedSize = {});

    Result<std::size_t> read(std::span<char> buffer) override;
    std::optional<std::uint64_t> size() const override { return m_announcedSize; }
    std::uint64_t delivered() const { return m_delivered; }

private:
    std::uint64_t m_goodBytes;
    std::optional<Error> m_error;
    std::optional<CancellationSource> m_cancel;
    std::optional<std::uint64_t> m_announcedSize;
    std::uint64_t m_delivered = 0;
};

} // namespace lakescope::testing
