// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/listingpage.h"
#include "core/lakefs/tree/treediff.h"
#include "core/lakefs/tree/treemerge.h"
#include "tests/lakefs/treetestsupport.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <random>

using namespace lakescope::lakefs;
using namespace lakescope::lakefs::treetest;

// The paging and naming suites live in their own files; one executable runs them all.
int runListingPageTests(int argc, char **argv);
int runRefNameTests(int argc, char **argv);

namespace {

MergeStrategy strategyNamed(const QString &name)
{
    return parseMergeStrategy(name.toStdString()).value_or(MergeStrategy::Default);
}

// An independent model of the rules over std::map, for trees too big or too
// random to spell out: path -> content, absent = no entry.
using Model = std::map<std::string, std::string>;

Model modelOf(const EntryList &entries)
{
    Model model;
    for (const LakeEntry &e : entries)
        model[e.path] = e.checksum;
    return model;
}

std::optional<std::string> stateIn(const Model &model, const std::string &path)
{
    const auto it = model.find(path);
    return it == model.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::vector<std::string> unionOfPaths(std::initializer_list<const Model *> models)
{
    std::map<std::string, int> all;
    for (const Model *model : models)
        for (const auto &[path, content] : *model)
            all[path] = 0;
    std::vector<std::string> paths;
    for (const auto &[path, unused] : all)
        paths.push_back(path);
    return paths;
}

std::vector<DiffEntry> modelThreeDot(const Model &base, const Model &left, const Model &right)
{
    std::vector<DiffEntry> diff;
    for (const std::string &path : unionOfPaths({ &base, &left, &right })) {
        const auto b = stateIn(base, path), l = stateIn(left, path), r = stateIn(right, path);
        if (r == b || l == r)
            continue;
        DiffEntry d;
        d.path = path;
        if (l != b) {
            d.type = DiffType::Conflict;
            d.sizeBytes = r ? r->size() : l->size();
        } else {
            d.type = !r ? DiffType::Removed : (!b ? DiffType::Added : DiffType::Changed);
            d.sizeBytes = r ? r->size() : b->size();
        }
        diff.push_back(d);
    }
    return diff;
}

TreeMerge modelMerge(const Model &base, const Model &source, const Model &dest, MergeStrategy strategy)
{
    TreeMerge result;
    for (const std::string &path : unionOfPaths({ &base, &source, &dest })) {
        const auto b = stateIn(base, path), s = stateIn(source, path), d = stateIn(dest, path);
        std::optional<std::string> chosen = d;
        if (s == b || s == d)
            chosen = d;
        else if (d == b)
            chosen = s;
        else if (strategy == MergeStrategy::SourceWins)
            chosen = s;
        else if (strategy == MergeStrategy::Default)
            result.conflicts.push_back(path);
        if (chosen != d)
            result.changed = true;
        if (chosen)
            result.merged.push_back(entry(path, *chosen));
    }
    if (!result.conflicts.empty()) {
        result.merged.clear();
        result.changed = false;
    }
    return result;
}

} // namespace

class TestTreeDiff : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void findEntryLooksUp();
    void applyStagingOverlays();
    void diffTwoDot_data();
    void diffTwoDot();
    void diffThreeDot_data();
    void diffThreeDot();
    void diffStaging_data();
    void diffStaging();
    void mergeTrees_data();
    void mergeTrees();
    void mergeKeepsDestinationEntries();
    void revertAndCherryPickShapes();
    void randomTreesMatchModel();
    void hundredThousandEntries();
};

void TestTreeDiff::identity()
{
    const LakeEntry base = entry("a", "xyz");
    LakeEntry other = base;
    other.address = "elsewhere";
    other.mtime = 1;
    QVERIFY(sameIdentity(base, other));

    other = base;
    other.metadata["k"] = "v";
    QVERIFY(!sameIdentity(base, other));
    other = base;
    other.contentType = "text/plain";
    QVERIFY(!sameIdentity(base, other));
    other = base;
    other.size = 4;
    QVERIFY(!sameIdentity(base, other));
    other = base;
    other.checksum = "abc";
    QVERIFY(!sameIdentity(base, other));

    // A metadata-only change is a change for the diff, an address change is not.
    LakeEntry moved = base;
    moved.address = "other-blob";
    QCOMPARE(describe(lakescope::lakefs::diffTwoDot({ base }, { moved })), QString());
    LakeEntry tagged = base;
    tagged.metadata["owner"] = "me";
    QCOMPARE(describe(lakescope::lakefs::diffTwoDot({ base }, { tagged })), QStringLiteral("changed a 3"));

    LakeEntry withMeta = base;
    withMeta.metadata["k"] = "v";
    const ObjectStats full = toObjectStats(withMeta);
    QCOMPARE(full.path, std::string("a"));
    QCOMPARE(full.sizeBytes, std::uint64_t(3));
    QCOMPARE(full.checksum, std::string("xyz"));
    QCOMPARE(full.physicalAddress, withMeta.address);
    QCOMPARE(full.mtime, withMeta.mtime);
    QCOMPARE(full.metadata.at("k"), std::string("v"));
    QVERIFY(full.pathType == PathType::Object);
    QVERIFY(toObjectStats(withMeta, false).metadata.empty());
}

void TestTreeDiff::findEntryLooksUp()
{
    const EntryList entries = tree("a=1 b/c=22 b/d=333 e=4444");
    QVERIFY(findEntry(entries, "b/d") != nullptr);
    QCOMPARE(findEntry(entries, "b/d")->size, std::uint64_t(3));
    QVERIFY(findEntry(entries, "b") == nullptr);
    QVERIFY(findEntry(entries, "f") == nullptr);
    QVERIFY(findEntry(entries, "") == nullptr);
    QVERIFY(findEntry({}, "a") == nullptr);
}

void TestTreeDiff::applyStagingOverlays()
{
    const EntryList committed = tree("a=1 b=2 c=3");
    QCOMPARE(describe(applyStaging(committed, tree("b=22 c=- d=4 e=-"))), QStringLiteral("a=1 b=22 d=4"));
    QCOMPARE(describe(applyStaging(committed, {})), QStringLiteral("a=1 b=2 c=3"));
    QCOMPARE(describe(applyStaging({}, tree("a=- b=9"))), QStringLiteral("b=9"));
}

void TestTreeDiff::diffTwoDot_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both empty") << "" << "" << "";
    QTest::newRow("identical") << "a=x b=yy" << "a=x b=yy" << "";
    QTest::newRow("added") << "a=x" << "a=x b=yy" << "added b 2";
    QTest::newRow("removed has left size") << "a=x b=yyy" << "a=x" << "removed b 3";
    QTest::newRow("changed has right size") << "a=x" << "a=yyyy" << "changed a 4";
    QTest::newRow("changed same size") << "a=xy" << "a=zw" << "changed a 2";
    QTest::newRow("all from empty") << "" << "a=x b=yy" << "added a 1, added b 2";
    QTest::newRow("all to empty") << "a=x b=yy" << "" << "removed a 1, removed b 2";
    QTest::newRow("interleaved")
        << "a=1 c=3 d/x=4 e=5" << "b=2 c=33 d/x=4 f=6"
        << "removed a 1, added b 1, changed c 2, removed e 1, added f 1";
}

void TestTreeDiff::diffTwoDot()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, expected);
    QCOMPARE(describe(lakescope::lakefs::diffTwoDot(tree(left), tree(right))), expected);
}

void TestTreeDiff::diffThreeDot_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing changed") << "a=x" << "a=x" << "a=x" << "";
    QTest::newRow("right added") << "" << "" << "a=x" << "added a 1";
    QTest::newRow("right removed: base size") << "a=xxx" << "a=xxx" << "" << "removed a 3";
    QTest::newRow("right changed") << "a=x" << "a=x" << "a=yy" << "changed a 2";
    QTest::newRow("left added only") << "" << "a=x" << "" << "";
    QTest::newRow("left removed only") << "a=x" << "" << "a=x" << "";
    QTest::newRow("left changed only") << "a=x" << "a=yy" << "a=x" << "";
    QTest::newRow("both changed differently") << "a=x" << "a=yy" << "a=zzz" << "conflict a 3";
    QTest::newRow("both changed the same") << "a=x" << "a=yy" << "a=yy" << "";
    QTest::newRow("left deleted, right changed") << "a=x" << "" << "a=yy" << "conflict a 2";
    QTest::newRow("left changed, right deleted") << "a=x" << "a=yyyy" << "" << "conflict a 4";
    QTest::newRow("both deleted") << "a=x" << "" << "" << "";
    QTest::newRow("both added differently") << "" << "a=x" << "a=yy" << "conflict a 2";
    QTest::newRow("both added the same") << "" << "a=yy" << "a=yy" << "";
    QTest::newRow("mixed")
        << "a=1 b=2 c=3 d=4 e=5" << "a=1 b=22 c=3 e=55 g=7" << "a=11 b=2 c=33 d=4 e=555 f=6"
        << "changed a 2, changed c 2, conflict e 3, added f 1";
    QTest::newRow("removal among kept paths")
        << "a=1 b=2 c=3" << "a=1 b=2 c=3 z=9" << "a=1 c=3" << "removed b 1";
}

void TestTreeDiff::diffThreeDot()
{
    QFETCH(QString, base);
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, expected);
    QCOMPARE(describe(lakescope::lakefs::diffThreeDot(tree(base), tree(left), tree(right))), expected);
}

void TestTreeDiff::diffStaging_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("staging");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing staged") << "a=x" << "" << "";
    QTest::newRow("new object") << "a=x" << "b=yy" << "added b 2";
    QTest::newRow("identical re-upload nets out") << "a=x" << "a=x" << "";
    QTest::newRow("overwrite") << "a=x" << "a=yyy" << "changed a 3";
    QTest::newRow("delete committed: size 0") << "a=xxxx" << "a=-" << "removed a 0";
    QTest::newRow("tombstone of absent path nets out") << "a=x" << "b=-" << "";
    QTest::newRow("mixed")
        << "a=1 b=2 c=3 d=4" << "a=1 b=- c=33 e=- f=6"
        << "removed b 0, changed c 2, added f 1";
}

void TestTreeDiff::diffStaging()
{
    QFETCH(QString, head);
    QFETCH(QString, staging);
    QFETCH(QString, expected);
    QCOMPARE(describe(lakescope::lakefs::diffStaging(tree(head), tree(staging))), expected);
}

void TestTreeDiff::mergeTrees_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QString>("conflicts");
    QTest::addColumn<bool>("changed");

    QTest::newRow("source added") << "a=1" << "a=1 b=2" << "a=1" << "" << "a=1 b=2" << "" << true;
    QTest::newRow("source changed") << "a=1" << "a=11" << "a=1" << "" << "a=11" << "" << true;
    QTest::newRow("source removed") << "a=1 b=2" << "a=1" << "a=1 b=2" << "" << "a=1" << "" << true;
    QTest::newRow("destination changed only") << "a=1" << "a=1" << "a=11" << "" << "a=11" << "" << false;
    QTest::newRow("source equals base") << "a=1 b=2" << "a=1 b=2" << "a=1 c=3" << "" << "a=1 c=3" << "" << false;
    QTest::newRow("destination equals base") << "a=1" << "a=1 b=2 c=3" << "a=1" << "" << "a=1 b=2 c=3" << ""
                                             << true;
    QTest::newRow("same change both sides") << "a=1" << "a=11" << "a=11" << "" << "a=11" << "" << false;
    QTest::newRow("both deleted") << "a=1 b=2" << "a=1" << "a=1" << "" << "a=1" << "" << false;
    QTest::newRow("both added the same") << "" << "a=1" << "a=1" << "" << "a=1" << "" << false;
    QTest::newRow("independent changes")
        << "a=1 b=2 c=3" << "a=11 b=2 c=3 d=4" << "a=1 b=22 c=3" << "" << "a=11 b=22 c=3 d=4" << "" << true;

    // Conflicts: both changed, delete vs change, change vs delete, both added.
    const char *base = "a=1 b=2 c=3 d=4 z=0";
    const char *sourceTree = "a=11 b=2 d=44 e=5 z=0";
    const char *dest = "a=111 c=33 d=4 e=55 z=0";
    QTest::newRow("conflicts, default")
        << base << sourceTree << dest << "default" << "" << "a c e" << false;
    QTest::newRow("conflicts, dest-wins")
        << base << sourceTree << dest << "dest-wins" << "a=111 c=33 d=44 e=55 z=0" << "" << true;
    QTest::newRow("conflicts, source-wins")
        << base << sourceTree << dest << "source-wins" << "a=11 d=44 e=5 z=0" << "" << true;
    QTest::newRow("dest-wins with only conflicts is unchanged")
        << "a=1" << "a=11" << "a=111" << "dest-wins" << "a=111" << "" << false;
    QTest::newRow("source deleted, dest changed, source-wins")
        << "a=1 b=2" << "b=2" << "a=11 b=2" << "source-wins" << "b=2" << "" << true;
    QTest::newRow("dest deleted, source changed, dest-wins")
        << "a=1 b=2" << "a=11 b=2" << "b=2" << "dest-wins" << "b=2" << "" << false;
    QTest::newRow("dest deleted, source changed, default")
        << "a=1 b=2" << "a=11 b=2" << "b=2" << "default" << "" << "a" << false;
}

void TestTreeDiff::mergeTrees()
{
    QFETCH(QString, base);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(QString, strategy);
    QFETCH(QString, merged);
    QFETCH(QString, conflicts);
    QFETCH(bool, changed);

    const TreeMerge result =
        lakescope::lakefs::mergeTrees(tree(base), tree(source), tree(destination), strategyNamed(strategy));
    QCOMPARE(describe(result.merged), merged);
    QCOMPARE(describe(result.conflicts), conflicts);
    QCOMPARE(result.changed, changed);
}

void TestTreeDiff::mergeKeepsDestinationEntries()
{
    // Untouched and agreed paths keep the destination's copy (its address
    // and mtime); paths the source brings come with the source's copy.
    EntryList base = tree("a=1 b=2");
    EntryList source = tree("a=1 b=22 c=3");
    EntryList dest = tree("a=1 b=22");
    source[0].address = "source-a";
    source[1].address = "source-b";
    source[2].address = "source-c";
    dest[0].address = "dest-a";
    dest[1].address = "dest-b";
    const TreeMerge result = lakescope::lakefs::mergeTrees(base, source, dest, MergeStrategy::Default);
    QCOMPARE(result.merged.size(), std::size_t(3));
    QCOMPARE(result.merged[0].address, std::string("dest-a"));
    QCOMPARE(result.merged[1].address, std::string("dest-b"));
    QCOMPARE(result.merged[2].address, std::string("source-c"));
    QVERIFY(result.changed);
}

void TestTreeDiff::revertAndCherryPickShapes()
{
    const EntryList parent = tree("a=1 b=2");
    const EntryList commit = tree("a=11 b=2 c=3");   // changed a, added c
    const EntryList head = tree("a=11 b=22 c=3 d=4"); // later work on top

    // Revert: base = the commit, source = its parent.
    const TreeMerge revert = lakescope::lakefs::mergeTrees(commit, parent, head, MergeStrategy::Default);
    QCOMPARE(describe(revert.merged), QStringLiteral("a=1 b=22 d=4"));
    QVERIFY(revert.changed);

    // Cherry-pick onto a branch that never had the commit.
    const EntryList other = tree("a=1 b=2 x=9");
    const TreeMerge pick = lakescope::lakefs::mergeTrees(parent, commit, other, MergeStrategy::Default);
    QCOMPARE(describe(pick.merged), QStringLiteral("a=11 b=2 c=3 x=9"));
    QVERIFY(pick.changed);

    // Reverting a change that was overwritten since is a conflict.
    const EntryList rewritten = tree("a=999 b=2 c=3");
    const TreeMerge blocked = lakescope::lakefs::mergeTrees(commit, parent, rewritten, MergeStrategy::Default);
    QCOMPARE(describe(blocked.conflicts), QStringLiteral("a"));
    QVERIFY(blocked.merged.empty());
}

void TestTreeDiff::randomTreesMatchModel()
{
    std::mt19937 random(20240605u);
    const char *contents[] = { "-", "p", "q", "rr" }; // "-" = absent
    for (int round = 0; round < 300; ++round) {
        EntryList trees[3];
        for (int p = 0; p < 40; ++p) {
            char path[16];
            std::snprintf(path, sizeof path, "k/%02d", p);
            for (EntryList &t : trees) {
                const char *content = contents[random() % 4];
                if (std::string(content) != "-")
                    t.push_back(entry(path, content));
            }
        }
        const Model base = modelOf(trees[0]), left = modelOf(trees[1]), right = modelOf(trees[2]);
        QCOMPARE(describe(lakescope::lakefs::diffThreeDot(trees[0], trees[1], trees[2])),
                 describe(modelThreeDot(base, left, right)));
        for (MergeStrategy strategy : { MergeStrategy::Default, MergeStrategy::DestWins, MergeStrategy::SourceWins }) {
            const TreeMerge actual = lakescope::lakefs::mergeTrees(trees[0], trees[2], trees[1], strategy);
            const TreeMerge expected = modelMerge(base, right, left, strategy);
            QCOMPARE(describe(actual.merged), describe(expected.merged));
            QCOMPARE(describe(actual.conflicts), describe(expected.conflicts));
            QCOMPARE(actual.changed, expected.changed);
        }
    }
}

void TestTreeDiff::hundredThousandEntries()
{
    // 100 directories of 1,000 objects; the source and the destination each
    // rework a different slice, overlapping on a few paths.
    EntryList base, source, dest;
    for (int d = 0; d < 100; ++d) {
        for (int f = 0; f < 1000; ++f) {
            char path[32];
            std::snprintf(path, sizeof path, "dir%03d/file%05d", d, f);
            const int n = d * 1000 + f;
            base.push_back(entry(path, "v0"));
            if (n % 11 != 0)
                source.push_back(entry(path, n % 7 == 0 ? "src" : "v0"));
            if (n % 13 != 0)
                dest.push_back(entry(path, n % 17 == 0 ? "dst" : "v0"));
        }
        char added[32];
        std::snprintf(added, sizeof added, "dir%03d/new", d);
        source.push_back(entry(added, "fresh"));
    }
    auto byPath = [](const LakeEntry &a, const LakeEntry &b) { return a.path < b.path; };
    std::sort(source.begin(), source.end(), byPath);
    QCOMPARE(base.size(), std::size_t(100000));

    const Model baseModel = modelOf(base), sourceModel = modelOf(source), destModel = modelOf(dest);

    const auto diff = lakescope::lakefs::diffThreeDot(base, dest, source);
    const auto expectedDiff = modelThreeDot(baseModel, destModel, sourceModel);
    QCOMPARE(diff.size(), expectedDiff.size());
    QCOMPARE(describe(diff), describe(expectedDiff));
    QVERIFY(std::any_of(diff.begin(), diff.end(), [](const DiffEntry &e) { return e.type == DiffType::Conflict; }));

    const TreeMerge merged = lakescope::lakefs::mergeTrees(base, source, dest, MergeStrategy::SourceWins);
    const TreeMerge expectedMerge = modelMerge(baseModel, sourceModel, destModel, MergeStrategy::SourceWins);
    QCOMPARE(merged.merged.size(), expectedMerge.merged.size());
    QCOMPARE(describe(merged.merged), describe(expectedMerge.merged));
    QVERIFY(merged.changed);

    const TreeMerge refused = lakescope::lakefs::mergeTrees(base, source, dest, MergeStrategy::Default);
    QCOMPARE(describe(refused.conflicts), describe(modelMerge(baseModel, sourceModel, destModel,
                                                              MergeStrategy::Default).conflicts));
    QVERIFY(!refused.conflicts.empty());

    // Pages deep inside the merged tree, grouped and flat.
    ListObjectsRequest grouped;
    grouped.delimiter = "/";
    grouped.after = "dir049/";
    grouped.amount = 10;
    const auto groups = pageObjects(merged.merged, grouped);
    QCOMPARE(groups.results.size(), std::size_t(10));
    QCOMPARE(groups.results.front().path, std::string("dir050/"));
    QCOMPARE(groups.results.back().path, std::string("dir059/"));
    QVERIFY(groups.results.back().pathType == PathType::CommonPrefix);
    QVERIFY(groups.hasMore);
    QCOMPARE(groups.nextOffset, std::string("dir059/"));

    ListObjectsRequest flat;
    flat.prefix = "dir050/";
    flat.after = "dir050/file00500";
    flat.amount = 5;
    const auto objects = pageObjects(merged.merged, flat);
    std::vector<std::string> expectedPaths;
    for (const LakeEntry &e : expectedMerge.merged) {
        if (e.path.rfind(flat.prefix, 0) == 0 && e.path > flat.after && expectedPaths.size() < 5)
            expectedPaths.push_back(e.path);
    }
    std::vector<std::string> actualPaths;
    for (const ObjectStats &stats : objects.results)
        actualPaths.push_back(stats.path);
    QCOMPARE(describe(actualPaths), describe(expectedPaths));
    QVERIFY(objects.hasMore);
    QCOMPARE(objects.nextOffset, expectedPaths.back());

    DiffRequest byDirectory;
    byDirectory.delimiter = "/";
    byDirectory.amount = 1000;
    const auto changedDirectories = pageDiff(diff, byDirectory);
    QCOMPARE(changedDirectories.results.size(), std::size_t(100));
    QVERIFY(!changedDirectories.hasMore);
    QCOMPARE(changedDirectories.results[42].path, std::string("dir042/"));
    QVERIFY(changedDirectories.results[42].type == DiffType::PrefixChanged);
}

int main(int argc, char **argv)
{
    int failures = 0;
    {
        TestTreeDiff diff;
        failures += QTest::qExec(&diff, argc, argv);
    }
    failures += runListingPageTests(argc, argv);
    failures += runRefNameTests(argc, argv);
    return failures;
}

#include "tst_lakefstree.moc"
