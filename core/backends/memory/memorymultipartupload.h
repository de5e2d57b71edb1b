// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/multipartupload.h"
#include "core/store/objectinfo.h"

#include <map>
#include <mutex>

namespace lakescope {

class MemoryStore;

// Parts live in the upload until complete() assembles them; nothing is
// visible in the store before that, as with S3.
class MemoryMultipartUpload final : public MultipartUpload
{
public:
    MemoryMultipartUpload(MemoryStore &store, std::string key, PutOptions options);

    const std::string &key() const override { return m_key; }
    const std::string &uploadId() const override { return m_uploadId; }
    Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel = {}) override;
    Result<ObjectInfo> complete(std::vector<PartInfo> parts) override;
    Status abort() override;

private:
    struct Part
    {
        std::string data;
        std::string etag;
    };

    MemoryStore &m_store;
    std::string m_key;
    std::string m_uploadId;
    PutOptions m_options;
    std::mutex m_mutex;
    std::map<int, Part> m_parts;
    bool m_finished = false;
};

} // namespace lakescope
