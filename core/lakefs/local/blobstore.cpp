// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/blobstore.h"

#include "core/backends/local/localfs.h"
#include "core/common/filestream.h"
#include "core/common/md5.h"
#include "core/lakefs/local/diskio.h"

#include <cerrno>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lakescope::lakefs {

using localfs::errnoError;
using localfs::UniqueFd;

namespace {

constexpr std::size_t kChunk = 1 << 20;

// A temp file in the repository's tmp folder, removed unless published.
struct TempFile
{
    std::string path;
    UniqueFd fd;

    Status open(const std::string &tmpDir)
    {
        path = tmpDir + "/blob-" + diskio::randomToken(12);
        fd.reset(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
        if (fd.valid())
            return {};
        const int err = errno;
        path.clear();
        return errnoError(err, tmpDir);
    }
    ~TempFile()
    {
        if (!path.empty())
            ::unlink(path.c_str());
    }
};

} // namespace

BlobStore::BlobStore(std::string dir, std::string tmpDir) : m_dir(std::move(dir)), m_tmpDir(std::move(tmpDir)) {}

std::string BlobStore::pathOf(const std::string &address) const
{
    return m_dir + "/" + address.substr(0, 2) + "/" + address;
}

bool BlobStore::contains(const std::string &address) const
{
    return address.size() > 2 && diskio::exists(pathOf(address));
}

Result<BlobInfo> BlobStore::write(ByteSource &source, CancellationToken cancel)
{
    TempFile temp;
    if (auto opened = temp.open(m_tmpDir); !opened)
        return opened.error();
    Md5 md5;
    BlobInfo info;
    const Status drained = drainSource(source, [&](std::span<const char> chunk) -> Status {
        md5.update(chunk);
        info.size += chunk.size();
        return diskio::writeAll(temp.fd.get(), std::string_view(chunk.data(), chunk.size()), temp.path);
    }, cancel, kChunk);
    if (!drained)
        return drained.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    info.checksum = md5.finishHex();
    return publish(temp.fd.get(), temp.path, std::move(info), true);
}

Result<BlobInfo> BlobStore::writeBytes(std::string_view data, bool sync)
{
    BlobInfo info{Md5::hex(data), data.size()};
    struct stat st{};
    if (::stat(pathOf(info.checksum).c_str(), &st) == 0 && static_cast<std::uint64_t>(st.st_size) == info.size)
        return info;
    TempFile temp;
    if (auto opened = temp.open(m_tmpDir); !opened)
        return opened.error();
    if (auto written = diskio::writeAll(temp.fd.get(), data, temp.path); !written)
        return written.error();
    return publish(temp.fd.get(), temp.path, std::move(info), sync);
}

Result<BlobInfo> BlobStore::writeFile(const std::string &path, CancellationToken cancel)
{
    auto source = FileSource::open(path);
    if (!source)
        return source.error();
    return write(**source, cancel);
}

Result<BlobInfo> BlobStore::publish(int fd, std::string &tempPath, BlobInfo info, bool sync)
{
    const std::string finalPath = pathOf(info.checksum);
    struct stat st{};
    if (::stat(finalPath.c_str(), &st) == 0 && static_cast<std::uint64_t>(st.st_size) == info.size)
        return info; // the same content is already stored; the temp file goes
    if (sync && ::fdatasync(fd) != 0)
        return errnoError(errno, tempPath);
    if (::rename(tempPath.c_str(), finalPath.c_str()) != 0) {
        if (errno != ENOENT)
            return errnoError(errno, finalPath);
        // First blob of this shard.
        const std::string shard = m_dir + "/" + info.checksum.substr(0, 2);
        if (::mkdir(shard.c_str(), 0755) != 0 && errno != EEXIST)
            return errnoError(errno, shard);
        if (::rename(tempPath.c_str(), finalPath.c_str()) != 0)
            return errnoError(errno, finalPath);
    }
    tempPath.clear(); // published: nothing left to clean up
    std::lock_guard lock(m_mutex);
    m_dirtyShards.insert(info.checksum.substr(0, 2));
    return info;
}

Status BlobStore::syncAll() const
{
    UniqueFd fd(::open(m_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid())
        return errnoError(errno, m_dir);
    if (::syncfs(fd.get()) != 0)
        return errnoError(errno, m_dir);
    return {};
}

Status BlobStore::syncShards()
{
    std::set<std::string> shards;
    {
        std::lock_guard lock(m_mutex);
        shards.swap(m_dirtyShards);
    }
    for (auto shard = shards.begin(); shard != shards.end(); ++shard) {
        if (auto synced = diskio::syncDirectory(m_dir + "/" + *shard); !synced) {
            std::lock_guard lock(m_mutex);
            m_dirtyShards.insert(shard, shards.end());
            return synced;
        }
    }
    return {};
}

Status BlobStore::read(const std::string &address, std::uint64_t offset, std::uint64_t length, ByteSink &sink,
                       CancellationToken cancel) const
{
    const std::string path = pathOf(address);
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid())
        return errnoError(errno, path);
    if (length > 0)
        ::posix_fadvise(fd.get(), static_cast<off_t>(offset), static_cast<off_t>(length), POSIX_FADV_SEQUENTIAL);
    std::vector<char> buffer(static_cast<std::size_t>(std::min<std::uint64_t>(length, kChunk)));
    std::uint64_t done = 0;
    while (done < length) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), length - done));
        const ssize_t n = ::pread(fd.get(), buffer.data(), want, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errnoError(errno, path);
        }
        if (n == 0)
            return Error::fatal("blob " + address + " is shorter than its entry says");
        if (auto written = sink.write(std::span<const char>(buffer.data(), static_cast<std::size_t>(n))); !written)
            return written;
        done += static_cast<std::uint64_t>(n);
    }
    return {};
}

} // namespace lakescope::lakefs
