// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/local/importrunner.h"
#include "core/lakefs/local/localrepository.h"
#include "core/lakefs/versionedrepository.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace lakescope::lakefs {

// The embedded lakeFS: versioned repositories with lakeFS's semantics in a
// folder on this machine (root/repositories/<repo>/, see LocalRepository).
// One process owns a lake at a time (an exclusive flock on root/lake.lock);
// within it, every open() of the same folder shares one instance.
class LocalLake final : public VersionedRepository
{
public:
    // Creates the folder when missing. Fails with "local lake <root> is in
    // use by another process" while another process has it open.
    static Result<std::shared_ptr<LocalLake>> open(const std::string &root);
    ~LocalLake() override;
    LocalLake(const LocalLake &) = delete;
    LocalLake &operator=(const LocalLake &) = delete;

    std::string root() const { return m_root; }
    // Who commits from now on (lakeFS: the authenticated user); by default
    // the login name of this process.
    void setCommitter(std::string committer);
    // Many small objects in one go: their bytes are synced once for the
    // batch and staged with one log write. Same checks as uploadObject.
    Status uploadSmallObjects(const std::string &repo, const std::string &branch,
                              const std::vector<SmallObject> &objects, bool force = false);
    // Test hook, see LocalRepository::CrashPoint.
    static void setCrashPoint(LocalRepository::CrashPoint hook);

    std::string displayName() const override;

    Result<Page<Repository>> listRepositories(const PageRequest &request) override;
    Result<Repository> createRepository(const RepositoryCreation &creation) override;
    Result<Repository> getRepository(const std::string &repo) override;
    Status deleteRepository(const std::string &repo, bool force = false) override;

    Result<Page<Ref>> listBranches(const std::string &repo, const PageRequest &request) override;
    Result<std::string> createBranch(const std::string &repo, const std::string &name, const std::string &sourceRef,
                                     bool force = false) override;
    Result<Ref> getBranch(const std::string &repo, const std::string &branch) override;
    Status deleteBranch(const std::string &repo, const std::string &branch, bool force = false) override;
    Status resetBranch(const std::string &repo, const std::string &branch, ResetType type,
                       const std::string &path = {}, bool force = false) override;
    Status revertBranch(const std::string &repo, const std::string &branch, const RevertRequest &request) override;
    Result<Commit> cherryPick(const std::string &repo, const std::string &branch,
                              const CherryPickRequest &request) override;

    Result<Page<Ref>> listTags(const std::string &repo, const PageRequest &request) override;
    Result<Ref> createTag(const std::string &repo, const std::string &id, const std::string &ref,
                          bool force = false) override;
    Result<Ref> getTag(const std::string &repo, const std::string &tag) override;
    Status deleteTag(const std::string &repo, const std::string &tag, bool force = false) override;

    Result<Commit> commit(const std::string &repo, const std::string &branch, const CommitCreation &creation) override;
    Result<Commit> getCommit(const std::string &repo, const std::string &ref) override;
    Result<Page<Commit>> logCommits(const std::string &repo, const std::string &ref,
                                    const LogRequest &request) override;

    Result<Page<DiffEntry>> diffBranch(const std::string &repo, const std::string &branch,
                                       const DiffRequest &request) override;
    Result<Page<DiffEntry>> diffRefs(const std::string &repo, const std::string &leftRef, const std::string &rightRef,
                                     const DiffRequest &request) override;

    Result<MergeResult> merge(const std::string &repo, const std::string &sourceRef,
                              const std::string &destinationBranch, const MergeRequest &request) override;
    Result<MergeBase> findMergeBase(const std::string &repo, const std::string &sourceRef,
                                    const std::string &destinationBranch) override;

    Result<Page<ObjectStats>> listObjects(const std::string &repo, const std::string &ref,
                                          const ListObjectsRequest &request) override;
    Result<ObjectStats> statObject(const std::string &repo, const std::string &ref, const std::string &path,
                                   bool userMetadata = true) override;
    Result<ObjectStats> getObject(const std::string &repo, const std::string &ref, const std::string &path,
                                  ByteSink &sink, const ByteRange &range = {}, CancellationToken cancel = {}) override;
    Result<ObjectStats> uploadObject(const std::string &repo, const std::string &branch, const UploadRequest &request,
                                     ByteSource &data, CancellationToken cancel = {}) override;
    Status deleteObject(const std::string &repo, const std::string &branch, const std::string &path,
                        bool force = false) override;
    Result<std::vector<BulkDeleteError>> deleteObjects(const std::string &repo, const std::string &branch,
                                                       const std::vector<std::string> &paths,
                                                       bool force = false) override;
    Result<ObjectStats> copyObject(const std::string &repo, const std::string &branch, const ObjectCopy &copy) override;

    Result<std::string> startImport(const std::string &repo, const std::string &branch,
                                    const ImportCreation &creation) override;
    Result<ImportStatus> importStatus(const std::string &repo, const std::string &branch,
                                      const std::string &id) override;
    Status cancelImport(const std::string &repo, const std::string &branch, const std::string &id) override;

    Result<std::vector<BranchProtectionRule>> branchProtection(const std::string &repo) override;
    Status setBranchProtection(const std::string &repo, const std::vector<BranchProtectionRule> &rules) override;

private:
    LocalLake(std::string root, int lockFd);

    Result<std::shared_ptr<LocalRepository>> repository(const std::string &name);
    std::string repositoriesDir() const { return m_root + "/repositories"; }

    // Runs `call` on the named repository, or returns why it cannot.
    template<typename R, typename Call>
    R withRepository(const std::string &name, Call &&call)
    {
        auto found = repository(name);
        if (!found)
            return found.error();
        return call(**found);
    }

    const std::string m_root;
    const int m_lockFd;
    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<LocalRepository>> m_repositories;
    std::string m_committer;
    ImportRunner m_imports;
};

} // namespace lakescope::lakefs
