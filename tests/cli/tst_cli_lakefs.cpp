// SPDX-License-Identifier: Apache-2.0
// The lakeFS verbs of lakescope-cli (repo, branch, tag, commit, diff, merge,
// log, revert, reset) against `lakescope-cli serve lakefs`, and once against
// a local lake folder (file://) with no server: the lakeFS quickstart end to
// end, the tutorial script, help and the errors. The other verbs' cases are
// in tst_cli_lakefsverbs.cpp.
#include "tst_cli_lakefs.h"

#include <QUrl>

namespace lakescope::clitest {

void TestCliLakeFs::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(m_state.isValid());
    QString error;
    m_peer = testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
    QVERIFY2(m_peer, qPrintable(error)); // a server that cannot start FAILS
    m_env = m_peer->clientEnvironment();
    // Journals of cp and a ~/.lakectl.yaml stay inside the test.
    const QProcessEnvironment state = transferEnvironment(m_state.path());
    m_env.insert("LAKESCOPE_STATE_DIR", state.value("LAKESCOPE_STATE_DIR"));
    m_env.insert("XDG_STATE_HOME", state.value("XDG_STATE_HOME"));
    m_env.insert("HOME", m_state.path());
}

void TestCliLakeFs::upload(const QString &url, const QByteArray &data)
{
    const QString file = local(QStringLiteral("upload-%1").arg(++m_uploads));
    QVERIFY(writeFile(file, data));
    const Run run = cli({ "cp", file, url });
    QVERIFY2(run.code == 0, run.err.constData());
}

QString TestCliLakeFs::commitJson(const QString &branch, const QString &message)
{
    const Run run = cli({ "--json", "commit", branch, "-m", message });
    if (run.code != 0) {
        qWarning("commit failed: %s", run.err.constData());
        return {};
    }
    return jsonOf(run).value("id").toString();
}

void TestCliLakeFs::makeRepo(const QString &name, const QList<QPair<QString, QByteArray>> &files)
{
    const Run created = cli({ "repo", "create", "lakefs://" + name, "local://" + name });
    QVERIFY2(created.code == 0, created.err.constData());
    if (files.isEmpty())
        return;
    for (const auto &[path, data] : files) {
        upload("lakefs://" + name + "/main/" + path, data);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(kCommitId.match(commitJson("lakefs://" + name + "/main", "initial data")).hasMatch());
}

// The lakeFS quickstart, step by step, checking what each step prints.
void TestCliLakeFs::tutorial(const QProcessEnvironment &environment)
{
    const auto run = [&](const QStringList &args) { return cliIn(environment, args); };
    const QByteArray lakes = "name,country,depth_m\nArresø,Denmark,6\nVänern,Sweden,106\nFuresø,Denmark,38\n";
    const QByteArray danish = "name,country,depth_m\nArresø,Denmark,6\nFuresø,Denmark,38\n";
    QVERIFY(writeFile(local("lakes.csv"), lakes));
    QVERIFY(writeFile(local("denmark-lakes.csv"), danish));

    const Run repo = run({ "repo", "create", "lakefs://quickstart", "local://quickstart" });
    QVERIFY2(repo.code == 0, repo.err.constData());
    QCOMPARE(repo.lines().value(0), QStringLiteral("Repository: lakefs://quickstart"));
    QVERIFY(repo.lines().contains("Repository 'quickstart' created:"));
    QVERIFY(repo.lines().contains("default branch: main"));

    QCOMPARE(run({ "cp", local("lakes.csv"), "lakefs://quickstart/main/lakes.csv" }).code, 0);
    const Run first = run({ "commit", "lakefs://quickstart/main", "-m", "Load the lakes data set" });
    QVERIFY2(first.code == 0, first.err.constData());

    const Run branch
        = run({ "branch", "create", "lakefs://quickstart/denmark-lakes", "--source", "lakefs://quickstart/main" });
    QVERIFY2(branch.code == 0, branch.err.constData());
    QCOMPARE(branch.lines().value(0), QStringLiteral("Source ref: lakefs://quickstart/main"));
    QVERIFY(
        QRegularExpression("^created branch 'denmark-lakes' [0-9a-f]{64}$").match(branch.lines().value(1)).hasMatch());

    const Run put = run({ "cp", local("denmark-lakes.csv"), "lakefs://quickstart/denmark-lakes/denmark-lakes.csv" });
    QVERIFY2(put.code == 0, put.err.constData());

    const Run uncommitted = run({ "diff", "lakefs://quickstart/denmark-lakes" });
    QVERIFY2(uncommitted.code == 0, uncommitted.err.constData());
    QCOMPARE(uncommitted.lines(),
        QStringList({ "Ref: lakefs://quickstart/denmark-lakes", "", "+ added denmark-lakes.csv" }));

    const Run commit = run({ "commit", "lakefs://quickstart/denmark-lakes", "-m",
        "Create a dataset of just the lakes in Denmark", "--meta", "source=lakes.csv", "--meta=filter=country" });
    QVERIFY2(commit.code == 0, commit.err.constData());
    const QStringList commitLines = commit.lines();
    QCOMPARE(commitLines.value(0), QStringLiteral("Branch: lakefs://quickstart/denmark-lakes"));
    QCOMPARE(commitLines.value(1), QStringLiteral("Commit for branch \"denmark-lakes\" completed."));
    QVERIFY(QRegularExpression("^ID: [0-9a-f]{64}$").match(commitLines.value(3)).hasMatch());
    QCOMPARE(commitLines.value(4), QStringLiteral("Message: Create a dataset of just the lakes in Denmark"));
    QVERIFY(commitLines.value(5).startsWith("Timestamp: ") && commitLines.value(5).endsWith(" +0000 UTC"));
    QVERIFY(commitLines.value(6).startsWith("Parents: "));
    const QString branchCommit = commitLines.value(3).mid(4);

    const Run compared = run({ "diff", "lakefs://quickstart/main", "lakefs://quickstart/denmark-lakes" });
    QVERIFY2(compared.code == 0, compared.err.constData());
    QCOMPARE(compared.lines(),
        QStringList({ "Left ref: lakefs://quickstart/main", "Right ref: lakefs://quickstart/denmark-lakes", "",
            "+ added denmark-lakes.csv" }));

    const Run merge = run({ "merge", "lakefs://quickstart/denmark-lakes", "lakefs://quickstart/main" });
    QVERIFY2(merge.code == 0, merge.err.constData());
    QCOMPARE(merge.lines().value(0), QStringLiteral("Source: lakefs://quickstart/denmark-lakes"));
    QCOMPARE(merge.lines().value(1), QStringLiteral("Destination: lakefs://quickstart/main"));
    const auto merged = QRegularExpression("^Merged \"denmark-lakes\" into \"main\" to get \"([0-9a-f]{64})\".$")
                            .match(merge.lines().value(2));
    QVERIFY2(merged.hasMatch(), merge.out.constData());

    const Run cat = run({ "cat", "lakefs://quickstart/main/denmark-lakes.csv" });
    QVERIFY2(cat.code == 0, cat.err.constData());
    QCOMPARE(cat.out, danish);

    const Run log = run({ "log", "lakefs://quickstart/main", "--amount", "2" });
    QVERIFY2(log.code == 0, log.err.constData());
    const QStringList logLines = log.lines();
    QCOMPARE(logLines.value(0), "ID:            " + merged.captured(1));
    QCOMPARE(logLines.filter(QRegularExpression("^ID: ")).size(), 2);
    QVERIFY(logLines.filter(QRegularExpression("^Merge: +[0-9a-f]{64}, [0-9a-f]{64}$")).size() == 1);
    QCOMPARE(
        logLines.filter(QRegularExpression("^Date:          \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000 UTC$"))
            .size(),
        2);
    // The whole history holds the branch's commit with its metadata.
    const Run whole = run({ "log", "lakefs://quickstart/main" });
    QVERIFY(whole.lines().contains("ID:            " + branchCommit));
    QVERIFY(whole.lines().contains("    Create a dataset of just the lakes in Denmark"));
    QVERIFY(whole.lines().contains("        source = lakes.csv"));
    QVERIFY(whole.lines().contains("        filter = country"));
    // Per-path history: only the commit that brought the file.
    const Run history = run({ "--json", "log", "lakefs://quickstart/main", "--objects", "denmark-lakes.csv" });
    QCOMPARE(resultIds(jsonOf(history)), QStringList({ branchCommit }));
}

void TestCliLakeFs::tutorialAgainstServer()
{
    tutorial(m_env);
}

void TestCliLakeFs::tutorialOnLocalLake()
{
    QTemporaryDir lake;
    QVERIFY(lake.isValid());
    QProcessEnvironment environment = m_env;
    environment.insert("LAKECTL_SERVER_ENDPOINT_URL", QUrl::fromLocalFile(lake.path() + "/lake").toString());
    environment.remove("LAKECTL_CREDENTIALS_ACCESS_KEY_ID");
    environment.remove("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY");
    QVERIFY(environment.value("LAKECTL_SERVER_ENDPOINT_URL").startsWith("file:///"));
    tutorial(environment);
    if (QTest::currentTestFailed())
        return;
    // Every step was its own process: the lake on disk holds the result.
    QVERIFY(QDir(lake.path() + "/lake").exists());
    const Run branches = cliIn(environment, { "--json", "branch", "list", "lakefs://quickstart" });
    QCOMPARE(resultIds(jsonOf(branches)), QStringList({ "denmark-lakes", "main" }));
}

void TestCliLakeFs::tutorialScript()
{
    const Run run = runProcess(QStringLiteral("bash"),
        { QStringLiteral(LAKESCOPE_TUTORIAL_SCRIPT), QStringLiteral(LAKESCOPE_CLI_PATH), "script-tutorial" }, m_env);
    QVERIFY2(run.code == 0, (run.out + run.err).constData());
    const QStringList lines = run.lines();
    QVERIFY(lines.contains("$ lakescope-cli diff lakefs://script-tutorial/denmark-lakes"));
    QVERIFY(lines.contains("+ added denmark-lakes.csv"));
    QVERIFY(lines.filter(QRegularExpression("^Merged \"denmark-lakes\" into \"main\" to get \"[0-9a-f]{64}\".$")).size()
        == 1);
    // main serves the Danish lakes only, read back after the merge.
    const int cat = lines.indexOf("$ lakescope-cli cat lakefs://script-tutorial/main/denmark-lakes.csv");
    QVERIFY(cat > 0);
    QCOMPARE(lines.mid(cat + 1, 5),
        QStringList({ "name,country,depth_m", "Arresø,Denmark,6", "Esrum Sø,Denmark,22", "Furesø,Denmark,38", "" }));
    QVERIFY(lines.contains("        source = lakes.csv"));
}

void TestCliLakeFs::errors()
{
    const Run missing = cli({ "branch", "list", "lakefs://no-such-repo" });
    QCOMPARE(missing.code, 1);
    QVERIFY2(isOneLineError(missing), missing.err.constData());
    QVERIFY(missing.err.contains("not found"));

    makeRepo("failures", { { "f.txt", "f" } });
    QVERIFY(!QTest::currentTestFailed());
    const Run empty = cli({ "commit", "lakefs://failures/main", "-m", "nothing" });
    QCOMPARE(empty.code, 1);
    QVERIFY2(isOneLineError(empty), empty.err.constData());
    QVERIFY(empty.err.contains("no changes"));

    QCOMPARE(cli({ "tag", "create", "lakefs://failures/v1", "lakefs://failures/main" }).code, 0);
    const Run onTag = cli({ "commit", "lakefs://failures/v1", "-m", "onto a tag" });
    QCOMPARE(onTag.code, 1);
    QVERIFY2(isOneLineError(onTag), onTag.err.constData());
    QVERIFY(onTag.err.contains("is a tag"));
    const Run tagAgain = cli({ "tag", "create", "lakefs://failures/v1", "lakefs://failures/main" });
    QCOMPARE(tagAgain.code, 1);
    QVERIFY(isOneLineError(tagAgain));

    const Run otherRepo = cli({ "branch", "create", "lakefs://failures/x", "--source", "lakefs://elsewhere/main" });
    QCOMPARE(otherRepo.code, 1);
    QVERIFY(otherRepo.err.contains("same repository"));
    const Run notLakeFs = cli({ "diff", "s3://bucket/key" });
    QCOMPARE(notLakeFs.code, 1);
    QVERIFY(notLakeFs.err.contains("expected lakefs://REPO/REF"));
    const Run badMeta = cli({ "commit", "lakefs://failures/main", "-m", "x", "--meta", "novalue" });
    QCOMPARE(badMeta.code, 1);
    QVERIFY(badMeta.err.contains("KEY=VALUE"));
    const Run badAmount = cli({ "log", "lakefs://failures/main", "--amount", "0" });
    QCOMPARE(badAmount.code, 1);
    QVERIFY(badAmount.err.contains("positive number"));

    // Usage errors: exit 2, the message and the usage line.
    const Run unknown = cli({ "repo", "frobnicate" });
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.startsWith("lakescope-cli: repo: unknown subcommand \"frobnicate\" (list, create, delete)\n"));
    QVERIFY(unknown.err.contains("usage: lakescope-cli repo list"));
    QCOMPARE(cli({ "repo", "create", "lakefs://failures" }).code, 2);
    QCOMPARE(cli({ "commit", "lakefs://failures/main" }).code, 2);
    QCOMPARE(cli({ "merge", "lakefs://failures/main" }).code, 2);
    QCOMPARE(cli({ "merge", "lakefs://failures/a", "lakefs://failures/main", "--strategy", "ours" }).code, 2);

    // Nothing above changed the repository.
    QCOMPARE(jsonOf(cli({ "--json", "log", "lakefs://failures/main" })).value("results").toArray().size(), 2);
}

void TestCliLakeFs::helpListsTheVerbs()
{
    const Run overview = cli({ "--help" });
    QCOMPARE(overview.code, 0);
    for (const char *verb : { "repo", "branch", "tag", "commit", "diff", "merge", "log", "revert", "reset" })
        QVERIFY2(overview.lines().filter(QRegularExpression(QStringLiteral("^  %1 +\\S").arg(verb))).size() == 1, verb);
    const Run merge = cli({ "help", "merge" });
    QCOMPARE(merge.code, 0);
    QVERIFY(merge.out.contains("--strategy S"));
    QVERIFY(merge.out.startsWith("usage: lakescope-cli merge lakefs://REPO/SOURCE lakefs://REPO/DEST"));
}

} // namespace lakescope::clitest

QTEST_GUILESS_MAIN(lakescope::clitest::TestCliLakeFs)
