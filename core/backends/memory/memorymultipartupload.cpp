// SPDX-License-Identifier: Apache-2.0
#include "core/backends/memory/memorymultipartupload.h"

#include "core/backends/memory/memorystore.h"
#include "core/common/md5.h"

#include <algorithm>
#include <atomic>

namespace lakescope {

namespace {
std::atomic<unsigned long long> s_nextUploadId{1};
}

std::shared_ptr<MemoryMultipartUpload::State> MemoryMultipartUpload::newState(std::string key, PutOptions options)
{
    return std::make_shared<State>(std::move(key), "mem-" + std::to_string(s_nextUploadId++), std::move(options));
}

MemoryMultipartUpload::MemoryMultipartUpload(MemoryStore &store, std::shared_ptr<State> state)
    : m_store(store)
    , m_state(std::move(state))
{}

Error MemoryMultipartUpload::closed() const
{
    return Error::notFound("multipart upload " + m_state->uploadId + " is no longer open");
}

Result<PartInfo> MemoryMultipartUpload::putPart(int partNumber, ByteSource &source, CancellationToken cancel)
{
    if (partNumber < 1 || partNumber > 10000)
        return Error::invalidInput("part number must be between 1 and 10000");
    Part part;
    Md5 md5;
    auto drained = drainSource(
        source,
        [&](std::span<const char> chunk) -> Status {
            part.data.append(chunk.data(), chunk.size());
            md5.update(chunk);
            return {};
        },
        cancel);
    if (!drained)
        return drained.error();
    part.etag = md5.finishHex();
    PartInfo info{partNumber, part.etag, part.data.size(), part.etag};
    std::lock_guard lock(m_state->mutex);
    if (m_state->finished)
        return closed();
    m_state->parts[partNumber] = std::move(part);
    return info;
}

Result<ObjectInfo> MemoryMultipartUpload::complete(std::vector<PartInfo> parts)
{
    std::sort(parts.begin(), parts.end(), [](const PartInfo &a, const PartInfo &b) {
        return a.partNumber < b.partNumber;
    });
    std::string data;
    std::string etagDigests;
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->finished)
            return closed();
        for (const auto &part : parts) {
            const auto it = m_state->parts.find(part.partNumber);
            if (it == m_state->parts.end() || it->second.etag != part.etag)
                return Error::invalidInput("part " + std::to_string(part.partNumber) + " was not uploaded");
            data += it->second.data;
            etagDigests += it->second.etag;
        }
        m_state->finished = true;
        m_state->parts.clear();
    }
    m_store.forgetUpload(m_state->uploadId);
    // The S3 multipart ETag: MD5 of the binary part digests, then "-N".
    std::string binary;
    for (std::size_t i = 0; i + 1 < etagDigests.size(); i += 2)
        binary.push_back(static_cast<char>(std::stoi(etagDigests.substr(i, 2), nullptr, 16)));
    const std::string etag = Md5::hex(binary) + "-" + std::to_string(parts.size());
    return m_store.publish(m_state->key, std::move(data), m_state->options, etag);
}

Status MemoryMultipartUpload::abort()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->finished = true;
        m_state->parts.clear();
    }
    m_store.forgetUpload(m_state->uploadId);
    return {};
}

Result<std::vector<PartInfo>> MemoryMultipartUpload::listParts(CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    std::lock_guard lock(m_state->mutex);
    if (m_state->finished)
        return closed();
    std::vector<PartInfo> parts;
    parts.reserve(m_state->parts.size());
    for (const auto &[number, part] : m_state->parts)
        parts.push_back(PartInfo{number, part.etag, part.data.size(), part.etag});
    return parts;
}

} // namespace lakescope
