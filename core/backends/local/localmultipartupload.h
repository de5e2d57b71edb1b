// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/multipartupload.h"
#include "core/store/objectinfo.h"

#include <memory>
#include <string>

namespace lakescope {

// Parts are files in "<root>/.lakescope-uploads/<uploadId>/", hidden from
// listings; complete() concatenates them into a temp file beside the target
// and renames it into place, so the key shows nothing until then. The parts
// folder outlives a crash, and abort() (or complete()) removes it.
class LocalMultipartUpload final : public MultipartUpload
{
public:
    // Creates the parts folder; `root` is the store's canonical root.
    static Result<std::unique_ptr<MultipartUpload>> start(const std::string &root, const std::string &key,
                                                          const PutOptions &options);

    const std::string &key() const override { return m_key; }
    const std::string &uploadId() const override { return m_uploadId; }
    Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel = {}) override;
    Result<ObjectInfo> complete(std::vector<PartInfo> parts) override;
    Status abort() override;

private:
    LocalMultipartUpload(std::string root, std::string key, PutOptions options, std::string uploadId);

    // A part's file name carries its etag, so a re-put part never changes
    // the bytes behind an etag already handed out.
    std::string partPath(int partNumber, const std::string &etag) const;
    Status checkOpen() const;

    std::string m_root;
    std::string m_key;
    PutOptions m_options;
    std::string m_uploadId;
    std::string m_dir;
};

} // namespace lakescope
