// SPDX-License-Identifier: Apache-2.0
#include "tests/transfer/syntheticstores.h"

#include "core/common/md5.h"
#include "core/transfer/contentcheck.h"

#include <vector>

namespace lakescope::testing {

namespace {

Error unsupported()
{
    return Error::notSupported("not in this test store");
}

class DigestUpload final : public MultipartUpload
{
public:
    DigestUpload(DigestStore &store, std::string key) : m_store(store), m_key(std::move(key)) {}
    const std::string &key() const override { return m_key; }
    const std::string &uploadId() const override { return m_id; }
    Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel) override
    {
        Md5 md5;
        std::uint64_t size = 0;
        auto drained = drainSource(data, [&](std::span<const char> chunk) -> Status {
            md5.update(chunk);
            size += chunk.size();
            return {};
        }, cancel);
        if (!drained)
            return drained.error();
        const std::string hex = md5.finishHex();
        return PartInfo{partNumber, hex, size, hex};
    }
    Result<ObjectInfo> complete(std::vector<PartInfo> parts) override
    {
        std::sort(parts.begin(), parts.end(), [](const PartInfo &a, const PartInfo &b) { return a.partNumber < b.partNumber; });
        std::vector<std::string> md5s;
        ObjectInfo info;
        info.key = m_key;
        for (const PartInfo &part : parts) {
            md5s.push_back(part.etag);
            info.size += part.size;
        }
        info.etag = contentcheck::multipartEtag(md5s);
        m_store.record(info);
        return info;
    }
    Status abort() override { return {}; }

private:
    DigestStore &m_store;
    std::string m_key;
    std::string m_id = "digest-upload";
};

} // namespace

char PatternStore::byteAt(std::uint64_t offset)
{
    std::uint64_t x = offset / 8 + 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    x ^= x >> 31;
    return static_cast<char>(x >> (8 * (offset % 8)));
}

void PatternStore::add(const std::string &key, std::uint64_t size)
{
    ObjectInfo info;
    info.key = key;
    info.size = size;
    info.etag = "pattern-" + std::to_string(size);
    m_objects[key] = info;
}

Capabilities PatternStore::capabilities() const
{
    Capabilities caps;
    caps.readOnly = true;
    return caps;
}

Result<ListPage> PatternStore::list(const ListOptions &options, CancellationToken)
{
    ListPage page;
    for (const auto &[key, info] : m_objects) {
        if (key.starts_with(options.prefix))
            page.objects.push_back(info);
    }
    return page;
}

Result<ObjectInfo> PatternStore::head(const std::string &key, CancellationToken)
{
    const auto it = m_objects.find(key);
    if (it == m_objects.end())
        return Error::notFound("pattern://" + key);
    return it->second;
}

Result<ObjectInfo> PatternStore::get(const std::string &key, ByteSink &sink, const ByteRange &range,
                                     const GetOptions &, CancellationToken cancel)
{
    auto info = head(key);
    if (!info)
        return info;
    const std::uint64_t end = range.length ? std::min(info->size, range.offset + *range.length) : info->size;
    std::vector<char> chunk(256 * 1024);
    for (std::uint64_t offset = range.offset; offset < end;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(chunk.size(), end - offset));
        for (std::size_t i = 0; i < n; ++i)
            chunk[i] = byteAt(offset + i);
        if (auto written = sink.write(std::span<const char>(chunk.data(), n)); !written)
            return written.error();
        offset += n;
    }
    return info;
}

Result<ObjectInfo> PatternStore::put(const std::string &, ByteSource &, const PutOptions &, CancellationToken) { return unsupported(); }
Result<std::unique_ptr<MultipartUpload>> PatternStore::startMultipart(const std::string &, const PutOptions &) { return unsupported(); }
Result<ObjectInfo> PatternStore::copy(const std::string &, const std::string &, const CopyOptions &, CancellationToken) { return unsupported(); }
Result<ObjectInfo> PatternStore::rename(const std::string &, const std::string &, CancellationToken) { return unsupported(); }
Result<std::vector<DeleteOutcome>> PatternStore::removeBatch(const std::vector<std::string> &, CancellationToken) { return unsupported(); }
Result<std::string> PatternStore::presign(const std::string &, PresignMethod, std::chrono::seconds) { return unsupported(); }

std::uint64_t DigestStore::storedSize(const std::string &key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_objects.find(key);
    return it == m_objects.end() ? 0 : it->second.size;
}

void DigestStore::record(const ObjectInfo &info)
{
    std::lock_guard lock(m_mutex);
    m_objects[info.key] = info;
}

Capabilities DigestStore::capabilities() const
{
    Capabilities caps;
    caps.minPartSize = 5 << 20;
    return caps;
}

Result<ListPage> DigestStore::list(const ListOptions &, CancellationToken) { return ListPage{}; }

Result<ObjectInfo> DigestStore::head(const std::string &key, CancellationToken)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_objects.find(key);
    if (it == m_objects.end())
        return Error::notFound("digest://" + key);
    return it->second;
}

Result<ObjectInfo> DigestStore::get(const std::string &, ByteSink &, const ByteRange &, const GetOptions &, CancellationToken) { return unsupported(); }

Result<ObjectInfo> DigestStore::put(const std::string &key, ByteSource &data, const PutOptions &, CancellationToken cancel)
{
    DigestUpload upload(*this, key);
    auto part = upload.putPart(1, data, cancel);
    if (!part)
        return part.error();
    ObjectInfo info;
    info.key = key;
    info.size = part->size;
    info.etag = part->etag;
    info.checksum = "md5:" + part->etag;
    record(info);
    return info;
}

Result<std::unique_ptr<MultipartUpload>> DigestStore::startMultipart(const std::string &key, const PutOptions &)
{
    return std::unique_ptr<MultipartUpload>(std::make_unique<DigestUpload>(*this, key));
}

Result<ObjectInfo> DigestStore::copy(const std::string &, const std::string &, const CopyOptions &, CancellationToken) { return unsupported(); }
Result<ObjectInfo> DigestStore::rename(const std::string &, const std::string &, CancellationToken) { return unsupported(); }
Result<std::vector<DeleteOutcome>> DigestStore::removeBatch(const std::vector<std::string> &, CancellationToken) { return std::vector<DeleteOutcome>{}; }
Result<std::string> DigestStore::presign(const std::string &, PresignMethod, std::chrono::seconds) { return unsupported(); }

} // namespace lakescope::testing
