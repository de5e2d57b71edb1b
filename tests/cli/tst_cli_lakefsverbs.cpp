// SPDX-License-Identifier: Apache-2.0
// The lakeFS verbs of lakescope-cli one by one against `serve lakefs`: the
// --json documents with lakeFS's fields, a merge conflict and its
// strategies, revert, reset of a path, a prefix and a branch, and listings
// longer than one page of the API.
#include "tst_cli_lakefs.h"

namespace lakescope::clitest {

void TestCliLakeFs::jsonDocuments()
{
    const Run repo
        = cli({ "--json", "repo", "create", "lakefs://json-docs", "local://json-docs", "--default-branch", "trunk" });
    QVERIFY2(repo.code == 0, repo.err.constData());
    const QJsonObject repository = jsonOf(repo);
    QCOMPARE(repository.value("id").toString(), QStringLiteral("json-docs"));
    QCOMPARE(repository.value("default_branch").toString(), QStringLiteral("trunk"));
    QCOMPARE(repository.value("storage_namespace").toString(), QStringLiteral("local://json-docs"));
    QVERIFY(repository.value("creation_date").toInteger() > 1600000000);

    const QJsonObject repos = jsonOf(cli({ "repo", "list", "--json" }));
    QVERIFY(resultIds(repos).contains("json-docs"));
    QCOMPARE(repos.value("pagination").toObject().value("has_more").toBool(true), false);

    upload("lakefs://json-docs/trunk/a.csv", "a\n1\n");
    const Run commit = cli({ "--json", "commit", "lakefs://json-docs/trunk", "-m", "add a", "--meta", "k=v" });
    QVERIFY2(commit.code == 0, commit.err.constData());
    const QJsonObject made = jsonOf(commit);
    QVERIFY(kCommitId.match(made.value("id").toString()).hasMatch());
    QCOMPARE(made.value("message").toString(), QStringLiteral("add a"));
    QCOMPARE(made.value("metadata").toObject().value("k").toString(), QStringLiteral("v"));
    QCOMPARE(made.value("parents").toArray().size(), 1);
    QVERIFY(made.contains("committer") && made.contains("creation_date") && made.contains("meta_range_id"));

    const QJsonObject branch
        = jsonOf(cli({ "--json", "branch", "create", "lakefs://json-docs/dev", "-s", "lakefs://json-docs/trunk" }));
    QCOMPARE(branch.value("id").toString(), QStringLiteral("dev"));
    QCOMPARE(branch.value("commit_id").toString(), made.value("id").toString());
    const QJsonObject branches = jsonOf(cli({ "--json", "branch", "list", "lakefs://json-docs" }));
    QCOMPARE(resultIds(branches), QStringList({ "dev", "trunk" }));
    QCOMPARE(
        resultIds(branches, "commit_id"), QStringList({ made.value("id").toString(), made.value("id").toString() }));

    const QJsonObject tag
        = jsonOf(cli({ "--json", "tag", "create", "lakefs://json-docs/v1", "lakefs://json-docs/trunk" }));
    QCOMPARE(tag.value("id").toString(), QStringLiteral("v1"));
    QCOMPARE(tag.value("commit_id").toString(), made.value("id").toString());
    QCOMPARE(resultIds(jsonOf(cli({ "--json", "tag", "list", "lakefs://json-docs" }))), QStringList({ "v1" }));

    upload("lakefs://json-docs/dev/b.csv", "b\n2\n");
    const QJsonObject diff = jsonOf(cli({ "--json", "diff", "lakefs://json-docs/dev" }));
    const QJsonObject entry = diff.value("results").toArray().at(0).toObject();
    QCOMPARE(entry.value("type").toString(), QStringLiteral("added"));
    QCOMPARE(entry.value("path").toString(), QStringLiteral("b.csv"));
    QCOMPARE(entry.value("path_type").toString(), QStringLiteral("object"));
    QCOMPARE(diff.value("pagination").toObject().value("results").toInt(), 1);

    QVERIFY(kCommitId.match(commitJson("lakefs://json-docs/dev", "add b")).hasMatch());
    const QJsonObject twoDot = jsonOf(
        cli({ "--json", "diff", "--two-way", "lakefs://json-docs/trunk", "lakefs://json-docs/dev", "--prefix", "b" }));
    QCOMPARE(resultIds(twoDot, "path"), QStringList({ "b.csv" }));

    const Run merge = cli({ "--json", "merge", "lakefs://json-docs/dev", "lakefs://json-docs/trunk", "-m", "bring b" });
    QVERIFY2(merge.code == 0, merge.err.constData());
    const QString reference = jsonOf(merge).value("reference").toString();
    QVERIFY(kCommitId.match(reference).hasMatch());

    const QJsonObject log = jsonOf(cli({ "--json", "log", "lakefs://json-docs/trunk", "--amount", "1" }));
    QCOMPARE(resultIds(log), QStringList({ reference }));
    QCOMPARE(log.value("results").toArray().at(0).toObject().value("message").toString(), QStringLiteral("bring b"));
    QCOMPARE(log.value("pagination").toObject().value("has_more").toBool(), true);

    upload("lakefs://json-docs/trunk/c.csv", "c");
    const QJsonObject reset = jsonOf(cli({ "--json", "reset", "lakefs://json-docs/trunk/c.csv" }));
    QCOMPARE(reset.value("type").toString(), QStringLiteral("object"));
    QCOMPARE(reset.value("path").toString(), QStringLiteral("c.csv"));

    const QJsonObject reverted
        = jsonOf(cli({ "--json", "revert", "lakefs://json-docs/dev", made.value("id").toString() }));
    QVERIFY(kCommitId.match(reverted.value("id").toString()).hasMatch());
    QVERIFY(reverted.value("id").toString() != made.value("id").toString());

    QCOMPARE(jsonOf(cli({ "--json", "tag", "delete", "lakefs://json-docs/v1" })).value("deleted").toBool(), true);
    QCOMPARE(jsonOf(cli({ "--json", "branch", "delete", "lakefs://json-docs/dev" })).value("deleted").toBool(), true);
    QCOMPARE(resultIds(jsonOf(cli({ "--json", "branch", "list", "lakefs://json-docs" }))), QStringList({ "trunk" }));
    QCOMPARE(jsonOf(cli({ "--json", "repo", "delete", "lakefs://json-docs" })).value("id").toString(),
        QStringLiteral("json-docs"));
    QVERIFY(!resultIds(jsonOf(cli({ "repo", "list", "--json" }))).contains("json-docs"));
}

void TestCliLakeFs::mergeConflictThenSourceWins()
{
    makeRepo("conflicts", { { "a.csv", "base" }, { "same.csv", "s" } });
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(cli({ "branch", "create", "lakefs://conflicts/feature", "--source", "lakefs://conflicts/main" }).code, 0);
    upload("lakefs://conflicts/feature/a.csv", "from feature");
    QVERIFY(!commitJson("lakefs://conflicts/feature", "feature edits a").isEmpty());
    upload("lakefs://conflicts/main/a.csv", "from main");
    QVERIFY(!commitJson("lakefs://conflicts/main", "main edits a").isEmpty());

    const Run conflict = cli({ "merge", "lakefs://conflicts/feature", "lakefs://conflicts/main" });
    QCOMPARE(conflict.code, 1);
    QCOMPARE(conflict.lines(),
        QStringList({ "Source: lakefs://conflicts/feature", "Destination: lakefs://conflicts/main", "Conflict found.",
            "* conflict a.csv" }));
    QVERIFY(isOneLineError(conflict));
    QVERIFY(conflict.err.contains("Conflict found in 1 path"));
    QCOMPARE(cli({ "cat", "lakefs://conflicts/main/a.csv" }).out, QByteArray("from main"));

    const Run asJson = cli({ "--json", "merge", "lakefs://conflicts/feature", "lakefs://conflicts/main" });
    QCOMPARE(asJson.code, 1);
    const QJsonObject document = jsonOf(asJson);
    QCOMPARE(document.value("reference").toString("missing"), QString());
    QCOMPARE(document.value("conflicts").toArray(), QJsonArray({ "a.csv" }));

    const Run destWins
        = cli({ "merge", "lakefs://conflicts/feature", "lakefs://conflicts/main", "--strategy", "dest-wins" });
    QVERIFY2(destWins.code == 0, destWins.err.constData());
    QCOMPARE(cli({ "cat", "lakefs://conflicts/main/a.csv" }).out, QByteArray("from main"));

    upload("lakefs://conflicts/feature/a.csv", "feature again");
    QVERIFY(!commitJson("lakefs://conflicts/feature", "feature edits a again").isEmpty());
    upload("lakefs://conflicts/main/a.csv", "main again");
    QVERIFY(!commitJson("lakefs://conflicts/main", "main edits a again").isEmpty());
    QCOMPARE(cli({ "merge", "lakefs://conflicts/feature", "lakefs://conflicts/main" }).code, 1);
    const Run sourceWins = cli({ "merge", "lakefs://conflicts/feature", "lakefs://conflicts/main", "--strategy",
        "source-wins", "-m", "feature wins" });
    QVERIFY2(sourceWins.code == 0, sourceWins.err.constData());
    QVERIFY(sourceWins.lines().value(2).startsWith("Merged \"feature\" into \"main\" to get \""));
    QCOMPARE(cli({ "cat", "lakefs://conflicts/main/a.csv" }).out, QByteArray("feature again"));
    const QJsonObject head = jsonOf(cli({ "--json", "log", "lakefs://conflicts/main", "--amount", "1" }));
    QCOMPARE(
        head.value("results").toArray().at(0).toObject().value("message").toString(), QStringLiteral("feature wins"));
}

void TestCliLakeFs::revertUndoesACommit()
{
    makeRepo("reverts", { { "x.txt", "one" } });
    QVERIFY(!QTest::currentTestFailed());
    upload("lakefs://reverts/main/x.txt", "two");
    const QString second = commitJson("lakefs://reverts/main", "second");
    QVERIFY(kCommitId.match(second).hasMatch());

    const Run revert = cli({ "revert", "lakefs://reverts/main", second });
    QVERIFY2(revert.code == 0, revert.err.constData());
    QCOMPARE(revert.lines(),
        QStringList({ "Branch: lakefs://reverts/main", "commit " + second + " successfully reverted" }));
    QCOMPARE(cli({ "cat", "lakefs://reverts/main/x.txt" }).out, QByteArray("one"));
    const QJsonObject head = jsonOf(cli({ "--json", "log", "lakefs://reverts/main", "--amount", "1" }));
    const QJsonObject commit = head.value("results").toArray().at(0).toObject();
    QVERIFY(commit.value("id").toString() != second);
    QCOMPARE(commit.value("parents").toArray(), QJsonArray({ second }));

    // A ref expression names the commit as well: undo the revert itself.
    const Run again = cli({ "revert", "lakefs://reverts/main", "lakefs://reverts/main" });
    QVERIFY2(again.code == 0, again.err.constData());
    QCOMPARE(cli({ "cat", "lakefs://reverts/main/x.txt" }).out, QByteArray("two"));
}

void TestCliLakeFs::resetPathPrefixAndBranch()
{
    makeRepo("resets", { { "keep.txt", "kept" } });
    QVERIFY(!QTest::currentTestFailed());
    upload("lakefs://resets/main/a.txt", "a");
    upload("lakefs://resets/main/dir/b.txt", "b");
    upload("lakefs://resets/main/dir/c.txt", "c");
    upload("lakefs://resets/main/keep.txt", "changed");
    QCOMPARE(cli({ "diff", "lakefs://resets/main" }).lines(),
        QStringList({ "Ref: lakefs://resets/main", "", "+ added a.txt", "+ added dir/b.txt", "+ added dir/c.txt",
            "~ changed keep.txt" }));

    const Run one = cli({ "reset", "lakefs://resets/main/a.txt" });
    QVERIFY2(one.code == 0, one.err.constData());
    QCOMPARE(one.lines(), QStringList({ "Branch: lakefs://resets/main", "Reset uncommitted changes of \"a.txt\"." }));
    QCOMPARE(cli({ "diff", "lakefs://resets/main" }).lines(),
        QStringList(
            { "Ref: lakefs://resets/main", "", "+ added dir/b.txt", "+ added dir/c.txt", "~ changed keep.txt" }));

    QCOMPARE(cli({ "reset", "lakefs://resets/main/dir/" }).code, 0);
    QCOMPARE(cli({ "diff", "lakefs://resets/main" }).lines(),
        QStringList({ "Ref: lakefs://resets/main", "", "~ changed keep.txt" }));

    QCOMPARE(cli({ "reset", "-y", "lakefs://resets/main" }).code, 0);
    QCOMPARE(cli({ "diff", "lakefs://resets/main" }).lines(),
        QStringList({ "Ref: lakefs://resets/main", "", "No changes." }));
    QCOMPARE(cli({ "cat", "lakefs://resets/main/keep.txt" }).out, QByteArray("kept"));
}

void TestCliLakeFs::diffReadsEveryPage()
{
    // More than one page of the API (1000): the CLI must follow has_more.
    constexpr int kFiles = 1003;
    for (int i = 0; i < kFiles; ++i)
        QVERIFY(
            writeFile(local(QStringLiteral("many/f%1.txt").arg(i, 4, 10, QLatin1Char('0'))), QByteArray::number(i)));
    QCOMPARE(cli({ "repo", "create", "lakefs://paging", "local://paging" }).code, 0);
    const Run copy = cli({ "cp", "-R", local("many"), "lakefs://paging/main/" });
    QVERIFY2(copy.code == 0, copy.err.constData());

    const Run diff = cli({ "diff", "lakefs://paging/main" });
    QCOMPARE(diff.code, 0);
    const QStringList added = diff.lines().filter(QRegularExpression("^\\+ added many/f\\d{4}\\.txt$"));
    QCOMPARE(added.size(), kFiles);
    QCOMPARE(added.last(), QStringLiteral("+ added many/f1002.txt"));
    const QJsonObject json = jsonOf(cli({ "--json", "diff", "lakefs://paging/main", "--prefix", "many/f1" }));
    QCOMPARE(json.value("results").toArray().size(), 3);

    QVERIFY(kCommitId.match(commitJson("lakefs://paging/main", "many files")).hasMatch());
    const QJsonObject compared = jsonOf(cli({ "--json", "diff", "lakefs://paging/main~1", "lakefs://paging/main" }));
    QCOMPARE(compared.value("results").toArray().size(), kFiles);
    QCOMPARE(compared.value("pagination").toObject().value("has_more").toBool(true), false);
}

} // namespace lakescope::clitest
