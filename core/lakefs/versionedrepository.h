// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/byterange.h"
#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/lakefs/lakefstypes.h"

#include <memory>
#include <string>
#include <vector>

namespace lakescope::lakefs {

// One lake of versioned repositories with lakeFS's semantics, whether it is
// a lakeFS server over HTTP (LakeFsClient) or a folder on this machine
// (LocalLake). The UI, the CLI, the lakefs:// store and the server all work
// through this, so they behave the same against either.
//
// Rules for implementations:
// - Thread-safe; no exceptions escape.
// - Errors use lakeFS's status meanings, carried in Error::httpStatus as the
//   server would answer (400 InvalidInput, 401 Unauthenticated, 403
//   PermissionDenied, 404 NotFound, 409 AlreadyExists or Conflict, 412
//   PreconditionFailed, 501 NotSupported) and messages in lakeFS's words
//   ("commit: no changes", "cannot write to protected branch",
//   "read-only repository", "branch not found", "not unique").
// - `ref` arguments accept ref expressions: a branch, a tag, a commit id or
//   a unique prefix of one, with ~N, ^N, @ and $ modifiers.
// - A branch used as a read ref includes its uncommitted changes; `branch@`
//   is its last commit only.
class VersionedRepository
{
public:
    virtual ~VersionedRepository() = default;

    // "lakefs: http://host:8000" or "local lake: /path", for messages.
    virtual std::string displayName() const = 0;

    // --- repositories
    virtual Result<Page<Repository>> listRepositories(const PageRequest &request) = 0;
    virtual Result<Repository> createRepository(const RepositoryCreation &creation) = 0;
    virtual Result<Repository> getRepository(const std::string &repo) = 0;
    virtual Status deleteRepository(const std::string &repo, bool force = false) = 0;

    // --- branches
    virtual Result<Page<Ref>> listBranches(const std::string &repo, const PageRequest &request) = 0;
    // Returns the id of the commit the new branch points at.
    virtual Result<std::string> createBranch(const std::string &repo, const std::string &name,
                                             const std::string &sourceRef, bool force = false) = 0;
    virtual Result<Ref> getBranch(const std::string &repo, const std::string &branch) = 0;
    virtual Status deleteBranch(const std::string &repo, const std::string &branch, bool force = false) = 0;
    // Drop uncommitted changes: of one path, of a prefix, or all of them.
    virtual Status resetBranch(const std::string &repo, const std::string &branch, ResetType type,
                               const std::string &path = {}, bool force = false) = 0;
    // A new commit on `branch` undoing request.ref.
    virtual Status revertBranch(const std::string &repo, const std::string &branch, const RevertRequest &request) = 0;
    virtual Result<Commit> cherryPick(const std::string &repo, const std::string &branch,
                                      const CherryPickRequest &request) = 0;

    // --- tags (immutable: creating an existing id is AlreadyExists, even with force)
    virtual Result<Page<Ref>> listTags(const std::string &repo, const PageRequest &request) = 0;
    virtual Result<Ref> createTag(const std::string &repo, const std::string &id, const std::string &ref,
                                  bool force = false) = 0;
    virtual Result<Ref> getTag(const std::string &repo, const std::string &tag) = 0;
    virtual Status deleteTag(const std::string &repo, const std::string &tag, bool force = false) = 0;

    // --- commits and log
    virtual Result<Commit> commit(const std::string &repo, const std::string &branch,
                                  const CommitCreation &creation) = 0;
    // Any ref expression, dereferenced to its commit.
    virtual Result<Commit> getCommit(const std::string &repo, const std::string &ref) = 0;
    // Newest first (generation, then date). With objects/prefixes, only
    // single-parent commits that changed them.
    virtual Result<Page<Commit>> logCommits(const std::string &repo, const std::string &ref,
                                            const LogRequest &request) = 0;

    // --- diff
    virtual Result<Page<DiffEntry>> diffBranch(const std::string &repo, const std::string &branch,
                                               const DiffRequest &request) = 0;
    virtual Result<Page<DiffEntry>> diffRefs(const std::string &repo, const std::string &leftRef,
                                             const std::string &rightRef, const DiffRequest &request) = 0;

    // --- merge: conflicts come back as a MergeResult listing them, not as an error
    virtual Result<MergeResult> merge(const std::string &repo, const std::string &sourceRef,
                                      const std::string &destinationBranch, const MergeRequest &request) = 0;
    virtual Result<MergeBase> findMergeBase(const std::string &repo, const std::string &sourceRef,
                                            const std::string &destinationBranch) = 0;

    // --- objects
    virtual Result<Page<ObjectStats>> listObjects(const std::string &repo, const std::string &ref,
                                                  const ListObjectsRequest &request) = 0;
    virtual Result<ObjectStats> statObject(const std::string &repo, const std::string &ref, const std::string &path,
                                           bool userMetadata = true) = 0;
    // Streams `range` of the object into `sink` and returns its stats.
    virtual Result<ObjectStats> getObject(const std::string &repo, const std::string &ref, const std::string &path,
                                          ByteSink &sink, const ByteRange &range = {},
                                          CancellationToken cancel = {}) = 0;
    virtual Result<ObjectStats> uploadObject(const std::string &repo, const std::string &branch,
                                             const UploadRequest &request, ByteSource &data,
                                             CancellationToken cancel = {}) = 0;
    // Deleting a missing path succeeds.
    virtual Status deleteObject(const std::string &repo, const std::string &branch, const std::string &path,
                                bool force = false) = 0;
    // At most 1000 paths; per-path failures come back in the list.
    virtual Result<std::vector<BulkDeleteError>> deleteObjects(const std::string &repo, const std::string &branch,
                                                               const std::vector<std::string> &paths,
                                                               bool force = false) = 0;
    virtual Result<ObjectStats> copyObject(const std::string &repo, const std::string &branch,
                                           const ObjectCopy &copy) = 0;

    // --- import from object storage into a branch, as one commit
    virtual Result<std::string> startImport(const std::string &repo, const std::string &branch,
                                            const ImportCreation &creation) = 0;
    virtual Result<ImportStatus> importStatus(const std::string &repo, const std::string &branch,
                                              const std::string &id) = 0;
    virtual Status cancelImport(const std::string &repo, const std::string &branch, const std::string &id) = 0;

    // --- branch protection
    virtual Result<std::vector<BranchProtectionRule>> branchProtection(const std::string &repo) = 0;
    virtual Status setBranchProtection(const std::string &repo, const std::vector<BranchProtectionRule> &rules) = 0;
};

using VersionedRepositoryPtr = std::shared_ptr<VersionedRepository>;

} // namespace lakescope::lakefs
