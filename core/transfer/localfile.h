// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/md5.h"
#include "core/common/result.h"
#include "core/store/objectinfo.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

// The local-disk side of downloads: a temporary file beside the final one,
// written at offsets by parallel ranges, renamed into place only after
// verification.
namespace lakescope::localfile {

// "<dir>/.<name>.<tag>.lakescope-part": hidden, and unique per job and file.
std::string temporaryPath(const std::string &finalPath, const std::string &tag);

// Create (or, when `keep`, reopen) the temporary file and reserve `size`
// bytes, so a full disk is reported before any byte moves.
Result<int> openTemporary(const std::string &path, std::uint64_t size, bool keep);

// Close and delete; errors are ignored (it is cleanup).
void discardTemporary(int &fd, const std::string &path);

// Check the size, close, set the modification time and rename into place.
Status finishTemporary(int &fd, const std::string &temporary, const std::string &finalPath, std::uint64_t size,
                       const std::optional<Timestamp> &modified);

// MD5 of bytes [offset, offset + length) of an open file.
Result<std::string> md5OfRange(int fd, std::uint64_t offset, std::uint64_t length, CancellationToken cancel);

// Copy a whole local file into `fd` without passing bytes through user
// space (copy_file_range, with a read/write fallback); `progress` gets each
// chunk's size and may return false to stop.
Status copyFile(const std::string &from, int fd, std::uint64_t size,
                const std::function<bool(std::uint64_t)> &progress);

// Writes a download's bytes at their offset in the temporary file, hashing
// them on the way when asked.
class OffsetSink final : public ByteSink
{
public:
    using Progress = std::function<bool(std::uint64_t)>;
    OffsetSink(int fd, std::string path, std::uint64_t offset, bool hash, Progress progress);

    Status write(std::span<const char> data) override;
    std::uint64_t written() const { return m_written; }
    std::string md5Hex();

private:
    int m_fd;
    std::string m_path;
    std::uint64_t m_offset;
    std::uint64_t m_written = 0;
    std::unique_ptr<Md5> m_md5;
    Progress m_progress;
};

} // namespace lakescope::localfile
