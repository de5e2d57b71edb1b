// SPDX-License-Identifier: Apache-2.0
// LocalLake: the repository-scoped verbs, each handed to its repository.
#include "core/lakefs/local/locallake.h"

namespace lakescope::lakefs {

Result<Page<Ref>> LocalLake::listBranches(const std::string &repo, const PageRequest &request)
{
    return withRepository<Result<Page<Ref>>>(repo, [&](LocalRepository &r) { return r.listBranches(request); });
}

Result<std::string> LocalLake::createBranch(const std::string &repo, const std::string &name,
                                            const std::string &sourceRef, bool force)
{
    return withRepository<Result<std::string>>(repo,
                                               [&](LocalRepository &r) { return r.createBranch(name, sourceRef, force); });
}

Result<Ref> LocalLake::getBranch(const std::string &repo, const std::string &branch)
{
    return withRepository<Result<Ref>>(repo, [&](LocalRepository &r) { return r.getBranch(branch); });
}

Status LocalLake::deleteBranch(const std::string &repo, const std::string &branch, bool force)
{
    return withRepository<Status>(repo, [&](LocalRepository &r) { return r.deleteBranch(branch, force); });
}

Status LocalLake::resetBranch(const std::string &repo, const std::string &branch, ResetType type,
                              const std::string &path, bool force)
{
    return withRepository<Status>(repo, [&](LocalRepository &r) { return r.resetBranch(branch, type, path, force); });
}

Status LocalLake::revertBranch(const std::string &repo, const std::string &branch, const RevertRequest &request)
{
    return withRepository<Status>(repo, [&](LocalRepository &r) { return r.revertBranch(branch, request); });
}

Result<Commit> LocalLake::cherryPick(const std::string &repo, const std::string &branch,
                                     const CherryPickRequest &request)
{
    return withRepository<Result<Commit>>(repo, [&](LocalRepository &r) { return r.cherryPick(branch, request); });
}

Result<Page<Ref>> LocalLake::listTags(const std::string &repo, const PageRequest &request)
{
    return withRepository<Result<Page<Ref>>>(repo, [&](LocalRepository &r) { return r.listTags(request); });
}

Result<Ref> LocalLake::createTag(const std::string &repo, const std::string &id, const std::string &ref, bool force)
{
    return withRepository<Result<Ref>>(repo, [&](LocalRepository &r) { return r.createTag(id, ref, force); });
}

Result<Ref> LocalLake::getTag(const std::string &repo, const std::string &tag)
{
    return withRepository<Result<Ref>>(repo, [&](LocalRepository &r) { return r.getTag(tag); });
}

Status LocalLake::deleteTag(const std::string &repo, const std::string &tag, bool force)
{
    return withRepository<Status>(repo, [&](LocalRepository &r) { return r.deleteTag(tag, force); });
}

Result<Commit> LocalLake::commit(const std::string &repo, const std::string &branch, const CommitCreation &creation)
{
    return withRepository<Result<Commit>>(repo, [&](LocalRepository &r) { return r.commit(branch, creation); });
}

Result<Commit> LocalLake::getCommit(const std::string &repo, const std::string &ref)
{
    return withRepository<Result<Commit>>(repo, [&](LocalRepository &r) { return r.getCommit(ref); });
}

Result<Page<Commit>> LocalLake::logCommits(const std::string &repo, const std::string &ref, const LogRequest &request)
{
    return withRepository<Result<Page<Commit>>>(repo, [&](LocalRepository &r) { return r.logCommits(ref, request); });
}

Result<Page<DiffEntry>> LocalLake::diffBranch(const std::string &repo, const std::string &branch,
                                              const DiffRequest &request)
{
    return withRepository<Result<Page<DiffEntry>>>(repo,
                                                   [&](LocalRepository &r) { return r.diffBranch(branch, request); });
}

Result<Page<DiffEntry>> LocalLake::diffRefs(const std::string &repo, const std::string &leftRef,
                                            const std::string &rightRef, const DiffRequest &request)
{
    return withRepository<Result<Page<DiffEntry>>>(
        repo, [&](LocalRepository &r) { return r.diffRefs(leftRef, rightRef, request); });
}

Result<MergeResult> LocalLake::merge(const std::string &repo, const std::string &sourceRef,
                                     const std::string &destinationBranch, const MergeRequest &request)
{
    return withRepository<Result<MergeResult>>(
        repo, [&](LocalRepository &r) { return r.merge(sourceRef, destinationBranch, request); });
}

Result<MergeBase> LocalLake::findMergeBase(const std::string &repo, const std::string &sourceRef,
                                           const std::string &destinationBranch)
{
    return withRepository<Result<MergeBase>>(
        repo, [&](LocalRepository &r) { return r.findMergeBase(sourceRef, destinationBranch); });
}

Result<Page<ObjectStats>> LocalLake::listObjects(const std::string &repo, const std::string &ref,
                                                 const ListObjectsRequest &request)
{
    return withRepository<Result<Page<ObjectStats>>>(repo,
                                                     [&](LocalRepository &r) { return r.listObjects(ref, request); });
}

Result<ObjectStats> LocalLake::statObject(const std::string &repo, const std::string &ref, const std::string &path,
                                          bool userMetadata)
{
    return withRepository<Result<ObjectStats>>(
        repo, [&](LocalRepository &r) { return r.statObject(ref, path, userMetadata); });
}

Result<ObjectStats> LocalLake::getObject(const std::string &repo, const std::string &ref, const std::string &path,
                                         ByteSink &sink, const ByteRange &range, CancellationToken cancel)
{
    return withRepository<Result<ObjectStats>>(
        repo, [&](LocalRepository &r) { return r.getObject(ref, path, sink, range, cancel); });
}

Result<ObjectStats> LocalLake::uploadObject(const std::string &repo, const std::string &branch,
                                            const UploadRequest &request, ByteSource &data, CancellationToken cancel)
{
    return withRepository<Result<ObjectStats>>(
        repo, [&](LocalRepository &r) { return r.uploadObject(branch, request, data, cancel); });
}

Status LocalLake::deleteObject(const std::string &repo, const std::string &branch, const std::string &path,
                               bool force)
{
    return withRepository<Status>(repo, [&](LocalRepository &r) { return r.deleteObject(branch, path, force); });
}

Result<std::vector<BulkDeleteError>> LocalLake::deleteObjects(const std::string &repo, const std::string &branch,
                                                              const std::vector<std::string> &paths, bool force)
{
    return withRepository<Result<std::vector<BulkDeleteError>>>(
        repo, [&](LocalRepository &r) { return r.deleteObjects(branch, paths, force); });
}

Result<ObjectStats> LocalLake::copyObject(const std::string &repo, const std::string &branch, const ObjectCopy &copy)
{
    return withRepository<Result<ObjectStats>>(repo, [&](LocalRepository &r) { return r.copyObject(branch, copy); });
}

Result<std::string> LocalLake::startImport(const std::string &repo, const std::string &branch,
                                           const ImportCreation &creation)
{
    auto found = repository(repo);
    if (!found)
        return found.error();
    return m_imports.start(*found, repo, branch, creation);
}

Result<ImportStatus> LocalLake::importStatus(const std::string &repo, const std::string &branch,
                                             const std::string &id)
{
    if (auto found = repository(repo); !found)
        return found.error();
    return m_imports.status(repo, branch, id);
}

Status LocalLake::cancelImport(const std::string &repo, const std::string &branch, const std::string &id)
{
    if (auto found = repository(repo); !found)
        return found.error();
    return m_imports.cancel(repo, branch, id);
}

Result<std::vector<BranchProtectionRule>> LocalLake::branchProtection(const std::string &repo)
{
    return withRepository<Result<std::vector<BranchProtectionRule>>>(
        repo, [&](LocalRepository &r) { return r.branchProtection(); });
}

Status LocalLake::setBranchProtection(const std::string &repo, const std::vector<BranchProtectionRule> &rules)
{
    return withRepository<Status>(repo, [&](LocalRepository &r) { return r.setBranchProtection(rules); });
}

} // namespace lakescope::lakefs
