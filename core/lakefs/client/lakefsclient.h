// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/http/httpclient.h"
#include "core/lakefs/versionedrepository.h"

#include <memory>
#include <string>

namespace lakescope::lakefs {

class LakeFsTransport;
struct ApiSubject;

struct LakeFsClientConfig
{
    std::string endpoint;        // http(s)://host:port, with or without /api/v1
    std::string accessKeyId;
    std::string secretAccessKey;
    HttpClientConfig http;       // TLS verification stays on unless asked
};

// VersionedRepository over a lakeFS server's REST API (/api/v1, HTTP basic
// auth), with lakeFS's odd answers smoothed over: the plain-text commit id
// of a new branch, the bare {"reference":""} of a conflicting merge (the
// conflicts are then found with a three-dot diff), 204 for deleting a
// missing object. Errors keep lakeFS's words and status and name the
// thing they are about. Thread-safe: calls share one HttpClient.
class LakeFsClient final : public VersionedRepository
{
public:
    // InvalidInput for an endpoint that is not an http(s) URL.
    static Result<std::shared_ptr<LakeFsClient>> create(LakeFsClientConfig config,
                                                        std::shared_ptr<HttpClient> http = {});
    ~LakeFsClient() override;

    // "http://host:8000" from "http://host:8000/api/v1/" and the like.
    static Result<std::string> normaliseEndpoint(std::string_view endpoint);

    const std::string &endpoint() const;
    const std::string &accessKeyId() const;

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
                                  ByteSink &sink, const ByteRange &range = {},
                                  CancellationToken cancel = {}) override;
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
    explicit LakeFsClient(std::unique_ptr<LakeFsTransport> transport);

    // Every page of a three-dot diff of `destination` against `source`,
    // keeping the conflicts: what a 409 merge answer does not say.
    Result<std::vector<std::string>> mergeConflicts(const std::string &repo, const std::string &sourceRef,
                                                    const std::string &destinationBranch);

    std::unique_ptr<LakeFsTransport> m_transport;
};

} // namespace lakescope::lakefs
