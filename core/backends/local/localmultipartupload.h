// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/local/localfs.h"
#include "core/store/multipartupload.h"
#include "core/store/objectinfo.h"

#include <memory>
#include <string>

namespace lakescope {

// Parts are files in "<root>/.lakescope-uploads/<uploadId>/", hidden from
// listings; complete() concatenates them into a temp file beside the target
// and renames it into place, so the key shows nothing until then. The parts
// folder outlives a crash, with the target key and the put options beside
// the parts, so resume() can reattach to it; abort() (or complete())
// removes it.
class LocalMultipartUpload final : public MultipartUpload
{
public:
    // Creates the parts folder; `root` is the store's canonical root.
    static Result<std::unique_ptr<MultipartUpload>> start(const std::string &root, const std::string &key,
                                                          const PutOptions &options);
    // Reattaches to an existing parts folder: NotFound when it is gone or
    // holds an upload to another key, InvalidInput for an id that could not
    // name one (anything but letters, digits, '-' and '_').
    static Result<std::unique_ptr<MultipartUpload>> resume(const std::string &root, const std::string &key,
                                                           const std::string &uploadId);

    const std::string &key() const override { return m_key; }
    const std::string &uploadId() const override { return m_uploadId; }
    Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel = {}) override;
    Result<ObjectInfo> complete(std::vector<PartInfo> parts) override;
    Status abort() override;
    // The newest file of each part number, by part number; md5 is the etag.
    Result<std::vector<PartInfo>> listParts(CancellationToken cancel = {}) override;

private:
    LocalMultipartUpload(std::string root, std::string key, PutOptions options, std::string uploadId);

    // What start() and resume() both refuse: bad keys, folders, targets
    // whose folder resolves outside the root.
    static Status checkTarget(const std::string &root, const std::string &key);

    // A part's file name carries its etag (its MD5), so a re-put part never
    // changes the bytes behind an etag already handed out; the file it
    // replaces is removed once the new one is in place.
    std::string partPath(int partNumber, const std::string &etag) const;
    Status checkOpen() const;
    // The parts folder, opened and flock()ed (LOCK_EX or LOCK_SH) until the
    // descriptor closes; threads and processes alike wait their turn.
    Result<localfs::UniqueFd> lockFolder(int operation) const;

    std::string m_root;
    std::string m_key;
    PutOptions m_options;
    std::string m_uploadId;
    std::string m_dir;
};

} // namespace lakescope
