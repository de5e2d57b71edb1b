// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/commitid.h"
#include "core/lakefs/tree/refexpression.h"
#include "tests/lakefs/treetestsupport.h"

#include <QTest>

#include <functional>
#include <set>

using namespace lakescope;
using namespace lakescope::lakefs;
using namespace lakescope::lakefs::treetest;

namespace {

// "base ~2 ^1 @" for a parsed expression.
QString describeRef(const RefExpression &expression)
{
    QString text = QString::fromStdString(expression.base);
    for (const RefModifier &modifier : expression.modifiers) {
        text += QLatin1Char(' ');
        text += QLatin1Char(modifier.kind);
        if (modifier.kind == '~' || modifier.kind == '^')
            text += QString::number(modifier.value);
    }
    return text;
}

Commit sampleCommit()
{
    Commit commit;
    commit.committer = "alice";
    commit.message = "first";
    commit.metaRangeId = "mr1";
    commit.creationDate = 1700000000;
    commit.metadata = { { "b", "2" }, { "a", "1" } };
    commit.parents = { "p1", "p2" };
    return commit;
}

enum class NameKind { Repository, Branch, Tag };

Status validate(NameKind kind, std::string_view name)
{
    switch (kind) {
    case NameKind::Repository:
        return validateRepositoryName(name);
    case NameKind::Branch:
        return validateBranchName(name);
    case NameKind::Tag:
        return validateTagName(name);
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(NameKind)

class TestRefNames : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void names_data();
    void names();
    void nameErrorsSpeakLakeFs();
    void commitIdShapes();
    void globMatch_data();
    void globMatch();
    void commitIdIsStable();
    void commitIdSeesEveryField();
    void commitIdEncodingIsUnambiguous();
    void treeIdFollowsIdentity();
};

void TestRefNames::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("branch") << "main" << "main";
    QTest::newRow("tilde alone") << "main~" << "main ~1";
    QTest::newRow("tilde count") << "main~2" << "main ~2";
    QTest::newRow("tilde zero") << "main~0" << "main ~0";
    QTest::newRow("caret alone") << "main^" << "main ^1";
    QTest::newRow("caret count") << "main^2" << "main ^2";
    QTest::newRow("caret zero") << "main^0" << "main ^0";
    QTest::newRow("chain") << "abc123~2^1" << "abc123 ~2 ^1";
    QTest::newRow("repeated tilde") << "main~~" << "main ~1 ~1";
    QTest::newRow("committed only") << "main@" << "main @";
    QTest::newRow("with staging") << "main$" << "main $";
    QTest::newRow("tag with dots") << "v1.0~1" << "v1.0 ~1";
    QTest::newRow("slash in base") << "feature/x^2" << "feature/x ^2";
    QTest::newRow("full commit id")
        << "e55b780bc02811947d30e6cf87e3a62fb84e7e44926ce8ade9522a10214e228e"
        << "e55b780bc02811947d30e6cf87e3a62fb84e7e44926ce8ade9522a10214e228e";
}

void TestRefNames::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = parseRefExpression(text.toStdString());
    QVERIFY2(parsed.ok(), qPrintable(text));
    QCOMPARE(describeRef(*parsed), expected);
    QCOMPARE(parsed->plain(), !expected.contains(QLatin1Char(' ')));
    QCOMPARE(parsed->committedOnly(), text.endsWith(QLatin1Char('@')));
    QCOMPARE(parsed->withStaging(), text.endsWith(QLatin1Char('$')));
}

void TestRefNames::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("blank") << " ";
    QTest::newRow("inner space") << "main branch";
    QTest::newRow("trailing tab") << "main\t";
    QTest::newRow("newline") << "main\n~1";
    QTest::newRow("no base") << "~1";
    QTest::newRow("only at") << "@";
    QTest::newRow("only dollar") << "$";
    QTest::newRow("tilde not a number") << "main~x";
    QTest::newRow("caret not a number") << "main^1a";
    QTest::newRow("negative count") << "main^-1";
    QTest::newRow("count overflow") << "main~99999999999";
    QTest::newRow("at with argument") << "main@1";
    QTest::newRow("dollar with argument") << "main$x";
    QTest::newRow("at before tilde") << "main@~1";
    QTest::newRow("tilde before at") << "main~1@";
    QTest::newRow("two dollars") << "main$$";
    QTest::newRow("at and dollar") << "main@$";
}

void TestRefNames::parseInvalid()
{
    QFETCH(QString, text);
    const auto parsed = parseRefExpression(text.toStdString());
    QVERIFY2(!parsed.ok(), qPrintable(text));
    QVERIFY(parsed.error().code == ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().httpStatus, 400);
    QCOMPARE(parsed.error().message, std::string("ref: invalid value: validation error"));
}

void TestRefNames::names_data()
{
    QTest::addColumn<NameKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    const NameKind repo = NameKind::Repository, branch = NameKind::Branch, tag = NameKind::Tag;
    QTest::newRow("repo: shortest") << repo << "abc" << true;
    QTest::newRow("repo: dashes") << repo << "my-repo-" << true;
    QTest::newRow("repo: digit first") << repo << "0ab" << true;
    QTest::newRow("repo: 63 chars") << repo << QString(63, QLatin1Char('a')) << true;
    QTest::newRow("repo: 64 chars") << repo << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("repo: too short") << repo << "ab" << false;
    QTest::newRow("repo: dash first") << repo << "-abc" << false;
    QTest::newRow("repo: upper case") << repo << "Abc" << false;
    QTest::newRow("repo: underscore") << repo << "my_repo" << false;
    QTest::newRow("repo: dot") << repo << "a.bc" << false;
    QTest::newRow("repo: empty") << repo << "" << false;

    QTest::newRow("branch: main") << branch << "main" << true;
    QTest::newRow("branch: one char") << branch << "a" << true;
    QTest::newRow("branch: underscore first") << branch << "_x" << true;
    QTest::newRow("branch: mixed") << branch << "Feature_X-1" << true;
    QTest::newRow("branch: digits") << branch << "1-2" << true;
    QTest::newRow("branch: empty") << branch << "" << false;
    QTest::newRow("branch: dash first") << branch << "-x" << false;
    QTest::newRow("branch: slash") << branch << "a/b" << false;
    QTest::newRow("branch: dot") << branch << "a.b" << false;
    QTest::newRow("branch: space") << branch << "a b" << false;
    QTest::newRow("branch: non-ascii") << branch << QString::fromUtf8("bl\xc3\xa5") << false;
    QTest::newRow("branch: tilde") << branch << "a~1" << false;

    QTest::newRow("tag: version") << tag << "v1.0" << true;
    QTest::newRow("tag: dashes") << tag << "release-2024" << true;
    QTest::newRow("tag: tilde allowed") << tag << "a~1" << true;
    QTest::newRow("tag: at inside") << tag << "x@y" << true;
    QTest::newRow("tag: upper") << tag << "UPPER" << true;
    QTest::newRow("tag: empty") << tag << "" << false;
    QTest::newRow("tag: at alone") << tag << "@" << false;
    QTest::newRow("tag: trailing dot") << tag << "v1." << false;
    QTest::newRow("tag: .lock") << tag << "v.lock" << false;
    QTest::newRow("tag: double dot") << tag << "a..b" << false;
    QTest::newRow("tag: slash") << tag << "a/b" << false;
    QTest::newRow("tag: at brace") << tag << "a@{b" << false;
    QTest::newRow("tag: caret") << tag << "a^b" << false;
    QTest::newRow("tag: colon") << tag << "a:b" << false;
    QTest::newRow("tag: question") << tag << "a?b" << false;
    QTest::newRow("tag: star") << tag << "a*b" << false;
    QTest::newRow("tag: bracket") << tag << "a[b" << false;
    QTest::newRow("tag: backslash") << tag << "a\\b" << false;
    QTest::newRow("tag: space") << tag << "a b" << false;
    QTest::newRow("tag: tab") << tag << "a\tb" << false;
}

void TestRefNames::names()
{
    QFETCH(NameKind, kind);
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Status status = validate(kind, name.toStdString());
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QVERIFY(status.error().code == ErrorCode::InvalidInput);
        QCOMPARE(status.error().httpStatus, 400);
        QVERIFY(status.error().message.find("validation error") != std::string::npos);
    }
}

void TestRefNames::nameErrorsSpeakLakeFs()
{
    const auto endsWith = [](const std::string &text, const std::string &suffix) {
        return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    const Status repo = validateRepositoryName("Bad_Repo");
    QVERIFY(endsWith(repo.error().message, "repository id: invalid value: validation error"));
    QVERIFY(repo.error().message.find("^[a-z0-9][a-z0-9-]{2,62}$") != std::string::npos);
    const Status branch = validateBranchName("-x");
    QVERIFY(endsWith(branch.error().message, "branch id: invalid value: validation error"));
    QVERIFY(branch.error().message.find("^\\w[-\\w]*$") != std::string::npos);
    const Status tag = validateTagName("a..b");
    QVERIFY(endsWith(tag.error().message, "tag id: invalid value: validation error"));
    QVERIFY(tag.error().message.find("\"..\"") != std::string::npos);
    QCOMPARE(validateBranchName("").error().message, std::string("branch id: required value: validation error"));
}

void TestRefNames::commitIdShapes()
{
    const std::string full(64, 'a');
    QVERIFY(isFullCommitId(full));
    QVERIFY(isCommitIdPrefix(full));
    QVERIFY(isCommitIdPrefix("0"));
    QVERIFY(isCommitIdPrefix("abc123"));
    QVERIFY(!isFullCommitId("abc123"));
    QVERIFY(!isCommitIdPrefix(""));
    QVERIFY(!isCommitIdPrefix("ABC"));
    QVERIFY(!isCommitIdPrefix("abg"));
    QVERIFY(!isCommitIdPrefix(full + "a"));
    QVERIFY(!isFullCommitId(std::string(63, 'a') + "G"));
}

void TestRefNames::globMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");

    QTest::newRow("literal") << "main" << "main" << true;
    QTest::newRow("literal prefix only") << "main" << "mai" << false;
    QTest::newRow("literal longer name") << "main" << "mains" << false;
    QTest::newRow("star anything") << "*" << "anything" << true;
    QTest::newRow("star empty") << "*" << "" << true;
    QTest::newRow("double star") << "**" << "x" << true;
    QTest::newRow("question one") << "?" << "a" << true;
    QTest::newRow("question none") << "?" << "" << false;
    QTest::newRow("suffix star") << "release-*" << "release-1.0" << true;
    QTest::newRow("suffix star needs prefix") << "release-*" << "release" << false;
    QTest::newRow("inner star") << "rel*se" << "release" << true;
    QTest::newRow("leading star") << "*-prod" << "eu-west-prod" << true;
    QTest::newRow("backtracking") << "a*b*c" << "axxbyybzc" << true;
    QTest::newRow("backtracking fails") << "a*b*c" << "axxbyy" << false;
    QTest::newRow("star both sides") << "*a*" << "bab" << true;
    QTest::newRow("question middle") << "a?c" << "abc" << true;
    QTest::newRow("question needs a char") << "a?c" << "ac" << false;
    QTest::newRow("star crosses slash") << "feature/*" << "feature/x/y" << true;
    QTest::newRow("star matches a literal star") << "a*" << "a*" << true;
    QTest::newRow("literal vs star in name") << "a" << "a*" << false;
    QTest::newRow("empty both") << "" << "" << true;
    QTest::newRow("empty pattern") << "" << "a" << false;
}

void TestRefNames::globMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(lakescope::lakefs::globMatch(pattern.toStdString(), name.toStdString()), matches);
}

void TestRefNames::commitIdIsStable()
{
    // Golden values from an independent implementation of the encoding:
    // persisted ids must never move.
    QCOMPARE(commitId(sampleCommit()), std::string("e55b780bc02811947d30e6cf87e3a62fb84e7e44926ce8ade9522a10214e228e"));
    Commit initial;
    initial.message = "Repository created";
    QCOMPARE(commitId(initial), std::string("9208ba4a37c417af704f297d91171ea211a1a955cd96d5b2dc1b242924898895"));

    // Fields outside the identity do not count.
    Commit copy = sampleCommit();
    copy.id = "whatever";
    copy.generation = 42;
    copy.version = 0;
    QCOMPARE(commitId(copy), commitId(sampleCommit()));
    QVERIFY(isFullCommitId(commitId(copy)));
}

void TestRefNames::commitIdSeesEveryField()
{
    const std::vector<std::pair<const char *, std::function<void(Commit &)>>> edits {
        { "committer", [](Commit &c) { c.committer = "bob"; } },
        { "message", [](Commit &c) { c.message = "second"; } },
        { "meta-range", [](Commit &c) { c.metaRangeId = "mr2"; } },
        { "creation date", [](Commit &c) { c.creationDate += 1; } },
        { "metadata value", [](Commit &c) { c.metadata["a"] = "9"; } },
        { "metadata key", [](Commit &c) { c.metadata.erase("a"); c.metadata["c"] = "1"; } },
        { "metadata added", [](Commit &c) { c.metadata["z"] = ""; } },
        { "metadata removed", [](Commit &c) { c.metadata.clear(); } },
        { "parents order", [](Commit &c) { std::swap(c.parents[0], c.parents[1]); } },
        { "parent added", [](Commit &c) { c.parents.push_back("p3"); } },
        { "parent dropped", [](Commit &c) { c.parents.pop_back(); } },
        { "parent changed", [](Commit &c) { c.parents[0] = "p9"; } },
    };
    std::set<std::string> seen { commitId(sampleCommit()) };
    for (const auto &[what, edit] : edits) {
        Commit changed = sampleCommit();
        edit(changed);
        QVERIFY2(seen.insert(commitId(changed)).second, what);
    }
}

void TestRefNames::commitIdEncodingIsUnambiguous()
{
    Commit a, b;
    a.committer = "ab";
    a.message = "c";
    b.committer = "a";
    b.message = "bc";
    QVERIFY(commitId(a) != commitId(b));

    a = {};
    b = {};
    a.parents = { "ab" };
    b.parents = { "a", "b" };
    QVERIFY(commitId(a) != commitId(b));

    a = {};
    b = {};
    a.metadata = { { "a", "bc" } };
    b.metadata = { { "ab", "c" } };
    QVERIFY(commitId(a) != commitId(b));

    a = {};
    b = {};
    a.message = "x";
    b.metaRangeId = "x";
    QVERIFY(commitId(a) != commitId(b));
}

void TestRefNames::treeIdFollowsIdentity()
{
    QCOMPARE(treeId({}), std::string("ceaab9dfa62687eb3b62c78c13f6234cb49f77a3f8992f024e5d4ec6352a1e8e"));
    EntryList one = tree("a=x");
    QCOMPARE(treeId(one), std::string("5147dc24d587e604067d8322341e9c9c63ee30eadb07b8d79155b9a07148510e"));

    EntryList moved = one;
    moved[0].address = "elsewhere";
    moved[0].mtime = 5;
    QCOMPARE(treeId(moved), treeId(one));

    std::set<std::string> seen { treeId({}), treeId(one) };
    const std::vector<std::function<void(LakeEntry &)>> edits {
        [](LakeEntry &e) { e.path = "b"; },
        [](LakeEntry &e) { e.size = 7; },
        [](LakeEntry &e) { e.checksum = "y"; },
        [](LakeEntry &e) { e.contentType = "text/plain"; },
        [](LakeEntry &e) { e.metadata["k"] = "v"; },
    };
    for (const auto &edit : edits) {
        EntryList changed = one;
        edit(changed[0]);
        QVERIFY(seen.insert(treeId(changed)).second);
    }
    QVERIFY(seen.insert(treeId(tree("a=x b=y"))).second);
    QVERIFY(treeId(tree("ab=x")) != treeId(tree("a=bx")));
}

int runRefNameTests(int argc, char **argv)
{
    TestRefNames test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lakefsrefs.moc"
