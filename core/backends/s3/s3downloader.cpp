// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3downloader.h"

#include "core/backends/s3/s3store.h"
#include "core/common/md5.h"

#include <algorithm>
#include <thread>

namespace lakescope {

namespace {

constexpr std::size_t kHoldBack = 8u << 20;
constexpr std::size_t kHandOverChunk = 1u << 20;
constexpr int kAttempts = 6;

// Keeps the first kHoldBack bytes; past them, hands everything to the
// caller's sink as it comes. Checks cancellation on every write, so a
// cancelled read stops at the next chunk from the network.
class HoldBackSink final : public ByteSink
{
public:
    HoldBackSink(ByteSink &target, CancellationToken cancel, bool direct)
        : m_target(target)
        , m_cancel(cancel)
        , m_streaming(direct)
    {}

    Status write(std::span<const char> data) override
    {
        if (m_cancel.isCancelled())
            return Error::cancelled();
        if (m_streaming)
            return m_target.write(data);
        if (m_held.size() + data.size() <= kHoldBack) {
            m_held.append(data.data(), data.size());
            return {};
        }
        m_streaming = true;
        if (auto flushed = handOver(); !flushed)
            return flushed;
        return m_target.write(data);
    }

    // Gives the held bytes to the caller in chunks, stopping on cancel.
    Status handOver()
    {
        for (std::size_t at = 0; at < m_held.size(); at += kHandOverChunk) {
            if (m_cancel.isCancelled())
                return Error::cancelled();
            const std::size_t n = std::min(kHandOverChunk, m_held.size() - at);
            if (auto written = m_target.write({m_held.data() + at, n}); !written)
                return written;
        }
        m_held.clear();
        return {};
    }

    // Whether the caller has seen any byte: then the read cannot be redone.
    bool streaming() const { return m_streaming; }
    const std::string &held() const { return m_held; }

private:
    ByteSink &m_target;
    CancellationToken m_cancel;
    std::string m_held;
    bool m_streaming = false;
};

bool isPlainMd5(const std::string &etag)
{
    return etag.size() == 32 && std::all_of(etag.begin(), etag.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool wait(int attempt, CancellationToken cancel)
{
    // 25, 50, 100, 200, 400 ms: long enough for a rewrite in place to end.
    const auto delay = std::chrono::milliseconds(25 << (attempt - 1));
    const auto until = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < until) {
        if (cancel.isCancelled())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

} // namespace

S3Downloader::S3Downloader(std::shared_ptr<S3Client> client, std::string bucket)
    : m_client(std::move(client))
    , m_bucket(std::move(bucket))
{}

Result<ObjectInfo> S3Downloader::get(const std::string &key, ByteSink &sink, const ByteRange &range,
                                     const GetOptions &options, CancellationToken cancel)
{
    const std::string what = "s3://" + m_bucket + "/" + key;
    if (range.length && *range.length == 0) {
        // "bytes=a-(a-1)" is not a range; answer from the metadata.
        auto info = S3Store(m_client, m_bucket).head(key, cancel);
        if (info && (range.offset > info->size || (range.offset == info->size && info->size != 0)))
            return Error::invalidInput("the range starts past the end of " + what);
        return info;
    }
    S3Request request;
    request.bucket = m_bucket;
    request.key = key;
    if (!range.isAll()) {
        std::string header = "bytes=" + std::to_string(range.offset) + "-";
        if (range.length)
            header += std::to_string(range.offset + *range.length - 1);
        request.headers.set("Range", header);
    }
    if (!options.ifMatch.empty())
        request.headers.set("If-Match", "\"" + options.ifMatch + "\"");
    if (!options.ifNoneMatch.empty())
        request.headers.set("If-None-Match", "\"" + options.ifNoneMatch + "\"");

    for (int attempt = 1;; ++attempt) {
        if (cancel.isCancelled())
            return Error::cancelled();
        HoldBackSink hold(sink, cancel, options.direct);
        auto sent = m_client->send(request, &hold, cancel);
        const bool mayRepeat = !hold.streaming() && attempt < kAttempts;
        if (!sent) {
            // A body cut short before the caller saw any of it: read again.
            if (sent.error().code == ErrorCode::Transient && mayRepeat && wait(attempt, cancel))
                continue;
            return sent.error();
        }
        if (!sent->ok()) {
            Error error = s3errors::fromResponse(*sent, context(key));
            // S3 refuses any range of an empty object, even "from 0": that
            // read is simply empty.
            if (sent->status == 416 && range.offset == 0) {
                auto info = S3Store(m_client, m_bucket).head(key, cancel);
                if (info && info->size == 0)
                    return info;
            }
            return error;
        }
        ObjectInfo info = S3Store::infoFromHeaders(key, sent->headers);
        if (hold.streaming())
            return info;
        // Whole, small and with an MD5 to compare: hand over only what
        // matches. KMS-encrypted objects' ETags are not MD5s (the checksum
        // field is empty for them).
        if (range.isAll() && isPlainMd5(info.etag) && info.checksum == "md5:" + info.etag
            && Md5::hex(hold.held()) != info.etag) {
            if (mayRepeat && wait(attempt, cancel))
                continue;
            return Error::transient("the bytes read from " + what + " do not match its MD5 ETag after "
                                    + std::to_string(attempt) + " attempts (is it being rewritten?)");
        }
        if (auto given = hold.handOver(); !given)
            return given.error();
        return info;
    }
}

} // namespace lakescope
