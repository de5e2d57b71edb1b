// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/memory/memorymultipartupload.h"
#include "core/store/objectstore.h"

#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>

namespace lakescope {

// A thread-safe in-process store: the "Scratch" area of the GUI and the
// reference backend of the conformance suite. Objects are immutable blobs
// shared with readers, so a get never blocks a put for long.
class MemoryStore final : public ObjectStore
{
public:
    explicit MemoryStore(std::string name = "scratch");

    std::string displayName() const override;
    Capabilities capabilities() const override;
    Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {}) override;
    Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) override;
    Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range = {},
                           const GetOptions &options = {}, CancellationToken cancel = {}) override;
    Result<ObjectInfo> put(const std::string &key, ByteSource &data, const PutOptions &options = {},
                           CancellationToken cancel = {}) override;
    Result<std::unique_ptr<MultipartUpload>> startMultipart(const std::string &key,
                                                            const PutOptions &options = {}) override;
    // Uploads this process started and has not completed or aborted.
    Result<std::unique_ptr<MultipartUpload>> resumeMultipart(const std::string &key,
                                                             const std::string &uploadId) override;
    Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
                            CancellationToken cancel = {}) override;
    Result<ObjectInfo> rename(const std::string &from, const std::string &to,
                              CancellationToken cancel = {}) override;
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &keys,
                                                   CancellationToken cancel = {}) override;
    Result<std::string> presign(const std::string &key, PresignMethod method,
                                std::chrono::seconds expiry) override;

    // Used by MemoryMultipartUpload to publish an assembled object.
    Result<ObjectInfo> publish(const std::string &key, std::string data, const PutOptions &options,
                               std::string etag);
    // Used by MemoryMultipartUpload once an upload is completed or aborted.
    void forgetUpload(const std::string &uploadId);

private:
    struct Entry
    {
        std::shared_ptr<const std::string> data;
        ObjectInfo info;
    };

    static Status validateKey(const std::string &key);

    std::string m_name;
    mutable std::shared_mutex m_mutex;
    std::map<std::string, Entry> m_objects;
    std::mutex m_uploadsMutex;
    std::map<std::string, std::shared_ptr<MemoryMultipartUpload::State>> m_uploads;
};

} // namespace lakescope
