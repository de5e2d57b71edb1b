// SPDX-License-Identifier: Apache-2.0
// LakeFsClient's merges against `lakescope-cli serve lakefs`: clean merges,
// conflicts listed from lakeFS's bare 409, each strategy, merge bases,
// revert and cherry-pick.
#include "tests/lakefs/lakefsclientfixture.h"
#include "tests/support/testassert.h"

#include <QTest>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LakeFsClientFixture;

class TstLakeFsClientMerge final : public QObject, private LakeFsClientFixture
{
    Q_OBJECT

public:
    TstLakeFsClientMerge() : LakeFsClientFixture("merge") {}

private:
    // main and feature changed `paths` differently since they forked; feature
    // also added only-feature.txt.
    void prepareConflict(const std::string &repo, const std::vector<std::string> &paths)
    {
        for (const auto &path : paths)
            QVERIFY(upload(repo, "main", path, "base").ok());
        LS_VERIFY_OK(commitAll(repo, "main", "base"));
        LS_VERIFY_OK(client().createBranch(repo, "feature", "main"));
        for (const auto &path : paths)
            LS_VERIFY_OK(upload(repo, "feature", path, "feature version"));
        LS_VERIFY_OK(upload(repo, "feature", "only-feature.txt", "new"));
        LS_VERIFY_OK(commitAll(repo, "feature", "feature changes"));
        for (const auto &path : paths)
            LS_VERIFY_OK(upload(repo, "main", path, "main version"));
        LS_VERIFY_OK(commitAll(repo, "main", "main changes"));
    }

private slots:
    void initTestCase()
    {
        const std::string failure = start();
        QVERIFY2(failure.empty(), failure.c_str());
        QCOMPARE(client().displayName(), "lakefs: " + peer().endpoint().toStdString());
    }

    void mergeWithoutConflicts()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(client().createBranch(repo, "dev", "main"));
        LS_VERIFY_OK(upload(repo, "dev", "new.txt", "from dev"));
        auto devCommit = commitAll(repo, "dev", "dev work");
        LS_VERIFY_OK(devCommit);
        auto base = client().findMergeBase(repo, "dev", "main");
        LS_VERIFY_OK(base);
        QCOMPARE(base->sourceCommitId, devCommit->id);
        QCOMPARE(base->baseCommitId, base->destinationCommitId);

        MergeRequest request;
        request.message = "bring dev in";
        request.metadata = {{"reviewer", "bo"}};
        auto merged = client().merge(repo, "dev", "main", request);
        LS_VERIFY_OK(merged);
        QVERIFY(!merged->conflicted());
        QCOMPARE(merged->reference.size(), std::size_t{64});
        auto mergeCommit = client().getCommit(repo, "main");
        LS_VERIFY_OK(mergeCommit);
        QCOMPARE(mergeCommit->id, merged->reference);
        QCOMPARE(mergeCommit->parents.size(), std::size_t{2});
        QCOMPARE(mergeCommit->message, std::string("bring dev in"));
        QCOMPARE(read(repo, "main", "new.txt"), std::string("from dev"));

        auto again = client().merge(repo, "dev", "main", {});
        LS_VERIFY_ERROR(again, ErrorCode::InvalidInput);
        QCOMPARE(again.error().httpStatus, 400);
    }

    void mergeConflictsAreListed()
    {
        const std::string repo = newRepository();
        prepareConflict(repo, {"data/a.csv", "data/b.csv", "z.json"});
        auto before = client().getBranch(repo, "main");
        auto merged = client().merge(repo, "feature", "main", {});
        LS_VERIFY_OK(merged);
        QVERIFY(merged->conflicted());
        QVERIFY(merged->reference.empty());
        QCOMPARE(merged->conflicts, (std::vector<std::string>{"data/a.csv", "data/b.csv", "z.json"}));
        // Nothing changed on the destination.
        QCOMPARE(client().getBranch(repo, "main")->commitId, before->commitId);
        QCOMPARE(read(repo, "main", "data/a.csv"), std::string("main version"));
    }

    void mergeStrategies_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dest-wins") << int(MergeStrategy::DestWins) << QStringLiteral("main version");
        QTest::newRow("source-wins") << int(MergeStrategy::SourceWins) << QStringLiteral("feature version");
    }

    void mergeStrategies()
    {
        QFETCH(int, strategy);
        QFETCH(QString, expected);
        const std::string repo = newRepository();
        prepareConflict(repo, {"data/a.csv"});
        MergeRequest request;
        request.strategy = static_cast<MergeStrategy>(strategy);
        auto merged = client().merge(repo, "feature", "main", request);
        LS_VERIFY_OK(merged);
        QVERIFY(!merged->conflicted());
        QCOMPARE(read(repo, "main", "data/a.csv"), expected.toStdString());
        QCOMPARE(read(repo, "main", "only-feature.txt"), std::string("new"));
        auto commit = client().getCommit(repo, merged->reference);
        LS_VERIFY_OK(commit);
        QCOMPARE(commit->metadata.at(".lakefs.merge.strategy"),
                 std::string(mergeStrategyName(static_cast<MergeStrategy>(strategy))));
    }

    void revertAndCherryPick()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", "a.txt", "a"));
        LS_VERIFY_OK(commitAll(repo, "main", "add a"));
        LS_VERIFY_OK(upload(repo, "main", "b.txt", "b"));
        auto addB = commitAll(repo, "main", "add b");
        LS_VERIFY_OK(addB);

        RevertRequest revert;
        revert.ref = addB->id;
        LS_VERIFY_OK(client().revertBranch(repo, "main", revert));
        LS_VERIFY_ERROR(client().statObject(repo, "main", "b.txt"), ErrorCode::NotFound);
        QCOMPARE(read(repo, "main", "a.txt"), std::string("a"));
        auto head = client().getCommit(repo, "main");
        LS_VERIFY_OK(head);
        QCOMPARE(head->parents, std::vector<std::string>{addB->id});

        LS_VERIFY_OK(client().createBranch(repo, "side", "main"));
        LS_VERIFY_OK(upload(repo, "side", "c.txt", "c"));
        auto addC = commitAll(repo, "side", "add c");
        LS_VERIFY_OK(addC);
        CherryPickRequest pick;
        pick.ref = addC->id;
        auto picked = client().cherryPick(repo, "main", pick);
        LS_VERIFY_OK(picked);
        QCOMPARE(picked->message, std::string("add c"));
        QVERIFY(picked->id != addC->id);
        QCOMPARE(read(repo, "main", "c.txt"), std::string("c"));

        // Uncommitted changes block both.
        LS_VERIFY_OK(upload(repo, "main", "dirty.txt", "x"));
        auto dirty = client().revertBranch(repo, "main", revert);
        QVERIFY(!dirty.ok());
        QCOMPARE(dirty.error().httpStatus, 400);
    }

    void cleanupTestCase() { stop(); }
};

QTEST_GUILESS_MAIN(TstLakeFsClientMerge)
#include "tst_lakefsclientmerge.moc"
