// SPDX-License-Identifier: Apache-2.0
#include "tests/support/teststreams.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace lakescope::testing {

namespace {

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64: fast, and every 8-byte word differs.
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

} // namespace

GeneratedSource::GeneratedSource(std::uint64_t size, std::uint32_t seed, std::uint64_t offset)
    : m_size(size)
    , m_seed(seed)
    , m_offset(offset)
{}

void GeneratedSource::fill(std::uint32_t seed, std::uint64_t offset, std::span<char> out)
{
    std::size_t i = 0;
    while (i < out.size()) {
        const std::uint64_t position = offset + i;
        const std::uint64_t word = mix((position / 8) ^ (std::uint64_t{seed} << 40));
        const std::size_t within = static_cast<std::size_t>(position % 8);
        const std::size_t n = std::min<std::size_t>(8 - within, out.size() - i);
        std::memcpy(out.data() + i, reinterpret_cast<const char *>(&word) + within, n);
        i += n;
    }
}

Result<std::size_t> GeneratedSource::read(std::span<char> buffer)
{
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), m_size - m_position));
    fill(m_seed, m_offset + m_position, buffer.first(n));
    m_position += n;
    return n;
}

bool GeneratedSource::rewind()
{
    m_position = 0;
    return true;
}

std::string GeneratedSource::md5(std::uint32_t seed, std::uint64_t offset, std::uint64_t length)
{
    Md5 md5;
    std::vector<char> buffer(1 << 20);
    for (std::uint64_t done = 0; done < length; ) {
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), length - done));
        fill(seed, offset + done, std::span<char>(buffer.data(), n));
        md5.update(std::span<const char>(buffer.data(), n));
        done += n;
    }
    return md5.finishHex();
}

Status Md5Sink::write(std::span<const char> data)
{
    m_md5.update(data);
    m_bytes += data.size();
    ++m_writes;
    return onWrite ? onWrite(m_bytes) : Status{};
}

FailingSource::FailingSource(std::uint64_t goodBytes, Error error, std::optional<std::uint64_t> announcedSize)
    : m_goodBytes(goodBytes)
    , m_error(std::move(error))
    , m_announcedSize(announcedSize)
{}

FailingSource::FailingSource(std::uint64_t goodBytes, CancellationSource cancel,
                             std::optional<std::uint64_t> announcedSize)
    : m_goodBytes(goodBytes)
    , m_cancel(std::move(cancel))
    , m_announcedSize(announcedSize)
{}

Result<std::size_t> FailingSource::read(std::span<char> buffer)
{
    if (m_delivered >= m_goodBytes) {
        if (m_error)
            return *m_error;
        m_cancel->cancel();
    }
    // Past the cue a cancelling source keeps going for a while (the store
    // must notice the token by itself), then ends so a store that never
    // looks finishes and fails the test instead of hanging it.
    constexpr std::uint64_t kAfterCancel = 16u << 20;
    const std::uint64_t limit = m_delivered < m_goodBytes ? m_goodBytes : m_goodBytes + kAfterCancel;
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), limit - std::min(limit, m_delivered)));
    std::fill_n(buffer.data(), n, 'x');
    m_delivered += n;
    return n;
}

} // namespace lakescope::testing
