// SPDX-License-Identifier: Apache-2.0
// LakeFsClient against `lakescope-cli serve lakefs`: repositories, branches,
// tags, commits and log, diff, reset, ref expressions, protected branches,
// read-only repositories and import, all over real HTTP (merges are in
// tst_lakefsclientmerge).
#include "tests/lakefs/lakefsclientfixture.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <algorithm>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LakeFsClientFixture;

class TstLakeFsClient final : public QObject, private LakeFsClientFixture
{
    Q_OBJECT

public:
    TstLakeFsClient() : LakeFsClientFixture("repo") {}

private slots:
    void initTestCase()
    {
        const std::string failure = start();
        QVERIFY2(failure.empty(), failure.c_str());
        QCOMPARE(client().displayName(), "lakefs: " + peer().endpoint().toStdString());
    }

    void repositories()
    {
        const std::string repo = newRepository();
        auto got = client().getRepository(repo);
        LS_VERIFY_OK(got);
        QCOMPARE(got->id, repo);
        QCOMPARE(got->defaultBranch, std::string("main"));
        QCOMPARE(got->storageNamespace, "local://" + repo);
        QVERIFY(got->creationDate > 0);

        RepositoryCreation again;
        again.name = repo;
        again.storageNamespace = "local://elsewhere";
        auto duplicate = client().createRepository(again);
        LS_VERIFY_ERROR(duplicate, ErrorCode::AlreadyExists);
        QCOMPARE(duplicate.error().httpStatus, 409);

        const std::string other = newRepository();
        PageRequest paging;
        paging.amount = 1;
        paging.prefix = "repo-";
        std::vector<std::string> seen;
        for (int pages = 0; pages < 100; ++pages) {
            auto page = client().listRepositories(paging);
            LS_VERIFY_OK(page);
            QVERIFY(page->results.size() <= 1);
            for (const auto &repository : page->results)
                seen.push_back(repository.id);
            if (!page->hasMore)
                break;
            paging.after = page->nextOffset;
        }
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(std::find(seen.begin(), seen.end(), repo) != seen.end());
        QVERIFY(std::find(seen.begin(), seen.end(), other) != seen.end());

        LS_VERIFY_OK(client().deleteRepository(other));
        auto gone = client().getRepository(other);
        LS_VERIFY_ERROR(gone, ErrorCode::NotFound);
        QCOMPARE(gone.error().httpStatus, 404);
        QVERIFY2(gone.error().message.find("repository '" + other + "'") != std::string::npos,
                 gone.error().message.c_str());
    }

    void branches()
    {
        const std::string repo = newRepository();
        auto commitId = client().createBranch(repo, "dev", "main");
        LS_VERIFY_OK(commitId);
        // The plain-text body of the answer, a whole commit id.
        QCOMPARE(commitId->size(), std::size_t{64});
        auto dev = client().getBranch(repo, "dev");
        LS_VERIFY_OK(dev);
        QCOMPARE(dev->commitId, *commitId);
        QCOMPARE(client().getBranch(repo, "main")->commitId, *commitId);

        auto duplicate = client().createBranch(repo, "dev", "main");
        LS_VERIFY_ERROR(duplicate, ErrorCode::AlreadyExists);
        auto noSource = client().createBranch(repo, "orphan", "no-such-ref");
        LS_VERIFY_ERROR(noSource, ErrorCode::NotFound);
        QVERIFY2(noSource.error().message.find("no-such-ref") != std::string::npos, noSource.error().message.c_str());

        auto list = client().listBranches(repo, {});
        LS_VERIFY_OK(list);
        QCOMPARE(list->results.size(), std::size_t{2});
        QCOMPARE(list->results[0].id, std::string("dev"));
        QCOMPARE(list->results[1].id, std::string("main"));

        auto missing = client().getBranch(repo, "nope");
        LS_VERIFY_ERROR(missing, ErrorCode::NotFound);
        QVERIFY2(missing.error().message.find("branch 'nope'") != std::string::npos, missing.error().message.c_str());

        auto defaultBranch = client().deleteBranch(repo, "main");
        LS_VERIFY_ERROR(defaultBranch, ErrorCode::PermissionDenied);
        QCOMPARE(defaultBranch.error().httpStatus, 403);
        LS_VERIFY_OK(client().deleteBranch(repo, "dev"));
        LS_VERIFY_ERROR(client().getBranch(repo, "dev"), ErrorCode::NotFound);
    }

    void tagsAreImmutable()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", "a.txt", "one"));
        auto first = commitAll(repo, "main", "first");
        LS_VERIFY_OK(first);
        auto tag = client().createTag(repo, "v1.0", "main");
        LS_VERIFY_OK(tag);
        QCOMPARE(tag->id, std::string("v1.0"));
        QCOMPARE(tag->commitId, first->id);
        QCOMPARE(client().getTag(repo, "v1.0")->commitId, first->id);

        LS_VERIFY_OK(upload(repo, "main", "a.txt", "two"));
        LS_VERIFY_OK(commitAll(repo, "main", "second"));
        auto moved = client().createTag(repo, "v1.0", "main", true);
        LS_VERIFY_ERROR(moved, ErrorCode::AlreadyExists);
        QCOMPARE(moved.error().httpStatus, 409);
        QCOMPARE(read(repo, "v1.0", "a.txt"), std::string("one"));
        QCOMPARE(read(repo, "main", "a.txt"), std::string("two"));

        auto list = client().listTags(repo, {});
        LS_VERIFY_OK(list);
        QCOMPARE(list->results.size(), std::size_t{1});
        LS_VERIFY_OK(client().deleteTag(repo, "v1.0"));
        auto gone = client().getTag(repo, "v1.0");
        LS_VERIFY_ERROR(gone, ErrorCode::NotFound);
        QVERIFY2(gone.error().message.find("v1.0") != std::string::npos, gone.error().message.c_str());
    }

    void commitsAndLog()
    {
        const std::string repo = newRepository();
        auto empty = commitAll(repo, "main", "nothing");
        LS_VERIFY_ERROR(empty, ErrorCode::InvalidInput);
        QCOMPARE(empty.error().httpStatus, 400);
        QVERIFY2(empty.error().message.find("no changes") != std::string::npos, empty.error().message.c_str());

        CommitCreation allowed;
        allowed.message = "empty on purpose";
        allowed.allowEmpty = true;
        LS_VERIFY_OK(client().commit(repo, "main", allowed));

        std::vector<std::string> ids;
        for (int i = 0; i < 5; ++i) {
            LS_VERIFY_OK(upload(repo, "main", i % 2 ? "odd.txt" : "even.txt", std::to_string(i)));
            CommitCreation creation;
            creation.message = "commit " + std::to_string(i);
            creation.metadata = {{"index", std::to_string(i)}, {"owner", "ana"}};
            auto made = client().commit(repo, "main", creation);
            LS_VERIFY_OK(made);
            QCOMPARE(made->message, creation.message);
            QVERIFY(made->metadata == creation.metadata);
            QCOMPARE(made->parents.size(), std::size_t{1});
            ids.push_back(made->id);
        }
        auto got = client().getCommit(repo, ids[2]);
        LS_VERIFY_OK(got);
        QCOMPARE(got->message, std::string("commit 2"));
        QCOMPARE(got->metadata.at("index"), std::string("2"));

        // Newest first, two at a time, resuming after the last one seen.
        std::vector<std::string> logged;
        LogRequest request;
        request.amount = 2;
        for (int pages = 0; pages < 10; ++pages) {
            auto page = client().logCommits(repo, "main", request);
            LS_VERIFY_OK(page);
            QVERIFY(page->results.size() <= 2);
            for (const auto &commit : page->results)
                logged.push_back(commit.id);
            if (!page->hasMore)
                break;
            request.after = page->nextOffset;
        }
        // 5 commits, the empty one and the repository's first commit.
        QCOMPARE(logged.size(), std::size_t{7});
        QCOMPARE(std::vector<std::string>(logged.begin(), logged.begin() + 5),
                 (std::vector<std::string>{ids[4], ids[3], ids[2], ids[1], ids[0]}));

        // Blame: the commits that touched one path.
        LogRequest blame;
        blame.objects = {"odd.txt"};
        auto history = client().logCommits(repo, "main", blame);
        LS_VERIFY_OK(history);
        std::vector<std::string> touched;
        for (const auto &commit : history->results)
            touched.push_back(commit.id);
        QCOMPARE(touched, (std::vector<std::string>{ids[3], ids[1]}));
        blame.amount = 1;
        blame.limit = true;
        auto last = client().logCommits(repo, "main", blame);
        LS_VERIFY_OK(last);
        QCOMPARE(last->results.size(), std::size_t{1});
        QCOMPARE(last->results.front().id, ids[3]);

        LogRequest stop;
        stop.stopAt = ids[2];
        auto stopped = client().logCommits(repo, "main", stop);
        LS_VERIFY_OK(stopped);
        QVERIFY(!stopped->results.empty());
        QCOMPARE(stopped->results.front().id, ids[4]);
        QVERIFY(stopped->results.size() <= 3);
    }

    void refExpressions()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", "file.txt", "first"));
        auto first = commitAll(repo, "main", "first");
        LS_VERIFY_OK(first);
        LS_VERIFY_OK(upload(repo, "main", "file.txt", "second"));
        auto second = commitAll(repo, "main", "second");
        LS_VERIFY_OK(second);
        LS_VERIFY_OK(upload(repo, "main", "file.txt", "staged"));

        QCOMPARE(client().getCommit(repo, "main~1")->id, first->id);
        QCOMPARE(client().getCommit(repo, "main^1")->id, first->id);
        QCOMPARE(client().getCommit(repo, "main~2")->parents.size(), std::size_t{0});
        QCOMPARE(client().getCommit(repo, second->id.substr(0, 12))->id, second->id);
        QCOMPARE(client().getCommit(repo, "main@")->id, second->id);

        QCOMPARE(read(repo, "main", "file.txt"), std::string("staged"));
        QCOMPARE(read(repo, "main@", "file.txt"), std::string("second"));
        QCOMPARE(read(repo, "main~1", "file.txt"), std::string("first"));
        QCOMPARE(read(repo, first->id, "file.txt"), std::string("first"));

        LS_VERIFY_ERROR(client().getCommit(repo, "main~9"), ErrorCode::NotFound);
        auto badParent = client().getCommit(repo, "main^5");
        QVERIFY(!badParent.ok());
        QVERIFY(badParent.error().httpStatus == 400 || badParent.error().httpStatus == 404);
    }

    void diffs()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", "keep.txt", "keep"));
        LS_VERIFY_OK(upload(repo, "main", "change.txt", "before"));
        LS_VERIFY_OK(upload(repo, "main", "drop.txt", "drop"));
        LS_VERIFY_OK(commitAll(repo, "main", "base"));
        LS_VERIFY_OK(client().createBranch(repo, "dev", "main"));
        LS_VERIFY_OK(upload(repo, "dev", "change.txt", "after!"));
        LS_VERIFY_OK(upload(repo, "dev", "dir/new.txt", "new"));
        LS_VERIFY_OK(client().deleteObject(repo, "dev", "drop.txt"));

        auto uncommitted = client().diffBranch(repo, "dev", {});
        LS_VERIFY_OK(uncommitted);
        QCOMPARE(uncommitted->results.size(), std::size_t{3});
        QCOMPARE(uncommitted->results[0].path, std::string("change.txt"));
        QCOMPARE(uncommitted->results[0].type, DiffType::Changed);
        QCOMPARE(uncommitted->results[1].path, std::string("dir/new.txt"));
        QCOMPARE(uncommitted->results[1].type, DiffType::Added);
        QCOMPARE(uncommitted->results[2].path, std::string("drop.txt"));
        QCOMPARE(uncommitted->results[2].type, DiffType::Removed);

        LS_VERIFY_OK(commitAll(repo, "dev", "changes"));
        DiffRequest twoDot;
        twoDot.kind = DiffKind::TwoDot;
        auto refs = client().diffRefs(repo, "main", "dev", twoDot);
        LS_VERIFY_OK(refs);
        QCOMPARE(refs->results.size(), std::size_t{3});
        QCOMPARE(refs->results[1].sizeBytes.value_or(0), std::uint64_t{3});

        DiffRequest folded;
        folded.delimiter = "/";
        auto prefixes = client().diffRefs(repo, "main", "dev", folded);
        LS_VERIFY_OK(prefixes);
        QCOMPARE(prefixes->results.size(), std::size_t{3});
        QCOMPARE(prefixes->results[1].path, std::string("dir/"));
        QCOMPARE(prefixes->results[1].pathType, PathType::CommonPrefix);
        QCOMPARE(prefixes->results[1].type, DiffType::PrefixChanged);

        DiffRequest onlyDir;
        onlyDir.prefix = "dir/";
        auto inDir = client().diffRefs(repo, "main", "dev", onlyDir);
        LS_VERIFY_OK(inDir);
        QCOMPARE(inDir->results.size(), std::size_t{1});

        // Three-dot: what merging dev into main would bring, nothing back.
        LS_VERIFY_OK(upload(repo, "main", "main-only.txt", "x"));
        LS_VERIFY_OK(commitAll(repo, "main", "main moves on"));
        auto threeDot = client().diffRefs(repo, "main", "dev", {});
        LS_VERIFY_OK(threeDot);
        QCOMPARE(threeDot->results.size(), std::size_t{3});
        auto backwards = client().diffRefs(repo, "dev", "main", {});
        LS_VERIFY_OK(backwards);
        QCOMPARE(backwards->results.size(), std::size_t{1});
        QCOMPARE(backwards->results[0].path, std::string("main-only.txt"));
    }

    void resetUncommittedChanges()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", "kept.txt", "committed"));
        LS_VERIFY_OK(commitAll(repo, "main", "base"));
        LS_VERIFY_OK(upload(repo, "main", "kept.txt", "changed"));
        LS_VERIFY_OK(upload(repo, "main", "dir/a", "a"));
        LS_VERIFY_OK(upload(repo, "main", "dir/b", "b"));
        LS_VERIFY_OK(upload(repo, "main", "other", "o"));

        LS_VERIFY_OK(client().resetBranch(repo, "main", ResetType::Object, "kept.txt"));
        QCOMPARE(read(repo, "main", "kept.txt"), std::string("committed"));
        LS_VERIFY_OK(client().resetBranch(repo, "main", ResetType::CommonPrefix, "dir/"));
        LS_VERIFY_ERROR(client().statObject(repo, "main", "dir/a"), ErrorCode::NotFound);
        QCOMPARE(client().diffBranch(repo, "main", {})->results.size(), std::size_t{1});
        LS_VERIFY_OK(client().resetBranch(repo, "main", ResetType::Reset));
        QVERIFY(client().diffBranch(repo, "main", {})->results.empty());
    }

    void deletingCommittedAndUncommittedObjects()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", "committed.txt", "c"));
        LS_VERIFY_OK(commitAll(repo, "main", "base"));
        LS_VERIFY_OK(upload(repo, "main", "staged.txt", "s"));

        LS_VERIFY_OK(client().deleteObject(repo, "main", "staged.txt"));
        QVERIFY(client().diffBranch(repo, "main", {})->results.empty());
        LS_VERIFY_OK(client().deleteObject(repo, "main", "committed.txt"));
        auto diff = client().diffBranch(repo, "main", {});
        LS_VERIFY_OK(diff);
        QCOMPARE(diff->results.size(), std::size_t{1});
        QCOMPARE(diff->results[0].path, std::string("committed.txt"));
        QCOMPARE(diff->results[0].type, DiffType::Removed);
        // Deleting what is not there is not an error, as in lakeFS.
        LS_VERIFY_OK(client().deleteObject(repo, "main", "never-existed.txt"));
        QCOMPARE(read(repo, "main@", "committed.txt"), std::string("c"));
    }

    void protectedBranches()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(client().createBranch(repo, "dev", "main"));
        LS_VERIFY_OK(client().setBranchProtection(repo, {{"ma*"}}));
        auto rules = client().branchProtection(repo);
        LS_VERIFY_OK(rules);
        QCOMPARE(rules->size(), std::size_t{1});
        QCOMPARE(rules->front().pattern, std::string("ma*"));

        auto refused = upload(repo, "main", "x.txt", "x");
        LS_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().httpStatus, 403);
        QVERIFY2(refused.error().message.find("protected") != std::string::npos, refused.error().message.c_str());
        LS_VERIFY_ERROR(client().deleteObject(repo, "main", "x.txt"), ErrorCode::PermissionDenied);
        CommitCreation empty;
        empty.message = "forced";
        empty.allowEmpty = true;
        LS_VERIFY_ERROR(client().commit(repo, "main", empty), ErrorCode::PermissionDenied);

        // Merging into a protected branch is the intended way in.
        LS_VERIFY_OK(upload(repo, "dev", "x.txt", "x"));
        LS_VERIFY_OK(commitAll(repo, "dev", "x"));
        LS_VERIFY_OK(client().merge(repo, "dev", "main", {}));
        QCOMPARE(read(repo, "main", "x.txt"), std::string("x"));

        LS_VERIFY_OK(client().setBranchProtection(repo, {}));
        LS_VERIFY_OK(upload(repo, "main", "y.txt", "y"));
    }

    void readOnlyRepositories()
    {
        const std::string repo = newRepository(true);
        QVERIFY(client().getRepository(repo)->readOnly);
        auto refused = upload(repo, "main", "x.txt", "x");
        LS_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().httpStatus, 403);
        QVERIFY2(refused.error().message.find("read-only") != std::string::npos, refused.error().message.c_str());
        LS_VERIFY_ERROR(client().createBranch(repo, "dev", "main"), ErrorCode::PermissionDenied);

        UploadRequest forced;
        forced.path = "x.txt";
        forced.force = true;
        StringSource bytes("x");
        LS_VERIFY_OK(client().uploadObject(repo, "main", forced, bytes));
        QCOMPARE(read(repo, "main", "x.txt"), std::string("x"));
    }

    void importFromAFolder()
    {
        const std::string repo = newRepository();
        testing::TempDir source;
        QVERIFY(source.writeFile("data/2024/a.csv", "a,b\n1,2\n"));
        QVERIFY(source.writeFile("data/2024/b.csv", "c\n"));
        ImportCreation creation;
        creation.paths = {{PathType::CommonPrefix, "local://" + source.filePath("data").string() + "/", "imported/"}};
        creation.commit.message = "import 2024";
        creation.commit.metadata = {{"source", "folder"}};
        auto id = client().startImport(repo, "main", creation);
        LS_VERIFY_OK(id);
        QVERIFY(!id->empty());
        Result<ImportStatus> status = Error::fatal("not asked yet");
        QTRY_VERIFY_WITH_TIMEOUT((status = client().importStatus(repo, "main", *id)).ok() && status->completed, 60000);
        QVERIFY2(status->error.empty(), status->error.c_str());
        QCOMPARE(status->ingestedObjects, std::int64_t{2});
        QVERIFY(status->commit.has_value());
        QCOMPARE(status->commit->message, std::string("import 2024"));
        QCOMPARE(client().getCommit(repo, "main")->id, status->commit->id);
        QCOMPARE(read(repo, "main", "imported/2024/a.csv"), std::string("a,b\n1,2\n"));

        // A finished import cannot be cancelled; an unknown one is not there.
        auto late = client().cancelImport(repo, "main", *id);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().httpStatus, 409);
        LS_VERIFY_ERROR(client().importStatus(repo, "main", "no-such-import"), ErrorCode::NotFound);
    }

    void cleanupTestCase() { stop(); }
};

QTEST_GUILESS_MAIN(TstLakeFsClient)
#include "tst_lakefsclient.moc"
