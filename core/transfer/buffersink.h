// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/md5.h"
#include "core/transfer/bandwidthlimiter.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace lakescope {

// Fills a pooled part buffer from a store's get(), hashing on the way (the
// one MD5 pass every part needs) and keeping to the job's bandwidth limit.
class BufferSink final : public ByteSink
{
public:
    BufferSink(char *data, std::uint64_t capacity, BandwidthLimiter &limiter, CancellationToken cancel)
        : m_data(data)
        , m_capacity(capacity)
        , m_limiter(limiter)
        , m_cancel(cancel)
    {}

    Status write(std::span<const char> data) override
    {
        if (data.size() > m_capacity - m_size)
            return Error::transient("the source sent more bytes than its size");
        std::memcpy(m_data + m_size, data.data(), data.size());
        m_md5.update(data);
        m_size += data.size();
        if (!m_limiter.admit(data.size(), m_cancel))
            return Error::cancelled();
        return {};
    }

    std::uint64_t size() const { return m_size; }
    std::string md5Hex() { return m_md5.finishHex(); }

private:
    char *m_data;
    std::uint64_t m_capacity;
    std::uint64_t m_size = 0;
    BandwidthLimiter &m_limiter;
    CancellationToken m_cancel;
    Md5 m_md5;
};

} // namespace lakescope
