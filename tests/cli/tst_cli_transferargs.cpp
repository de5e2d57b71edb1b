// SPDX-License-Identifier: Apache-2.0
// The options of the transfer verbs: sizes and the forms of an option
// parsed directly (app/cli/transferargs.cpp), then through the binary:
// usage errors, every option reaching its command, and their help.
#include "app/cli/transferargs.h"

#include <QTemporaryDir>
#include <QTest>

#include "clitesthelpers.h"

using namespace lakescope;
using namespace lakescope::clitest;

class TestCliTransferArgs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sizes_data();
    void sizes();
    void takeForms();
    void usageErrors_data();
    void usageErrors();
    void optionsReachTheCommand();
    void help();

private:
    Run cli(const QStringList &args) const
    {
        return runProcess(QStringLiteral(LAKESCOPE_CLI_PATH), args, transferEnvironment(m_state->path()));
    }
    QString path(const QString &relative) const { return m_dir->path() + "/" + relative; }
    QString state(const QString &relative = {}) const { return m_state->path() + "/" + relative; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestCliTransferArgs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(m_state->isValid());
}

void TestCliTransferArgs::sizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("bytes");

    QTest::newRow("bytes") << "65536" << true << quint64(65536);
    QTest::newRow("zero") << "0" << true << quint64(0);
    QTest::newRow("B") << "512B" << true << quint64(512);
    QTest::newRow("K") << "1K" << true << quint64(1024);
    QTest::newRow("KB is 1024 too") << "1KB" << true << quint64(1024);
    QTest::newRow("KiB") << "1KiB" << true << quint64(1024);
    QTest::newRow("Ki") << "4Ki" << true << quint64(4096);
    QTest::newRow("M") << "8M" << true << (quint64(8) << 20);
    QTest::newRow("lower case") << "8mib" << true << (quint64(8) << 20);
    QTest::newRow("G decimal") << "1.5G" << true << quint64(1610612736);
    QTest::newRow("half K") << "0.5K" << true << quint64(512);
    QTest::newRow("rounded") << "1.1K" << true << quint64(1126);
    QTest::newRow("T") << "2T" << true << (quint64(2) << 40);
    QTest::newRow("largest") << "18446744073709551615" << true << quint64(18446744073709551615ULL);
    QTest::newRow("largest T") << "16777215T" << true << (quint64(16777215) << 40);
    QTest::newRow("beyond 64 bits") << "18446744073709551616" << false << quint64(0);
    QTest::newRow("beyond 64 bits in T") << "16777216T" << false << quint64(0);
    QTest::newRow("empty") << "" << false << quint64(0);
    QTest::newRow("unit alone") << "M" << false << quint64(0);
    QTest::newRow("fraction of a byte") << "1.5" << false << quint64(0);
    QTest::newRow("dangling point") << "1.K" << false << quint64(0);
    QTest::newRow("leading point") << ".5K" << false << quint64(0);
    QTest::newRow("comma") << "1,5M" << false << quint64(0);
    QTest::newRow("space") << "8 M" << false << quint64(0);
    QTest::newRow("two units") << "8MM" << false << quint64(0);
    QTest::newRow("peta") << "1P" << false << quint64(0);
    QTest::newRow("negative") << "-1" << false << quint64(0);
    QTest::newRow("exponent") << "1e3" << false << quint64(0);
}

void TestCliTransferArgs::sizes()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint64, bytes);

    const auto parsed = cli::TransferArgs::parseSize(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(quint64(*parsed), bytes);
}

void TestCliTransferArgs::takeForms()
{
    const std::vector<std::string> args { "--include", "*.txt", "--include=sub/**", "--exclude", "x", "--bwlimit=8M",
        "--if-exists", "newer", "--progress" };
    constexpr std::string_view verbOptions = "include exclude bwlimit if-exists progress";
    cli::TransferArgs parsed;
    std::string error;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = std::string_view(args[i]).substr(2);
        const auto eq = arg.find('=');
        const auto inlineValue = eq == std::string_view::npos ? std::nullopt : std::optional(arg.substr(eq + 1));
        QCOMPARE(parsed.take(verbOptions, arg.substr(0, eq), inlineValue, args, i, error),
            cli::TransferArgs::Outcome::Taken);
    }
    QCOMPARE(parsed.include, (std::vector<std::string> { "*.txt", "sub/**" }));
    QCOMPARE(parsed.exclude, std::vector<std::string> { "x" });
    QCOMPARE(parsed.bandwidthLimit, std::uint64_t(8) << 20);
    QVERIFY(parsed.ifExists == ConflictPolicy::NewerOnly);
    QVERIFY(parsed.progress);
    QVERIFY(parsed.has("bwlimit"));
    QVERIFY(!parsed.has("threads"));
    QVERIFY(parsed.jobOptions().ifExists == ConflictPolicy::NewerOnly);
    QCOMPARE(parsed.jobOptions().include.size(), std::size_t(2));

    // An option the verb does not list is left to the caller's "unknown flag".
    std::size_t i = 0;
    const std::vector<std::string> threads { "--threads", "4" };
    QCOMPARE(parsed.take(verbOptions, "threads", std::nullopt, threads, i, error), cli::TransferArgs::Outcome::NotMine);
    QCOMPARE(i, std::size_t(0));
}

void TestCliTransferArgs::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLine");

    QTest::newRow("ls takes no threads") << QStringList { "ls", "--threads", "4", "/tmp" }
                                         << "lakescope-cli: unknown flag --threads for ls";
    QTest::newRow("cp has no --delete") << QStringList { "cp", "--delete", "a", "b" }
                                        << "lakescope-cli: unknown flag --delete for cp";
    QTest::newRow("sync has no --if-exists") << QStringList { "sync", "--if-exists", "skip", "a", "b" }
                                             << "lakescope-cli: unknown flag --if-exists for sync";
    QTest::newRow("jobs has no --progress")
        << QStringList { "jobs", "--progress" } << "lakescope-cli: unknown flag --progress for jobs";
    QTest::newRow("before the verb") << QStringList { "--threads", "4", "cp", "a", "b" }
                                     << "lakescope-cli: unknown flag --threads";
    QTest::newRow("zero threads") << QStringList { "cp", "--threads", "0", "a", "b" }
                                  << "lakescope-cli: --threads: \"0\" is not a number of threads from 1 to 1024";
    QTest::newRow("missing value") << QStringList { "cp", "a", "b", "--threads" } << "lakescope-cli: --threads needs N";
    QTest::newRow("bad size") << QStringList { "cp", "--part-size", "12Q", "a", "b" }
                              << "lakescope-cli: --part-size: \"12Q\" is not a size such as 65536, 512K, 8M or 1.5G";
    QTest::newRow("bad size inline") << QStringList { "cp", "--memory=1.5", "a", "b" }
                                     << "lakescope-cli: --memory: \"1.5\" is not a size such as 65536, 512K, 8M or "
                                        "1.5G";
    QTest::newRow("zero memory") << QStringList { "cp", "--memory", "0", "a", "b" }
                                 << "lakescope-cli: --memory: \"0\" is not a size such as 65536, 512K, 8M or 1.5G";
    QTest::newRow("bad bwlimit") << QStringList { "sync", "--bwlimit", "fast", "a", "b" }
                                 << "lakescope-cli: --bwlimit: \"fast\" is not a size such as 65536, 512K, 8M or 1.5G";
    QTest::newRow("bad policy") << QStringList { "cp", "--if-exists", "always", "a", "b" }
                                << "lakescope-cli: --if-exists: \"always\" is not one of overwrite, skip, identical, "
                                   "newer, rename";
    QTest::newRow("empty policy") << QStringList { "cp", "--if-exists=", "a", "b" }
                                  << "lakescope-cli: --if-exists needs POLICY";
    QTest::newRow("switch with value") << QStringList { "cp", "--progress=yes", "a", "b" }
                                       << "lakescope-cli: flag --progress takes no value";
    QTest::newRow("resume with operands")
        << QStringList { "cp", "--resume", "job", "a", "b" } << "lakescope-cli: cp: --resume takes no SRC or DST";
    QTest::newRow("resume with a filter") << QStringList { "cp", "--resume=job", "--include", "*.txt" }
                                          << "lakescope-cli: --include cannot change a resumed job";
    QTest::newRow("sync missing dst") << QStringList { "sync", "a" } << "lakescope-cli: sync: missing DST";
    QTest::newRow("jobs takes no operand")
        << QStringList { "jobs", "x" } << "lakescope-cli: jobs: too many arguments (1)";
    QTest::newRow("discard needs a job") << QStringList { "jobs", "--discard" } << "lakescope-cli: --discard needs JOB";
}

void TestCliTransferArgs::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, firstLine);

    const Run run = cli(args);
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = errorLines(run);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), firstLine);
    QVERIFY(lines.last().startsWith("usage: lakescope-cli ") || lines.last() == "Try 'lakescope-cli --help'.");
}

void TestCliTransferArgs::optionsReachTheCommand()
{
    // Every option in both spellings parses; the run then fails on the
    // missing source, not on the command line.
    const QString missing = path("missing");
    const Run cp = cli({ "cp", "-R", "--threads=4", "--part-size", "8M", "--include", "*.txt", "--include=b*",
        "--exclude", "c", "--bwlimit=1.5M", "--memory", "64MiB", "--if-exists=identical", "--progress", "--state-dir",
        state("flag"), missing, path("out") });
    QCOMPARE(cp.code, 1);
    QCOMPARE(cp.err, QByteArray("lakescope-cli: not found: file://" + missing.toUtf8() + "\n"));

    const Run sync = cli({ "sync", "--dry-run", "--delete", "--threads", "2", "--exclude=*.tmp", missing, path("o") });
    QCOMPARE(sync.code, 1);
    QVERIFY2(sync.err.contains("not found: file://" + missing.toUtf8()), sync.err.constData());

    const Run discard = cli({ "jobs", "--discard=nosuchjob", "--state-dir", state("flag") });
    QCOMPARE(discard.code, 1);
    QVERIFY2(isOneLineError(discard), discard.err.constData());
    QVERIFY(discard.err.contains("nosuchjob"));
}

void TestCliTransferArgs::help()
{
    const Run overview = cli({ "--help" });
    QCOMPARE(overview.code, 0);
    for (const char *text : { "cp [-R] SRC DST", "sync SRC DST", "jobs [--discard JOB]", "130" })
        QVERIFY2(overview.out.contains(text), text);

    const Run cp = cli({ "help", "cp" });
    QCOMPARE(cp.code, 0);
    for (const char *text : { "--threads N", "--part-size SIZE", "--include GLOB", "--exclude GLOB",
             "--if-exists POLICY", "--progress", "--resume JOB", "--bwlimit RATE", "--memory SIZE", "--state-dir DIR",
             "LAKESCOPE_STATE_DIR", "K, KB and KiB all mean 1024" })
        QVERIFY2(cp.out.contains(text), text);
    QVERIFY(!cp.out.contains("--dry-run"));

    const Run sync = cli({ "sync", "--help" });
    QCOMPARE(sync.code, 0);
    QVERIFY(sync.out.contains("--dry-run"));
    QVERIFY(sync.out.contains("--delete"));
    QVERIFY(!sync.out.contains("--if-exists"));

    const Run jobs = cli({ "help", "jobs" });
    QCOMPARE(jobs.code, 0);
    QVERIFY(jobs.out.contains("--discard JOB"));
    QVERIFY(!jobs.out.contains("--threads"));
}

QTEST_GUILESS_MAIN(TestCliTransferArgs)
#include "tst_cli_transferargs.moc"
