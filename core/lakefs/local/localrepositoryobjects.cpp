// SPDX-License-Identifier: Apache-2.0
// LocalRepository: reading and writing objects.
#include "core/lakefs/local/localrepository.h"

#include "core/lakefs/local/diskio.h"
#include "core/lakefs/local/lakeerrors.h"
#include "core/lakefs/tree/listingpage.h"

#include <algorithm>
#include <cctype>

namespace lakescope::lakefs {

namespace {

constexpr std::size_t kMaxBulkDelete = 1000;

LakeEntry newEntry(const std::string &path, const BlobInfo &blob, const std::string &contentType,
                   const Metadata &metadata)
{
    LakeEntry entry;
    entry.path = path;
    entry.size = blob.size;
    entry.checksum = blob.checksum;
    entry.address = blob.checksum;
    entry.contentType = contentType.empty() ? "application/octet-stream" : contentType;
    for (const auto &[key, value] : metadata) {
        std::string lower = key;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        entry.metadata[lower] = value;
    }
    entry.mtime = diskio::nowSeconds();
    return entry;
}

Status requirePath(const std::string &path)
{
    if (path.empty())
        return lakeerror::invalid("path is required");
    return {};
}

} // namespace

Result<LakeEntry> LocalRepository::objectLocked(const std::string &ref, const std::string &path)
{
    auto resolved = resolveLocked(ref);
    if (!resolved)
        return resolved.error();
    auto found = lookupLocked(*resolved, path);
    if (!found)
        return lakeerror::withStatus(found.error());
    if (!*found)
        return lakeerror::notFound("object not found");
    return std::move(**found);
}

Result<Page<ObjectStats>> LocalRepository::listObjects(const std::string &ref, const ListObjectsRequest &request)
{
    TreePtr view;
    {
        auto lock = lockLive();
        if (!lock)
            return lock.error();
        auto resolved = resolveLocked(ref);
        if (!resolved)
            return resolved.error();
        auto tree = readViewLocked(*resolved);
        if (!tree)
            return lakeerror::withStatus(tree.error());
        view = *tree;
    }
    Page<ObjectStats> page = pageObjects(*view, request);
    fixAddresses(page.results, *view);
    return page;
}

Result<ObjectStats> LocalRepository::statObject(const std::string &ref, const std::string &path, bool userMetadata)
{
    if (auto valid = requirePath(path); !valid)
        return valid.error();
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto entry = objectLocked(ref, path);
    if (!entry)
        return entry.error();
    return statsOf(*entry, userMetadata);
}

Result<ObjectStats> LocalRepository::getObject(const std::string &ref, const std::string &path, ByteSink &sink,
                                               const ByteRange &range, CancellationToken cancel)
{
    if (auto valid = requirePath(path); !valid)
        return valid.error();
    LakeEntry entry;
    {
        auto lock = lockLive();
        if (!lock)
            return lock.error();
        auto found = objectLocked(ref, path);
        if (!found)
            return found.error();
        entry = std::move(found).value();
    }
    // Blobs are immutable: the bytes stream without the lock.
    if (range.offset > entry.size || (range.offset == entry.size && range.offset != 0))
        return lakeerror::rangeNotSatisfiable("Requested Range Not Satisfiable: offset "
                                              + std::to_string(range.offset) + " of "
                                              + std::to_string(entry.size) + " bytes");
    std::uint64_t length = entry.size - range.offset;
    if (range.length)
        length = std::min(length, *range.length);
    if (auto read = m_blobs.read(entry.address, range.offset, length, sink, cancel); !read)
        return lakeerror::withStatus(read.error());
    return statsOf(entry, true);
}

Result<ObjectStats> LocalRepository::uploadObject(const std::string &branch, const UploadRequest &request,
                                                  ByteSource &data, CancellationToken cancel)
{
    if (auto valid = requirePath(request.path); !valid)
        return valid.error();
    // Checked before the bytes stream (to fail fast) and again after (the
    // branch may have gone or the path appeared meanwhile).
    auto check = [&](BranchState *&state) -> Status {
        auto found = unprotectedBranchLocked(branch, request.force);
        if (!found)
            return found.error();
        state = *found;
        if (request.ifNoneMatch) {
            auto head = m_commits.get(state->record.commitId);
            if (!head)
                return lakeerror::withStatus(head.error());
            auto existing = lookupLocked(Resolved{*head, state}, request.path);
            if (!existing)
                return lakeerror::withStatus(existing.error());
            if (*existing)
                return lakeerror::precondition("path already exists");
        }
        return {};
    };
    {
        auto lock = lockLive();
        if (!lock)
            return lock.error();
        BranchState *state = nullptr;
        if (auto checked = check(state); !checked)
            return checked.error();
    }
    auto blob = m_blobs.write(data, cancel);
    if (!blob)
        return lakeerror::withStatus(blob.error());
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    BranchState *state = nullptr;
    if (auto checked = check(state); !checked)
        return checked.error();
    LakeEntry entry = newEntry(request.path, *blob, request.contentType, request.metadata);
    if (auto staged = state->staging->put(entry); !staged)
        return lakeerror::withStatus(staged.error());
    state->view.reset();
    return statsOf(entry, true);
}

Status LocalRepository::uploadSmallObjects(const std::string &branch, const std::vector<SmallObject> &objects,
                                           bool force)
{
    {
        auto lock = lockLive();
        if (!lock)
            return lock.error();
        if (auto checked = unprotectedBranchLocked(branch, force); !checked)
            return checked.error();
    }
    EntryList entries;
    entries.reserve(objects.size());
    for (const SmallObject &object : objects) {
        if (auto valid = requirePath(object.path); !valid)
            return valid;
        auto blob = m_blobs.writeBytes(object.content, false);
        if (!blob)
            return lakeerror::withStatus(blob.error());
        entries.push_back(newEntry(object.path, *blob, object.contentType, object.metadata));
    }
    // One sync for the whole batch instead of one per blob.
    if (auto synced = m_blobs.syncAll(); !synced)
        return lakeerror::withStatus(synced.error());
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = unprotectedBranchLocked(branch, force);
    if (!state)
        return state.error();
    if (auto staged = (*state)->staging->putMany(entries); !staged)
        return lakeerror::withStatus(staged.error());
    (*state)->view.reset();
    return {};
}

Status LocalRepository::deleteObject(const std::string &branch, const std::string &path, bool force)
{
    if (auto valid = requirePath(path); !valid)
        return valid;
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = unprotectedBranchLocked(branch, force);
    if (!state)
        return state.error();
    BranchState &target = **state;
    auto head = headLocked(target);
    if (!head)
        return lakeerror::withStatus(head.error());
    const LakeEntry *staged = target.staging->find(path);
    Status changed;
    if (findEntry(*head->tree, path)) {
        // A committed object stays hidden by a tombstone until the commit.
        if (!staged || !staged->tombstone) {
            LakeEntry tombstone;
            tombstone.path = path;
            tombstone.tombstone = true;
            changed = target.staging->put(tombstone);
        }
    } else if (staged) {
        // Only ever staged: forgetting it is the whole delete.
        changed = target.staging->drop(path);
    }
    target.view.reset();
    if (!changed)
        return lakeerror::withStatus(changed.error());
    return {};
}

Result<std::vector<BulkDeleteError>> LocalRepository::deleteObjects(const std::string &branch,
                                                                    const std::vector<std::string> &paths, bool force)
{
    if (paths.size() > kMaxBulkDelete)
        return lakeerror::invalid("request size exceeded, max paths is set to 1000");
    std::vector<BulkDeleteError> errors;
    {
        auto lock = lockLive();
        if (!lock)
            return lock.error();
        auto state = branchLocked(branch);
        if (!state)
            return state.error();
        // Refusals come back per path, as lakeFS reports them.
        std::optional<Error> refusal;
        if (auto writable = checkWritable(force); !writable)
            refusal = writable.error();
        else if (isProtected(branch))
            refusal = lakeerror::protectedWrite();
        if (refusal) {
            for (const std::string &path : paths)
                errors.push_back({path, refusal->httpStatus, refusal->message});
            return errors;
        }
    }
    for (const std::string &path : paths) {
        if (path.empty())
            continue;
        if (auto deleted = deleteObject(branch, path, force); !deleted) {
            const Error error = lakeerror::withStatus(deleted.error());
            if (error.code == ErrorCode::NotFound && error.message == "repository not found")
                return error;
            errors.push_back({path, error.httpStatus, error.message});
        }
    }
    return errors;
}

Result<ObjectStats> LocalRepository::copyObject(const std::string &branch, const ObjectCopy &copy)
{
    if (auto valid = requirePath(copy.srcPath); !valid)
        return valid.error();
    if (auto valid = requirePath(copy.destPath); !valid)
        return valid.error();
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = unprotectedBranchLocked(branch, copy.force);
    if (!state)
        return state.error();
    auto found = objectLocked(copy.srcRef.empty() ? branch : copy.srcRef, copy.srcPath);
    if (!found)
        return found.error();
    // Blobs are immutable and content-addressed: the copy shares the bytes.
    LakeEntry entry = std::move(found).value();
    entry.path = copy.destPath;
    entry.mtime = diskio::nowSeconds();
    if (auto staged = (*state)->staging->put(entry); !staged)
        return lakeerror::withStatus(staged.error());
    (*state)->view.reset();
    return statsOf(entry, true);
}

} // namespace lakescope::lakefs
