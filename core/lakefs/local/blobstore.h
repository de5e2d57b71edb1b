// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"

#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

namespace lakescope::lakefs {

struct BlobInfo
{
    std::string checksum; // hex MD5, also the blob's address
    std::uint64_t size = 0;
};

// Object bytes of one repository, content-addressed by MD5:
// blobs/<2 hex>/<32 hex>. Identical content shares one file. A write
// streams into a temp file while hashing, syncs it and renames it to its
// address, so a blob under its final name is always complete. Safe from
// many threads: every writer has its own temp file.
class BlobStore
{
public:
    BlobStore(std::string dir, std::string tmpDir);

    Result<BlobInfo> write(ByteSource &source, CancellationToken cancel = {});
    // Without `sync` the caller makes the batch durable with syncAll()
    // before anything refers to it (the bulk path: one sync for many blobs).
    Result<BlobInfo> writeBytes(std::string_view data, bool sync = true);
    Result<BlobInfo> writeFile(const std::string &path, CancellationToken cancel = {});
    Status syncAll() const;
    // Make the names of blobs written since the last call durable (fsync of
    // their shard folders), before a tree refers to them.
    Status syncShards();

    std::string pathOf(const std::string &address) const;
    bool contains(const std::string &address) const;
    Status read(const std::string &address, std::uint64_t offset, std::uint64_t length, ByteSink &sink,
                CancellationToken cancel = {}) const;

private:
    // Renames the temp file to its address and clears `tempPath` then.
    Result<BlobInfo> publish(int fd, std::string &tempPath, BlobInfo info, bool sync);

    std::string m_dir;
    std::string m_tmpDir;
    std::mutex m_mutex;
    std::set<std::string> m_dirtyShards;
};

} // namespace lakescope::lakefs
