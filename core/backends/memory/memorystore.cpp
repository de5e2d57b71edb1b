// SPDX-License-Identifier: Apache-2.0
#include "core/backends/memory/memorystore.h"

#include "core/backends/memory/memorymultipartupload.h"
#include "core/common/md5.h"

#include <mutex>

namespace lakescope {

namespace {

// The first key that sorts after every key starting with `prefix`.
std::string prefixEnd(std::string prefix)
{
    while (!prefix.empty()) {
        auto &last = reinterpret_cast<unsigned char &>(prefix.back());
        if (last != 0xff) {
            ++last;
            return prefix;
        }
        prefix.pop_back();
    }
    return {};
}

} // namespace

MemoryStore::MemoryStore(std::string name) : m_name(std::move(name)) {}

std::string MemoryStore::displayName() const
{
    return "memory://" + m_name;
}

Capabilities MemoryStore::capabilities() const
{
    Capabilities caps;
    caps.serverSideCopy = true;
    caps.atomicRename = true;
    caps.conditionalPut = true;
    caps.minPartSize = 0;
    return caps;
}

Status MemoryStore::validateKey(const std::string &key)
{
    if (key.empty())
        return Error::invalidInput("empty object key");
    if (key.front() == '/')
        return Error::invalidInput("object key must not start with '/': " + key);
    return {};
}

Result<ListPage> MemoryStore::list(const ListOptions &options, CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    const std::size_t maxKeys = options.maxKeys == 0 ? 1000 : options.maxKeys;
    const std::string &delimiter = options.delimiter;

    ListPage page;
    std::shared_lock lock(m_mutex);
    auto it = m_objects.lower_bound(options.prefix);
    if (!options.pageToken.empty()) {
        const std::string &token = options.pageToken;
        // A token that is a folded prefix resumes after everything under it.
        if (!delimiter.empty() && token.size() >= delimiter.size()
            && token.compare(token.size() - delimiter.size(), delimiter.size(), delimiter) == 0)
            it = m_objects.lower_bound(std::max(prefixEnd(token), options.prefix));
        else
            it = m_objects.upper_bound(std::max(token, options.prefix));
    }

    std::string lastEntry;
    for (; it != m_objects.end(); ) {
        const std::string &key = it->first;
        if (key.compare(0, options.prefix.size(), options.prefix) != 0)
            break;
        if (page.objects.size() + page.commonPrefixes.size() == maxKeys) {
            page.nextPageToken = lastEntry;
            break;
        }
        if (!delimiter.empty()) {
            const auto pos = key.find(delimiter, options.prefix.size());
            if (pos != std::string::npos) {
                std::string folded = key.substr(0, pos + delimiter.size());
                const std::string end = prefixEnd(folded);
                page.commonPrefixes.push_back(folded);
                lastEntry = std::move(folded);
                it = end.empty() ? m_objects.end() : m_objects.lower_bound(end);
                continue;
            }
        }
        page.objects.push_back(it->second.info);
        lastEntry = key;
        ++it;
    }
    return page;
}

Result<ObjectInfo> MemoryStore::head(const std::string &key, CancellationToken)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    std::shared_lock lock(m_mutex);
    const auto it = m_objects.find(key);
    if (it == m_objects.end())
        return Error::notFound(displayName() + "/" + key);
    return it->second.info;
}

Result<ObjectInfo> MemoryStore::get(const std::string &key, ByteSink &sink, const ByteRange &range,
                                    const GetOptions &options, CancellationToken cancel)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    Entry entry;
    {
        std::shared_lock lock(m_mutex);
        const auto it = m_objects.find(key);
        if (it == m_objects.end())
            return Error::notFound(displayName() + "/" + key);
        entry = it->second;
    }
    if (!options.ifMatch.empty() && options.ifMatch != entry.info.etag)
        return Error::preconditionFailed("etag of " + key + " does not match");
    if (!options.ifNoneMatch.empty() && options.ifNoneMatch == entry.info.etag)
        return Error{ErrorCode::NotModified, key + " has not changed"};

    const std::string &data = *entry.data;
    if (range.offset > data.size() || (range.offset == data.size() && range.offset != 0))
        return Error::invalidInput("range starts past the end of " + key);
    std::size_t length = data.size() - range.offset;
    if (range.length)
        length = std::min<std::uint64_t>(length, *range.length);

    constexpr std::size_t chunk = 1 << 20;
    for (std::size_t done = 0; done < length; ) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const std::size_t n = std::min(chunk, length - done);
        if (auto written = sink.write({data.data() + range.offset + done, n}); !written)
            return written.error();
        done += n;
    }
    return entry.info;
}

Result<ObjectInfo> MemoryStore::put(const std::string &key, ByteSource &source, const PutOptions &options,
                                    CancellationToken cancel)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    std::string data;
    if (const auto size = source.size())
        data.reserve(*size);
    Md5 md5;
    auto drained = drainSource(
        source,
        [&](std::span<const char> chunk) -> Status {
            data.append(chunk.data(), chunk.size());
            md5.update(chunk);
            return {};
        },
        cancel);
    if (!drained)
        return drained.error();
    return publish(key, std::move(data), options, md5.finishHex());
}

Result<ObjectInfo> MemoryStore::publish(const std::string &key, std::string data, const PutOptions &options,
                                        std::string etag)
{
    Entry entry;
    entry.info.key = key;
    entry.info.size = data.size();
    entry.info.modified = std::chrono::system_clock::now();
    entry.info.checksum = etag.find('-') == std::string::npos ? "md5:" + etag : std::string();
    entry.info.etag = std::move(etag);
    entry.info.contentType = options.contentType.empty() ? "application/octet-stream" : options.contentType;
    entry.info.metadata = options.metadata;
    entry.data = std::make_shared<const std::string>(std::move(data));

    std::unique_lock lock(m_mutex);
    if (options.ifNoneMatch && m_objects.count(key))
        return Error::alreadyExists(displayName() + "/" + key);
    m_objects[key] = entry;
    return entry.info;
}

Result<std::unique_ptr<MultipartUpload>> MemoryStore::startMultipart(const std::string &key,
                                                                     const PutOptions &options)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    auto state = MemoryMultipartUpload::newState(key, options);
    {
        std::lock_guard lock(m_uploadsMutex);
        m_uploads.emplace(state->uploadId, state);
    }
    return std::unique_ptr<MultipartUpload>(std::make_unique<MemoryMultipartUpload>(*this, std::move(state)));
}

Result<std::unique_ptr<MultipartUpload>> MemoryStore::resumeMultipart(const std::string &key,
                                                                      const std::string &uploadId)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    std::lock_guard lock(m_uploadsMutex);
    const auto it = m_uploads.find(uploadId);
    // As on S3, an id is only good with the key it was started for.
    if (it == m_uploads.end() || it->second->key != key)
        return Error::notFound("the multipart upload " + uploadId + " to " + displayName() + "/" + key
                               + " no longer exists (it was completed or aborted)");
    return std::unique_ptr<MultipartUpload>(std::make_unique<MemoryMultipartUpload>(*this, it->second));
}

void MemoryStore::forgetUpload(const std::string &uploadId)
{
    std::lock_guard lock(m_uploadsMutex);
    m_uploads.erase(uploadId);
}

Result<ObjectInfo> MemoryStore::copy(const std::string &from, const std::string &to, const CopyOptions &options,
                                     CancellationToken cancel)
{
    if (auto valid = validateKey(from); !valid)
        return valid.error();
    if (auto valid = validateKey(to); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    std::unique_lock lock(m_mutex);
    const auto it = m_objects.find(from);
    if (it == m_objects.end())
        return Error::notFound(displayName() + "/" + from);
    if (options.ifNoneMatch && m_objects.count(to))
        return Error::alreadyExists(displayName() + "/" + to);
    Entry entry = it->second;
    entry.info.key = to;
    entry.info.modified = std::chrono::system_clock::now();
    m_objects[to] = entry;
    return entry.info;
}

Result<ObjectInfo> MemoryStore::rename(const std::string &from, const std::string &to, CancellationToken cancel)
{
    if (auto valid = validateKey(from); !valid)
        return valid.error();
    if (auto valid = validateKey(to); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    std::unique_lock lock(m_mutex);
    auto node = m_objects.extract(from);
    if (node.empty())
        return Error::notFound(displayName() + "/" + from);
    node.key() = to;
    node.mapped().info.key = to;
    ObjectInfo info = node.mapped().info;
    m_objects.erase(to);
    m_objects.insert(std::move(node));
    return info;
}

Result<std::vector<DeleteOutcome>> MemoryStore::removeBatch(const std::vector<std::string> &keys,
                                                            CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    if (keys.size() > static_cast<std::size_t>(capabilities().maxDeleteBatch))
        return Error::invalidInput("too many keys in one delete batch");
    std::vector<DeleteOutcome> outcomes;
    outcomes.reserve(keys.size());
    std::unique_lock lock(m_mutex);
    for (const auto &key : keys) {
        DeleteOutcome outcome{key};
        if (auto valid = validateKey(key); !valid) {
            outcome.ok = false;
            outcome.error = valid.error().toString();
        } else {
            m_objects.erase(key);
        }
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

Result<std::string> MemoryStore::presign(const std::string &, PresignMethod, std::chrono::seconds)
{
    return Error::notSupported("memory stores have no shareable URLs");
}

} // namespace lakescope
