// SPDX-License-Identifier: Apache-2.0
#include "core/backends/lakefs/lakefsstore.h"

#include "core/backends/lakefs/lakefsspooledupload.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace lakescope {

namespace {

bool isHexMd5(const std::string &text)
{
    return text.size() == 32 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

// A ref with modifiers (main~1, main@, abc^2) never names a branch.
bool isRefExpression(const std::string &ref)
{
    return ref.find_first_of("~^@$") != std::string::npos;
}

} // namespace

LakeFsStore::LakeFsStore(lakefs::VersionedRepositoryPtr lake, std::string repository, std::string ref)
    : m_lake(std::move(lake))
    , m_repository(std::move(repository))
    , m_ref(std::move(ref))
{}

std::string LakeFsStore::displayName() const
{
    return "lakefs://" + m_repository + "/" + m_ref;
}

Capabilities LakeFsStore::capabilities() const
{
    Capabilities caps;
    caps.serverSideCopy = true;
    caps.conditionalPut = true;
    caps.versioned = true;
    caps.userMetadata = true;
    caps.rangeReads = true;
    caps.presign = false;
    // Spooled (see LakeFsSpooledUpload): parts land on this machine's disk,
    // so a large file never has to be held in memory for one upload.
    caps.multipart = true;
    caps.minPartSize = 0;
    caps.maxDeleteBatch = 1000;
    return caps;
}

ObjectInfo LakeFsStore::toObjectInfo(const lakefs::ObjectStats &stats)
{
    ObjectInfo info;
    info.key = stats.path;
    info.size = stats.sizeBytes;
    info.modified = Timestamp(std::chrono::seconds(stats.mtime));
    info.etag = stats.checksum;
    if (isHexMd5(stats.checksum)) {
        std::string hex = stats.checksum;
        std::transform(hex.begin(), hex.end(), hex.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        info.checksum = "md5:" + hex;
    }
    info.contentType = stats.contentType;
    info.metadata = stats.metadata;
    return info;
}

Status LakeFsStore::validateKey(const std::string &key) const
{
    if (key.empty())
        return Error::invalidInput("an object path in " + displayName() + " cannot be empty");
    if (key.front() == '/')
        return Error::invalidInput("object paths never start with '/': " + key);
    return {};
}

Status LakeFsStore::checkWritable()
{
    if (m_isBranch.load())
        return {};
    {
        std::lock_guard lock(m_verdictMutex);
        if (!m_refusal.empty())
            return Error::invalidInput(m_refusal);
    }
    const std::string refused = displayName() + " is ";
    std::string refusal;
    if (isRefExpression(m_ref)) {
        refusal = refused + "a ref expression: writes need a branch";
    } else {
        auto branch = m_lake->getBranch(m_repository, m_ref);
        if (branch) {
            m_isBranch = true;
            return {};
        }
        // "No such branch" (or a name no branch can have, such as "v1.0")
        // leaves the question of what the ref is; network, credential and
        // other errors stand as they are.
        const ErrorCode code = branch.error().code;
        if (code != ErrorCode::NotFound && code != ErrorCode::InvalidInput)
            return branch.error();
        if (m_lake->getTag(m_repository, m_ref))
            refusal = refused + "a tag: writes need a branch";
        else if (m_lake->getCommit(m_repository, m_ref))
            refusal = refused + "a commit: writes need a branch";
        else
            return branch.error();
    }
    // Tags, commits and expressions never become branches: remembered.
    std::lock_guard lock(m_verdictMutex);
    m_refusal = refusal;
    return Error::invalidInput(refusal);
}

Result<ListPage> LakeFsStore::list(const ListOptions &options, CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    lakefs::ListObjectsRequest request;
    request.prefix = options.prefix;
    request.delimiter = options.delimiter;
    request.after = options.pageToken;
    request.amount = options.maxKeys == 0 ? lakefs::kMaxPageAmount
                                          : static_cast<int>(std::min<std::size_t>(options.maxKeys,
                                                                                   lakefs::kMaxPageAmount));
    request.userMetadata = !options.keysOnly;
    auto page = m_lake->listObjects(m_repository, m_ref, request);
    if (!page)
        return page.error();
    ListPage out;
    for (const lakefs::ObjectStats &entry : page->results) {
        if (entry.pathType == lakefs::PathType::CommonPrefix)
            out.commonPrefixes.push_back(entry.path);
        else
            out.objects.push_back(toObjectInfo(entry));
    }
    if (page->hasMore)
        out.nextPageToken = page->nextOffset;
    return out;
}

Result<ObjectInfo> LakeFsStore::head(const std::string &key, CancellationToken cancel)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    auto stats = m_lake->statObject(m_repository, m_ref, key, true);
    if (!stats)
        return stats.error();
    return toObjectInfo(*stats);
}

Result<ObjectInfo> LakeFsStore::get(const std::string &key, ByteSink &sink, const ByteRange &range,
                                    const GetOptions &options, CancellationToken cancel)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    // "Not modified" must be known before any byte reaches the sink.
    if (!options.ifNoneMatch.empty()) {
        auto current = head(key, cancel);
        if (!current)
            return current.error();
        if (current->etag == options.ifNoneMatch)
            return Error{ErrorCode::NotModified, key + " has not changed", 304};
    }
    auto stats = m_lake->getObject(m_repository, m_ref, key, sink, range, cancel);
    if (!stats)
        return stats.error();
    ObjectInfo info = toObjectInfo(*stats);
    // The stats describe the bytes read, so a replaced object shows here.
    if (!options.ifMatch.empty() && info.etag != options.ifMatch)
        return Error{ErrorCode::PreconditionFailed, key + " changed: its etag is " + info.etag + ", not "
                                                        + options.ifMatch, 412};
    return info;
}

Result<ObjectInfo> LakeFsStore::put(const std::string &key, ByteSource &data, const PutOptions &options,
                                    CancellationToken cancel)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    lakefs::UploadRequest request;
    request.path = key;
    request.contentType = options.contentType;
    request.metadata = options.metadata;
    request.ifNoneMatch = options.ifNoneMatch;
    auto stats = m_lake->uploadObject(m_repository, m_ref, request, data, cancel);
    if (!stats) {
        Error error = stats.error();
        if (options.ifNoneMatch && error.code == ErrorCode::PreconditionFailed)
            error.code = ErrorCode::AlreadyExists;
        return error;
    }
    return toObjectInfo(*stats);
}

Result<std::unique_ptr<MultipartUpload>> LakeFsStore::startMultipart(const std::string &key,
                                                                     const PutOptions &options)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto upload = LakeFsSpooledUpload::start(m_lake, m_repository, m_ref, key, options);
    if (!upload)
        return upload.error();
    return std::unique_ptr<MultipartUpload>(std::move(*upload));
}

Result<ObjectInfo> LakeFsStore::copy(const std::string &from, const std::string &to, const CopyOptions &options,
                                     CancellationToken cancel)
{
    return copyBetween(m_ref, from, to, options, cancel);
}

bool LakeFsStore::canCopyFrom(const ObjectStore &source) const
{
    const auto *other = dynamic_cast<const LakeFsStore *>(&source);
    return other && other->m_lake == m_lake && other->m_repository == m_repository;
}

Result<ObjectInfo> LakeFsStore::copyFrom(ObjectStore &source, const std::string &from, const std::string &to,
                                         CancellationToken cancel)
{
    if (!canCopyFrom(source))
        return ObjectStore::copyFrom(source, from, to, cancel);
    return copyBetween(static_cast<LakeFsStore &>(source).m_ref, from, to, {}, cancel);
}

Result<ObjectInfo> LakeFsStore::copyBetween(const std::string &sourceRef, const std::string &from,
                                            const std::string &to, const CopyOptions &options,
                                            CancellationToken cancel)
{
    if (auto valid = validateKey(from); !valid)
        return valid.error();
    if (auto valid = validateKey(to); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    // lakeFS's copy has no If-None-Match: checked here, not atomically.
    if (options.ifNoneMatch) {
        auto existing = m_lake->statObject(m_repository, m_ref, to, false);
        if (existing)
            return Error{ErrorCode::AlreadyExists, to + " already exists in " + displayName(), 412};
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
    }
    lakefs::ObjectCopy request;
    request.srcPath = from;
    request.srcRef = sourceRef;
    request.destPath = to;
    auto stats = m_lake->copyObject(m_repository, m_ref, request);
    if (!stats)
        return stats.error();
    return toObjectInfo(*stats);
}

Result<ObjectInfo> LakeFsStore::rename(const std::string &from, const std::string &to, CancellationToken cancel)
{
    (void)from;
    (void)to;
    (void)cancel;
    return Error::notSupported("lakeFS has no rename: " + displayName() + " moves by copy and delete");
}

Result<std::vector<DeleteOutcome>> LakeFsStore::removeBatch(const std::vector<std::string> &keys,
                                                            CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    if (keys.size() > static_cast<std::size_t>(capabilities().maxDeleteBatch))
        return Error::invalidInput("at most 1000 keys per batch delete, not " + std::to_string(keys.size()));
    std::vector<DeleteOutcome> outcomes;
    std::vector<std::string> paths;
    for (const std::string &key : keys) {
        if (auto valid = validateKey(key); !valid)
            outcomes.push_back({key, false, valid.error().message});
        else
            paths.push_back(key);
    }
    if (paths.empty())
        return outcomes;
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto failed = m_lake->deleteObjects(m_repository, m_ref, paths);
    if (!failed)
        return failed.error();
    std::map<std::string, std::string> problems;
    for (const lakefs::BulkDeleteError &error : *failed)
        problems[error.path] = error.message + " (HTTP " + std::to_string(error.statusCode) + ")";
    for (const std::string &path : paths) {
        const auto problem = problems.find(path);
        if (problem == problems.end())
            outcomes.push_back({path, true, {}});
        else
            outcomes.push_back({path, false, problem->second});
    }
    return outcomes;
}

Result<std::string> LakeFsStore::presign(const std::string &key, PresignMethod method, std::chrono::seconds expiry)
{
    (void)key;
    (void)method;
    (void)expiry;
    return Error::notSupported(displayName() + " has no presigned URLs through this client");
}

} // namespace lakescope
