// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/localmultipartupload.h"

#include "core/backends/local/localfs.h"
#include "core/common/md5.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace lakescope {

namespace fs = std::filesystem;
using localfs::UniqueFd;

Result<std::unique_ptr<MultipartUpload>> LocalMultipartUpload::start(const std::string &root, const std::string &key,
                                                                     const PutOptions &options)
{
    if (auto valid = localfs::validateKey(key); !valid)
        return valid.error();
    if (key.back() == '/')
        return Error::invalidInput("a folder cannot be uploaded in parts: " + key);
    // Refuse an escaping target now rather than after every part is sent.
    if (auto inside = localfs::ensureInsideRoot(root, localfs::joinPath(root, localfs::parentKey(key))); !inside)
        return inside.error();

    const std::string uploadId = localfs::randomHex(16);
    std::unique_ptr<LocalMultipartUpload> upload(new LocalMultipartUpload(root, key, options, uploadId));
    std::error_code ec;
    fs::create_directories(upload->m_dir, ec);
    if (ec)
        return localfs::errnoError(ec.value(), upload->m_dir);
    // Record the target, so a tool tidying up after a crash knows it.
    if (std::FILE *file = std::fopen((upload->m_dir + "/key").c_str(), "we")) {
        std::fwrite(key.data(), 1, key.size(), file);
        std::fclose(file);
    }
    return std::unique_ptr<MultipartUpload>(std::move(upload));
}

LocalMultipartUpload::LocalMultipartUpload(std::string root, std::string key, PutOptions options,
                                           std::string uploadId)
    : m_root(std::move(root))
    , m_key(std::move(key))
    , m_options(std::move(options))
    , m_uploadId(std::move(uploadId))
    , m_dir(localfs::joinPath(m_root, std::string(localfs::kUploadsDir) + "/" + m_uploadId))
{}

std::string LocalMultipartUpload::partPath(int partNumber, const std::string &etag) const
{
    char name[32];
    std::snprintf(name, sizeof name, "/part-%05d-", partNumber);
    return m_dir + name + etag;
}

Status LocalMultipartUpload::checkOpen() const
{
    if (::access(m_dir.c_str(), F_OK) != 0)
        return Error::notFound("multipart upload " + m_uploadId + " is no longer open");
    return {};
}

Result<PartInfo> LocalMultipartUpload::putPart(int partNumber, ByteSource &data, CancellationToken cancel)
{
    if (partNumber < 1 || partNumber > 10000)
        return Error::invalidInput("part number must be between 1 and 10000");
    if (auto open = checkOpen(); !open)
        return open.error();

    std::string tempPath;
    auto fd = localfs::createTemp(partPath(partNumber, "incoming"), tempPath);
    if (!fd)
        return fd.error().code == ErrorCode::NotFound ? checkOpen().error() : fd.error();

    Md5 md5;
    std::uint64_t size = 0;
    std::vector<char> buffer(1 << 20);
    Status status;
    for (;;) {
        if (cancel.isCancelled()) {
            status = Error::cancelled();
            break;
        }
        auto n = data.read(buffer);
        if (!n) {
            status = n.error();
            break;
        }
        if (*n == 0)
            break;
        md5.update(std::span<const char>(buffer.data(), *n));
        size += *n;
        const char *p = buffer.data();
        std::size_t left = *n;
        while (left > 0) {
            const ssize_t written = ::write(fd->get(), p, left);
            if (written < 0 && errno == EINTR)
                continue;
            if (written < 0) {
                status = localfs::errnoError(errno, "part " + std::to_string(partNumber) + " of " + m_key);
                break;
            }
            p += written;
            left -= static_cast<std::size_t>(written);
        }
        if (!status)
            break;
    }
    fd->reset();
    if (!status) {
        ::unlink(tempPath.c_str());
        return status.error();
    }
    PartInfo info{partNumber, md5.finishHex(), size};
    if (auto placed = localfs::publish(tempPath, partPath(partNumber, info.etag), false); !placed) {
        ::unlink(tempPath.c_str());
        return placed.error().code == ErrorCode::NotFound ? checkOpen().error() : placed.error();
    }
    return info;
}

Result<ObjectInfo> LocalMultipartUpload::complete(std::vector<PartInfo> parts)
{
    if (auto open = checkOpen(); !open)
        return open.error();
    std::sort(parts.begin(), parts.end(), [](const PartInfo &a, const PartInfo &b) {
        return a.partNumber < b.partNumber;
    });
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].partNumber == parts[i - 1].partNumber)
            return Error::invalidInput("part " + std::to_string(parts[i].partNumber) + " is listed twice");
    }
    if (auto made = localfs::makeParents(m_root, m_key); !made)
        return made.error();

    const std::string finalPath = localfs::joinPath(m_root, m_key);
    std::string tempPath;
    auto fd = localfs::createTemp(finalPath, tempPath);
    if (!fd)
        return fd.error();
    auto fail = [&](Error error) -> Result<ObjectInfo> {
        fd->reset();
        ::unlink(tempPath.c_str());
        return error;
    };
    for (const auto &part : parts) {
        UniqueFd partFd(::open(partPath(part.partNumber, part.etag).c_str(), O_RDONLY | O_CLOEXEC));
        if (!partFd.valid())
            return fail(Error::invalidInput("part " + std::to_string(part.partNumber) + " was not uploaded"));
        if (auto copied = localfs::copyFileTo(partFd.get(), fd->get(), finalPath, {}); !copied)
            return fail(copied.error());
    }
    if (auto meta = localfs::writeMeta(fd->get(), m_options.contentType, m_options.metadata); !meta)
        return fail(meta.error());
    struct stat st{};
    if (::fstat(fd->get(), &st) != 0)
        return fail(localfs::errnoError(errno, finalPath));
    // Report what the file really carries (nothing where xattrs are absent).
    ObjectInfo info = localfs::infoFromStat(m_key, st);
    localfs::readMeta(fd->get(), info);
    fd->reset();
    if (auto placed = localfs::publish(tempPath, finalPath, m_options.ifNoneMatch); !placed) {
        ::unlink(tempPath.c_str());
        return placed.error();
    }
    std::error_code ec;
    fs::remove_all(m_dir, ec);
    return info;
}

Status LocalMultipartUpload::abort()
{
    std::error_code ec;
    // A part being renamed in while we delete can defeat one pass.
    for (int attempt = 0; attempt < 3; ++attempt) {
        fs::remove_all(m_dir, ec);
        if (!ec)
            return {};
    }
    return localfs::errnoError(ec.value(), m_dir);
}

} // namespace lakescope
