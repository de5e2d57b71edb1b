// SPDX-License-Identifier: Apache-2.0
// The transfer verbs of lakescope-cli at work: cp and sync on local folders
// with filters and conflict policies, progress lines, the --json summary,
// journals of failed and interrupted jobs, jobs, --resume and --discard.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "clitesthelpers.h"

using namespace lakescope::clitest;

class TestCliTransfer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cpKeepsItsRefusals();
    void cpIncludeExclude();
    void ifExistsSkipIsReported();
    void ifExistsIdentical();
    void ifExistsNewer();
    void ifExistsRename();
    void progressLines();
    void jsonSummary();
    void syncDryRun();
    void syncDelete();
    void failedJobListsAndResumes();
    void discard();
    void interruptKeepsTheJournal();

private:
    // The CLI with journals in this test's state directory, never the
    // developer's: LAKESCOPE_STATE_DIR is state("env-jobs").
    Run cli(const QStringList &args) const;
    QString path(const QString &relative) const { return m_dir->path() + "/" + relative; }
    QString state(const QString &relative = {}) const { return m_state->path() + "/" + relative; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestCliTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(m_state->isValid());
}

Run TestCliTransfer::cli(const QStringList &args) const
{
    return runProcess(QStringLiteral(LAKESCOPE_CLI_PATH), args, transferEnvironment(m_state->path()));
}

void TestCliTransfer::cpKeepsItsRefusals()
{
    QVERIFY(writeFile(path("t/a.txt"), "a"));
    const Run folder = cli({ "cp", "--threads", "2", path("t"), path("u") });
    QCOMPARE(folder.code, 1);
    QVERIFY(isOneLineError(folder));
    QVERIFY(folder.err.contains("is a folder (use cp -R)"));

    const Run same = cli({ "cp", path("t/a.txt"), path("t/") });
    QCOMPARE(same.code, 1);
    QVERIFY(same.err.contains("source and destination are the same"));

    const Run inside = cli({ "cp", "-R", path("t"), path("t/inner/") });
    QCOMPARE(inside.code, 1);
    QVERIFY(inside.err.contains("cannot copy a folder into itself"));

    QVERIFY(writeFile(path("object"), "o"));
    const Run onto = cli({ "cp", "-R", path("t"), path("object") });
    QCOMPARE(onto.code, 1);
    QVERIFY(onto.err.contains("cannot copy a folder onto an object"));
    QCOMPARE(contentsOf(path("object")), QByteArray("o"));
    QVERIFY(QDir(state("env-jobs")).isEmpty()); // refused before any job
}

void TestCliTransfer::cpIncludeExclude()
{
    for (const char *name : { "a.txt", "b.log", "sub/c.txt", "sub/d.log", "sub/skip.txt", "other/e.txt" })
        QVERIFY(writeFile(path(QString("src/") + name), name));
    // Without '/', a pattern matches file names; with one, the path.
    const Run run = cli({ "cp", "-R", "--include", "*.txt", "--include=sub/d.log", "--exclude", "skip.txt",
        "--exclude=other/*", path("src"), path("dst") });
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(treeOf(path("dst")), QStringList({ "a.txt", "sub/c.txt", "sub/d.log" }));
    QCOMPARE(contentsOf(path("dst/sub/c.txt")), QByteArray("sub/c.txt"));
    QVERIFY(QDir(state("env-jobs")).entryList(QDir::Files).isEmpty()); // a clean finish keeps no journal
}

void TestCliTransfer::ifExistsSkipIsReported()
{
    QVERIFY(writeFile(path("src.txt"), "new"));
    QVERIFY(writeFile(path("dst.txt"), "old"));
    const Run run = cli({ "cp", "--if-exists", "skip", path("src.txt"), path("dst.txt") });
    QCOMPARE(run.code, 0);
    QCOMPARE(contentsOf(path("dst.txt")), QByteArray("old"));
    QCOMPARE(run.err, QByteArray("lakescope-cli: skipped 1 existing file (--if-exists skip)\n"));

    // Without a policy the file is replaced, and nothing is said.
    const Run overwrite = cli({ "cp", path("src.txt"), path("dst.txt") });
    QCOMPARE(overwrite.code, 0);
    QVERIFY(overwrite.err.isEmpty());
    QCOMPARE(contentsOf(path("dst.txt")), QByteArray("new"));
}

void TestCliTransfer::ifExistsIdentical()
{
    QVERIFY(writeFile(path("src/same.txt"), "same"));
    QVERIFY(writeFile(path("src/differs.txt"), "from the source"));
    QVERIFY(writeFile(path("src/fresh.txt"), "fresh"));
    QVERIFY(writeFile(path("out/src/same.txt"), "same"));
    QVERIFY(writeFile(path("out/src/differs.txt"), "old"));
    // DST is the existing folder "out": the tree lands in out/src.
    const Run run = cli({ "cp", "-R", "--if-exists", "identical", "--json", path("src"), path("out") });
    QCOMPARE(run.code, 0);
    QCOMPARE(contentsOf(path("out/src/differs.txt")), QByteArray("from the source"));
    QCOMPARE(contentsOf(path("out/src/fresh.txt")), QByteArray("fresh"));
    QCOMPARE(contentsOf(path("out/src/same.txt")), QByteArray("same"));
    QCOMPARE(run.err, QByteArray("lakescope-cli: skipped 1 existing file (--if-exists identical)\n"));
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary["filesDone"].toInt(), 2);
    QCOMPARE(summary["filesSkipped"].toInt(), 1);
}

void TestCliTransfer::ifExistsNewer()
{
    const QDateTime old = QDateTime::fromSecsSinceEpoch(946684800); // 2000-01-01
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(writeFile(path("src/newer.txt"), "source is newer"));
    QVERIFY(writeFile(path("src/older.txt"), "source is older"));
    QVERIFY(writeFile(path("dst/src/newer.txt"), "stale"));
    QVERIFY(writeFile(path("dst/src/older.txt"), "current"));
    QVERIFY(setModified(path("src/newer.txt"), recent));
    QVERIFY(setModified(path("dst/src/newer.txt"), old));
    QVERIFY(setModified(path("src/older.txt"), old));
    QVERIFY(setModified(path("dst/src/older.txt"), recent));

    const Run run = cli({ "cp", "-r", "--if-exists=newer", path("src"), path("dst/") });
    QCOMPARE(run.code, 0);
    QCOMPARE(contentsOf(path("dst/src/newer.txt")), QByteArray("source is newer"));
    QCOMPARE(contentsOf(path("dst/src/older.txt")), QByteArray("current"));
    QCOMPARE(run.err, QByteArray("lakescope-cli: skipped 1 existing file (--if-exists newer)\n"));
}

void TestCliTransfer::ifExistsRename()
{
    QVERIFY(writeFile(path("in/report.csv"), "second"));
    QVERIFY(writeFile(path("out/report.csv"), "first"));
    const Run run = cli({ "cp", "--if-exists", "rename", path("in/report.csv"), path("out/") });
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(contentsOf(path("out/report.csv")), QByteArray("first"));
    QCOMPARE(contentsOf(path("out/report (1).csv")), QByteArray("second"));
    QCOMPARE(cli({ "cp", "--if-exists", "rename", path("in/report.csv"), path("out/") }).code, 0);
    QCOMPARE(contentsOf(path("out/report (2).csv")), QByteArray("second"));
}

void TestCliTransfer::progressLines()
{
    QVERIFY(writeFile(path("src/a"), "1"));
    QVERIFY(writeFile(path("src/b"), "22"));
    QVERIFY(writeFile(path("src/c"), QByteArray(3000, 'c')));
    QVERIFY(writeFile(path("dst/src/a"), "1"));
    const Run run = cli({ "cp", "-R", "--progress", "--if-exists", "skip", path("src"), path("dst") });
    QCOMPARE(run.code, 0);
    // Not a terminal: whole lines, no carriage returns or escapes.
    QVERIFY(!run.err.contains('\r'));
    QVERIFY(!run.err.contains('\x1b'));
    const QStringList lines = errorLines(run);
    QVERIFY(lines.size() >= 2);
    // The last progress line, then the skip count.
    QCOMPARE(lines.last(), QString("lakescope-cli: skipped 1 existing file (--if-exists skip)"));
    const QRegularExpression last(R"(^100%  3\.0K/3\.0K  \S+/s  3/3 files, 1 skipped$)");
    QVERIFY2(last.match(lines.at(lines.size() - 2)).hasMatch(), qPrintable(lines.at(lines.size() - 2)));
    // Any earlier line is a live one, with an ETA.
    for (int i = 0; i + 2 < lines.size(); ++i)
        QVERIFY2(lines[i].contains(" ETA "), qPrintable(lines[i]));
}

void TestCliTransfer::jsonSummary()
{
    QVERIFY(writeFile(path("src/one"), "1"));
    QVERIFY(writeFile(path("src/deep/two"), "22"));
    const Run run = cli({ "--json", "cp", "-R", path("src"), path("dst") });
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError error;
    const QJsonObject summary = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!summary["job"].toString().isEmpty());
    QCOMPARE(summary["state"].toString(), QString("done"));
    QCOMPARE(summary["files"].toInt(), 2);
    QCOMPARE(summary["filesDone"].toInt(), 2);
    QCOMPARE(summary["filesFailed"].toInt(), 0);
    QCOMPARE(summary["filesSkipped"].toInt(), 0);
    QCOMPARE(summary["bytes"].toInt(), 3);
    QCOMPARE(summary["bytesReused"].toInt(), 0);
    QVERIFY(summary["seconds"].isDouble());
    QCOMPARE(summary["failures"].toArray().size(), 0);
    QCOMPARE(contentsOf(path("dst/deep/two")), QByteArray("22"));
}

void TestCliTransfer::syncDryRun()
{
    QVERIFY(writeFile(path("src/same.txt"), "same"));
    QVERIFY(writeFile(path("src/changed.txt"), "longer than before"));
    QVERIFY(writeFile(path("src/sub/new.txt"), "new"));
    QVERIFY(writeFile(path("dst/same.txt"), "same"));
    QVERIFY(writeFile(path("dst/changed.txt"), "short"));
    QVERIFY(writeFile(path("dst/sub/extra.txt"), "extra"));
    const QStringList before = treeOf(path("dst"));

    const Run run = cli({ "sync", "--dry-run", "--delete", path("src"), path("dst") });
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QStringList plan = run.lines();
    plan.sort();
    QCOMPARE(plan, QStringList({ "copy changed.txt", "copy sub/new.txt", "delete sub/extra.txt" }));
    // Nothing changed.
    QCOMPARE(treeOf(path("dst")), before);
    QCOMPARE(contentsOf(path("dst/changed.txt")), QByteArray("short"));

    const Run json = cli({ "sync", "--dry-run", "--json", path("src"), path("dst") });
    QCOMPARE(json.code, 0);
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(summary["dryRun"].toBool(), true);
    QStringList copies;
    for (const auto &entry : summary["copy"].toArray())
        copies << entry.toString();
    copies.sort();
    QCOMPARE(copies, QStringList({ "changed.txt", "sub/new.txt" }));
    QCOMPARE(summary["delete"].toArray().size(), 0); // no --delete
}

void TestCliTransfer::syncDelete()
{
    QVERIFY(writeFile(path("src/keep.txt"), "keep"));
    QVERIFY(writeFile(path("src/sub/changed.txt"), "the new text"));
    QVERIFY(writeFile(path("dst/keep.txt"), "keep"));
    QVERIFY(writeFile(path("dst/sub/changed.txt"), "old"));
    QVERIFY(writeFile(path("dst/gone.txt"), "gone"));
    QVERIFY(writeFile(path("dst/sub/gone-too.txt"), "gone"));

    // Without --delete, extra files stay.
    QCOMPARE(cli({ "sync", path("src"), path("dst/") }).code, 0);
    QCOMPARE(treeOf(path("dst")), QStringList({ "gone.txt", "keep.txt", "sub/changed.txt", "sub/gone-too.txt" }));
    QCOMPARE(contentsOf(path("dst/sub/changed.txt")), QByteArray("the new text"));

    const Run run = cli({ "--json", "sync", "--delete", path("src"), path("dst") });
    QCOMPARE(run.code, 0);
    QCOMPARE(treeOf(path("dst")), QStringList({ "keep.txt", "sub/changed.txt" }));
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary["deleted"].toInt(), 2);
    QCOMPARE(summary["filesSkipped"].toInt(), 2); // both already match

    // A folder inside the other is refused both ways.
    QCOMPARE(cli({ "sync", path("src"), path("src/sub") }).code, 1);
    const Run up = cli({ "sync", "--delete", path("src/sub"), path("src") });
    QCOMPARE(up.code, 1);
    QVERIFY(up.err.contains("cannot sync a folder with itself or a folder inside it"));
    QVERIFY(QFileInfo::exists(path("src/keep.txt")));
}

void TestCliTransfer::failedJobListsAndResumes()
{
    QVERIFY(writeFile(path("src/a.txt"), "a"));
    QVERIFY(writeFile(path("src/b/c.txt"), "c"));
    QVERIFY(writeFile(path("dst/src/b"), "a file where a folder must go"));
    const QString stateDir = state("flag");

    const Run failed = cli({ "--json", "cp", "-R", "--state-dir", stateDir, path("src/"), path("dst/") });
    QCOMPARE(failed.code, 1);
    const QJsonObject summary = QJsonDocument::fromJson(failed.out).object();
    const QString id = summary["job"].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(summary["filesFailed"].toInt(), 1);
    QCOMPARE(summary["failures"].toArray().first().toObject()["key"].toString(),
        QString(path("dst/src/b/c.txt")).mid(1)); // a key: the path without its root
    QStringList lines = errorLines(failed);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines[0].startsWith("lakescope-cli: failed: " + path("dst/src/b/c.txt").mid(1) + ": "), qPrintable(lines[0]));
    QCOMPARE(lines[1], "lakescope-cli: resume with: lakescope-cli cp --resume " + id + " --state-dir " + stateDir);

    // Listed from the --state-dir given, not from the environment's.
    QCOMPARE(cli({ "jobs" }).out, QByteArray());
    const Run jobs = cli({ "jobs", "--state-dir", stateDir });
    QCOMPARE(jobs.code, 0);
    const QStringList listed = jobs.lines();
    QCOMPARE(listed.size(), 1);
    const QRegularExpression line("^" + QRegularExpression::escape(id) + R"(  failed \d+%  1/2 files  1/2  file://)"
        + QRegularExpression::escape(path("src/")) + " -> file://" + QRegularExpression::escape(path("dst/src/"))
        + "$");
    QVERIFY2(line.match(listed.first()).hasMatch(), qPrintable(listed.first()));

    const Run json = cli({ "jobs", "--json", "--state-dir", stateDir });
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.first().toObject()["job"].toString(), id);
    QCOMPARE(array.first().toObject()["filesFailed"].toInt(), 1);

    // Clear the way and resume: only the failed file moves.
    QVERIFY(QFile::remove(path("dst/src/b")));
    QVERIFY(QFile::remove(path("dst/src/a.txt")));
    const Run resumed = cli({ "cp", "--resume", id, "--state-dir", stateDir });
    QCOMPARE(resumed.code, 0);
    QVERIFY2(resumed.err.isEmpty(), resumed.err.constData());
    QCOMPARE(contentsOf(path("dst/src/b/c.txt")), QByteArray("c"));
    QVERIFY(!QFileInfo::exists(path("dst/src/a.txt"))); // done before; not copied again
    QCOMPARE(cli({ "jobs", "--state-dir", stateDir }).out, QByteArray());
}

void TestCliTransfer::discard()
{
    QVERIFY(writeFile(path("src/x/y.txt"), "y"));
    QVERIFY(writeFile(path("dst/src/x"), "blocker"));
    // The journal goes where LAKESCOPE_STATE_DIR says.
    const Run failed = cli({ "--json", "cp", "-R", path("src/"), path("dst") });
    QCOMPARE(failed.code, 1);
    const QString id = QJsonDocument::fromJson(failed.out).object()["job"].toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(failed.err.contains("resume with: lakescope-cli cp --resume " + id.toUtf8() + "\n"));
    QVERIFY(cli({ "jobs" }).out.startsWith(id.toUtf8() + "  "));

    const Run discarded = cli({ "jobs", "--discard", id });
    QCOMPARE(discarded.code, 0);
    QVERIFY(discarded.out.isEmpty());
    QCOMPARE(cli({ "jobs" }).out, QByteArray());
    QVERIFY(QDir(state("env-jobs")).entryList(QDir::Files).isEmpty());

    const Run again = cli({ "cp", "--resume", id });
    QCOMPARE(again.code, 1);
    QVERIFY(isOneLineError(again));
    QVERIFY(again.err.contains(id.toUtf8()));
}

void TestCliTransfer::interruptKeepsTheJournal()
{
    // Into memory:// the bytes stream through the bandwidth limit (a copy
    // between local folders is the file system's own): 512 KiB at 64 KiB/s
    // take 8 s, time enough to interrupt once the first progress line
    // shows the job moving.
    QVERIFY(writeFile(path("big.bin"), QByteArray(512 * 1024, 'b')));
    const QString stateDir = state("flag");

    QProcess process;
    process.setProcessEnvironment(transferEnvironment(m_state->path()));
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(LAKESCOPE_CLI_PATH),
        { "cp", "--progress", "--bwlimit", "64K", "--state-dir", stateDir, path("big.bin"),
            "memory://scratch/big.bin" });
    QVERIFY(process.waitForStarted());
    QByteArray err;
    for (int i = 0; i < 40 && !err.contains(" files"); ++i) {
        process.waitForReadyRead(1000);
        err += process.readAllStandardError();
    }
    QVERIFY2(err.contains(" ETA "), err.constData());
    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QRegularExpression hint(R"(\nlakescope-cli: interrupted; resume with: lakescope-cli cp --resume (\S+) )"
                                  R"(--state-dir )"
        + QRegularExpression::escape(stateDir) + "\n$");
    const auto match = hint.match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    const QString id = match.captured(1);

    const Run jobs = cli({ "jobs", "--state-dir", stateDir });
    QCOMPARE(jobs.lines().size(), 1);
    QVERIFY2(jobs.out.startsWith(id.toUtf8() + "  interrupted "), jobs.out.constData());
    QVERIFY2(jobs.out.trimmed().endsWith(" -> memory://scratch/big.bin"), jobs.out.constData());

    QCOMPARE(cli({ "jobs", "--discard", id, "--state-dir", stateDir }).code, 0);
    QCOMPARE(cli({ "jobs", "--state-dir", stateDir }).out, QByteArray());
}

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_cli_transfer.moc"
