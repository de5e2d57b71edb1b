// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/listingpage.h"
#include "tests/lakefs/treetestsupport.h"

#include <QTest>

using namespace lakescope::lakefs;
using namespace lakescope::lakefs::treetest;

namespace {

// '/' sorts before '0', so "data/..." comes before "data0".
const char *const kTree = "a.txt=1 data/2023/x=1 data/2024/a=1 data/2024/b=1 data/2024/sub/c=1 data/readme=1 "
                          "data/z/q=1 data0=1 zeta=1";

QString tail(bool hasMore, const std::string &nextOffset)
{
    if (!hasMore)
        return nextOffset.empty() ? QString() : QStringLiteral(" | stray next=%1").arg(QString::fromStdString(nextOffset));
    return QStringLiteral(" | next=%1").arg(QString::fromStdString(nextOffset));
}

// Objects by path, common prefixes marked with '*'; " | next=X" when more follow.
QString describePage(const Page<ObjectStats> &page)
{
    QStringList parts;
    for (const ObjectStats &stats : page.results)
        parts << QString::fromStdString(stats.path) + (stats.pathType == PathType::CommonPrefix ? "*" : "");
    return parts.join(QLatin1Char(' ')) + tail(page.hasMore, page.nextOffset);
}

QString describePage(const Page<DiffEntry> &page)
{
    return describe(page.results) + tail(page.hasMore, page.nextOffset);
}

ListObjectsRequest listing(const QString &prefix, const QString &delimiter, const QString &after, int amount)
{
    ListObjectsRequest request;
    request.prefix = prefix.toStdString();
    request.delimiter = delimiter.toStdString();
    request.after = after.toStdString();
    request.amount = amount;
    return request;
}

DiffEntry change(DiffType type, const std::string &path, std::uint64_t size)
{
    DiffEntry entry;
    entry.type = type;
    entry.path = path;
    entry.sizeBytes = size;
    return entry;
}

} // namespace

class TestListingPage : public QObject
{
    Q_OBJECT

private slots:
    void pageObjects_data();
    void pageObjects();
    void commonPrefixesCarryOnlyPath();
    void userMetadataSwitch();
    void pagesJoinUp();
    void pageDiff_data();
    void pageDiff();
    void pageById();
};

void TestListingPage::pageObjects_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("amount");
    QTest::addColumn<QString>("expected");

    QTest::newRow("everything") << "" << "" << "" << 100
                                << "a.txt data/2023/x data/2024/a data/2024/b data/2024/sub/c data/readme data/z/q "
                                   "data0 zeta";
    QTest::newRow("first page") << "" << "" << "" << 3 << "a.txt data/2023/x data/2024/a | next=data/2024/a";
    QTest::newRow("after is exclusive") << "" << "" << "data/2024/a" << 3
                                        << "data/2024/b data/2024/sub/c data/readme | next=data/readme";
    QTest::newRow("after a missing path") << "" << "" << "data/2024/aa" << 2
                                          << "data/2024/b data/2024/sub/c | next=data/2024/sub/c";
    QTest::newRow("last page fits exactly") << "" << "" << "data/z/q" << 2 << "data0 zeta";
    QTest::newRow("after the last path") << "" << "" << "zeta" << 10 << "";
    QTest::newRow("amount 0 is the default") << "" << "" << "" << 0
                                             << "a.txt data/2023/x data/2024/a data/2024/b data/2024/sub/c "
                                                "data/readme data/z/q data0 zeta";
    QTest::newRow("negative amount is the default") << "" << "" << "data/z/q" << -1 << "data0 zeta";
    QTest::newRow("prefix, recursive") << "data/" << "" << "" << 100
                                       << "data/2023/x data/2024/a data/2024/b data/2024/sub/c data/readme data/z/q";
    QTest::newRow("prefix matching nothing") << "nope/" << "" << "" << 100 << "";
    QTest::newRow("prefix equal to an object") << "zeta" << "" << "" << 100 << "zeta";
    QTest::newRow("after before the prefix") << "data/" << "" << "a.txt" << 2
                                             << "data/2023/x data/2024/a | next=data/2024/a";
    QTest::newRow("after beyond the prefix") << "data/" << "" << "data0" << 100 << "";

    QTest::newRow("root with delimiter") << "" << "/" << "" << 100 << "a.txt data/* data0 zeta";
    QTest::newRow("root with delimiter, exact fit") << "" << "/" << "" << 4 << "a.txt data/* data0 zeta";
    QTest::newRow("root with delimiter, page ends on a prefix") << "" << "/" << "" << 2 << "a.txt data/* | next=data/";
    QTest::newRow("root, after a common prefix") << "" << "/" << "data/" << 100 << "data0 zeta";
    QTest::newRow("prefix with delimiter") << "data/" << "/" << "" << 100
                                           << "data/2023/* data/2024/* data/readme data/z/*";
    QTest::newRow("prefix with delimiter, first page") << "data/" << "/" << "" << 2
                                                       << "data/2023/* data/2024/* | next=data/2024/";
    QTest::newRow("after equal to a common prefix") << "data/" << "/" << "data/2024/" << 100
                                                    << "data/readme data/z/*";
    QTest::newRow("after inside a common prefix") << "data/" << "/" << "data/2024/b" << 100
                                                  << "data/readme data/z/*";
    QTest::newRow("nested level") << "data/2024/" << "/" << "" << 100 << "data/2024/a data/2024/b data/2024/sub/*";
    QTest::newRow("prefix not ending in the delimiter") << "dat" << "/" << "" << 100 << "data/* data0";
    QTest::newRow("multi-character delimiter") << "data" << "/2" << "" << 100 << "data/2* data/readme data/z/q data0";
}

void TestListingPage::pageObjects()
{
    QFETCH(QString, prefix);
    QFETCH(QString, delimiter);
    QFETCH(QString, after);
    QFETCH(int, amount);
    QFETCH(QString, expected);
    QCOMPARE(describePage(lakescope::lakefs::pageObjects(tree(kTree), listing(prefix, delimiter, after, amount))),
             expected);
}

void TestListingPage::commonPrefixesCarryOnlyPath()
{
    const auto page = lakescope::lakefs::pageObjects(tree(kTree), listing("", "/", "", 100));
    QCOMPARE(page.results.size(), std::size_t(4));
    const ObjectStats &group = page.results[1];
    QCOMPARE(group.path, std::string("data/"));
    QVERIFY(group.pathType == PathType::CommonPrefix);
    QVERIFY(group.checksum.empty());
    QVERIFY(group.physicalAddress.empty());
    QCOMPARE(group.sizeBytes, std::uint64_t(0));
    const ObjectStats &object = page.results[0];
    QVERIFY(object.pathType == PathType::Object);
    QCOMPARE(object.checksum, std::string("1"));
    QCOMPARE(object.physicalAddress, std::string("blob:a.txt:1"));
}

void TestListingPage::userMetadataSwitch()
{
    EntryList entries = tree("a=1");
    entries[0].metadata["owner"] = "me";
    ListObjectsRequest request;
    QCOMPARE(lakescope::lakefs::pageObjects(entries, request).results.at(0).metadata.at("owner"), std::string("me"));
    request.userMetadata = false;
    QVERIFY(lakescope::lakefs::pageObjects(entries, request).results.at(0).metadata.empty());
}

void TestListingPage::pagesJoinUp()
{
    // Following nextOffset page by page yields exactly the one-page listing.
    const EntryList entries = tree(kTree);
    for (const char *prefix : { "", "data/", "data/2024/", "d" }) {
        for (const char *delimiter : { "", "/" }) {
            const auto whole = lakescope::lakefs::pageObjects(entries, listing(prefix, delimiter, "", 1000));
            QVERIFY(!whole.hasMore);
            for (int amount = 1; amount <= 5; ++amount) {
                std::vector<ObjectStats> joined;
                std::string after;
                int pages = 0;
                while (true) {
                    const auto page = lakescope::lakefs::pageObjects(
                        entries, listing(prefix, delimiter, QString::fromStdString(after), amount));
                    QVERIFY(page.results.size() <= std::size_t(amount));
                    joined.insert(joined.end(), page.results.begin(), page.results.end());
                    ++pages;
                    if (!page.hasMore)
                        break;
                    QCOMPARE(page.results.size(), std::size_t(amount));
                    QCOMPARE(page.nextOffset, page.results.back().path);
                    after = page.nextOffset;
                    QVERIFY(pages < 100);
                }
                QCOMPARE(describePage(Page<ObjectStats> { joined, false, {} }), describePage(whole));
            }
        }
    }
}

void TestListingPage::pageDiff_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("amount");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all objects") << "" << "" << "" << 100
                                 << "added a 1, changed data/2024/a 2, removed data/2024/b 3, added data/readme 1, "
                                    "changed data/z/q 2, removed zeta 1";
    QTest::newRow("objects, paged") << "" << "" << "data/2024/a" << 2
                                    << "removed data/2024/b 3, added data/readme 1 | next=data/readme";
    QTest::newRow("root groups") << "" << "/" << "" << 100
                                 << "added a 1, prefix_changed data/ (prefix), removed zeta 1";
    QTest::newRow("root groups, page ends on a prefix") << "" << "/" << "" << 2
                                                        << "added a 1, prefix_changed data/ (prefix) | next=data/";
    QTest::newRow("after the root group") << "" << "/" << "data/" << 2 << "removed zeta 1";
    QTest::newRow("prefix groups") << "data/" << "/" << "" << 100
                                   << "prefix_changed data/2024/ (prefix), added data/readme 1, "
                                      "prefix_changed data/z/ (prefix)";
    QTest::newRow("after a group under the prefix") << "data/" << "/" << "data/2024/" << 100
                                                    << "added data/readme 1, prefix_changed data/z/ (prefix)";
    QTest::newRow("prefix, recursive") << "data/2024/" << "" << "" << 1
                                       << "changed data/2024/a 2 | next=data/2024/a";
}

void TestListingPage::pageDiff()
{
    QFETCH(QString, prefix);
    QFETCH(QString, delimiter);
    QFETCH(QString, after);
    QFETCH(int, amount);
    QFETCH(QString, expected);

    const std::vector<DiffEntry> diff {
        change(DiffType::Added, "a", 1),
        change(DiffType::Changed, "data/2024/a", 2),
        change(DiffType::Removed, "data/2024/b", 3),
        change(DiffType::Added, "data/readme", 1),
        change(DiffType::Changed, "data/z/q", 2),
        change(DiffType::Removed, "zeta", 1),
    };
    DiffRequest request;
    request.prefix = prefix.toStdString();
    request.delimiter = delimiter.toStdString();
    request.after = after.toStdString();
    request.amount = amount;
    const auto page = lakescope::lakefs::pageDiff(diff, request);
    QCOMPARE(describePage(page), expected);
    for (const DiffEntry &entry : page.results) {
        if (entry.pathType == PathType::CommonPrefix)
            QVERIFY(!entry.sizeBytes.has_value());
    }
}

void TestListingPage::pageById()
{
    const std::vector<Ref> branches { { "dev", "c1" }, { "feature-a", "c2" }, { "feature-b", "c3" }, { "main", "c4" } };
    const auto idOf = [](const Ref &ref) -> const std::string & { return ref.id; };
    PageRequest request;
    request.prefix = "feature-";
    request.amount = 1;
    auto page = lakescope::lakefs::pageById(branches, request, idOf);
    QCOMPARE(page.results.size(), std::size_t(1));
    QCOMPARE(page.results[0].id, std::string("feature-a"));
    QVERIFY(page.hasMore);
    QCOMPARE(page.nextOffset, std::string("feature-a"));
    request.after = page.nextOffset;
    page = lakescope::lakefs::pageById(branches, request, idOf);
    QCOMPARE(page.results.size(), std::size_t(1));
    QCOMPARE(page.results[0].id, std::string("feature-b"));
    QVERIFY(!page.hasMore);
    QVERIFY(page.nextOffset.empty());
}

int runListingPageTests(int argc, char **argv)
{
    TestListingPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lakefspaging.moc"
