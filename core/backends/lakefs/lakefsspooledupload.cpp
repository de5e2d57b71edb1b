// SPDX-License-Identifier: Apache-2.0
#include "core/backends/lakefs/lakefsspooledupload.h"

#include "core/backends/lakefs/lakefsstore.h"
#include "core/common/filestream.h"
#include "core/common/md5.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

namespace lakescope {

namespace {

constexpr int kMaxParts = 10000;

Error systemError(const std::string &what, int code)
{
    return Error::fatal(what + ": " + std::strerror(code));
}

std::string randomSuffix()
{
    std::random_device random;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%08x", random());
    return buffer;
}

// The spooled parts one after the other, hashed as they are read, so the
// MD5 lakeFS reports can be checked against what was really sent.
class SpooledPartsSource final : public ByteSource
{
public:
    SpooledPartsSource(std::vector<std::string> paths, std::uint64_t size) : m_paths(std::move(paths)), m_size(size)
    {
        m_md5 = std::make_unique<Md5>();
    }

    Result<std::size_t> read(std::span<char> buffer) override
    {
        while (m_index < m_paths.size()) {
            if (!m_current) {
                auto opened = FileSource::open(m_paths[m_index]);
                if (!opened)
                    return opened.error();
                m_current = std::move(*opened);
            }
            auto n = m_current->read(buffer);
            if (!n)
                return n.error();
            if (*n > 0) {
                m_md5->update(std::span<const char>(buffer.data(), *n));
                m_read += *n;
                return *n;
            }
            m_current.reset();
            ++m_index;
        }
        return std::size_t{0};
    }
    std::optional<std::uint64_t> size() const override { return m_size; }
    bool rewind() override
    {
        m_current.reset();
        m_index = 0;
        m_read = 0;
        m_md5 = std::make_unique<Md5>();
        return true;
    }
    // The hex MD5 of everything, once every byte was read; "" before.
    std::string digest()
    {
        if (m_read != m_size || m_index < m_paths.size())
            return {};
        return m_md5->finishHex();
    }

private:
    std::vector<std::string> m_paths;
    std::uint64_t m_size = 0;
    std::size_t m_index = 0;
    std::uint64_t m_read = 0;
    std::unique_ptr<FileSource> m_current;
    std::unique_ptr<Md5> m_md5;
};

} // namespace

Result<std::unique_ptr<LakeFsSpooledUpload>> LakeFsSpooledUpload::start(lakefs::VersionedRepositoryPtr lake,
                                                                        std::string repository, std::string branch,
                                                                        std::string key, PutOptions options)
{
    std::error_code error;
    const auto temp = std::filesystem::temp_directory_path(error);
    if (error)
        return Error::fatal("no temporary folder to spool the upload of " + key + ": " + error.message());
    std::string pattern = (temp / "lakescope-lakefs-upload-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        return systemError("cannot create a folder in " + temp.string() + " to spool the upload of " + key, errno);
    return std::unique_ptr<LakeFsSpooledUpload>(new LakeFsSpooledUpload(
        std::move(lake), std::move(repository), std::move(branch), std::move(key), std::move(options), pattern));
}

LakeFsSpooledUpload::LakeFsSpooledUpload(lakefs::VersionedRepositoryPtr lake, std::string repository,
                                         std::string branch, std::string key, PutOptions options, std::string folder)
    : m_lake(std::move(lake))
    , m_repository(std::move(repository))
    , m_branch(std::move(branch))
    , m_key(std::move(key))
    , m_options(std::move(options))
    , m_folder(std::move(folder))
    , m_uploadId(std::filesystem::path(m_folder).filename().string())
{}

LakeFsSpooledUpload::~LakeFsSpooledUpload()
{
    // Nobody can find this upload again, so its parts only waste space.
    std::lock_guard lock(m_mutex);
    if (!m_finished)
        removeFolder();
}

Status LakeFsSpooledUpload::checkOpen() const
{
    if (m_finished)
        return Error::notFound("the upload " + m_uploadId + " of " + m_key + " is already completed or aborted");
    return {};
}

std::string LakeFsSpooledUpload::partPath(int partNumber, const std::string &md5) const
{
    return m_folder + "/part-" + std::to_string(partNumber) + "-" + md5;
}

void LakeFsSpooledUpload::removeFolder()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_folder, ignored);
}

Result<PartInfo> LakeFsSpooledUpload::putPart(int partNumber, ByteSource &data, CancellationToken cancel)
{
    if (partNumber < 1 || partNumber > kMaxParts)
        return Error::invalidInput("part numbers run from 1 to 10000, not " + std::to_string(partNumber));
    {
        std::lock_guard lock(m_mutex);
        if (auto open = checkOpen(); !open)
            return open.error();
    }
    const std::string temporary = m_folder + "/incoming-" + std::to_string(partNumber) + "-" + randomSuffix();
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return systemError("cannot spool part " + std::to_string(partNumber) + " of " + m_key, errno);
    Md5 md5;
    std::uint64_t size = 0;
    Status written = drainSource(data, [&](std::span<const char> chunk) -> Status {
        md5.update(chunk);
        size += chunk.size();
        while (!chunk.empty()) {
            const ssize_t n = ::write(fd, chunk.data(), chunk.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return systemError("cannot spool part " + std::to_string(partNumber) + " of " + m_key, errno);
            chunk = chunk.subspan(static_cast<std::size_t>(n));
        }
        return {};
    }, cancel);
    if (::close(fd) != 0 && written)
        written = systemError("cannot spool part " + std::to_string(partNumber) + " of " + m_key, errno);
    if (!written) {
        ::unlink(temporary.c_str());
        return written.error();
    }
    PartInfo part;
    part.partNumber = partNumber;
    part.md5 = md5.finishHex();
    part.etag = part.md5;
    part.size = size;

    std::lock_guard lock(m_mutex);
    if (auto open = checkOpen(); !open) {
        ::unlink(temporary.c_str());
        return open.error();
    }
    // Named by content, so a re-put part never changes the bytes behind an
    // etag already handed out.
    if (::rename(temporary.c_str(), partPath(partNumber, part.md5).c_str()) != 0) {
        const int code = errno;
        ::unlink(temporary.c_str());
        return systemError("cannot spool part " + std::to_string(partNumber) + " of " + m_key, code);
    }
    if (auto previous = m_parts.find(partNumber); previous != m_parts.end() && previous->second.md5 != part.md5)
        ::unlink(partPath(partNumber, previous->second.md5).c_str());
    m_parts[partNumber] = part;
    return part;
}

Result<ObjectInfo> LakeFsSpooledUpload::complete(std::vector<PartInfo> parts)
{
    std::sort(parts.begin(), parts.end(),
              [](const PartInfo &a, const PartInfo &b) { return a.partNumber < b.partNumber; });
    std::vector<std::string> paths;
    std::uint64_t size = 0;
    {
        std::lock_guard lock(m_mutex);
        if (auto open = checkOpen(); !open)
            return open.error();
        if (parts.empty())
            return Error::invalidInput("completing the upload of " + m_key + " needs at least one part");
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const PartInfo &part = parts[i];
            if (i > 0 && parts[i - 1].partNumber == part.partNumber)
                return Error::invalidInput("part " + std::to_string(part.partNumber) + " is listed twice");
            const auto held = m_parts.find(part.partNumber);
            if (held == m_parts.end() || held->second.etag != part.etag)
                return Error::invalidInput("part " + std::to_string(part.partNumber) + " of " + m_key
                                           + " was not uploaded with etag " + part.etag);
            paths.push_back(partPath(part.partNumber, held->second.md5));
            size += held->second.size;
        }
    }

    SpooledPartsSource source(std::move(paths), size);
    lakefs::UploadRequest request;
    request.path = m_key;
    request.contentType = m_options.contentType;
    request.metadata = m_options.metadata;
    request.ifNoneMatch = m_options.ifNoneMatch;
    auto stats = m_lake->uploadObject(m_repository, m_branch, request, source);
    if (!stats) {
        Error error = stats.error();
        if (m_options.ifNoneMatch && error.code == ErrorCode::PreconditionFailed)
            error.code = ErrorCode::AlreadyExists;
        return error;
    }
    const std::string sent = source.digest();
    if (!sent.empty() && !stats->checksum.empty() && stats->checksum != sent) {
        // Never leave damaged bytes under the final name.
        (void)m_lake->deleteObject(m_repository, m_branch, m_key);
        return Error::transient("lakeFS stored " + m_key + " with MD5 " + stats->checksum + ", but the parts sent hash to "
                                + sent);
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    removeFolder();
    return LakeFsStore::toObjectInfo(*stats);
}

Status LakeFsSpooledUpload::abort()
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    removeFolder();
    return {};
}

Result<std::vector<PartInfo>> LakeFsSpooledUpload::listParts(CancellationToken cancel)
{
    (void)cancel;
    std::lock_guard lock(m_mutex);
    if (auto open = checkOpen(); !open)
        return open.error();
    std::vector<PartInfo> parts;
    for (const auto &[number, part] : m_parts)
        parts.push_back(part);
    return parts;
}

} // namespace lakescope
