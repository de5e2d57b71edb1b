// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectstore.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace lakescope::testing {

// Read-only objects whose bytes are computed from their offset, so a test
// can move gigabytes without holding or storing them.
class PatternStore final : public ObjectStore
{
public:
    void add(const std::string &key, std::uint64_t size);
    static char byteAt(std::uint64_t offset);

    std::string displayName() const override { return "pattern://"; }
    Capabilities capabilities() const override;
    Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {}) override;
    Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) override;
    Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range = {},
                           const GetOptions &options = {}, CancellationToken cancel = {}) override;
    Result<ObjectInfo> put(const std::string &, ByteSource &, const PutOptions & = {}, CancellationToken = {}) override;
    Result<std::unique_ptr<MultipartUpload>> startMultipart(const std::string &, const PutOptions & = {}) override;
    Result<ObjectInfo> copy(const std::string &, const std::string &, const CopyOptions & = {},
                            CancellationToken = {}) override;
    Result<ObjectInfo> rename(const std::string &, const std::string &, CancellationToken = {}) override;
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &, CancellationToken = {}) override;
    Result<std::string> presign(const std::string &, PresignMethod, std::chrono::seconds) override;

private:
    std::map<std::string, ObjectInfo> m_objects;
};

// Accepts writes and keeps only their size and MD5: the destination of a
// transfer too big to keep.
class DigestStore final : public ObjectStore
{
public:
    std::uint64_t storedSize(const std::string &key) const;

    std::string displayName() const override { return "digest://"; }
    Capabilities capabilities() const override;
    Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {}) override;
    Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) override;
    Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range = {},
                           const GetOptions &options = {}, CancellationToken cancel = {}) override;
    Result<ObjectInfo> put(const std::string &key, ByteSource &data, const PutOptions &options = {},
                           CancellationToken cancel = {}) override;
    Result<std::unique_ptr<MultipartUpload>> startMultipart(const std::string &key,
                                                            const PutOptions &options = {}) override;
    Result<ObjectInfo> copy(const std::string &, const std::string &, const CopyOptions & = {},
                            CancellationToken = {}) override;
    Result<ObjectInfo> rename(const std::string &, const std::string &, CancellationToken = {}) override;
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &, CancellationToken = {}) override;
    Result<std::string> presign(const std::string &, PresignMethod, std::chrono::seconds) override;

    void record(const ObjectInfo &info);

private:
    mutable std::mutex m_mutex;
    std::map<std::string, ObjectInfo> m_objects;
};

} // namespace lakescope::testing
