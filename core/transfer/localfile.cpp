// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/localfile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace lakescope::localfile {

namespace {

Error ioError(const std::string &what, const std::string &path, int error)
{
    std::string message = what + " " + path + ": " + std::strerror(error);
    if (error == ENOSPC || error == EDQUOT)
        return Error::fatal("disk full: " + message);
    if (error == EACCES || error == EPERM || error == EROFS)
        return Error::permissionDenied(message);
    return Error::fatal(message);
}

} // namespace

std::string temporaryPath(const std::string &finalPath, const std::string &tag)
{
    const std::filesystem::path path(finalPath);
    return (path.parent_path() / ("." + path.filename().string() + "." + tag + ".lakescope-part")).string();
}

Result<int> openTemporary(const std::string &path, std::uint64_t size, bool keep)
{
    std::error_code ignored;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ignored);
    const int flags = O_RDWR | O_CREAT | O_CLOEXEC | (keep ? 0 : O_TRUNC);
    const int fd = ::open(path.c_str(), flags, 0644);
    if (fd < 0)
        return ioError("cannot create", path, errno);
    if (size > 0) {
        const int reserved = ::posix_fallocate(fd, 0, static_cast<off_t>(size));
        // Filesystems without fallocate (some network mounts) say so; the
        // writes will still report a full disk.
        if (reserved != 0 && reserved != EOPNOTSUPP && reserved != EINVAL) {
            ::close(fd);
            if (!keep)
                ::unlink(path.c_str());
            return ioError("cannot reserve " + std::to_string(size) + " bytes for", path, reserved);
        }
    }
    return fd;
}

void discardTemporary(int &fd, const std::string &path)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
    if (!path.empty())
        ::unlink(path.c_str());
}

Status finishTemporary(int &fd, const std::string &temporary, const std::string &finalPath, std::uint64_t size,
                       const std::optional<Timestamp> &modified)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return ioError("cannot check", temporary, errno);
    if (static_cast<std::uint64_t>(st.st_size) != size)
        return Error::transient("size mismatch: " + finalPath + " has " + std::to_string(st.st_size)
                                + " bytes, the source " + std::to_string(size));
    if (modified) {
        const auto since = modified->time_since_epoch();
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(since);
        const auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(since - seconds);
        const struct timespec times[2] = {{0, UTIME_OMIT}, {static_cast<time_t>(seconds.count()), static_cast<long>(nanos.count())}};
        ::futimens(fd, times);
    }
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        return ioError("cannot write", temporary, errno);
    if (::rename(temporary.c_str(), finalPath.c_str()) != 0)
        return ioError("cannot rename into place", finalPath, errno);
    return {};
}

Result<std::string> md5OfRange(int fd, std::uint64_t offset, std::uint64_t length, CancellationToken cancel)
{
    Md5 md5;
    std::vector<char> buffer(1 << 20);
    while (length > 0) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(length, buffer.size()));
        const ssize_t got = ::pread(fd, buffer.data(), want, static_cast<off_t>(offset));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return Error::fatal("cannot read back the downloaded file to verify it");
        md5.update(std::span<const char>(buffer.data(), static_cast<std::size_t>(got)));
        offset += static_cast<std::uint64_t>(got);
        length -= static_cast<std::uint64_t>(got);
    }
    return md5.finishHex();
}

Status copyFile(const std::string &from, int fd, std::uint64_t size, const std::function<bool(std::uint64_t)> &progress)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return ioError("cannot open", from, errno);
    constexpr std::size_t kChunk = std::size_t{16} << 20;
    loff_t inOffset = 0;
    loff_t outOffset = 0;
    std::vector<char> fallback;
    Status status;
    while (static_cast<std::uint64_t>(inOffset) < size) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, size - inOffset));
        ssize_t moved = ::copy_file_range(in, &inOffset, fd, &outOffset, want, 0);
        if (moved < 0 && (errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP || errno == EINVAL)) {
            fallback.resize(std::min<std::size_t>(want, std::size_t{1} << 20));
            moved = ::pread(in, fallback.data(), fallback.size(), inOffset);
            if (moved > 0 && ::pwrite(fd, fallback.data(), static_cast<std::size_t>(moved), outOffset) != moved)
                moved = -1;
            if (moved > 0) {
                inOffset += moved;
                outOffset += moved;
            }
        }
        if (moved < 0 && errno == EINTR)
            continue;
        if (moved < 0) {
            status = ioError("cannot copy", from, errno);
            break;
        }
        if (moved == 0) {
            status = Error::transient("source file shrank while copying: " + from);
            break;
        }
        if (progress && !progress(static_cast<std::uint64_t>(moved))) {
            status = Error::cancelled();
            break;
        }
    }
    ::close(in);
    return status;
}

OffsetSink::OffsetSink(int fd, std::string path, std::uint64_t offset, bool hash, Progress progress)
    : m_fd(fd)
    , m_path(std::move(path))
    , m_offset(offset)
    , m_md5(hash ? std::make_unique<Md5>() : nullptr)
    , m_progress(std::move(progress))
{}

Status OffsetSink::write(std::span<const char> data)
{
    if (m_md5)
        m_md5->update(data);
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t wrote = ::pwrite(m_fd, data.data() + done, data.size() - done,
                                       static_cast<off_t>(m_offset + m_written + done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote < 0)
            return ioError("cannot write", m_path, errno);
        done += static_cast<std::size_t>(wrote);
    }
    m_written += data.size();
    if (m_progress && !m_progress(data.size()))
        return Error::cancelled();
    return {};
}

std::string OffsetSink::md5Hex()
{
    return m_md5 ? m_md5->finishHex() : std::string();
}

} // namespace lakescope::localfile
