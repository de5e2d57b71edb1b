// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/multipartupload.h"
#include "core/store/objectinfo.h"

#include <map>
#include <memory>
#include <mutex>

namespace lakescope {

class MemoryStore;

// Parts live in the upload until complete() assembles them; nothing is
// visible in the store before that, as with S3. The store keeps every open
// upload's state by id, so a handle dropped in this process can be resumed
// until the upload is completed or aborted.
class MemoryMultipartUpload final : public MultipartUpload
{
public:
    struct Part
    {
        std::string data;
        std::string etag; // the MD5 of data, as S3 gives for plain parts
    };

    // Shared by the store's registry and every handle to the upload.
    struct State
    {
        State(std::string key, std::string uploadId, PutOptions options)
            : key(std::move(key)), uploadId(std::move(uploadId)), options(std::move(options))
        {}
        const std::string key;
        const std::string uploadId;
        const PutOptions options;
        std::mutex mutex;
        std::map<int, Part> parts;
        bool finished = false;
    };

    static std::shared_ptr<State> newState(std::string key, PutOptions options);

    MemoryMultipartUpload(MemoryStore &store, std::shared_ptr<State> state);

    const std::string &key() const override { return m_state->key; }
    const std::string &uploadId() const override { return m_state->uploadId; }
    Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel = {}) override;
    Result<ObjectInfo> complete(std::vector<PartInfo> parts) override;
    Status abort() override;
    Result<std::vector<PartInfo>> listParts(CancellationToken cancel = {}) override;

private:
    Error closed() const;

    MemoryStore &m_store;
    std::shared_ptr<State> m_state;
};

} // namespace lakescope
