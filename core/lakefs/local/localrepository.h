// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/local/blobstore.h"
#include "core/lakefs/local/commitstore.h"
#include "core/lakefs/local/refstore.h"
#include "core/lakefs/local/stagingarea.h"
#include "core/lakefs/local/treestore.h"
#include "core/lakefs/tree/treemerge.h"
#include "core/lakefs/versionedrepository.h"

#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope::lakefs {

// One object written by the bulk path (LocalLake::uploadSmallObjects).
struct SmallObject
{
    std::string path;
    std::string content;
    std::string contentType; // "" = application/octet-stream
    Metadata metadata;
};

// One repository of a local lake, in its own folder:
//   repository.json, branch_protection.json, blobs/, trees/, commits/,
//   branches/, tags/, staging/<token>.log, tmp/
// It gives the repository-scoped verbs of VersionedRepository lakeFS's
// semantics. One mutex guards its refs and staging; trees and commits are
// immutable and shared, so listings and diffs run outside the lock, and
// uploads stream their bytes before taking it.
class LocalRepository
{
public:
    // Test hook: called at the named steps of a commit ("tree-written",
    // "commit-written", "branch-switched") so a test can stop the process
    // there and check what a crash at that point leaves.
    using CrashPoint = std::function<void(std::string_view step)>;
    static void setCrashPoint(CrashPoint hook);

    static Result<std::shared_ptr<LocalRepository>> load(const std::string &dir);
    // Lays out a new repository in `dir`, which must not exist yet; with the
    // initial commit and default branch unless `bare`.
    static Status create(const std::string &dir, const Repository &info, bool bare);

    ~LocalRepository();

    Repository info() const;
    void setCommitter(std::string committer);
    // The repository was deleted: every later call answers NotFound.
    void markDeleted();
    bool readOnly() const;

    // --- branches
    Result<Page<Ref>> listBranches(const PageRequest &request);
    Result<std::string> createBranch(const std::string &name, const std::string &sourceRef, bool force);
    Result<Ref> getBranch(const std::string &branch);
    Status deleteBranch(const std::string &branch, bool force);
    Status resetBranch(const std::string &branch, ResetType type, const std::string &path, bool force);
    Status revertBranch(const std::string &branch, const RevertRequest &request);
    Result<Commit> cherryPick(const std::string &branch, const CherryPickRequest &request);

    // --- tags
    Result<Page<Ref>> listTags(const PageRequest &request);
    Result<Ref> createTag(const std::string &id, const std::string &ref, bool force);
    Result<Ref> getTag(const std::string &tag);
    Status deleteTag(const std::string &tag, bool force);

    // --- commits
    Result<Commit> commit(const std::string &branch, const CommitCreation &creation);
    Result<Commit> getCommit(const std::string &ref);
    Result<Page<Commit>> logCommits(const std::string &ref, const LogRequest &request);

    // --- diff and merge
    Result<Page<DiffEntry>> diffBranch(const std::string &branch, const DiffRequest &request);
    Result<Page<DiffEntry>> diffRefs(const std::string &leftRef, const std::string &rightRef,
                                     const DiffRequest &request);
    Result<MergeResult> merge(const std::string &sourceRef, const std::string &destinationBranch,
                              const MergeRequest &request);
    Result<MergeBase> findMergeBase(const std::string &sourceRef, const std::string &destinationBranch);

    // --- objects
    Result<Page<ObjectStats>> listObjects(const std::string &ref, const ListObjectsRequest &request);
    Result<ObjectStats> statObject(const std::string &ref, const std::string &path, bool userMetadata);
    Result<ObjectStats> getObject(const std::string &ref, const std::string &path, ByteSink &sink,
                                  const ByteRange &range, CancellationToken cancel);
    Result<ObjectStats> uploadObject(const std::string &branch, const UploadRequest &request, ByteSource &data,
                                     CancellationToken cancel);
    Status uploadSmallObjects(const std::string &branch, const std::vector<SmallObject> &objects, bool force);
    Status deleteObject(const std::string &branch, const std::string &path, bool force);
    Result<std::vector<BulkDeleteError>> deleteObjects(const std::string &branch,
                                                       const std::vector<std::string> &paths, bool force);
    Result<ObjectStats> copyObject(const std::string &branch, const ObjectCopy &copy);

    // --- import: checked before the bytes are copied, applied as one commit after
    Status checkImport(const std::string &branch, bool force);
    Result<Commit> applyImport(const std::string &branch, const std::vector<ImportLocation> &locations,
                               EntryList imported, const CommitCreation &creation);
    BlobStore &blobs() { return m_blobs; }

    // --- branch protection
    Result<std::vector<BranchProtectionRule>> branchProtection();
    Status setBranchProtection(const std::vector<BranchProtectionRule> &rules);

private:
    struct BranchState
    {
        BranchRecord record;
        std::unique_ptr<StagingArea> staging;
        TreePtr view; // head tree with staging applied, until either changes
    };

    // What a ref expression names: a commit, and the branch when the
    // expression is a branch name (with @ or $ at most).
    struct Resolved
    {
        CommitPtr commit;
        BranchState *branch = nullptr;
        bool committedOnly = false; // branch@
        bool withStaging = false;   // branch$
    };

    using Lock = std::unique_lock<std::mutex>;

    explicit LocalRepository(std::string dir);
    Status loadState();

    // A new branch or tag may not take a name any ref already answers to.
    enum class RefKind { Branch, Tag };
    // The last commit of a branch and its tree.
    struct Head
    {
        CommitPtr commit;
        TreePtr tree;
    };

    Result<Lock> lockLive();
    Status checkWritable(bool force) const;
    bool isProtected(const std::string &branch) const;
    Status checkRefNameFreeLocked(const std::string &name, RefKind kind) const;
    Result<BranchState *> branchLocked(const std::string &name);
    // The branch, when the repository is writable (or `force` overrides read-only).
    Result<BranchState *> writableBranchLocked(const std::string &name, bool force);
    // The same, also refused when a protection rule covers the branch; lakeFS
    // words a refused commit differently from a refused write.
    Result<BranchState *> unprotectedBranchLocked(const std::string &name, bool force, bool committing = false);
    Result<Head> headLocked(const BranchState &branch);
    Result<Resolved> resolveLocked(const std::string &ref);
    Result<CommitPtr> commitOfLocked(const std::string &ref);
    Result<TreePtr> treeOf(const Commit &commit);
    Result<TreePtr> branchViewLocked(BranchState &branch);
    Result<TreePtr> readViewLocked(const Resolved &resolved);
    // The entry `path` has at a resolved ref; nullopt when absent.
    Result<std::optional<LakeEntry>> lookupLocked(const Resolved &resolved, const std::string &path);
    // The object at `path` of `ref`; lakeFS's 404 when there is none.
    Result<LakeEntry> objectLocked(const std::string &ref, const std::string &path);
    // Merges, reverts, cherry-picks and imports refuse a branch whose staged
    // changes differ from its head.
    Status checkCleanLocked(const BranchState &branch);
    // Writes `tree` (whose id is `treeId`, or computed when empty) and a
    // commit of it, then moves the branch there with a fresh staging area.
    Result<CommitPtr> commitTreeLocked(const std::string &branchName, BranchState &branch, TreePtr tree,
                                       std::string treeId, std::vector<std::string> parents, std::string message,
                                       Metadata metadata, std::optional<std::int64_t> date);
    Status switchBranchLocked(const std::string &name, BranchState &branch, const std::string &commitId);
    Result<std::unique_ptr<StagingArea>> openStaging(const std::string &token);
    // The tree of parent `parentNumber` (1-based, 0 = the first) of a
    // commit; the empty tree for a root commit.
    Result<TreePtr> parentTreeOf(const Commit &commit, int parentNumber);
    // One commit's change replayed onto a clean branch head: cherry-pick
    // (parent -> commit) or, with `undo`, revert (commit -> parent).
    struct Replay
    {
        BranchState *branch = nullptr;
        CommitPtr commit;
        CommitPtr head;
        TreeMerge merge;
    };
    Result<Replay> replayLocked(const std::string &branch, const std::string &ref, int parentNumber, bool force,
                                bool undo);
    // The lowest common ancestor of two commits (lakeFS FindMergeBase);
    // nullptr when they share no history.
    Result<CommitPtr> mergeBaseOf(const CommitPtr &left, const CommitPtr &right);
    // Diffs of committed trees, remembered so paging through one costs one diff.
    using DiffPtr = std::shared_ptr<const std::vector<DiffEntry>>;
    DiffPtr cachedDiff(const std::string &key);
    void rememberDiff(const std::string &key, DiffPtr diff);
    ObjectStats statsOf(const LakeEntry &entry, bool userMetadata) const;
    void fixAddresses(std::vector<ObjectStats> &stats, const EntryList &view) const;

    const std::string m_dir;
    const std::string m_tmpDir;
    BlobStore m_blobs;
    TreeStore m_trees;
    CommitStore m_commits;

    mutable std::mutex m_mutex;
    Repository m_info;
    bool m_deleted = false;
    std::string m_committer;
    RefStore m_refs;
    std::map<std::string, BranchState> m_branches;
    std::vector<BranchProtectionRule> m_rules;

    std::mutex m_diffMutex;
    std::list<std::pair<std::string, DiffPtr>> m_diffs; // most recent first
};

} // namespace lakescope::lakefs
