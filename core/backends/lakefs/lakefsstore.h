// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/versionedrepository.h"
#include "core/store/objectstore.h"

#include <atomic>
#include <mutex>
#include <string>

namespace lakescope {

// lakefs://repo/ref as an ObjectStore: one ref of one repository of a lake
// (a lakeFS server or a LocalLake), so browsing, cat, cp and the transfer
// engine work on versioned data. Reads go to any ref (a branch includes its
// uncommitted changes); writes only to branches, staged there until a
// commit. A tag, a commit id or a ref expression refuses writes with a
// clear error before any request goes out for them.
//
// ObjectInfo.checksum is "md5:<hex>" (lakeFS stores the hex MD5 of every
// object) and the etag is that same hex. lakeFS has no multipart upload of
// its own, so parts are spooled to local temporary files and complete()
// sends them as one streamed upload: a large file never has to sit in
// memory. Thread-safe.
class LakeFsStore final : public ObjectStore
{
public:
    LakeFsStore(lakefs::VersionedRepositoryPtr lake, std::string repository, std::string ref);

    const lakefs::VersionedRepositoryPtr &lake() const { return m_lake; }
    const std::string &repository() const { return m_repository; }
    const std::string &ref() const { return m_ref; }

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
    Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
                            CancellationToken cancel = {}) override;
    // Between refs of one repository of the same lake: lakeFS copies on the
    // server (objects/copy with src_ref).
    bool canCopyFrom(const ObjectStore &source) const override;
    Result<ObjectInfo> copyFrom(ObjectStore &source, const std::string &from, const std::string &to,
                                CancellationToken cancel = {}) override;
    Result<ObjectInfo> rename(const std::string &from, const std::string &to, CancellationToken cancel = {}) override;
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &keys,
                                                   CancellationToken cancel = {}) override;
    Result<std::string> presign(const std::string &key, PresignMethod method, std::chrono::seconds expiry) override;

    // What lakeFS reports, as the store contract wants it.
    static ObjectInfo toObjectInfo(const lakefs::ObjectStats &stats);

    // Ok when the ref is a branch (asked once, then remembered); otherwise
    // InvalidInput saying what the ref is instead.
    Status checkWritable();

private:
    Status validateKey(const std::string &key) const;
    Result<ObjectInfo> copyBetween(const std::string &sourceRef, const std::string &from, const std::string &to,
                                   const CopyOptions &options, CancellationToken cancel);

    lakefs::VersionedRepositoryPtr m_lake;
    std::string m_repository;
    std::string m_ref;
    std::atomic<bool> m_isBranch{false};
    std::mutex m_verdictMutex;
    std::string m_refusal; // why writes are refused, once known
};

} // namespace lakescope
