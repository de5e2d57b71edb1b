// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectinfo.h"

#include <string>
#include <string_view>

#include <sys/stat.h>

// POSIX helpers shared by LocalStore, its lister and its multipart uploads.
namespace lakescope::localfs {

// Hidden from listings and refused as keys: in-progress multipart uploads
// live in kUploadsDir at the root, in-progress writes in temp files named
// ".<name><kTempMarker><random>" beside their target.
inline constexpr std::string_view kUploadsDir = ".lakescope-uploads";
inline constexpr std::string_view kTempMarker = ".lakescope-tmp-";
inline constexpr const char *kMetaAttribute = "user.lakescope.meta";

// Owns a file descriptor; closes it once.
class UniqueFd
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) {}
    UniqueFd(UniqueFd &&other) noexcept : m_fd(other.release()) {}
    UniqueFd &operator=(UniqueFd &&other) noexcept;
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    ~UniqueFd() { reset(); }

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    int release();
    void reset(int fd = -1);

private:
    int m_fd = -1;
};

// The error vocabulary for an errno value; `what` names the file or key.
Error errnoError(int err, const std::string &what);

// Keys: not empty, relative, no NUL, no empty/"."/".." segment, not hidden.
// A trailing '/' (folder marker) is allowed.
Status validateKey(std::string_view key);
// Prefixes: the folder part must be a valid key path; the rest is a name
// prefix and may be anything but NUL.
Status validatePrefix(std::string_view prefix);
bool isHiddenName(std::string_view name, bool atRoot);

// root + "/" + key, for POSIX calls.
std::string joinPath(const std::string &root, std::string_view key);
// The folder part of a key ("a/b/" for "a/b/c"), "" at the root.
std::string_view parentKey(std::string_view key);

// Fails with InvalidInput when `dirPath` resolves (through symlinks) to a
// place outside `canonicalRoot`.
Status ensureInsideRoot(const std::string &canonicalRoot, const std::string &dirPath);
// mkdir -p for the folder of a key, after checking it stays under the root.
Status makeParents(const std::string &canonicalRoot, std::string_view key);

std::string randomHex(std::size_t bytes);
// A fresh temp file beside `finalPath`, opened for writing.
Result<UniqueFd> createTemp(const std::string &finalPath, std::string &tempPath);

// Copy `source` to `fd` until end of stream, checking `cancel` per chunk.
Status drainTo(ByteSource &source, int fd, const std::string &what, CancellationToken cancel);
// Copy the whole of file `from` to `fd` (kernel copy where possible).
Status copyFileTo(int from, int fd, const std::string &what, CancellationToken cancel);

// Move a finished temp file to its final name; `noReplace` fails with
// AlreadyExists instead of replacing an existing file, atomically.
Status publish(const std::string &tempPath, const std::string &finalPath, bool noReplace);

std::string guessContentType(std::string_view key);
std::string etagOf(const struct stat &st);
ObjectInfo infoFromStat(std::string key, const struct stat &st);

// User metadata and an explicit content type live in one user xattr.
// Writing succeeds silently when the filesystem has no user xattrs.
// Its text, "c <type>" and "m <name>=<value>" lines escaped so any value
// survives, also keeps a multipart upload's options in its parts folder.
std::string encodeMeta(const std::string &contentType, const Metadata &metadata);
void decodeMeta(std::string_view text, ObjectInfo &info);
Status writeMeta(int fd, const std::string &contentType, const Metadata &metadata);
Status copyMeta(int from, int to);
void readMeta(int fd, ObjectInfo &info);
void readMetaAt(const std::string &path, ObjectInfo &info);
bool probeUserXattrs(const std::string &dirPath);

} // namespace lakescope::localfs
