// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/versionedrepository.h"
#include "core/store/multipartupload.h"
#include "core/store/objectinfo.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace lakescope {

// A multipart upload for lakeFS, which has none of its own: each part is
// written to a temporary file in a private folder (hashed on the way),
// and complete() streams the listed parts, in order, as one upload to the
// branch, checking lakeFS's MD5 of what arrived against the bytes sent.
// Nothing is visible under the key until then; abort() (or dropping an
// unfinished upload) removes the folder. Uploads live as long as this
// process, so resumeMultipart stays NotSupported.
class LakeFsSpooledUpload final : public MultipartUpload
{
public:
    static Result<std::unique_ptr<LakeFsSpooledUpload>> start(lakefs::VersionedRepositoryPtr lake,
                                                              std::string repository, std::string branch,
                                                              std::string key, PutOptions options);
    ~LakeFsSpooledUpload() override;

    const std::string &key() const override { return m_key; }
    const std::string &uploadId() const override { return m_uploadId; }
    Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel = {}) override;
    Result<ObjectInfo> complete(std::vector<PartInfo> parts) override;
    Status abort() override;
    Result<std::vector<PartInfo>> listParts(CancellationToken cancel = {}) override;

private:
    LakeFsSpooledUpload(lakefs::VersionedRepositoryPtr lake, std::string repository, std::string branch,
                        std::string key, PutOptions options, std::string folder);

    Status checkOpen() const; // under m_mutex
    std::string partPath(int partNumber, const std::string &md5) const;
    void removeFolder();

    lakefs::VersionedRepositoryPtr m_lake;
    std::string m_repository;
    std::string m_branch;
    std::string m_key;
    PutOptions m_options;
    std::string m_folder;
    std::string m_uploadId;

    mutable std::mutex m_mutex;
    std::map<int, PartInfo> m_parts;
    bool m_finished = false;
};

} // namespace lakescope
