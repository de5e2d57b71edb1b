// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectstore.h"

#include <filesystem>
#include <memory>

namespace lakescope {

class LocalLister;

// A folder on the local disk as an ObjectStore. Directories are prefixes;
// listing with "/" shows sub-directories as common prefixes. Writes go to a
// temporary file in the target directory and are renamed into place, so a
// failed or cancelled write never leaves a partial file under the final name.
// Keys that would escape the root ("../x", "/etc/passwd", "a/../../b") are
// refused with InvalidInput.
class LocalStore final : public ObjectStore
{
public:
    explicit LocalStore(std::filesystem::path root);
    ~LocalStore() override;

    const std::filesystem::path &root() const { return m_root; }

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
    Result<std::unique_ptr<MultipartUpload>> resumeMultipart(const std::string &key,
                                                             const std::string &uploadId) override;
    // The checks of a write: the key's folder must resolve inside the root.
    // The file itself may be a symlink; writers replace it by rename, as
    // put() does, rather than write through it.
    Result<std::string> localPath(const std::string &key) const override;
    Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
                            CancellationToken cancel = {}) override;
    Result<ObjectInfo> rename(const std::string &from, const std::string &to,
                              CancellationToken cancel = {}) override;
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &keys,
                                                   CancellationToken cancel = {}) override;
    Result<std::string> presign(const std::string &key, PresignMethod method,
                                std::chrono::seconds expiry) override;

private:
    Result<ObjectInfo> putFolder(const std::string &key, ByteSource &data, const PutOptions &options);
    Result<ObjectInfo> folderInfo(const std::string &key) const;

    std::filesystem::path m_root;
    std::string m_rootPath;               // canonical, no trailing '/', for POSIX calls
    bool m_userXattrs = false;            // probed once: can this filesystem keep metadata?
    std::unique_ptr<LocalLister> m_lister;
};

} // namespace lakescope
