// SPDX-License-Identifier: Apache-2.0
#include "core/common/md5.h"
#include "tests/lakefs/locallakefixture.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <memory>
#include <set>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LocalLakeFixture;

// LocalLake's lakeFS semantics for repositories, branches, tags, objects,
// staging and commits, and the permission rules around them. Merge, log and
// ref expressions are in tst_locallake_history, crashes and processes in
// tst_locallake_durability.
class TstLocalLake final : public QObject, private LocalLakeFixture
{
    Q_OBJECT

public:
    TstLocalLake() : LocalLakeFixture("demo") {}

private:
    Result<Commit> commit(const std::string &branch, const std::string &message)
    {
        CommitCreation creation;
        creation.message = message;
        return m_lake->commit(m_repo, branch, creation);
    }

    std::vector<std::string> paths(const std::string &ref, const std::string &prefix = {},
                                   const std::string &delimiter = {})
    {
        ListObjectsRequest request;
        request.prefix = prefix;
        request.delimiter = delimiter;
        request.amount = 1000;
        auto page = m_lake->listObjects(m_repo, ref, request);
        std::vector<std::string> result;
        if (page)
            for (const ObjectStats &object : page->results)
                result.push_back(object.path);
        return result;
    }

private slots:
    void init() { LS_VERIFY_OK(openLake()); }
    void cleanup() { closeLake(); }

    void repositoryCreation()
    {
        auto repository = m_lake->getRepository(m_repo);
        LS_VERIFY_OK(repository);
        QCOMPARE(repository->defaultBranch, std::string("main"));
        QCOMPARE(repository->storageNamespace, std::string("local://demo"));
        auto initial = m_lake->getCommit(m_repo, "main");
        LS_VERIFY_OK(initial);
        QCOMPARE(initial->message, std::string("Repository created"));
        QCOMPARE(initial->committer, std::string());
        QVERIFY(initial->parents.empty());
        QCOMPARE(initial->generation, std::int64_t(1));
        QCOMPARE(initial->id.size(), std::size_t(64));

        RepositoryCreation again;
        again.name = m_repo;
        again.storageNamespace = "local://other";
        auto duplicate = m_lake->createRepository(again);
        LS_VERIFY_ERROR(duplicate, ErrorCode::AlreadyExists);
        expectError(duplicate.error(), 409, "not unique");

        RepositoryCreation badName{"ab", "local://x"};
        expectError(m_lake->createRepository(badName).error(), 400, "");
        RepositoryCreation badNamespace{"fine-name", "ftp://x"};
        expectError(m_lake->createRepository(badNamespace).error(), 400, "storage_namespace");

        RepositoryCreation bare{"bare-repo", "mem://bare"};
        bare.bare = true;
        LS_VERIFY_OK(m_lake->createRepository(bare));
        auto branches = m_lake->listBranches("bare-repo", {});
        LS_VERIFY_OK(branches);
        QVERIFY(branches->results.empty());
        expectError(m_lake->getBranch("bare-repo", "main").error(), 404, "branch not found");

        auto repositories = m_lake->listRepositories({});
        LS_VERIFY_OK(repositories);
        QCOMPARE(repositories->results.size(), std::size_t(2));
        QCOMPARE(repositories->results[0].id, std::string("bare-repo"));

        LS_VERIFY_OK(m_lake->deleteRepository("bare-repo"));
        expectError(m_lake->getRepository("bare-repo").error(), 404, "repository not found");
        expectError(m_lake->listBranches("nope-repo", {}).error(), 404, "repository not found");
    }

    void uploadAndRead()
    {
        auto stats = put("main", "data/a.csv", "id,name\n1,x\n", {{"Owner", "Ann"}});
        LS_VERIFY_OK(stats);
        QCOMPARE(stats->checksum, Md5::hex("id,name\n1,x\n"));
        QCOMPARE(stats->sizeBytes, std::uint64_t(12));
        QCOMPARE(stats->contentType, std::string("application/octet-stream"));
        QCOMPARE(stats->metadata, (Metadata{{"owner", "Ann"}}));
        QVERIFY(stats->mtime > 0);

        auto stat = m_lake->statObject(m_repo, "main", "data/a.csv");
        LS_VERIFY_OK(stat);
        QCOMPARE(stat->checksum, stats->checksum);
        QCOMPARE(read("main", "data/a.csv"), std::string("id,name\n1,x\n"));

        StringSink part;
        LS_VERIFY_OK(m_lake->getObject(m_repo, "main", "data/a.csv", part, ByteRange::span(3, 4)));
        QCOMPARE(part.data(), std::string("name"));
        StringSink tail;
        LS_VERIFY_OK(m_lake->getObject(m_repo, "main", "data/a.csv", tail, ByteRange::from(8)));
        QCOMPARE(tail.data(), std::string("1,x\n"));
        StringSink past;
        expectError(m_lake->getObject(m_repo, "main", "data/a.csv", past, ByteRange::from(13)).error(), 416, "");

        // Identical content is stored once.
        auto twin = put("main", "data/b.csv", "id,name\n1,x\n");
        LS_VERIFY_OK(twin);
        QCOMPARE(twin->physicalAddress, stats->physicalAddress);
        expectError(m_lake->statObject(m_repo, "main", "data/none").error(), 404, "not found");
        expectError(put("main", "", "x").error(), 400, "path");
        expectError(put("nobranch", "x", "x").error(), 404, "branch not found");
    }

    void stagingAndCommits()
    {
        LS_VERIFY_OK(put("main", "a.txt", "one"));
        QCOMPARE(paths("main"), std::vector<std::string>{"a.txt"});
        QCOMPARE(paths("main@"), std::vector<std::string>{});
        QCOMPARE(paths("main$"), std::vector<std::string>{"a.txt"});
        QCOMPARE(uncommitted("main"), std::vector<std::string>{"added a.txt"});

        CommitCreation creation;
        creation.message = "first";
        creation.metadata = {{"team", "data"}};
        creation.date = 1700000000;
        auto first = m_lake->commit(m_repo, "main", creation);
        LS_VERIFY_OK(first);
        QCOMPARE(first->message, std::string("first"));
        QCOMPARE(first->metadata, (Metadata{{"team", "data"}}));
        QCOMPARE(first->creationDate, std::int64_t(1700000000));
        QCOMPARE(first->generation, std::int64_t(2));
        QVERIFY(!first->committer.empty());
        QCOMPARE(uncommitted("main"), std::vector<std::string>{});
        QCOMPARE(paths("main@"), std::vector<std::string>{"a.txt"});
        auto branch = m_lake->getBranch(m_repo, "main");
        LS_VERIFY_OK(branch);
        QCOMPARE(branch->commitId, first->id);

        // Nothing staged, then an identical re-upload: both are no change.
        expectError(commit("main", "empty").error(), 400, "commit: no changes");
        LS_VERIFY_OK(put("main", "a.txt", "one"));
        QCOMPARE(uncommitted("main"), std::vector<std::string>{});
        expectError(commit("main", "same").error(), 400, "commit: no changes");
        // Upload then delete of a new file nets to nothing as well.
        LS_VERIFY_OK(put("main", "temp.txt", "t"));
        LS_VERIFY_OK(m_lake->deleteObject(m_repo, "main", "temp.txt"));
        expectError(commit("main", "none").error(), 400, "commit: no changes");

        CommitCreation empty;
        empty.message = "allowed";
        empty.allowEmpty = true;
        auto allowed = m_lake->commit(m_repo, "main", empty);
        LS_VERIFY_OK(allowed);
        QCOMPARE(allowed->parents, std::vector<std::string>{first->id});
        QCOMPARE(allowed->metaRangeId, first->metaRangeId);

        LS_VERIFY_OK(put("main", "a.txt", "two"));
        QCOMPARE(uncommitted("main"), std::vector<std::string>{"changed a.txt"});
        LS_VERIFY_OK(commit("main", "second"));
        QCOMPARE(read("main", "a.txt"), std::string("two"));
        QCOMPARE(read(first->id, "a.txt"), std::string("one"));
    }

    void deleteCommittedVersusUncommitted()
    {
        LS_VERIFY_OK(put("main", "kept.txt", "k"));
        LS_VERIFY_OK(put("main", "committed.txt", "c"));
        LS_VERIFY_OK(commit("main", "base"));
        LS_VERIFY_OK(put("main", "fresh.txt", "f"));

        LS_VERIFY_OK(m_lake->deleteObject(m_repo, "main", "committed.txt"));
        LS_VERIFY_OK(m_lake->deleteObject(m_repo, "main", "fresh.txt"));
        LS_VERIFY_OK(m_lake->deleteObject(m_repo, "main", "never-existed.txt"));
        auto diff = m_lake->diffBranch(m_repo, "main", {});
        LS_VERIFY_OK(diff);
        QCOMPARE(diff->results.size(), std::size_t(1));
        QCOMPARE(diff->results[0].path, std::string("committed.txt"));
        QCOMPARE(diff->results[0].type, DiffType::Removed);
        QCOMPARE(diff->results[0].sizeBytes.value_or(99), std::uint64_t(0));
        QCOMPARE(paths("main"), std::vector<std::string>{"kept.txt"});
        QCOMPARE(paths("main@"), (std::vector<std::string>{"committed.txt", "kept.txt"}));
        expectError(m_lake->statObject(m_repo, "main", "committed.txt").error(), 404, "not found");

        std::vector<std::string> many(1001, "x");
        expectError(m_lake->deleteObjects(m_repo, "main", many).error(), 400, "max paths is set to 1000");
        auto bulk = m_lake->deleteObjects(m_repo, "main", {"kept.txt", "missing.txt"});
        LS_VERIFY_OK(bulk);
        QVERIFY(bulk->empty());
        QCOMPARE(paths("main"), std::vector<std::string>{});
        LS_VERIFY_OK(commit("main", "deletes"));
        QCOMPARE(paths("main@"), std::vector<std::string>{});
    }

    void uploadIfNoneMatchAndCopy()
    {
        LS_VERIFY_OK(put("main", "a.txt", "payload", {{"k", "v"}}));
        UploadRequest request;
        request.path = "a.txt";
        request.ifNoneMatch = true;
        StringSource source("other");
        auto refused = m_lake->uploadObject(m_repo, "main", request, source);
        expectError(refused.error(), 412, "path already exists");

        ObjectCopy copy;
        copy.srcPath = "a.txt";
        copy.destPath = "copies/a.txt";
        auto copied = m_lake->copyObject(m_repo, "main", copy);
        LS_VERIFY_OK(copied);
        QCOMPARE(copied->checksum, Md5::hex("payload"));
        QCOMPARE(copied->metadata, (Metadata{{"k", "v"}}));
        QCOMPARE(read("main", "copies/a.txt"), std::string("payload"));
        LS_VERIFY_OK(commit("main", "with copy"));
        LS_VERIFY_OK(m_lake->createTag(m_repo, "v1", "main"));
        LS_VERIFY_OK(put("main", "a.txt", "changed"));
        ObjectCopy fromTag{"a.txt", "v1", "from-tag.txt"};
        LS_VERIFY_OK(m_lake->copyObject(m_repo, "main", fromTag));
        QCOMPARE(read("main", "from-tag.txt"), std::string("payload"));
        ObjectCopy missing{"none.txt", "", "x.txt"};
        expectError(m_lake->copyObject(m_repo, "main", missing).error(), 404, "not found");
    }

    void listingWithDelimiter()
    {
        std::vector<SmallObject> objects;
        for (const char *path : {"a.txt", "data/2024/01.csv", "data/2024/02.csv", "data/2025/01.csv", "data/readme",
                                 "logs/x.log", "z"})
            objects.push_back({path, path});
        LS_VERIFY_OK(m_lake->uploadSmallObjects(m_repo, "main", objects));
        QCOMPARE(paths("main", "", "/"), (std::vector<std::string>{"a.txt", "data/", "logs/", "z"}));
        QCOMPARE(paths("main", "data/", "/"), (std::vector<std::string>{"data/2024/", "data/2025/", "data/readme"}));
        ListObjectsRequest request;
        request.prefix = "data/";
        request.delimiter = "/";
        request.after = "data/2024/";
        auto page = m_lake->listObjects(m_repo, "main", request);
        LS_VERIFY_OK(page);
        QCOMPARE(page->results.size(), std::size_t(2));
        QCOMPARE(page->results[0].path, std::string("data/2025/"));
        QCOMPARE(page->results[0].pathType, PathType::CommonPrefix);
        QCOMPARE(paths("main", "data/2024"), (std::vector<std::string>{"data/2024/01.csv", "data/2024/02.csv"}));
    }

    void pagingObjects()
    {
        std::vector<SmallObject> objects;
        for (int i = 0; i < 1205; ++i)
            objects.push_back({"obj/" + std::to_string(100000 + i), std::to_string(i)});
        LS_VERIFY_OK(m_lake->uploadSmallObjects(m_repo, "main", objects));
        LS_VERIFY_OK(commit("main", "many"));
        for (int amount : {1000, 100, 0}) {
            ListObjectsRequest request;
            request.amount = amount;
            std::vector<std::string> seen;
            int pages = 0;
            for (;;) {
                auto page = m_lake->listObjects(m_repo, "main", request);
                LS_VERIFY_OK(page);
                ++pages;
                for (const ObjectStats &object : page->results)
                    seen.push_back(object.path);
                if (!page->hasMore) {
                    QVERIFY(page->nextOffset.empty());
                    break;
                }
                QCOMPARE(page->nextOffset, page->results.back().path);
                request.after = page->nextOffset;
            }
            QCOMPARE(seen.size(), std::size_t(1205));
            QCOMPARE(std::set<std::string>(seen.begin(), seen.end()).size(), std::size_t(1205));
            QVERIFY(std::is_sorted(seen.begin(), seen.end()));
            QCOMPARE(pages, amount == 1000 ? 2 : 13);
        }
        ListObjectsRequest capped;
        capped.amount = 5000;
        auto page = m_lake->listObjects(m_repo, "main", capped);
        LS_VERIFY_OK(page);
        QCOMPARE(page->results.size(), std::size_t(1000));
        QVERIFY(page->hasMore);
    }

    void pagingBranchesAndTags()
    {
        auto head = m_lake->getBranch(m_repo, "main");
        LS_VERIFY_OK(head);
        for (int i = 0; i < 1001; ++i) {
            auto created = m_lake->createBranch(m_repo, "b" + std::to_string(10000 + i), "main");
            LS_VERIFY_OK(created);
            QCOMPARE(*created, head->commitId);
            LS_VERIFY_OK(m_lake->createTag(m_repo, "t" + std::to_string(10000 + i), "main"));
        }
        for (bool tags : {false, true}) {
            PageRequest request;
            request.amount = 1000;
            std::vector<std::string> seen;
            std::vector<std::size_t> sizes;
            for (;;) {
                auto page = tags ? m_lake->listTags(m_repo, request) : m_lake->listBranches(m_repo, request);
                LS_VERIFY_OK(page);
                sizes.push_back(page->results.size());
                for (const Ref &ref : page->results)
                    seen.push_back(ref.id);
                if (!page->hasMore)
                    break;
                request.after = page->nextOffset;
            }
            QCOMPARE(sizes, (std::vector<std::size_t>{1000, tags ? 1u : 2u}));
            QCOMPARE(std::set<std::string>(seen.begin(), seen.end()).size(), seen.size());
        }
        PageRequest prefixed;
        prefixed.prefix = "b1000";
        auto some = m_lake->listBranches(m_repo, prefixed);
        LS_VERIFY_OK(some);
        QCOMPARE(some->results.size(), std::size_t(10));
    }

    void branchRules()
    {
        LS_VERIFY_OK(m_lake->createBranch(m_repo, "dev", "main"));
        expectError(m_lake->createBranch(m_repo, "dev", "main").error(), 409, "branch already exists");
        expectError(m_lake->createBranch(m_repo, "x", "no-such-ref").error(), 404, "not found");
        expectError(m_lake->createBranch(m_repo, "bad name", "main").error(), 400, "");
        LS_VERIFY_OK(m_lake->createTag(m_repo, "release", "main"));
        expectError(m_lake->createBranch(m_repo, "release", "main").error(), 409, "not unique");
        expectError(m_lake->deleteBranch(m_repo, "main").error(), 403, "cannot delete repository default branch");
        LS_VERIFY_OK(m_lake->deleteBranch(m_repo, "dev"));
        expectError(m_lake->getBranch(m_repo, "dev").error(), 404, "branch not found");
        expectError(m_lake->deleteBranch(m_repo, "dev").error(), 404, "branch not found");
    }

    void tagsAreImmutableAndRefuseWrites()
    {
        LS_VERIFY_OK(put("main", "a.txt", "1"));
        auto first = commit("main", "one");
        LS_VERIFY_OK(first);
        auto tag = m_lake->createTag(m_repo, "v1", "main");
        LS_VERIFY_OK(tag);
        QCOMPARE(tag->commitId, first->id);
        LS_VERIFY_OK(put("main", "a.txt", "2"));
        LS_VERIFY_OK(commit("main", "two"));
        expectError(m_lake->createTag(m_repo, "v1", "main", true).error(), 409, "tag already exists");
        auto still = m_lake->getTag(m_repo, "v1");
        LS_VERIFY_OK(still);
        QCOMPARE(still->commitId, first->id);
        QCOMPARE(read("v1", "a.txt"), std::string("1"));
        expectError(m_lake->createTag(m_repo, "main", "main").error(), 409, "not unique");
        expectError(m_lake->createTag(m_repo, "bad..tag", "main").error(), 400, "");

        // Writes need a branch: a tag is no branch.
        expectError(put("v1", "b.txt", "x").error(), 404, "branch not found");
        expectError(commit("v1", "x").error(), 404, "branch not found");
        LS_VERIFY_OK(m_lake->createTag(m_repo, "v1.0", "main"));
        expectError(put("v1.0", "b.txt", "x").error(), 400, "");
        expectError(m_lake->deleteObject(m_repo, "v1", "a.txt").error(), 404, "branch not found");

        LS_VERIFY_OK(m_lake->deleteTag(m_repo, "v1"));
        expectError(m_lake->getTag(m_repo, "v1").error(), 404, "tag not found");
        LS_VERIFY_OK(m_lake->createTag(m_repo, "v1", "main"));
    }

    void protectedBranches()
    {
        LS_VERIFY_OK(put("main", "a.txt", "1"));
        LS_VERIFY_OK(commit("main", "one"));
        LS_VERIFY_OK(m_lake->createBranch(m_repo, "feature", "main"));
        LS_VERIFY_OK(m_lake->setBranchProtection(m_repo, {{"ma*"}}));
        auto rules = m_lake->branchProtection(m_repo);
        LS_VERIFY_OK(rules);
        QCOMPARE(rules->size(), std::size_t(1));
        QCOMPARE(rules->front().pattern, std::string("ma*"));

        expectError(put("main", "b.txt", "x").error(), 403, "cannot write to protected branch");
        expectError(m_lake->deleteObject(m_repo, "main", "a.txt").error(), 403, "cannot write to protected branch");
        expectError(m_lake->resetBranch(m_repo, "main", ResetType::Reset).error(), 403,
                    "cannot write to protected branch");
        ObjectCopy copy{"a.txt", "", "b.txt"};
        expectError(m_lake->copyObject(m_repo, "main", copy).error(), 403, "cannot write to protected branch");
        CommitCreation empty;
        empty.message = "x";
        empty.allowEmpty = true;
        expectError(m_lake->commit(m_repo, "main", empty).error(), 403, "cannot commit to protected branch");
        auto bulk = m_lake->deleteObjects(m_repo, "main", {"a.txt"});
        LS_VERIFY_OK(bulk);
        QCOMPARE(bulk->size(), std::size_t(1));
        QCOMPARE(bulk->front().statusCode, 403);

        // Merging into a protected branch is the intended workflow.
        LS_VERIFY_OK(put("feature", "b.txt", "from feature"));
        LS_VERIFY_OK(commit("feature", "feature work"));
        auto merged = m_lake->merge(m_repo, "feature", "main", {});
        LS_VERIFY_OK(merged);
        QVERIFY(!merged->conflicted());
        QCOMPARE(read("main", "b.txt"), std::string("from feature"));

        LS_VERIFY_OK(m_lake->setBranchProtection(m_repo, {}));
        LS_VERIFY_OK(put("main", "c.txt", "now allowed"));
    }

    void readOnlyRepository()
    {
        RepositoryCreation creation{"frozen", "local://frozen"};
        creation.readOnly = true;
        LS_VERIFY_OK(m_lake->createRepository(creation));
        UploadRequest request;
        request.path = "a.txt";
        StringSource source("x");
        expectError(m_lake->uploadObject("frozen", "main", request, source).error(), 403, "read-only repository");
        expectError(m_lake->createBranch("frozen", "dev", "main").error(), 403, "read-only repository");
        expectError(m_lake->createTag("frozen", "t", "main").error(), 403, "read-only repository");
        CommitCreation empty;
        empty.message = "x";
        empty.allowEmpty = true;
        expectError(m_lake->commit("frozen", "main", empty).error(), 403, "read-only repository");
        expectError(m_lake->deleteObject("frozen", "main", "a.txt").error(), 403, "read-only repository");
        expectError(m_lake->merge("frozen", "main", "main", {}).error(), 403, "read-only repository");

        request.force = true;
        StringSource forced("forced");
        LS_VERIFY_OK(m_lake->uploadObject("frozen", "main", request, forced));
        empty.force = true;
        LS_VERIFY_OK(m_lake->commit("frozen", "main", empty));
        LS_VERIFY_OK(m_lake->createBranch("frozen", "dev", "main", true));
        expectError(m_lake->deleteRepository("frozen").error(), 403, "read-only repository");
        LS_VERIFY_OK(m_lake->deleteRepository("frozen", true));
    }

    void resetUncommitted()
    {
        LS_VERIFY_OK(put("main", "keep/a", "a"));
        LS_VERIFY_OK(commit("main", "base"));
        LS_VERIFY_OK(put("main", "keep/a", "changed"));
        LS_VERIFY_OK(put("main", "dir/x", "x"));
        LS_VERIFY_OK(put("main", "dir/y", "y"));
        LS_VERIFY_OK(put("main", "other", "o"));
        LS_VERIFY_OK(m_lake->resetBranch(m_repo, "main", ResetType::Object, "keep/a"));
        QCOMPARE(read("main", "keep/a"), std::string("a"));
        LS_VERIFY_OK(m_lake->resetBranch(m_repo, "main", ResetType::CommonPrefix, "dir/"));
        QCOMPARE(uncommitted("main"), std::vector<std::string>{"added other"});
        LS_VERIFY_OK(m_lake->resetBranch(m_repo, "main", ResetType::Reset));
        QCOMPARE(uncommitted("main"), std::vector<std::string>{});
        QCOMPARE(paths("main"), std::vector<std::string>{"keep/a"});
    }
};

QTEST_GUILESS_MAIN(TstLocalLake)
#include "tst_locallake.moc"
