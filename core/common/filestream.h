// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/byterange.h"
#include "core/common/bytestream.h"
#include "core/common/result.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace lakescope {

// Reads a local file (or a range of it) as a ByteSource, for uploads and for
// the CLI's "cp ./file s3://...". A file opened by path rewinds, so a store
// can retry; a pipe such as stdin does not.
class FileSource final : public ByteSource
{
public:
    // Open `path` for reading; `range` picks a slice, e.g. one multipart part.
    static Result<std::unique_ptr<FileSource>> open(const std::string &path, const ByteRange &range = {});
    // Read an already open descriptor (stdin: 0) from its current position.
    explicit FileSource(int fd, bool takeOwnership = false);
    ~FileSource() override;
    FileSource(const FileSource &) = delete;
    FileSource &operator=(const FileSource &) = delete;

    Result<std::size_t> read(std::span<char> buffer) override;
    std::optional<std::uint64_t> size() const override { return m_size; }
    bool rewind() override;

private:
    FileSource(int fd, std::uint64_t offset, std::optional<std::uint64_t> length);

    int m_fd = -1;
    bool m_owned = false;
    bool m_positional = false;          // pread from m_start, so rewind works
    std::uint64_t m_start = 0;
    std::uint64_t m_position = 0;       // bytes delivered so far
    std::optional<std::uint64_t> m_size;
    std::string m_name;
};

// Writes to a stdio stream (stdout for "cat") or a descriptor.
class FileSink final : public ByteSink
{
public:
    explicit FileSink(std::FILE *stream);
    explicit FileSink(int fd, bool takeOwnership = false);
    ~FileSink() override;
    FileSink(const FileSink &) = delete;
    FileSink &operator=(const FileSink &) = delete;

    Status write(std::span<const char> data) override;
    // Push buffered stdio bytes out; reports a write error stdio deferred.
    Status flush();
    std::uint64_t bytesWritten() const { return m_written; }

private:
    std::FILE *m_stream = nullptr;
    int m_fd = -1;
    bool m_owned = false;
    std::uint64_t m_written = 0;
};

} // namespace lakescope
