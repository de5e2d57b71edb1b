// SPDX-License-Identifier: Apache-2.0
#include "tests/lakefs/locallakefixture.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <map>
#include <memory>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LocalLakeFixture;
using lakescope::testing::TempDir;

// LocalLake's history: ref expressions, merge (no fast-forward, strategies,
// squash), revert, cherry-pick, the log and its filters, diffs between refs
// and imports from local folders.
class TstLocalLakeHistory final : public QObject, private LocalLakeFixture
{
    Q_OBJECT

public:
    TstLocalLakeHistory() : LocalLakeFixture("history") {}

private:
    std::string commitOn(const std::string &branch, const std::string &message, std::int64_t date = 0)
    {
        CommitCreation creation;
        creation.message = message;
        if (date)
            creation.date = date;
        auto made = m_lake->commit(m_repo, branch, creation);
        return made ? made->id : "<" + made.error().message + ">";
    }

    std::string head(const std::string &branch)
    {
        auto ref = m_lake->getBranch(m_repo, branch);
        return ref ? ref->commitId : std::string();
    }

    std::vector<std::string> logMessages(const std::string &ref, LogRequest request = {})
    {
        std::vector<std::string> messages;
        request.amount = 1000;
        auto page = m_lake->logCommits(m_repo, ref, request);
        if (page)
            for (const Commit &commit : page->results)
                messages.push_back(commit.message);
        return messages;
    }

    std::vector<std::string> diff(const std::string &left, const std::string &right, DiffKind kind,
                                  const std::string &delimiter = {})
    {
        DiffRequest request;
        request.kind = kind;
        request.delimiter = delimiter;
        auto page = m_lake->diffRefs(m_repo, left, right, request);
        std::vector<std::string> result;
        if (!page)
            return {"<" + page.error().message + ">"};
        for (const DiffEntry &entry : page->results)
            result.push_back(std::string(diffTypeName(entry.type)) + " " + entry.path);
        return result;
    }

    // main: base(a=1, b=1); feature from there.
    void baseAndFeature()
    {
        QVERIFY(put("main", "a", "1"));
        QVERIFY(put("main", "b", "1"));
        QCOMPARE(commitOn("main", "base").size(), std::size_t(64));
        QVERIFY(m_lake->createBranch(m_repo, "feature", "main"));
    }

private slots:
    void init() { LS_VERIFY_OK(openLake()); }
    void cleanup() { closeLake(); }

    void refExpressions()
    {
        baseAndFeature();
        QVERIFY(put("main", "a", "2"));
        const std::string second = commitOn("main", "second");
        QVERIFY(put("main", "a", "3"));
        const std::string third = commitOn("main", "third");
        QCOMPARE(read("main~1", "a"), std::string("2"));
        QCOMPARE(read("main~2", "a"), std::string("1"));
        QCOMPARE(read("main^", "a"), std::string("2"));
        QCOMPARE(read("main^1~1", "a"), std::string("1"));
        QCOMPARE(read(third.substr(0, 12), "a"), std::string("3"));
        QCOMPARE(read(second + "~1", "a"), std::string("1"));
        expectError(m_lake->getCommit(m_repo, "main~10").error(), 404, "not found");
        expectError(m_lake->getCommit(m_repo, "main^2").error(), 400, "");
        expectError(m_lake->getCommit(m_repo, "main@~1").error(), 400, "");
        auto viaTilde = m_lake->getCommit(m_repo, "main~1");
        LS_VERIFY_OK(viaTilde);
        QCOMPARE(viaTilde->id, second);

        // main@ is the last commit only; main (and main$) include staging.
        QVERIFY(put("main", "a", "staged"));
        QCOMPARE(read("main", "a"), std::string("staged"));
        QCOMPARE(read("main$", "a"), std::string("staged"));
        QCOMPARE(read("main@", "a"), std::string("3"));
        expectError(m_lake->getCommit(m_repo, "main$").error(), 400, "");

        // Seventeen commits share a first hex digit somewhere: that prefix is ambiguous.
        std::map<char, std::vector<std::string>> byFirstDigit;
        for (int i = 0; i < 17; ++i) {
            CommitCreation creation;
            creation.message = "empty " + std::to_string(i);
            creation.allowEmpty = true;
            auto made = m_lake->commit(m_repo, "feature", creation);
            LS_VERIFY_OK(made);
            byFirstDigit[made->id[0]].push_back(made->id);
        }
        for (const auto &[digit, ids] : byFirstDigit) {
            if (ids.size() > 1) {
                expectError(m_lake->getCommit(m_repo, std::string(1, digit)).error(), 404, "not found");
                break;
            }
        }
        // A merge commit's second parent.
        QVERIFY(m_lake->resetBranch(m_repo, "main", ResetType::Reset));
        // The feature commits changed nothing: only allow_empty merges them.
        expectError(m_lake->merge(m_repo, "feature", "main", {}).error(), 400, "no changes");
        MergeRequest allowEmpty;
        allowEmpty.allowEmpty = true;
        auto merged = m_lake->merge(m_repo, "feature", "main", allowEmpty);
        LS_VERIFY_OK(merged);
        auto secondParent = m_lake->getCommit(m_repo, "main^2");
        LS_VERIFY_OK(secondParent);
        QCOMPARE(secondParent->id, head("feature"));
        expectError(m_lake->getCommit(m_repo, "main^3").error(), 400, "");
    }

    void mergeAlwaysCreatesMergeCommit()
    {
        baseAndFeature();
        const std::string base = head("main");
        QVERIFY(put("feature", "c", "new"));
        const std::string featureHead = commitOn("feature", "feature work");
        auto merged = m_lake->merge(m_repo, "feature", "main", {});
        LS_VERIFY_OK(merged);
        QVERIFY(!merged->conflicted());
        auto mergeCommit = m_lake->getCommit(m_repo, merged->reference);
        LS_VERIFY_OK(mergeCommit);
        QCOMPARE(mergeCommit->parents, (std::vector<std::string>{base, featureHead}));
        QCOMPARE(mergeCommit->message, std::string("Merge 'feature' into 'main'"));
        QCOMPARE(mergeCommit->metadata.at(".lakefs.merge.strategy"), std::string("default"));
        auto featureCommit = m_lake->getCommit(m_repo, featureHead);
        LS_VERIFY_OK(featureCommit);
        QCOMPARE(mergeCommit->generation, featureCommit->generation + 1);
        QCOMPARE(mergeCommit->metaRangeId, featureCommit->metaRangeId);
        QCOMPARE(read("main", "c"), std::string("new"));

        expectError(m_lake->merge(m_repo, "feature", "main", {}).error(), 400, "no changes");
        expectError(m_lake->merge(m_repo, "main", "main", {}).error(), 400, "no changes");
        MergeRequest allowEmpty;
        allowEmpty.allowEmpty = true;
        LS_VERIFY_OK(m_lake->merge(m_repo, "feature", "main", allowEmpty));

        auto base2 = m_lake->findMergeBase(m_repo, "feature", "main");
        LS_VERIFY_OK(base2);
        QCOMPARE(base2->baseCommitId, featureHead);
        QCOMPARE(base2->sourceCommitId, featureHead);

        // A dirty destination is refused.
        QVERIFY(put("feature", "d", "d"));
        QCOMPARE(commitOn("feature", "more").size(), std::size_t(64));
        QVERIFY(put("main", "dirt", "x"));
        expectError(m_lake->merge(m_repo, "feature", "main", {}).error(), 400, "uncommitted changes (dirty branch)");
    }

    void conflictsWithEachStrategy()
    {
        baseAndFeature();
        QVERIFY(put("main", "a", "main side"));
        QVERIFY(m_lake->deleteObject(m_repo, "main", "b"));
        QVERIFY(put("main", "same", "equal"));
        const std::string mainHead = commitOn("main", "main work");
        QVERIFY(put("feature", "a", "feature side"));
        QVERIFY(put("feature", "b", "changed on feature"));
        QVERIFY(put("feature", "same", "equal"));
        QVERIFY(put("feature", "only-feature", "f"));
        QCOMPARE(commitOn("feature", "feature work").size(), std::size_t(64));

        QCOMPARE(diff("main", "feature", DiffKind::ThreeDot),
                 (std::vector<std::string>{"conflict a", "conflict b", "added only-feature"}));

        auto conflicted = m_lake->merge(m_repo, "feature", "main", {});
        LS_VERIFY_OK(conflicted);
        QVERIFY(conflicted->conflicted());
        QCOMPARE(conflicted->conflicts, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(head("main"), mainHead);

        QVERIFY(m_lake->createBranch(m_repo, "main-copy", "main"));
        MergeRequest destWins;
        destWins.strategy = MergeStrategy::DestWins;
        auto kept = m_lake->merge(m_repo, "feature", "main", destWins);
        LS_VERIFY_OK(kept);
        QVERIFY(!kept->conflicted());
        QCOMPARE(read("main", "a"), std::string("main side"));
        QCOMPARE(read("main", "b").front(), '<');
        QCOMPARE(read("main", "only-feature"), std::string("f"));
        auto keptCommit = m_lake->getCommit(m_repo, kept->reference);
        LS_VERIFY_OK(keptCommit);
        QCOMPARE(keptCommit->metadata.at(".lakefs.merge.strategy"), std::string("dest-wins"));

        MergeRequest sourceWins;
        sourceWins.strategy = MergeStrategy::SourceWins;
        sourceWins.message = "take theirs";
        auto taken = m_lake->merge(m_repo, "feature", "main-copy", sourceWins);
        LS_VERIFY_OK(taken);
        QCOMPARE(read("main-copy", "a"), std::string("feature side"));
        QCOMPARE(read("main-copy", "b"), std::string("changed on feature"));
        auto takenCommit = m_lake->getCommit(m_repo, taken->reference);
        LS_VERIFY_OK(takenCommit);
        QCOMPARE(takenCommit->message, std::string("take theirs"));
        QCOMPARE(takenCommit->metadata.at(".lakefs.merge.strategy"), std::string("source-wins"));
    }

    void squashMerge()
    {
        baseAndFeature();
        const std::string base = head("main");
        QVERIFY(put("feature", "x", "1"));
        QCOMPARE(commitOn("feature", "one").size(), std::size_t(64));
        QVERIFY(put("feature", "y", "2"));
        QCOMPARE(commitOn("feature", "two").size(), std::size_t(64));
        MergeRequest squash;
        squash.squash = true;
        auto merged = m_lake->merge(m_repo, "feature", "main", squash);
        LS_VERIFY_OK(merged);
        auto commit = m_lake->getCommit(m_repo, merged->reference);
        LS_VERIFY_OK(commit);
        QCOMPARE(commit->parents, std::vector<std::string>{base});
        QCOMPARE(read("main", "y"), std::string("2"));
    }

    void revert()
    {
        baseAndFeature();
        QVERIFY(put("main", "x", "added"));
        QVERIFY(put("main", "a", "changed"));
        const std::string undone = commitOn("main", "to undo");
        QVERIFY(put("main", "later", "l"));
        const std::string later = commitOn("main", "later");
        RevertRequest request;
        request.ref = undone;
        LS_VERIFY_OK(m_lake->revertBranch(m_repo, "main", request));
        auto reverted = m_lake->getCommit(m_repo, "main");
        LS_VERIFY_OK(reverted);
        QCOMPARE(reverted->message, "Revert " + undone);
        QCOMPARE(reverted->parents, std::vector<std::string>{later});
        QCOMPARE(read("main", "a"), std::string("1"));
        QCOMPARE(read("main", "x").front(), '<');
        QCOMPARE(read("main", "later"), std::string("l"));
        expectError(m_lake->revertBranch(m_repo, "main", request).error(), 400, "no changes");

        // A merge commit needs the parent to revert to.
        QVERIFY(put("feature", "f", "f"));
        QCOMPARE(commitOn("feature", "f").size(), std::size_t(64));
        auto merged = m_lake->merge(m_repo, "feature", "main", {});
        LS_VERIFY_OK(merged);
        RevertRequest mergeRevert;
        mergeRevert.ref = merged->reference;
        expectError(m_lake->revertBranch(m_repo, "main", mergeRevert).error(), 409, "parent number");
        mergeRevert.parentNumber = 1;
        mergeRevert.overrides.message = "undo the merge";
        LS_VERIFY_OK(m_lake->revertBranch(m_repo, "main", mergeRevert));
        QCOMPARE(read("main", "f").front(), '<');
        auto last = m_lake->getCommit(m_repo, "main");
        LS_VERIFY_OK(last);
        QCOMPARE(last->message, std::string("undo the merge"));
    }

    void cherryPick()
    {
        baseAndFeature();
        QVERIFY(put("feature", "picked", "p"));
        CommitCreation creation;
        creation.message = "pick me";
        creation.metadata = {{"k", "v"}};
        auto original = m_lake->commit(m_repo, "feature", creation);
        LS_VERIFY_OK(original);
        CherryPickRequest request;
        request.ref = "feature";
        auto picked = m_lake->cherryPick(m_repo, "main", request);
        LS_VERIFY_OK(picked);
        QCOMPARE(picked->message, std::string("pick me"));
        QCOMPARE(picked->metadata.at("k"), std::string("v"));
        QCOMPARE(picked->metadata.at("cherry-pick-origin"), original->id);
        QCOMPARE(picked->parents.size(), std::size_t(1));
        QCOMPARE(read("main", "picked"), std::string("p"));

        QVERIFY(put("feature", "a", "feature"));
        QCOMPARE(commitOn("feature", "a on feature").size(), std::size_t(64));
        QVERIFY(put("main", "a", "main"));
        QCOMPARE(commitOn("main", "a on main").size(), std::size_t(64));
        expectError(m_lake->cherryPick(m_repo, "main", request).error(), 409, "conflict");
    }

    void logOrderFiltersAndPaging()
    {
        // Dates order commits of equal generation: y1 and "x on feature" are both generation 4.
        const std::int64_t t = 1700000000;
        QVERIFY(put("main", "a", "1"));
        commitOn("main", "base", t);
        QVERIFY(put("main", "data/x", "1"));
        commitOn("main", "x1", t + 1);
        QVERIFY(m_lake->createBranch(m_repo, "feature", "main"));
        QVERIFY(put("main", "data/y", "1"));
        commitOn("main", "y1", t + 2);
        QVERIFY(put("feature", "data/x", "feature"));
        commitOn("feature", "x on feature", t + 3);
        QVERIFY(put("main", "other", "1"));
        commitOn("main", "other", t + 4);
        auto merged = m_lake->merge(m_repo, "feature", "main", {});
        LS_VERIFY_OK(merged);
        QVERIFY(!merged->conflicted());

        QCOMPARE(logMessages("main"),
                 (std::vector<std::string>{"Merge 'feature' into 'main'", "other", "x on feature", "y1", "x1", "base",
                                           "Repository created"}));
        LogRequest firstParent;
        firstParent.firstParent = true;
        QCOMPARE(logMessages("main", firstParent),
                 (std::vector<std::string>{"Merge 'feature' into 'main'", "other", "y1", "x1", "base",
                                           "Repository created"}));
        // Path filters skip merge commits.
        LogRequest objects;
        objects.objects = {"data/x"};
        QCOMPARE(logMessages("main", objects), (std::vector<std::string>{"x on feature", "x1"}));
        LogRequest prefixes;
        prefixes.prefixes = {"data/"};
        QCOMPARE(logMessages("main", prefixes), (std::vector<std::string>{"x on feature", "y1", "x1"}));
        LogRequest stop;
        stop.stopAt = "main~2";
        QCOMPARE(logMessages("main", stop),
                 (std::vector<std::string>{"Merge 'feature' into 'main'", "other", "x on feature", "y1"}));
        LogRequest since;
        since.since = t + 2;
        QCOMPARE(logMessages("main", since).size(), std::size_t(4)); // down to y1, dated t + 2

        // Blame: the newest commit that changed a path.
        LogRequest blame;
        blame.amount = 1;
        blame.objects = {"data/x"};
        blame.limit = true;
        auto page = m_lake->logCommits(m_repo, "main", blame);
        LS_VERIFY_OK(page);
        QCOMPARE(page->results.size(), std::size_t(1));
        QCOMPARE(page->results[0].message, std::string("x on feature"));
        QVERIFY(!page->hasMore);
        blame.limit = false;
        auto paged = m_lake->logCommits(m_repo, "main", blame);
        LS_VERIFY_OK(paged);
        QVERIFY(paged->hasMore);
        blame.after = paged->nextOffset;
        auto next = m_lake->logCommits(m_repo, "main", blame);
        LS_VERIFY_OK(next);
        QCOMPARE(next->results.size(), std::size_t(1));
        QCOMPARE(next->results[0].message, std::string("x1"));
    }

    void logPagingAcrossManyCommits()
    {
        for (int i = 0; i < 1002; ++i) {
            CommitCreation creation;
            creation.message = "c" + std::to_string(i);
            creation.allowEmpty = true;
            LS_VERIFY_OK(m_lake->commit(m_repo, "main", creation));
        }
        LogRequest request;
        request.amount = 1000;
        std::vector<std::string> messages;
        std::vector<std::size_t> sizes;
        for (;;) {
            auto page = m_lake->logCommits(m_repo, "main", request);
            LS_VERIFY_OK(page);
            sizes.push_back(page->results.size());
            for (const Commit &commit : page->results)
                messages.push_back(commit.message);
            if (!page->hasMore)
                break;
            QCOMPARE(page->nextOffset, page->results.back().id);
            request.after = page->nextOffset;
        }
        QCOMPARE(sizes, (std::vector<std::size_t>{1000, 3}));
        QCOMPARE(messages.front(), std::string("c1001"));
        QCOMPARE(messages[1000], std::string("c1"));
        QCOMPARE(messages.back(), std::string("Repository created"));
        LogRequest since;
        auto newest = m_lake->getCommit(m_repo, "main");
        LS_VERIFY_OK(newest);
        since.since = newest->creationDate + 1;
        auto none = m_lake->logCommits(m_repo, "main", since);
        LS_VERIFY_OK(none);
        QVERIFY(none->results.empty());
    }

    void diffsBetweenRefs()
    {
        baseAndFeature();
        QVERIFY(put("main", "a", "main"));
        commitOn("main", "main changes a");
        QVERIFY(put("feature", "dir/new", "n"));
        QVERIFY(m_lake->deleteObject(m_repo, "feature", "b"));
        commitOn("feature", "feature work");
        QCOMPARE(diff("main", "feature", DiffKind::TwoDot),
                 (std::vector<std::string>{"changed a", "removed b", "added dir/new"}));
        QCOMPARE(diff("main", "feature", DiffKind::ThreeDot), (std::vector<std::string>{"removed b", "added dir/new"}));
        QCOMPARE(diff("main", "feature", DiffKind::TwoDot, "/"),
                 (std::vector<std::string>{"changed a", "removed b", "prefix_changed dir/"}));
        QVERIFY(put("feature", "staged", "s"));
        QCOMPARE(diff("feature", "feature$", DiffKind::TwoDot), std::vector<std::string>{"added staged"});
        QCOMPARE(diff("feature", "feature", DiffKind::TwoDot), std::vector<std::string>{});
        QCOMPARE(diff("feature$", "main", DiffKind::TwoDot).front().front(), '<');
    }

    void importFromFolder()
    {
        TempDir source;
        QVERIFY(source.writeFile("set/one.csv", "1"));
        QVERIFY(source.writeFile("set/sub/two.csv", "22"));
        QVERIFY(source.writeFile("single.json", "{}"));
        QVERIFY(put("main", "imported/old.csv", "replaced"));
        QVERIFY(put("main", "keep.txt", "kept"));
        commitOn("main", "before import");

        ImportCreation creation;
        creation.paths = {{PathType::CommonPrefix, "file://" + source.filePath("set").string() + "/", "imported/"},
                          {PathType::Object, source.filePath("single.json").string(), "meta/single.json"}};
        creation.commit.message = "import";
        creation.commit.metadata = {{"source", "local"}};
        auto id = m_lake->startImport(m_repo, "main", creation);
        LS_VERIFY_OK(id);
        ImportStatus status;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            auto current = m_lake->importStatus(m_repo, "main", *id);
            status = current ? *current : ImportStatus{};
            return status.completed || !status.error.empty();
        }(), 20000);
        QCOMPARE(status.error, std::string());
        QCOMPARE(status.ingestedObjects, std::int64_t(3));
        QVERIFY(status.commit.has_value());
        QCOMPARE(status.commit->message, std::string("import"));
        QCOMPARE(head("main"), status.commit->id);
        ListObjectsRequest all;
        auto listed = m_lake->listObjects(m_repo, "main", all);
        LS_VERIFY_OK(listed);
        std::vector<std::string> paths;
        for (const ObjectStats &object : listed->results)
            paths.push_back(object.path);
        QCOMPARE(paths, (std::vector<std::string>{"imported/one.csv", "imported/sub/two.csv", "keep.txt",
                                                  "meta/single.json"}));
        QCOMPARE(read("main", "imported/sub/two.csv"), std::string("22"));
        expectError(m_lake->cancelImport(m_repo, "main", *id).error(), 409, "completed");

        QVERIFY(put("main", "dirty", "d"));
        expectError(m_lake->startImport(m_repo, "main", creation).error(), 400, "dirty");
        ImportCreation remote;
        remote.paths = {{PathType::CommonPrefix, "s3://bucket/prefix/", "x/"}};
        expectError(m_lake->startImport(m_repo, "feature-less", remote).error(), 400, "");
    }

    void cancelImport()
    {
        TempDir source;
        for (int i = 0; i < 3000; ++i)
            QVERIFY(source.writeFile("many/f" + std::to_string(i), std::to_string(i)));
        ImportCreation creation;
        creation.paths = {{PathType::CommonPrefix, source.filePath("many").string() + "/", "many/"}};
        creation.commit.message = "never lands";
        const std::string before = head("main");
        auto id = m_lake->startImport(m_repo, "main", creation);
        LS_VERIFY_OK(id);
        LS_VERIFY_OK(m_lake->cancelImport(m_repo, "main", *id));
        auto status = m_lake->importStatus(m_repo, "main", *id);
        LS_VERIFY_OK(status);
        QCOMPARE(status->error, std::string("Canceled"));
        QVERIFY(!status->completed);
        // Closing the lake waits for the import thread, which must not commit.
        m_lake.reset();
        auto reopened = LocalLake::open(root());
        LS_VERIFY_OK(reopened);
        m_lake = *reopened;
        QCOMPARE(head("main"), before);
    }
};

QTEST_GUILESS_MAIN(TstLocalLakeHistory)
#include "tst_locallake_history.moc"
