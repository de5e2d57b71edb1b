// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/localfs.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

#include <fcntl.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace lakescope::localfs {

namespace fs = std::filesystem;

UniqueFd &UniqueFd::operator=(UniqueFd &&other) noexcept
{
    if (this != &other)
        reset(other.release());
    return *this;
}

int UniqueFd::release()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

void UniqueFd::reset(int fd)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

Error errnoError(int err, const std::string &what)
{
    std::string message = what + ": " + std::strerror(err);
    switch (err) {
    case ENOENT:
        return Error::notFound(std::move(message));
    case EEXIST:
        return Error::alreadyExists(std::move(message));
    case EACCES:
    case EPERM:
    case EROFS:
        return Error::permissionDenied(std::move(message));
    case ENOTDIR:
    case EISDIR:
    case ENOTEMPTY:
        return Error::conflict(std::move(message));
    case ENAMETOOLONG:
    case EILSEQ:
    case EINVAL:
        return Error::invalidInput(std::move(message));
    case EINTR:
    case EAGAIN:
    case EBUSY:
        return Error::transient(std::move(message));
    default:
        return Error::fatal(std::move(message));
    }
}

bool isHiddenName(std::string_view name, bool atRoot)
{
    if (atRoot && name == kUploadsDir)
        return true;
    return name.size() > kTempMarker.size() && name.front() == '.'
        && name.find(kTempMarker) != std::string_view::npos;
}

namespace {

Status validateSegments(std::string_view path, std::string_view whole)
{
    bool atRoot = true;
    std::size_t start = 0;
    for (;;) {
        const auto slash = path.find('/', start);
        const std::string_view segment = path.substr(start, slash == std::string_view::npos ? slash : slash - start);
        if (segment.empty() || segment == "." || segment == "..")
            return Error::invalidInput("key has an empty, '.' or '..' segment: " + std::string(whole));
        if (isHiddenName(segment, atRoot))
            return Error::invalidInput("key names a reserved Lakescope file: " + std::string(whole));
        if (slash == std::string_view::npos)
            return {};
        atRoot = false;
        start = slash + 1;
    }
}

} // namespace

Status validateKey(std::string_view key)
{
    if (key.empty())
        return Error::invalidInput("empty object key");
    if (key.front() == '/')
        return Error::invalidInput("object key must not start with '/': " + std::string(key));
    if (key.find('\0') != std::string_view::npos)
        return Error::invalidInput("object key contains a NUL byte");
    // A trailing '/' marks a folder; the segments before it must be sound.
    if (key.back() == '/')
        key.remove_suffix(1);
    return validateSegments(key, key);
}

Status validatePrefix(std::string_view prefix)
{
    if (prefix.find('\0') != std::string_view::npos)
        return Error::invalidInput("prefix contains a NUL byte");
    if (!prefix.empty() && prefix.front() == '/')
        return Error::invalidInput("prefix must not start with '/': " + std::string(prefix));
    const auto slash = prefix.rfind('/');
    if (slash == std::string_view::npos)
        return {};
    return validateSegments(prefix.substr(0, slash), prefix);
}

std::string joinPath(const std::string &root, std::string_view key)
{
    std::string path;
    path.reserve(root.size() + 1 + key.size());
    path += root;
    if (!key.empty()) {
        if (path.empty() || path.back() != '/')
            path += '/';
        path += key;
    }
    return path;
}

std::string_view parentKey(std::string_view key)
{
    if (!key.empty() && key.back() == '/')
        key.remove_suffix(1);
    const auto slash = key.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : key.substr(0, slash + 1);
}

Status ensureInsideRoot(const std::string &canonicalRoot, const std::string &dirPath)
{
    std::error_code ec;
    const fs::path resolved = fs::weakly_canonical(dirPath, ec);
    if (ec)
        return errnoError(ec.value(), dirPath);
    const std::string &text = resolved.native();
    if (text == canonicalRoot)
        return {};
    const bool rootIsSlash = canonicalRoot == "/";
    if (text.size() > canonicalRoot.size() && text.compare(0, canonicalRoot.size(), canonicalRoot) == 0
        && (rootIsSlash || text[canonicalRoot.size()] == '/'))
        return {};
    return Error::invalidInput(dirPath + " resolves outside the store's root");
}

Status makeParents(const std::string &canonicalRoot, std::string_view key)
{
    const std::string dir = joinPath(canonicalRoot, parentKey(key));
    // Check before creating: create_directories would follow a symlinked
    // folder out of the root and create directories there.
    if (auto inside = ensureInsideRoot(canonicalRoot, dir); !inside)
        return inside;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return errnoError(ec.value() == EEXIST ? ENOTDIR : ec.value(), dir);
    return {};
}

std::string randomHex(std::size_t bytes)
{
    thread_local std::mt19937_64 engine{std::random_device{}()};
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes * 2);
    while (out.size() < bytes * 2) {
        const std::uint64_t value = engine();
        for (int i = 0; i < 16 && out.size() < bytes * 2; ++i)
            out.push_back(digits[(value >> (i * 4)) & 0xf]);
    }
    return out;
}

Result<UniqueFd> createTemp(const std::string &finalPath, std::string &tempPath)
{
    const auto slash = finalPath.rfind('/');
    const std::string dir = finalPath.substr(0, slash + 1);
    // Keep the temp name within NAME_MAX even for very long final names.
    const std::string name = finalPath.substr(slash + 1, 160);
    for (int attempt = 0; attempt < 8; ++attempt) {
        tempPath = dir + "." + name + std::string(kTempMarker) + randomHex(8);
        const int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0)
            return UniqueFd(fd);
        if (errno != EEXIST)
            return errnoError(errno, finalPath);
    }
    return Error::fatal("could not create a temporary file beside " + finalPath);
}

namespace {

Status writeAll(int fd, const char *data, std::size_t size, const std::string &what)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errnoError(errno, what);
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return {};
}

} // namespace

Status drainTo(ByteSource &source, int fd, const std::string &what, CancellationToken cancel)
{
    return drainSource(
        source, [&](std::span<const char> chunk) { return writeAll(fd, chunk.data(), chunk.size(), what); }, cancel);
}

Status copyFileTo(int from, int fd, const std::string &what, CancellationToken cancel)
{
    // copy_file_range lets the kernel (or a reflinking filesystem) do the
    // work; in 8 MiB steps so cancellation is still noticed.
    bool kernelCopy = true;
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        if (kernelCopy) {
            const ssize_t n = ::copy_file_range(from, nullptr, fd, nullptr, 8u << 20, 0);
            if (n > 0)
                continue;
            if (n == 0)
                return {};
            if (errno == EINTR)
                continue;
            if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP)
                return errnoError(errno, what);
            kernelCopy = false;
        }
        std::vector<char> buffer(1 << 20);
        const ssize_t n = ::read(from, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errnoError(errno, what);
        if (n == 0)
            return {};
        if (auto written = writeAll(fd, buffer.data(), static_cast<std::size_t>(n), what); !written)
            return written;
    }
}

Status publish(const std::string &tempPath, const std::string &finalPath, bool noReplace)
{
    if (!noReplace) {
        if (::rename(tempPath.c_str(), finalPath.c_str()) != 0)
            return errnoError(errno, finalPath);
        return {};
    }
    if (::renameat2(AT_FDCWD, tempPath.c_str(), AT_FDCWD, finalPath.c_str(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno != EINVAL && errno != ENOSYS)
        return errnoError(errno, finalPath);
    // Filesystems without RENAME_NOREPLACE: link() never replaces either.
    if (::link(tempPath.c_str(), finalPath.c_str()) != 0)
        return errnoError(errno, finalPath);
    ::unlink(tempPath.c_str());
    return {};
}

std::string guessContentType(std::string_view key)
{
    struct Type
    {
        std::string_view extension;
        const char *type;
    };
    static constexpr std::array<Type, 38> types{{
        {"avro", "application/avro"}, {"bmp", "image/bmp"}, {"bz2", "application/x-bzip2"},
        {"css", "text/css"}, {"csv", "text/csv"}, {"gif", "image/gif"}, {"gz", "application/gzip"},
        {"htm", "text/html"}, {"html", "text/html"}, {"ipynb", "application/x-ipynb+json"},
        {"jpeg", "image/jpeg"}, {"jpg", "image/jpeg"}, {"js", "text/javascript"}, {"json", "application/json"},
        {"jsonl", "application/x-ndjson"}, {"log", "text/plain"}, {"md", "text/markdown"},
        {"ndjson", "application/x-ndjson"}, {"orc", "application/x-orc"}, {"parquet", "application/vnd.apache.parquet"},
        {"pdf", "application/pdf"}, {"png", "image/png"}, {"py", "text/x-python"}, {"sh", "application/x-sh"},
        {"sql", "application/sql"}, {"svg", "image/svg+xml"}, {"tar", "application/x-tar"},
        {"tif", "image/tiff"}, {"tiff", "image/tiff"}, {"toml", "application/toml"},
        {"tsv", "text/tab-separated-values"}, {"txt", "text/plain"}, {"webp", "image/webp"},
        {"xml", "application/xml"}, {"yaml", "application/yaml"}, {"yml", "application/yaml"},
        {"zip", "application/zip"}, {"zst", "application/zstd"},
    }};
    const auto dot = key.rfind('.');
    const auto slash = key.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash) || key.size() - dot > 9)
        return "application/octet-stream";
    char lower[8] = {};
    const std::string_view ext = key.substr(dot + 1);
    for (std::size_t i = 0; i < ext.size(); ++i)
        lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(ext[i])));
    const std::string_view wanted(lower, ext.size());
    const auto it = std::lower_bound(types.begin(), types.end(), wanted,
                                     [](const Type &t, std::string_view e) { return t.extension < e; });
    if (it != types.end() && it->extension == wanted)
        return it->type;
    return "application/octet-stream";
}

std::string etagOf(const struct stat &st)
{
    // Cheap and changes with every replace: writes land in a new inode by
    // rename, and in-place edits move size or mtime. 60 bits of a hash of
    // the three, as 15 hex digits: short enough for std::string to keep
    // inline, which matters when listing 100,000 files.
    auto mix = [](std::uint64_t x) {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdull;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53ull;
        return x ^ (x >> 33);
    };
    const auto mtimeNs = static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000ull
        + static_cast<std::uint64_t>(st.st_mtim.tv_nsec);
    std::uint64_t hash = mix(static_cast<std::uint64_t>(st.st_ino));
    hash = mix(hash ^ static_cast<std::uint64_t>(st.st_size));
    hash = mix(hash ^ mtimeNs);
    static constexpr char digits[] = "0123456789abcdef";
    char buffer[15];
    for (int i = 14; i >= 0; --i, hash >>= 4)
        buffer[i] = digits[hash & 0xf];
    return std::string(buffer, sizeof buffer);
}

ObjectInfo infoFromStat(std::string key, const struct stat &st)
{
    ObjectInfo info;
    info.contentType = guessContentType(key);
    info.key = std::move(key);
    info.size = static_cast<std::uint64_t>(st.st_size);
    info.modified = Timestamp(std::chrono::duration_cast<Timestamp::duration>(
        std::chrono::seconds(st.st_mtim.tv_sec) + std::chrono::nanoseconds(st.st_mtim.tv_nsec)));
    info.etag = etagOf(st);
    return info;
}

namespace {

// One "c <type>" line and "m <key>=<value>" lines; '%', '=', CR and LF are
// percent-escaped so any value survives.
void appendEscaped(std::string &out, std::string_view text)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    for (const char c : text) {
        if (c == '%' || c == '=' || c == '\n' || c == '\r') {
            out += '%';
            out += digits[static_cast<unsigned char>(c) >> 4];
            out += digits[static_cast<unsigned char>(c) & 0xf];
        } else {
            out += c;
        }
    }
}

std::string unescape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1]))
            && std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool unsupported(int err)
{
    return err == ENOTSUP || err == EOPNOTSUPP || err == ENOSYS;
}

// From an open file, or by path when `path` is given.
std::string fetchMeta(int fd, const char *path = nullptr)
{
    auto get = [&](void *data, std::size_t size) {
        return path ? ::getxattr(path, kMetaAttribute, data, size) : ::fgetxattr(fd, kMetaAttribute, data, size);
    };
    std::string value(1024, '\0');
    for (int attempt = 0; attempt < 3; ++attempt) {
        const ssize_t n = get(value.data(), value.size());
        if (n >= 0) {
            value.resize(static_cast<std::size_t>(n));
            return value;
        }
        if (errno != ERANGE)
            return {};
        const ssize_t size = get(nullptr, 0);
        if (size <= 0)
            return {};
        value.resize(static_cast<std::size_t>(size));
    }
    return {};
}

} // namespace

std::string encodeMeta(const std::string &contentType, const Metadata &metadata)
{
    std::string value;
    if (!contentType.empty()) {
        value += "c ";
        appendEscaped(value, contentType);
        value += '\n';
    }
    for (const auto &[key, text] : metadata) {
        std::string lower(key);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        value += "m ";
        appendEscaped(value, lower);
        value += '=';
        appendEscaped(value, text);
        value += '\n';
    }
    return value;
}

Status writeMeta(int fd, const std::string &contentType, const Metadata &metadata)
{
    if (contentType.empty() && metadata.empty())
        return {};
    const std::string value = encodeMeta(contentType, metadata);
    if (::fsetxattr(fd, kMetaAttribute, value.data(), value.size(), 0) == 0 || unsupported(errno))
        return {};
    if (errno == E2BIG || errno == ENOSPC || errno == ERANGE)
        return Error::invalidInput("content type and metadata are too large for this filesystem");
    return errnoError(errno, "storing metadata");
}

Status copyMeta(int from, int to)
{
    const std::string value = fetchMeta(from);
    if (value.empty())
        return {}; // nothing stored, or no xattrs here
    if (::fsetxattr(to, kMetaAttribute, value.data(), value.size(), 0) == 0 || unsupported(errno))
        return {};
    return errnoError(errno, "copying metadata");
}

void decodeMeta(std::string_view text, ObjectInfo &info)
{
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        if (line.size() > 2 && line[0] == 'c' && line[1] == ' ') {
            info.contentType = unescape(line.substr(2));
        } else if (line.size() > 2 && line[0] == 'm' && line[1] == ' ') {
            const auto eq = line.find('=', 2);
            if (eq != std::string_view::npos)
                info.metadata[unescape(line.substr(2, eq - 2))] = unescape(line.substr(eq + 1));
        }
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
}

void readMeta(int fd, ObjectInfo &info)
{
    decodeMeta(fetchMeta(fd), info);
}

void readMetaAt(const std::string &path, ObjectInfo &info)
{
    decodeMeta(fetchMeta(-1, path.c_str()), info);
}

bool probeUserXattrs(const std::string &dirPath)
{
    // Ask without writing: a store rooted at "/" must not litter the root
    // (or fail on a read-only one) just to learn this. ENODATA means the
    // filesystem has user xattrs, only not on this directory.
    std::error_code ec;
    fs::path dir(dirPath);
    while (!fs::exists(dir, ec) && dir.has_parent_path() && dir != dir.parent_path())
        dir = dir.parent_path();
    return ::getxattr(dir.c_str(), kMetaAttribute, nullptr, 0) >= 0 || errno == ENODATA;
}

} // namespace lakescope::localfs
