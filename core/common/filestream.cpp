// SPDX-License-Identifier: Apache-2.0
#include "core/common/filestream.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lakescope {

namespace {

Error ioError(int err, const std::string &what)
{
    std::string message = what + ": " + std::strerror(err);
    switch (err) {
    case ENOENT:
    case ENOTDIR:
        return Error::notFound(std::move(message));
    case EACCES:
    case EPERM:
        return Error::permissionDenied(std::move(message));
    case EISDIR:
        return Error::invalidInput(std::move(message));
    case EINTR:
    case EAGAIN:
        return Error::transient(std::move(message));
    default:
        return Error::fatal(std::move(message));
    }
}

} // namespace

Result<std::unique_ptr<FileSource>> FileSource::open(const std::string &path, const ByteRange &range)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return ioError(errno, path);
    struct stat st{};
    int err = 0;
    if (::fstat(fd, &st) != 0)
        err = errno;
    else if (S_ISDIR(st.st_mode))
        err = EISDIR;
    else if (!S_ISREG(st.st_mode))
        err = EINVAL;
    if (err != 0) {
        ::close(fd);
        return ioError(err, path);
    }
    const auto fileSize = static_cast<std::uint64_t>(st.st_size);
    if (range.offset > fileSize) {
        ::close(fd);
        return Error::invalidInput("range starts past the end of " + path);
    }
    std::uint64_t length = fileSize - range.offset;
    if (range.length)
        length = std::min(length, *range.length);
    std::unique_ptr<FileSource> source(new FileSource(fd, range.offset, length));
    source->m_name = path;
    return source;
}

FileSource::FileSource(int fd, bool takeOwnership) : m_fd(fd), m_owned(takeOwnership), m_name("file descriptor")
{
    // Regular files can be read positionally and report their size; pipes
    // and terminals are read as they come.
    struct stat st{};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        const off_t position = ::lseek(fd, 0, SEEK_CUR);
        if (position >= 0 && position <= st.st_size) {
            m_positional = true;
            m_start = static_cast<std::uint64_t>(position);
            m_size = static_cast<std::uint64_t>(st.st_size - position);
        }
    }
}

FileSource::FileSource(int fd, std::uint64_t offset, std::optional<std::uint64_t> length)
    : m_fd(fd)
    , m_owned(true)
    , m_positional(true)
    , m_start(offset)
    , m_size(length)
{}

FileSource::~FileSource()
{
    if (m_owned && m_fd >= 0)
        ::close(m_fd);
}

Result<std::size_t> FileSource::read(std::span<char> buffer)
{
    std::size_t want = buffer.size();
    if (m_size)
        want = static_cast<std::size_t>(std::min<std::uint64_t>(want, *m_size - m_position));
    if (want == 0)
        return std::size_t{0};
    for (;;) {
        const ssize_t n = m_positional
            ? ::pread(m_fd, buffer.data(), want, static_cast<off_t>(m_start + m_position))
            : ::read(m_fd, buffer.data(), want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError(errno, "reading " + m_name);
        // A file that shrank under us would otherwise look complete.
        if (n == 0 && m_size && m_position < *m_size)
            return Error::transient(m_name + " became shorter while it was read");
        m_position += static_cast<std::uint64_t>(n);
        return static_cast<std::size_t>(n);
    }
}

bool FileSource::rewind()
{
    if (!m_positional)
        return false;
    m_position = 0;
    return true;
}

FileSink::FileSink(std::FILE *stream) : m_stream(stream) {}

FileSink::FileSink(int fd, bool takeOwnership) : m_fd(fd), m_owned(takeOwnership) {}

FileSink::~FileSink()
{
    if (m_stream)
        std::fflush(m_stream);
    if (m_owned && m_fd >= 0)
        ::close(m_fd);
}

Status FileSink::write(std::span<const char> data)
{
    if (m_stream) {
        errno = 0;
        if (!data.empty() && std::fwrite(data.data(), 1, data.size(), m_stream) != data.size())
            return ioError(errno ? errno : EIO, "writing output");
        m_written += data.size();
        return {};
    }
    while (!data.empty()) {
        const ssize_t n = ::write(m_fd, data.data(), data.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError(errno, "writing output");
        data = data.subspan(static_cast<std::size_t>(n));
        m_written += static_cast<std::uint64_t>(n);
    }
    return {};
}

Status FileSink::flush()
{
    errno = 0;
    if (m_stream && std::fflush(m_stream) != 0)
        return ioError(errno ? errno : EIO, "writing output");
    return {};
}

} // namespace lakescope
