// SPDX-License-Identifier: Apache-2.0
// The listing half of the conformance suite: paging, delimiters, order.
#include "tests/support/storeconformance.h"

#include "tests/support/testassert.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <set>

namespace lakescope::testing {

namespace {

bool contains(const std::vector<std::string> &values, const std::string &value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

std::vector<std::string> sorted(std::vector<std::string> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

StoreConformance::Listing StoreConformance::listAll(const std::string &prefix, const std::string &delimiter,
                                                    std::size_t maxKeys)
{
    Listing listing;
    ListOptions options;
    options.prefix = prefix;
    options.delimiter = delimiter;
    options.maxKeys = maxKeys;
    std::string last;
    std::set<std::string> tokens;
    auto problem = [&](std::string text) {
        if (listing.problem.empty())
            listing.problem = "page " + std::to_string(listing.pages) + ": " + std::move(text);
    };
    for (;;) {
        auto page = m_store->list(options);
        ++listing.pages;
        if (!page) {
            problem("list failed: " + page.error().toString());
            return listing;
        }
        if (page->objects.size() + page->commonPrefixes.size() > maxKeys)
            problem("more entries than maxKeys " + std::to_string(maxKeys));
        std::vector<std::string> entries;
        for (const auto &object : page->objects) {
            if (!object.key.starts_with(prefix))
                problem(object.key + " is outside the prefix");
            if (!delimiter.empty() && object.key.find(delimiter, prefix.size()) != std::string::npos)
                problem(object.key + " should have been folded into a common prefix");
            if (!listing.objects.empty() && !(listing.objects.back() < object.key))
                problem("objects out of order at " + object.key);
            listing.objects.push_back(object.key);
            listing.infos.push_back(object);
            entries.push_back(object.key);
        }
        for (const auto &folded : page->commonPrefixes) {
            if (!folded.starts_with(prefix) || delimiter.empty() || !folded.ends_with(delimiter))
                problem("malformed common prefix " + folded);
            if (!listing.prefixes.empty() && !(listing.prefixes.back() < folded))
                problem("common prefixes out of order at " + folded);
            listing.prefixes.push_back(folded);
            entries.push_back(folded);
        }
        // Every entry of a page sorts after every entry of the page before.
        std::sort(entries.begin(), entries.end());
        if (std::adjacent_find(entries.begin(), entries.end()) != entries.end())
            problem("an entry appears twice");
        if (!entries.empty() && !last.empty() && !(last < entries.front()))
            problem(entries.front() + " repeats or precedes the previous page");
        if (!entries.empty())
            last = entries.back();
        if (page->nextPageToken.empty())
            return listing;
        if (!tokens.insert(page->nextPageToken).second || listing.pages > 100000) {
            problem("the listing does not advance");
            return listing;
        }
        options.pageToken = page->nextPageToken;
    }
}

void StoreConformance::emptyPrefixListsNothing()
{
    const Listing all = listAll(prefix());
    QVERIFY2(all.problem.empty(), all.problem.c_str());
    QVERIFY(all.objects.empty());
    QCOMPARE(all.pages, 1);
    const Listing folder = listAll(key("missing/"), "/");
    QVERIFY2(folder.problem.empty(), folder.problem.c_str());
    QVERIFY(folder.objects.empty());
    QVERIFY(folder.prefixes.empty());
}

void StoreConformance::listPaging_data()
{
    QTest::addColumn<int>("maxKeys");
    QTest::newRow("one per page") << 1;
    QTest::newRow("seven per page") << 7;
    QTest::newRow("one page") << 1000;
}

void StoreConformance::listPaging()
{
    QFETCH(int, maxKeys);
    std::vector<std::string> expected;
    for (int i = 0; i < 20; ++i) {
        char name[16];
        std::snprintf(name, sizeof name, "obj-%02d", i);
        expected.push_back(key(name));
    }
    for (const char *name : {"nested/n1", "nested/n2", "nested/deeper/x", "nested-a", "zz", "nested/n0"})
        expected.push_back(key(name));
    for (const auto &k : expected)
        LS_VERIFY_OK(putString(k, k));
    expected = sorted(expected);

    const Listing listing = listAll(prefix(), {}, static_cast<std::size_t>(maxKeys));
    QVERIFY2(listing.problem.empty(), listing.problem.c_str());
    QCOMPARE(listing.objects, expected);
    const int minimumPages = (static_cast<int>(expected.size()) + maxKeys - 1) / maxKeys;
    QVERIFY(listing.pages >= minimumPages);
    for (const auto &info : listing.infos)
        QCOMPARE(info.size, std::uint64_t(info.key.size()));
}

void StoreConformance::listPagingWithDelimiter()
{
    // Files and folders alternate, so pages end on both kinds.
    std::vector<std::string> files;
    std::vector<std::string> folders;
    for (int i = 0; i < 17; ++i) {
        char name[16];
        std::snprintf(name, sizeof name, "k%02d", i);
        if (i % 2 == 0) {
            files.push_back(key(name));
            LS_VERIFY_OK(putString(files.back(), "file"));
        } else {
            folders.push_back(key(name) + "/");
            LS_VERIFY_OK(putString(folders.back() + "x", "x"));
            LS_VERIFY_OK(putString(folders.back() + "y/z", "z"));
        }
    }
    for (const std::size_t maxKeys : {std::size_t{1}, std::size_t{3}, std::size_t{1000}}) {
        const Listing listing = listAll(prefix(), "/", maxKeys);
        QVERIFY2(listing.problem.empty(), listing.problem.c_str());
        QCOMPARE(listing.objects, files);
        QCOMPARE(listing.prefixes, folders);
        QVERIFY(static_cast<std::size_t>(listing.pages) >= (files.size() + folders.size() + maxKeys - 1) / maxKeys);
    }
}

void StoreConformance::listDelimiterNested()
{
    for (const char *name : {"a.txt", "b-x.txt", "b/c.txt", "b/d/e.txt", "b/d/f.txt", "b/g.txt"})
        LS_VERIFY_OK(putString(key(name), name));

    Listing top = listAll(prefix(), "/");
    QVERIFY2(top.problem.empty(), top.problem.c_str());
    QCOMPARE(top.objects, (std::vector<std::string>{key("a.txt"), key("b-x.txt")}));
    QCOMPARE(top.prefixes, std::vector<std::string>{key("b/")});

    Listing b = listAll(key("b/"), "/");
    QCOMPARE(b.objects, (std::vector<std::string>{key("b/c.txt"), key("b/g.txt")}));
    QCOMPARE(b.prefixes, std::vector<std::string>{key("b/d/")});

    Listing d = listAll(key("b/d/"), "/");
    QCOMPARE(d.objects, (std::vector<std::string>{key("b/d/e.txt"), key("b/d/f.txt")}));
    QVERIFY(d.prefixes.empty());

    // A prefix that is not a whole folder name matches names within it.
    Listing partial = listAll(key("b"), "/");
    QCOMPARE(partial.objects, std::vector<std::string>{key("b-x.txt")});
    QCOMPARE(partial.prefixes, std::vector<std::string>{key("b/")});

    Listing tree = listAll(key("b/"));
    QCOMPARE(tree.objects,
             (std::vector<std::string>{key("b/c.txt"), key("b/d/e.txt"), key("b/d/f.txt"), key("b/g.txt")}));
    QVERIFY(tree.prefixes.empty());

    Listing missing = listAll(key("x/"), "/");
    QVERIFY2(missing.problem.empty(), missing.problem.c_str());
    QVERIFY(missing.objects.empty() && missing.prefixes.empty());
}

void StoreConformance::listByteOrder()
{
    // '-' (0x2d) and '.' (0x2e) sort before '/' (0x2f): "a-c" < "a/b".
    const std::vector<std::string> names = {"a-c", "a/b", "a.d", "a0", "a/c/d", "a+b", "A", "a b", "ab",
                                            "a~", "z.txt", "\xc3\xa9.txt", "a/b-c", "a/b0"};
    std::vector<std::string> expected;
    for (const auto &name : names) {
        expected.push_back(key(name));
        LS_VERIFY_OK(putString(expected.back(), name));
    }
    expected = sorted(expected);
    for (const std::size_t maxKeys : {std::size_t{2}, std::size_t{1000}}) {
        const Listing listing = listAll(prefix(), {}, maxKeys);
        QVERIFY2(listing.problem.empty(), listing.problem.c_str());
        QCOMPARE(listing.objects, expected);
    }
    const Listing folded = listAll(prefix(), "/");
    QVERIFY2(folded.problem.empty(), folded.problem.c_str());
    std::vector<std::string> topLevel;
    for (const auto &k : expected) {
        if (k.find('/', prefix().size()) == std::string::npos)
            topLevel.push_back(k);
    }
    QCOMPARE(folded.objects, topLevel);
    QCOMPARE(folded.prefixes, std::vector<std::string>{key("a/")});
    QCOMPARE(listAll(key("a/")).objects,
             (std::vector<std::string>{key("a/b"), key("a/b-c"), key("a/b0"), key("a/c/d")}));
}

void StoreConformance::listPrefixMidName()
{
    for (const char *name : {"fig.txt", "file1.txt", "file2.txt", "files/x.txt", "other.txt"})
        LS_VERIFY_OK(putString(key(name), name));
    const Listing folded = listAll(key("fi"), "/");
    QVERIFY2(folded.problem.empty(), folded.problem.c_str());
    QCOMPARE(folded.objects, (std::vector<std::string>{key("fig.txt"), key("file1.txt"), key("file2.txt")}));
    QCOMPARE(folded.prefixes, std::vector<std::string>{key("files/")});
    const Listing tree = listAll(key("fil"));
    QCOMPARE(tree.objects, (std::vector<std::string>{key("file1.txt"), key("file2.txt"), key("files/x.txt")}));
    QVERIFY(listAll(key("nothing-like-this")).objects.empty());
}

void StoreConformance::listOtherDelimiter()
{
    // S3 folds on any delimiter, not only '/'.
    for (const char *name : {"2024-01/a", "2024-02/b", "2024-x", "2025-01/c", "other"})
        LS_VERIFY_OK(putString(key(name), name));
    for (const std::size_t maxKeys : {std::size_t{1}, std::size_t{1000}}) {
        const Listing dashed = listAll(prefix(), "-", maxKeys);
        QVERIFY2(dashed.problem.empty(), dashed.problem.c_str());
        QCOMPARE(dashed.objects, std::vector<std::string>{key("other")});
        QCOMPARE(dashed.prefixes, (std::vector<std::string>{key("2024-"), key("2025-")}));
        const Listing year = listAll(key("2024-"), "/", maxKeys);
        QCOMPARE(year.objects, std::vector<std::string>{key("2024-x")});
        QCOMPARE(year.prefixes, (std::vector<std::string>{key("2024-01/"), key("2024-02/")}));
    }
}

void StoreConformance::folderMarker()
{
    auto marker = putString(key("dir/"), {});
    LS_VERIFY_OK(marker);
    const Listing top = listAll(prefix(), "/");
    QVERIFY2(top.problem.empty(), top.problem.c_str());
    QVERIFY(contains(top.prefixes, key("dir/")));
    LS_VERIFY_OK(putString(key("dir/inner.txt"), "x"));
    QVERIFY(contains(listAll(key("dir/"), "/").objects, key("dir/inner.txt")));
}

} // namespace lakescope::testing
