// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/localmultipartupload.h"

#include "core/backends/local/localfs.h"
#include "core/common/md5.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lakescope {

namespace fs = std::filesystem;
using localfs::UniqueFd;

namespace {

// Beside the parts: the target key (for a tool tidying up after a crash,
// and so a resume names the right upload) and the put options.
constexpr std::string_view kKeyFile = "/key";
constexpr std::string_view kOptionsFile = "/options";
constexpr std::string_view kPartPrefix = "part-";

// The options as the metadata xattr's text, plus an "i" line for
// ifNoneMatch (values escape their newlines, so no value reads as one).
std::string encodeOptions(const PutOptions &options)
{
    std::string text = localfs::encodeMeta(options.contentType, options.metadata);
    if (options.ifNoneMatch)
        text += "i\n";
    return text;
}

PutOptions decodeOptions(std::string_view text)
{
    ObjectInfo info;
    localfs::decodeMeta(text, info);
    PutOptions options;
    options.contentType = std::move(info.contentType);
    options.metadata = std::move(info.metadata);
    options.ifNoneMatch = text.starts_with("i\n") || text.find("\ni\n") != std::string_view::npos;
    return options;
}

// Written whole under a temporary name first: a crash never leaves half a
// file for resume() to misread.
Status writeSmallFile(const std::string &path, std::string_view text)
{
    std::string tempPath;
    auto fd = localfs::createTemp(path, tempPath);
    if (!fd)
        return fd.error();
    ViewSource source(text);
    Status written = localfs::drainTo(source, fd->get(), path, {});
    if (written && ::close(fd->release()) != 0)
        written = localfs::errnoError(errno, path);
    if (written)
        written = localfs::publish(tempPath, path, false);
    if (!written)
        ::unlink(tempPath.c_str());
    return written;
}

// nullopt when the file cannot be read (absent, or not a small file).
std::optional<std::string> readSmallFile(const std::string &path)
{
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
    struct stat st{};
    if (!fd.valid() || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (1 << 20))
        return std::nullopt;
    std::string text(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t filled = 0;
    while (filled < text.size()) {
        const ssize_t n = ::read(fd.get(), text.data() + filled, text.size() - filled);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return std::nullopt;
        filled += static_cast<std::size_t>(n);
    }
    return text;
}

// Ids are the parts folder's name: nothing that could leave the uploads
// folder ('/', "..") or hide in it ('.').
bool isUploadId(std::string_view id)
{
    return !id.empty() && id.size() <= 128 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

// "part-00042-<etag>" → 42 and the etag; nullopt for every other name
// (the key and options files, temp files of parts being written).
std::optional<std::pair<int, std::string>> parsePartName(std::string_view name)
{
    if (!name.starts_with(kPartPrefix))
        return std::nullopt;
    name.remove_prefix(kPartPrefix.size());
    const auto dash = name.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash > 5 || dash + 1 == name.size())
        return std::nullopt;
    int number = 0;
    for (const char c : name.substr(0, dash)) {
        if (c < '0' || c > '9')
            return std::nullopt;
        number = number * 10 + (c - '0');
    }
    if (number < 1 || number > 10000)
        return std::nullopt;
    return std::pair{number, std::string(name.substr(dash + 1))};
}

} // namespace

Status LocalMultipartUpload::checkTarget(const std::string &root, const std::string &key)
{
    if (auto valid = localfs::validateKey(key); !valid)
        return valid;
    if (key.back() == '/')
        return Error::invalidInput("a folder cannot be uploaded in parts: " + key);
    // Refuse an escaping target now rather than after every part is sent.
    return localfs::ensureInsideRoot(root, localfs::joinPath(root, localfs::parentKey(key)));
}

Result<std::unique_ptr<MultipartUpload>> LocalMultipartUpload::start(const std::string &root, const std::string &key,
                                                                     const PutOptions &options)
{
    if (auto valid = checkTarget(root, key); !valid)
        return valid.error();

    const std::string uploadId = localfs::randomHex(16);
    std::unique_ptr<LocalMultipartUpload> upload(new LocalMultipartUpload(root, key, options, uploadId));
    std::error_code ec;
    fs::create_directories(upload->m_dir, ec);
    if (ec)
        return localfs::errnoError(ec.value(), upload->m_dir);
    Status recorded = writeSmallFile(upload->m_dir + std::string(kKeyFile), key);
    if (recorded)
        recorded = writeSmallFile(upload->m_dir + std::string(kOptionsFile), encodeOptions(options));
    if (!recorded) {
        fs::remove_all(upload->m_dir, ec);
        return recorded.error();
    }
    return std::unique_ptr<MultipartUpload>(std::move(upload));
}

Result<std::unique_ptr<MultipartUpload>> LocalMultipartUpload::resume(const std::string &root, const std::string &key,
                                                                      const std::string &uploadId)
{
    if (auto valid = checkTarget(root, key); !valid)
        return valid.error();
    if (!isUploadId(uploadId))
        return Error::invalidInput("\"" + uploadId + "\" is not the id of a multipart upload to a local folder");
    std::unique_ptr<LocalMultipartUpload> upload(new LocalMultipartUpload(root, key, {}, uploadId));
    const Error gone = Error::notFound("the multipart upload " + uploadId + " to " + key
                                      + " no longer exists (it was completed or aborted)");
    // lstat: a symlink planted under the uploads folder is no upload of ours.
    struct stat st{};
    if (::lstat(upload->m_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return gone;
    // Folders without both files were not made by start() (or by an older
    // Lakescope that kept no options): completing them would lose the
    // content type and metadata, so they count as gone.
    const auto recordedKey = readSmallFile(upload->m_dir + std::string(kKeyFile));
    const auto options = readSmallFile(upload->m_dir + std::string(kOptionsFile));
    if (!recordedKey || !options)
        return gone;
    if (*recordedKey != key)
        return Error::notFound("the multipart upload " + uploadId + " is to " + *recordedKey + ", not " + key);
    upload->m_options = decodeOptions(*options);
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
    // The etag is the MD5 of the bytes: the part's name carries both.
    const std::string digest = md5.finishHex();
    PartInfo info{partNumber, digest, size, digest};
    auto locked = lockFolder(LOCK_EX);
    if (!locked) {
        ::unlink(tempPath.c_str());
        return locked.error();
    }
    if (auto placed = localfs::publish(tempPath, partPath(partNumber, info.etag), false); !placed) {
        ::unlink(tempPath.c_str());
        return placed.error().code == ErrorCode::NotFound ? checkOpen().error() : placed.error();
    }
    // The part this one replaces goes, as on S3: completing with its etag
    // fails from now on. Under the lock, two puts of one number cannot
    // each remove the other's file; the last to publish wins.
    if (DIR *dir = ::fdopendir(::dup(locked->get()))) {
        while (const dirent *entry = ::readdir(dir)) {
            const auto parsed = parsePartName(entry->d_name);
            if (parsed && parsed->first == partNumber && parsed->second != info.etag)
                ::unlinkat(::dirfd(dir), entry->d_name, 0);
        }
        ::closedir(dir);
    }
    return info;
}

Result<UniqueFd> LocalMultipartUpload::lockFolder(int operation) const
{
    UniqueFd fd(::open(m_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid())
        return errno == ENOENT ? checkOpen().error() : localfs::errnoError(errno, m_dir);
    while (::flock(fd.get(), operation) != 0) {
        if (errno != EINTR)
            return localfs::errnoError(errno, m_dir);
    }
    return fd;
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

Result<std::vector<PartInfo>> LocalMultipartUpload::listParts(CancellationToken cancel)
{
    // Shared: no put is between publishing a part and removing the one it
    // replaced while we look.
    auto locked = lockFolder(LOCK_SH);
    if (!locked)
        return locked.error();
    DIR *dir = ::fdopendir(::dup(locked->get()));
    if (!dir)
        return localfs::errnoError(errno, m_dir);
    struct Found
    {
        PartInfo part;
        struct timespec modified{};
    };
    // One file per number, unless a put died between its publish and its
    // cleanup: then the newer file is the part.
    std::map<int, Found> newest;
    Status status;
    while (const dirent *entry = ::readdir(dir)) {
        if (cancel.isCancelled()) {
            status = Error::cancelled();
            break;
        }
        auto parsed = parsePartName(entry->d_name);
        struct stat st{};
        if (!parsed || ::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        auto [it, fresh] = newest.try_emplace(parsed->first);
        const auto &time = st.st_mtim;
        const auto &seen = it->second.modified;
        if (fresh || time.tv_sec > seen.tv_sec || (time.tv_sec == seen.tv_sec && time.tv_nsec > seen.tv_nsec)) {
            it->second.part = PartInfo{parsed->first, parsed->second, static_cast<std::uint64_t>(st.st_size),
                                       parsed->second};
            it->second.modified = time;
        }
    }
    ::closedir(dir);
    if (!status)
        return status.error();
    std::vector<PartInfo> parts;
    parts.reserve(newest.size());
    for (auto &[number, found] : newest)
        parts.push_back(std::move(found.part));
    return parts;
}

} // namespace lakescope
