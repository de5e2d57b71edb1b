// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/localstore.h"

#include "core/backends/local/localfs.h"
#include "core/backends/local/locallister.h"
#include "core/backends/local/localmultipartupload.h"

#include <algorithm>
#include <cerrno>
#include <set>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lakescope {

namespace fs = std::filesystem;
using localfs::UniqueFd;

namespace {

constexpr const char *kFolderType = "application/x-directory";

// Closes a descriptor and reports a failure close() reveals (NFS, quotas).
Status closeChecked(UniqueFd &fd, const std::string &what)
{
    if (::close(fd.release()) != 0 && errno != EINTR)
        return localfs::errnoError(errno, what);
    return {};
}

// Runs when a write did not make it: the temp file must not linger.
struct TempGuard
{
    std::string path;
    bool armed = true;
    ~TempGuard()
    {
        if (armed && !path.empty())
            ::unlink(path.c_str());
    }
};

} // namespace

LocalStore::LocalStore(std::filesystem::path root)
{
    std::error_code ec;
    fs::path absolute = fs::absolute(root, ec);
    if (ec)
        absolute = root;
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    m_root = ec ? absolute.lexically_normal() : canonical;
    m_rootPath = m_root.native();
    while (m_rootPath.size() > 1 && m_rootPath.back() == '/')
        m_rootPath.pop_back();
    m_root = m_rootPath;
    m_userXattrs = localfs::probeUserXattrs(m_rootPath);
    m_lister = std::make_unique<LocalLister>(m_rootPath);
}

LocalStore::~LocalStore() = default;

std::string LocalStore::displayName() const
{
    return "file://" + m_rootPath;
}

Capabilities LocalStore::capabilities() const
{
    Capabilities caps;
    caps.hierarchicalNamespace = true;
    caps.serverSideCopy = true;
    caps.atomicRename = true;
    caps.conditionalPut = true;
    caps.presign = false;
    caps.userMetadata = m_userXattrs;
    caps.minPartSize = 0;
    return caps;
}

Result<ListPage> LocalStore::list(const ListOptions &options, CancellationToken cancel)
{
    return m_lister->list(options, cancel);
}

Result<ObjectInfo> LocalStore::folderInfo(const std::string &key) const
{
    const std::string path = localfs::joinPath(m_rootPath, key);
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return Error::notFound(displayName() + "/" + key);
    ObjectInfo info = localfs::infoFromStat(key, st);
    info.size = 0;
    info.contentType = kFolderType;
    return info;
}

Result<ObjectInfo> LocalStore::head(const std::string &key, CancellationToken cancel)
{
    if (auto valid = localfs::validateKey(key); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    if (key.back() == '/')
        return folderInfo(key);
    const std::string path = localfs::joinPath(m_rootPath, key);
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return Error::notFound(displayName() + "/" + key);
        return localfs::errnoError(errno, key);
    }
    if (!S_ISREG(st.st_mode))
        return Error::notFound(displayName() + "/" + key);
    ObjectInfo info = localfs::infoFromStat(key, st);
    localfs::readMetaAt(path, info);
    return info;
}

Result<ObjectInfo> LocalStore::get(const std::string &key, ByteSink &sink, const ByteRange &range,
                                   const GetOptions &options, CancellationToken cancel)
{
    if (auto valid = localfs::validateKey(key); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    if (key.back() == '/') {
        // A folder reads as an empty marker object.
        auto info = folderInfo(key);
        if (info && range.offset > 0)
            return Error::invalidInput("range starts past the end of " + key);
        return info;
    }
    const std::string path = localfs::joinPath(m_rootPath, key);
    // O_NONBLOCK: opening a FIFO that slipped in must not hang us.
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (!fd.valid()) {
        if (errno == ENOENT || errno == ENOTDIR)
            return Error::notFound(displayName() + "/" + key);
        return localfs::errnoError(errno, key);
    }
    struct stat st{};
    if (::fstat(fd.get(), &st) != 0)
        return localfs::errnoError(errno, key);
    if (!S_ISREG(st.st_mode))
        return Error::notFound(displayName() + "/" + key);
    ObjectInfo info = localfs::infoFromStat(key, st);
    localfs::readMeta(fd.get(), info);

    if (!options.ifMatch.empty() && options.ifMatch != info.etag)
        return Error::preconditionFailed("etag of " + key + " does not match");
    if (!options.ifNoneMatch.empty() && options.ifNoneMatch == info.etag)
        return Error{ErrorCode::NotModified, key + " has not changed"};
    if (range.offset > info.size || (range.offset == info.size && range.offset != 0))
        return Error::invalidInput("range starts past the end of " + key);
    std::uint64_t length = info.size - range.offset;
    if (range.length)
        length = std::min(length, *range.length);
    ::posix_fadvise(fd.get(), static_cast<off_t>(range.offset), static_cast<off_t>(length), POSIX_FADV_SEQUENTIAL);

    std::vector<char> buffer(static_cast<std::size_t>(std::min<std::uint64_t>(length, 1u << 20)));
    for (std::uint64_t done = 0; done < length; ) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), length - done));
        const ssize_t n = ::pread(fd.get(), buffer.data(), want, static_cast<off_t>(range.offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return localfs::errnoError(errno, key);
        if (n == 0)
            return Error::transient(key + " became shorter while it was read");
        if (auto written = sink.write({buffer.data(), static_cast<std::size_t>(n)}); !written)
            return written.error();
        done += static_cast<std::uint64_t>(n);
    }
    return info;
}

Result<ObjectInfo> LocalStore::putFolder(const std::string &key, ByteSource &data, const PutOptions &options)
{
    char probe = 0;
    auto n = data.read({&probe, 1});
    if (!n)
        return n.error();
    if (*n != 0)
        return Error::invalidInput("a folder marker must be empty: " + key);
    if (auto made = localfs::makeParents(m_rootPath, key); !made)
        return made.error();
    const std::string path = localfs::joinPath(m_rootPath, std::string_view(key).substr(0, key.size() - 1));
    if (::mkdir(path.c_str(), 0777) != 0) {
        if (errno != EEXIST)
            return localfs::errnoError(errno, key);
        if (options.ifNoneMatch)
            return Error::alreadyExists(displayName() + "/" + key);
        struct stat st{};
        if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
            return Error::conflict("a file is in the way of folder " + key);
    }
    return folderInfo(key);
}

Result<ObjectInfo> LocalStore::put(const std::string &key, ByteSource &data, const PutOptions &options,
                                   CancellationToken cancel)
{
    if (auto valid = localfs::validateKey(key); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    if (key.back() == '/')
        return putFolder(key, data, options);
    if (auto made = localfs::makeParents(m_rootPath, key); !made)
        return made.error();
    const std::string finalPath = localfs::joinPath(m_rootPath, key);
    struct stat st{};
    // Fail early rather than after sending the bytes; publish() rechecks
    // atomically.
    if (options.ifNoneMatch && ::lstat(finalPath.c_str(), &st) == 0)
        return Error::alreadyExists(displayName() + "/" + key);

    TempGuard temp;
    auto fd = localfs::createTemp(finalPath, temp.path);
    if (!fd)
        return fd.error();
    if (auto drained = localfs::drainTo(data, fd->get(), key, cancel); !drained)
        return drained.error();
    if (auto meta = localfs::writeMeta(fd->get(), options.contentType, options.metadata); !meta)
        return meta.error();
    if (::fstat(fd->get(), &st) != 0)
        return localfs::errnoError(errno, key);
    ObjectInfo info = localfs::infoFromStat(key, st);
    localfs::readMeta(fd->get(), info);
    if (auto closed = closeChecked(*fd, key); !closed)
        return closed.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    if (auto placed = localfs::publish(temp.path, finalPath, options.ifNoneMatch); !placed)
        return placed.error().code == ErrorCode::AlreadyExists ? Error::alreadyExists(displayName() + "/" + key)
                                                              : placed.error();
    temp.armed = false;
    return info;
}

Result<std::unique_ptr<MultipartUpload>> LocalStore::startMultipart(const std::string &key,
                                                                    const PutOptions &options)
{
    return LocalMultipartUpload::start(m_rootPath, key, options);
}

Result<std::unique_ptr<MultipartUpload>> LocalStore::resumeMultipart(const std::string &key,
                                                                     const std::string &uploadId)
{
    return LocalMultipartUpload::resume(m_rootPath, key, uploadId);
}

Result<std::string> LocalStore::localPath(const std::string &key) const
{
    if (auto valid = localfs::validateKey(key); !valid)
        return valid.error();
    if (key.back() == '/')
        return Error::invalidInput("a folder marker has no file of its own: " + key);
    if (auto inside = localfs::ensureInsideRoot(m_rootPath, localfs::joinPath(m_rootPath, localfs::parentKey(key)));
        !inside)
        return inside.error();
    return localfs::joinPath(m_rootPath, key);
}

Result<ObjectInfo> LocalStore::copy(const std::string &from, const std::string &to, const CopyOptions &options,
                                    CancellationToken cancel)
{
    if (auto valid = localfs::validateKey(from); !valid)
        return valid.error();
    if (auto valid = localfs::validateKey(to); !valid)
        return valid.error();
    if (from.back() == '/' || to.back() == '/')
        return Error::invalidInput("folders are not copied as objects: " + from + " -> " + to);
    if (cancel.isCancelled())
        return Error::cancelled();
    const std::string fromPath = localfs::joinPath(m_rootPath, from);
    UniqueFd source(::open(fromPath.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    struct stat st{};
    if (!source.valid() || ::fstat(source.get(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return Error::notFound(displayName() + "/" + from);
        return localfs::errnoError(errno, from);
    }
    if (!S_ISREG(st.st_mode))
        return Error::notFound(displayName() + "/" + from);
    if (auto made = localfs::makeParents(m_rootPath, to); !made)
        return made.error();
    const std::string toPath = localfs::joinPath(m_rootPath, to);
    if (options.ifNoneMatch && ::lstat(toPath.c_str(), &st) == 0)
        return Error::alreadyExists(displayName() + "/" + to);

    TempGuard temp;
    auto fd = localfs::createTemp(toPath, temp.path);
    if (!fd)
        return fd.error();
    if (auto copied = localfs::copyFileTo(source.get(), fd->get(), to, cancel); !copied)
        return copied.error();
    if (auto meta = localfs::copyMeta(source.get(), fd->get()); !meta)
        return meta.error();
    if (::fstat(fd->get(), &st) != 0)
        return localfs::errnoError(errno, to);
    ObjectInfo info = localfs::infoFromStat(to, st);
    localfs::readMeta(fd->get(), info);
    if (auto closed = closeChecked(*fd, to); !closed)
        return closed.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    if (auto placed = localfs::publish(temp.path, toPath, options.ifNoneMatch); !placed)
        return placed.error().code == ErrorCode::AlreadyExists ? Error::alreadyExists(displayName() + "/" + to)
                                                              : placed.error();
    temp.armed = false;
    return info;
}

Result<ObjectInfo> LocalStore::rename(const std::string &from, const std::string &to, CancellationToken cancel)
{
    if (auto valid = localfs::validateKey(from); !valid)
        return valid.error();
    if (auto valid = localfs::validateKey(to); !valid)
        return valid.error();
    if (from.back() == '/' || to.back() == '/')
        return Error::invalidInput("folders are not renamed as objects: " + from + " -> " + to);
    if (cancel.isCancelled())
        return Error::cancelled();
    const std::string fromPath = localfs::joinPath(m_rootPath, from);
    if (auto inside = localfs::ensureInsideRoot(m_rootPath, localfs::joinPath(m_rootPath, localfs::parentKey(from)));
        !inside)
        return inside.error();
    struct stat st{};
    if (::stat(fromPath.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return Error::notFound(displayName() + "/" + from);
    if (auto made = localfs::makeParents(m_rootPath, to); !made)
        return made.error();
    const std::string toPath = localfs::joinPath(m_rootPath, to);
    if (::rename(fromPath.c_str(), toPath.c_str()) != 0) {
        if (errno == ENOENT)
            return Error::notFound(displayName() + "/" + from);
        return localfs::errnoError(errno, to);
    }
    if (::stat(toPath.c_str(), &st) != 0)
        return localfs::errnoError(errno, to);
    ObjectInfo info = localfs::infoFromStat(to, st);
    localfs::readMetaAt(toPath, info);
    return info;
}

Result<std::vector<DeleteOutcome>> LocalStore::removeBatch(const std::vector<std::string> &keys,
                                                           CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    if (keys.size() > static_cast<std::size_t>(capabilities().maxDeleteBatch))
        return Error::invalidInput("too many keys in one delete batch");
    std::vector<DeleteOutcome> outcomes;
    outcomes.reserve(keys.size());
    std::set<std::string, std::less<>> checkedFolders; // a batch often shares a few folders
    for (const auto &key : keys) {
        DeleteOutcome outcome{key};
        auto fail = [&](const Error &error) {
            outcome.ok = false;
            outcome.error = error.toString();
        };
        const std::string_view folder = localfs::parentKey(key);
        if (auto valid = localfs::validateKey(key); !valid) {
            fail(valid.error());
        } else if (!checkedFolders.contains(folder)) {
            if (auto inside = localfs::ensureInsideRoot(m_rootPath, localfs::joinPath(m_rootPath, folder)); inside)
                checkedFolders.emplace(folder);
            else
                fail(inside.error());
        }
        if (outcome.ok && key.back() == '/') {
            // Only an empty folder goes: a local folder is real, and its
            // files are objects that must be deleted by name.
            const std::string path = localfs::joinPath(m_rootPath, std::string_view(key).substr(0, key.size() - 1));
            if (::rmdir(path.c_str()) != 0 && errno != ENOENT && errno != ENOTDIR)
                fail(errno == ENOTEMPTY || errno == EEXIST ? Error::conflict("folder " + key + " is not empty")
                                                            : localfs::errnoError(errno, key));
        } else if (outcome.ok) {
            const std::string path = localfs::joinPath(m_rootPath, key);
            // A folder under the name means no object of that name: nothing to do.
            if (::unlink(path.c_str()) != 0 && errno != ENOENT && errno != ENOTDIR && errno != EISDIR)
                fail(localfs::errnoError(errno, key));
        }
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

Result<std::string> LocalStore::presign(const std::string &, PresignMethod, std::chrono::seconds)
{
    return Error::notSupported("local folders have no shareable URLs");
}

} // namespace lakescope
