// SPDX-License-Identifier: Apache-2.0
// Drives the real lakescope-cli binary: every verb on local paths and
// file:// URLs, exit codes, one-line errors, --json and hostile names.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "clitesthelpers.h"

using namespace lakescope::clitest;

namespace {

Run cli(const QStringList &args, const QString &workingDir = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(LAKESCOPE_CLI_PATH), args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning() << "lakescope-cli" << args << "did not exit normally:" << process.errorString();
        return run;
    }
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QString fileUrl(const QString &path)
{
    return "file://" + path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void runtimeErrors_data();
    void runtimeErrors();
    void lsFolderFirst();
    void lsLong();
    void lsHumanSizes();
    void lsRecursive();
    void lsSingleObject();
    void lsJson();
    void lsRecursiveJsonStreams();
    void lsMemoryScratch();
    void stat();
    void du();
    void cat();
    void cpObject();
    void cpIntoFolder();
    void cpTree();
    void cpRefusals();
    void cpLargeFileByHash();
    void cpToMemory();
    void rm();
    void rmRefusesRoots();
    void mkdir();
    void hostileNames();
    void brokenPipeIsQuiet();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &relative) const { return m_dir->path() + "/" + relative; }
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::version()
{
    const Run run = cli({ "--version" });
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("lakescope-cli " LAKESCOPE_EXPECTED_VERSION "\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCli::help()
{
    const Run overview = cli({ "--help" });
    QCOMPARE(overview.code, 0);
    for (const char *verb : { "ls [-l] [-R] [-h] URL", "cat URL", "stat URL", "cp [-R] SRC DST", "rm [-R]", "mkdir URL",
             "du [-h] URL", "--option KEY=VALUE", "--json", "s3://bucket/key" })
        QVERIFY2(overview.out.contains(verb), verb);
    QCOMPARE(cli({ "-h" }).out, overview.out);

    const Run ls = cli({ "help", "ls" });
    QCOMPARE(ls.code, 0);
    QVERIFY(ls.out.startsWith("usage: lakescope-cli ls [-l] [-R] [-h] URL\n"));
    QCOMPARE(cli({ "ls", "--help" }).out, ls.out);

    const Run options = cli({ "help", "options" });
    QCOMPARE(options.code, 0);
    QVERIFY(options.out.contains("aws_access_key_id [access_key_id] < AWS_ACCESS_KEY_ID"));
    QVERIFY(options.out.contains("lakefs_endpoint"));

    const Run unknown = cli({ "help", "bogus" });
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.out.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLine");

    QTest::newRow("nothing") << QStringList() << "lakescope-cli: missing command";
    QTest::newRow("unknown verb") << QStringList { "list", "/tmp" } << "lakescope-cli: unknown command \"list\"";
    QTest::newRow("unknown flag") << QStringList { "ls", "-x", "/tmp" } << "lakescope-cli: unknown flag -x for ls";
    QTest::newRow("flag of another verb")
        << QStringList { "cat", "-l", "/tmp" } << "lakescope-cli: unknown flag -l for cat";
    QTest::newRow("unknown long flag") << QStringList { "ls", "--colour", "/tmp" }
                                       << "lakescope-cli: unknown flag --colour for ls";
    QTest::newRow("force-root is rm's") << QStringList { "cp", "--force-root", "a", "b" }
                                        << "lakescope-cli: unknown flag --force-root for cp";
    QTest::newRow("missing url") << QStringList { "cat" } << "lakescope-cli: cat: missing URL";
    QTest::newRow("missing dst") << QStringList { "cp", "a" } << "lakescope-cli: cp: missing DST";
    QTest::newRow("too many") << QStringList { "stat", "a", "b" } << "lakescope-cli: stat: too many arguments (2)";
    QTest::newRow("option without value")
        << QStringList { "ls", "/tmp", "--option" } << "lakescope-cli: --option needs KEY=VALUE";
    QTest::newRow("unknown option key")
        << QStringList { "--option", "aws_acess_key_id=x", "ls", "/tmp" }
        << "lakescope-cli: unknown option \"aws_acess_key_id\" (did you mean aws_access_key_id?) (see 'lakescope-cli "
           "help options')";
    QTest::newRow("json takes no value") << QStringList { "--json=yes", "ls", "/tmp" }
                                         << "lakescope-cli: flag --json takes no value";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, firstLine);

    const Run run = cli(args);
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = QString::fromUtf8(run.err).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), firstLine);
    QVERIFY(lines.last().startsWith("usage: lakescope-cli ") || lines.last() == "Try 'lakescope-cli --help'.");
}

void TestCli::runtimeErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // %1 is the temp dir

    QTest::newRow("ls missing") << QStringList { "ls", "%1/missing" } << "lakescope-cli: not found: file://%1/missing";
    QTest::newRow("cat missing") << QStringList { "cat", "file://%1/missing" }
                                 << "lakescope-cli: not found: file://%1/missing";
    QTest::newRow("stat missing") << QStringList { "stat", "%1/a/missing" }
                                  << "lakescope-cli: not found: file://%1/a/missing";
    QTest::newRow("du missing") << QStringList { "du", "%1/missing/" }
                                << "lakescope-cli: not found: file://%1/missing/";
    QTest::newRow("rm missing") << QStringList { "rm", "%1/missing" } << "lakescope-cli: not found: file://%1/missing";
    QTest::newRow("cp missing") << QStringList { "cp", "%1/missing", "%1/x" }
                                << "lakescope-cli: not found: file://%1/missing";
    QTest::newRow("cat folder") << QStringList { "cat", "%1" }
                                << "lakescope-cli: invalid input: is a folder: file://%1";
    QTest::newRow("unknown scheme")
        << QStringList { "ls", "ftp://host/x" }
        << "lakescope-cli: invalid input: unknown scheme \"ftp\" in \"ftp://host/x\" (supported: file, memory, s3, "
           "gs, az, abfss, adl, webhdfs, lakefs)";
    QTest::newRow("no backend") << QStringList { "ls", "gs://bucket/x" }
                                << "lakescope-cli: not supported: no backend for gs:// in this build yet";
    QTest::newRow("missing option")
        << QStringList { "ls", "az://container/x" }
        << "lakescope-cli: invalid input: missing option azure_storage_account_name for az://container (pass "
           "--option azure_storage_account_name=NAME or set AZURE_STORAGE_ACCOUNT_NAME)";
    QTest::newRow("bad percent escape") << QStringList { "ls", "file://%1/a%zz" }
                                        << "lakescope-cli: invalid input: malformed percent escape \"%zz\" in "
                                           "\"file://%1/a%zz\"";
    QTest::newRow("memory object missing")
        << QStringList { "cat", "memory://scratch/nothing" } << "lakescope-cli: not found: memory://scratch/nothing";
}

void TestCli::runtimeErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);

    for (QString &arg : args)
        arg.replace("%1", m_dir->path());
    QVERIFY(QDir().mkpath(path("a")));
    qunsetenv("AZURE_STORAGE_ACCOUNT_NAME");
    qunsetenv("AZURE_STORAGE_ACCOUNT");
    const Run run = cli(args);
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(isOneLineError(run), run.err.constData());
    QCOMPARE(QString::fromUtf8(run.err).trimmed(), message.arg(m_dir->path()));
}

void TestCli::lsFolderFirst()
{
    QVERIFY(writeFile(path("d/b.txt"), "bb"));
    QVERIFY(writeFile(path("d/a.txt"), "a"));
    QVERIFY(writeFile(path("d/zsub/x"), "x"));
    QVERIFY(QDir().mkpath(path("d/asub")));
    const QStringList expected { "asub/", "zsub/", "a.txt", "b.txt" };

    for (const QString &url : { path("d"), path("d/"), fileUrl(path("d")), "file://localhost" + path("d/") }) {
        const Run run = cli({ "ls", url });
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(run.lines(), expected);
    }
    // Relative to the working directory, and "." itself.
    QCOMPARE(cli({ "ls", "d" }, m_dir->path()).lines(), expected);
    QCOMPARE(cli({ "ls", "." }, path("d")).lines(), expected);
    QCOMPARE(cli({ "ls", "./asub" }, path("d")).lines(), QStringList());
}

void TestCli::lsLong()
{
    QVERIFY(writeFile(path("d/a.txt"), "hello"));
    QVERIFY(QDir().mkpath(path("d/sub")));
    const Run run = cli({ "ls", "-l", path("d") });
    QCOMPARE(run.code, 0);
    const QStringList lines = run.lines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QRegularExpression("^ +-  +sub/$").match(lines[0]).hasMatch(), qPrintable(lines[0]));
    const auto match
        = QRegularExpression("^ +(\\d+)  (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)  a\\.txt$").match(lines[1]);
    QVERIFY2(match.hasMatch(), qPrintable(lines[1]));
    QCOMPARE(match.captured(1), QString("5"));
    const QDateTime modified = QDateTime::fromString(match.captured(2), Qt::ISODate);
    QCOMPARE(modified.toSecsSinceEpoch(), QFileInfo(path("d/a.txt")).lastModified().toSecsSinceEpoch());
    // Combined and long flags mean the same.
    QCOMPARE(cli({ "ls", "--long", path("d") }).out, run.out);
}

void TestCli::lsHumanSizes()
{
    QVERIFY(writeFile(path("h/a-small"), QByteArray(100, 'x')));
    QVERIFY(writeFile(path("h/b-kilo"), QByteArray(1536, 'x')));
    QVERIFY(writeFile(path("h/c-exact"), QByteArray(1024, 'x')));
    QVERIFY(writeFile(path("h/d-mega"), QByteArray(20 * 1024 * 1024, 'x')));
    QVERIFY(writeFile(path("h/e-over"), QByteArray(1025, 'x')));
    const Run run = cli({ "ls", "-lh", path("h") });
    QCOMPARE(run.code, 0);
    QStringList sizes;
    for (const QString &line : run.lines())
        sizes << line.section(' ', 0, 0, QString::SectionSkipEmpty);
    QCOMPARE(sizes, QStringList({ "100", "1.5K", "1.0K", "20M", "1.1K" }));

    const Run exact = cli({ "ls", "-l", path("h/d-mega") });
    QVERIFY(exact.out.trimmed().startsWith("20971520  "));

    const Run du = cli({ "du", "-h", path("h") });
    QCOMPARE(du.code, 0);
    QCOMPARE(QString::fromUtf8(du.out), "21M\t5 objects\t" + fileUrl(path("h")) + "\n");
}

void TestCli::lsRecursive()
{
    QVERIFY(writeFile(path("r/top.txt"), "t"));
    QVERIFY(writeFile(path("r/a/one.txt"), "1"));
    QVERIFY(writeFile(path("r/a/b/two.txt"), "22"));
    QVERIFY(writeFile(path("r/c/three.txt"), "333"));
    const QStringList expected { "a/b/two.txt", "a/one.txt", "c/three.txt", "top.txt" };
    const Run run = cli({ "ls", "-R", path("r") });
    QCOMPARE(run.code, 0);
    QCOMPARE(run.lines(), expected);
    QCOMPARE(cli({ "ls", "--recursive", fileUrl(path("r/")) }).lines(), expected);

    const Run sub = cli({ "ls", "-R", path("r/a") });
    QCOMPARE(sub.lines(), QStringList({ "b/two.txt", "one.txt" }));

    const Run detailed = cli({ "ls", "-Rl", path("r") });
    QCOMPARE(detailed.lines().size(), 4);
    QVERIFY(detailed.lines()[0].trimmed().startsWith("2  "));
    QVERIFY(detailed.lines()[0].endsWith("  a/b/two.txt"));
}

void TestCli::lsSingleObject()
{
    QVERIFY(writeFile(path("s/file.csv"), "a,b\n"));
    const Run run = cli({ "ls", "s/file.csv" }, m_dir->path());
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("s/file.csv\n"));
    const Run detailed = cli({ "ls", "-l", path("s/file.csv") });
    QVERIFY(detailed.out.endsWith("  " + path("s/file.csv").toUtf8() + "\n"));
    QVERIFY(detailed.out.trimmed().startsWith("4  "));
}

void TestCli::lsJson()
{
    QVERIFY(writeFile(path("j/data.bin"), "12345"));
    QVERIFY(QDir().mkpath(path("j/folder")));
    const Run run = cli({ "--json", "ls", path("j") });
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object()["url"].toString(), fileUrl(path("j")));
    const QJsonArray entries = doc.object()["entries"].toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0]["type"].toString(), QString("folder"));
    QCOMPARE(entries[0]["name"].toString(), QString("folder/"));
    QCOMPARE(entries[1]["type"].toString(), QString("object"));
    QCOMPARE(entries[1]["name"].toString(), QString("data.bin"));
    QCOMPARE(entries[1]["key"].toString(), path("j/data.bin").mid(1));
    QCOMPARE(entries[1]["size"].toInteger(), 5);
    QVERIFY(QDateTime::fromString(entries[1]["modified"].toString(), Qt::ISODate).isValid());
    QVERIFY(!entries[1]["etag"].toString().isEmpty());

    // --json after the verb works too; a single object is a one-entry list.
    const Run single = cli({ "ls", path("j/data.bin"), "--json" });
    const QJsonArray one = QJsonDocument::fromJson(single.out).object()["entries"].toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0]["name"].toString(), QString("data.bin"));
}

void TestCli::lsRecursiveJsonStreams()
{
    const int count = 2500; // several listing pages
    for (int i = 0; i < count; ++i)
        QVERIFY(writeFile(path(QString("big/d%1/f%2").arg(i % 7).arg(i, 5, 10, QChar('0'))), "x"));
    const Run run = cli({ "ls", "-R", "--json", path("big") });
    QCOMPARE(run.code, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out).object()["entries"].toArray();
    QCOMPARE(entries.size(), count);
    QStringList names;
    for (const auto &entry : entries)
        names << entry.toObject()["name"].toString();
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QCOMPARE(cli({ "ls", "-R", path("big") }).lines().size(), count);
}

void TestCli::lsMemoryScratch()
{
    const Run run = cli({ "ls", "memory://scratch/" });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.isEmpty());
    const Run json = cli({ "--json", "ls", "memory://scratch" });
    QCOMPARE(json.code, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object()["entries"].toArray().size(), 0);
}

void TestCli::stat()
{
    QVERIFY(writeFile(path("st/report.json"), "{\"a\": 1}"));
    const Run run = cli({ "stat", path("st/report.json") });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("url:           " + fileUrl(path("st/report.json")).toUtf8() + "\n"));
    QVERIFY(run.out.contains("key:           " + path("st/report.json").mid(1).toUtf8() + "\n"));
    QVERIFY(run.out.contains("type:          object\n"));
    QVERIFY(run.out.contains("size:          8 (8)\n") || run.out.contains("size:          8\n"));
    QVERIFY(run.out.contains("content-type:  application/json\n"));
    for (const char *field : { "modified:", "etag:", "checksum:", "metadata:" })
        QVERIFY2(run.out.contains(field), field);

    const Run json = cli({ "stat", "--json", path("st/report.json") });
    QCOMPARE(json.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc["type"].toString(), QString("object"));
    QCOMPARE(doc["size"].toInteger(), 8);
    QCOMPARE(doc["contentType"].toString(), QString("application/json"));
    QCOMPARE(doc["key"].toString(), path("st/report.json").mid(1));
    QVERIFY(doc["metadata"].isObject());
    QVERIFY(QDateTime::fromString(doc["modified"].toString(), Qt::ISODate).isValid());

    const Run folder = cli({ "--json", "stat", path("st") });
    QCOMPARE(folder.code, 0);
    QCOMPARE(QJsonDocument::fromJson(folder.out).object()["type"].toString(), QString("folder"));
}

void TestCli::du()
{
    QVERIFY(writeFile(path("du/a"), QByteArray(1000, 'a')));
    QVERIFY(writeFile(path("du/x/b"), QByteArray(234, 'b')));
    QVERIFY(writeFile(path("du/x/y/c"), QByteArray(0, 'c')));
    const Run run = cli({ "du", path("du") });
    QCOMPARE(run.code, 0);
    QCOMPARE(QString::fromUtf8(run.out), "1234\t3 objects\t" + fileUrl(path("du")) + "\n");
    const Run json = cli({ "du", "--json", path("du/") });
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc["objects"].toInteger(), 3);
    QCOMPARE(doc["bytes"].toInteger(), 1234);
    QCOMPARE(doc["url"].toString(), fileUrl(path("du/")));
    QCOMPARE(QString::fromUtf8(cli({ "du", path("du/a") }).out), "1000\t1 object\t" + fileUrl(path("du/a")) + "\n");
}

void TestCli::cat()
{
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char(i * 7 % 256));
    QVERIFY(writeFile(path("c/blob"), binary));
    const Run run = cli({ "cat", path("c/blob") });
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, binary);
    QVERIFY(run.err.isEmpty());
    QVERIFY(writeFile(path("c/empty"), {}));
    const Run empty = cli({ "cat", fileUrl(path("c/empty")) });
    QCOMPARE(empty.code, 0);
    QVERIFY(empty.out.isEmpty());
}

void TestCli::cpObject()
{
    QVERIFY(writeFile(path("src.txt"), "payload"));
    const Run run = cli({ "cp", path("src.txt"), path("dst.txt") });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readFile(path("dst.txt")), QByteArray("payload"));
    // Overwrites, through file:// URLs too.
    QVERIFY(writeFile(path("src.txt"), "second"));
    QCOMPARE(cli({ "cp", fileUrl(path("src.txt")), fileUrl(path("dst.txt")) }).code, 0);
    QCOMPARE(readFile(path("dst.txt")), QByteArray("second"));
}

void TestCli::cpIntoFolder()
{
    QVERIFY(writeFile(path("in/name.txt"), "n"));
    QVERIFY(QDir().mkpath(path("existing")));
    QCOMPARE(cli({ "cp", path("in/name.txt"), path("existing") }).code, 0);
    QCOMPARE(readFile(path("existing/name.txt")), QByteArray("n"));
    // A trailing '/' names a folder even before it exists.
    QCOMPARE(cli({ "cp", path("in/name.txt"), path("fresh/") }).code, 0);
    QCOMPARE(readFile(path("fresh/name.txt")), QByteArray("n"));
    QCOMPARE(cli({ "cp", "in/name.txt", "." }, path("existing")).code, 1); // "in" is not below "existing"
    QCOMPARE(cli({ "cp", "../in/name.txt", "." }, path("existing")).code, 0);
}

void TestCli::cpTree()
{
    QVERIFY(writeFile(path("tree/a.txt"), "a"));
    QVERIFY(writeFile(path("tree/sub/b.txt"), "b"));
    QVERIFY(writeFile(path("tree/sub/deeper/c.txt"), "c"));

    // To a new name: the tree's contents arrive under it.
    QCOMPARE(cli({ "cp", "-R", path("tree"), path("copy") }).code, 0);
    QCOMPARE(cli({ "ls", "-R", path("copy") }).lines(), QStringList({ "a.txt", "sub/b.txt", "sub/deeper/c.txt" }));
    QCOMPARE(readFile(path("copy/sub/deeper/c.txt")), QByteArray("c"));

    // Into an existing folder: the tree keeps its name, as cp -R does.
    QCOMPARE(cli({ "cp", "-r", path("tree"), path("copy") }).code, 0);
    QCOMPARE(readFile(path("copy/tree/sub/b.txt")), QByteArray("b"));

    // An empty folder is copied as a folder.
    QVERIFY(QDir().mkpath(path("hollow")));
    QCOMPARE(cli({ "cp", "-R", path("hollow"), path("hollow2") }).code, 0);
    QVERIFY(QFileInfo(path("hollow2")).isDir());
}

void TestCli::cpRefusals()
{
    QVERIFY(writeFile(path("t/a.txt"), "a"));
    const Run folder = cli({ "cp", path("t"), path("u") });
    QCOMPARE(folder.code, 1);
    QVERIFY(isOneLineError(folder));
    QVERIFY(folder.err.contains("is a folder (use cp -R)"));

    const Run same = cli({ "cp", path("t/a.txt"), path("t/a.txt") });
    QCOMPARE(same.code, 1);
    QVERIFY(same.err.contains("source and destination are the same"));
    QCOMPARE(readFile(path("t/a.txt")), QByteArray("a"));

    const Run inside = cli({ "cp", "-R", path("t"), path("t/inner") });
    QCOMPARE(inside.code, 1);
    QVERIFY(inside.err.contains("cannot copy a folder into itself"));
}

void TestCli::cpLargeFileByHash()
{
    QByteArray data(20 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20240501);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    QVERIFY(writeFile(path("large.bin"), data));
    data.clear();

    const Run run = cli({ "cp", path("large.bin"), fileUrl(path("out/large.bin")) });
    QCOMPARE(run.code, 0);
    QCOMPARE(QFileInfo(path("out/large.bin")).size(), qint64(20 * 1024 * 1024));
    QCOMPARE(sha256Of(path("out/large.bin")), sha256Of(path("large.bin")));

    const Run cat = cli({ "cat", path("out/large.bin") });
    QCOMPARE(cat.code, 0);
    QCOMPARE(QCryptographicHash::hash(cat.out, QCryptographicHash::Sha256).toHex(), sha256Of(path("large.bin")));
}

void TestCli::cpToMemory()
{
    // memory:// lives for one process: the copy works, a later process
    // starts with an empty store.
    QVERIFY(writeFile(path("m.txt"), "memory"));
    const Run run = cli({ "cp", path("m.txt"), "memory://scratch/dir/" });
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
}

void TestCli::rm()
{
    QVERIFY(writeFile(path("rm/one.txt"), "1"));
    QVERIFY(writeFile(path("rm/tree/a/b.txt"), "b"));
    QVERIFY(QDir().mkpath(path("rm/tree/empty/inner")));

    QCOMPARE(cli({ "rm", path("rm/one.txt") }).code, 0);
    QVERIFY(!QFileInfo::exists(path("rm/one.txt")));

    const Run folder = cli({ "rm", path("rm/tree") });
    QCOMPARE(folder.code, 1);
    QVERIFY(isOneLineError(folder));
    QVERIFY(folder.err.contains("is a folder (use rm -R)"));
    QVERIFY(QFileInfo::exists(path("rm/tree/a/b.txt")));

    const Run recursive = cli({ "rm", "-R", fileUrl(path("rm/tree")) });
    QCOMPARE(recursive.code, 0);
    QVERIFY(!QFileInfo::exists(path("rm/tree")));
    QVERIFY(QFileInfo(path("rm")).isDir());
}

void TestCli::rmRefusesRoots()
{
    const Run root = cli({ "rm", "-R", "/" });
    QCOMPARE(root.code, 1);
    QCOMPARE(root.err, QByteArray("lakescope-cli: invalid input: refusing to remove the filesystem root file:///\n"));
    QCOMPARE(cli({ "rm", "-R", "--force-root", "file:///" }).code, 1);
    const Run bucket = cli({ "rm", "-R", "memory://scratch/" });
    QCOMPARE(bucket.code, 1);
    QCOMPARE(bucket.err,
        QByteArray("lakescope-cli: invalid input: refusing to remove everything in memory://scratch "
                   "(add --force-root)\n"));
    QCOMPARE(cli({ "rm", "-R", "--force-root", "memory://scratch/" }).code, 0);
}

void TestCli::mkdir()
{
    QCOMPARE(cli({ "mkdir", path("made") }).code, 0);
    QVERIFY(QFileInfo(path("made")).isDir());
    QCOMPARE(cli({ "mkdir", fileUrl(path("made/deep/er/")) }).code, 0);
    QVERIFY(QFileInfo(path("made/deep/er")).isDir());
    QCOMPARE(cli({ "mkdir", path("made") }).code, 0); // already there: fine
    QVERIFY(writeFile(path("plain"), "p"));
    const Run blocked = cli({ "mkdir", path("plain") });
    QCOMPARE(blocked.code, 1);
    QVERIFY(isOneLineError(blocked));
    QVERIFY(blocked.err.contains("an object is in the way"));
    QCOMPARE(cli({ "ls", path("made") }).lines(), QStringList({ "deep/" }));
}

void TestCli::hostileNames()
{
    const QStringList names { "-rf", "100%", "a#b?c=d", "sp ace", "caf\u00e9 \u20ac", "new\nline", "q\"uote", "x+y" };
    for (const QString &name : names)
        QVERIFY2(writeFile(path("h/" + name), name.toUtf8()), qPrintable(name));

    // JSON carries every name exactly.
    const Run json = cli({ "--json", "ls", path("h") });
    QCOMPARE(json.code, 0);
    QStringList listed;
    for (const auto &entry : QJsonDocument::fromJson(json.out).object()["entries"].toArray())
        listed << entry.toObject()["name"].toString();
    QStringList expected = names;
    std::sort(
        expected.begin(), expected.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(listed, expected);

    // Text output keeps one line per entry: the newline is escaped.
    const Run text = cli({ "ls", path("h") });
    QCOMPARE(text.lines().size(), names.size());
    QVERIFY(text.lines().contains("new\\nline"));

    // Local paths are literal; "--" lets a name start with '-'.
    for (const QString &name : names) {
        const Run byPath = cli({ "cat", "--", name }, path("h"));
        QCOMPARE(byPath.code, 0);
        QCOMPARE(byPath.out, name.toUtf8());
    }
    // In URLs, '%' must be escaped and '+' stays '+'.
    QCOMPARE(cli({ "cat", fileUrl(path("h/100%25")) }).out, QByteArray("100%"));
    QCOMPARE(cli({ "cat", fileUrl(path("h/x+y")) }).out, QByteArray("x+y"));
    QCOMPARE(cli({ "cat", fileUrl(path("h/sp%20ace")) }).out, QByteArray("sp ace"));

    QCOMPARE(cli({ "cp", "--", "-rf", "copied -rf" }, path("h")).code, 0);
    QCOMPARE(readFile(path("h/copied -rf")), QByteArray("-rf"));
    QCOMPARE(cli({ "rm", "--", "-rf" }, path("h")).code, 0);
    QVERIFY(!QFileInfo::exists(path("h/-rf")));

    // A missing hostile name is still reported on one line.
    const Run missing = cli({ "stat", path("h/gone\nfake line") });
    QCOMPARE(missing.code, 1);
    QVERIFY2(isOneLineError(missing), missing.err.constData());
    QVERIFY(missing.err.contains("gone\\nfake line"));
}

void TestCli::brokenPipeIsQuiet()
{
    QVERIFY(writeFile(path("pipe.bin"), QByteArray(8 * 1024 * 1024, 'p')));
    for (int i = 0; i < 300; ++i)
        QVERIFY(writeFile(path(QString("many/%1-%2").arg(i).arg(QString(200, 'n'))), "x"));
    // The reader stops after a few bytes; the writer must end without a
    // word on stderr (status 141, as a process killed by SIGPIPE).
    const QString script = QStringLiteral("set -o pipefail; \"$0\" cat \"$1\" 2>\"$2\" | head -c 10 >/dev/null; "
                                          "echo $?; \"$0\" ls -R \"$3\" 2>>\"$2\" | head -n 1 >/dev/null; echo $?");
    QProcess shell;
    shell.start("bash", { "-c", script, LAKESCOPE_CLI_PATH, path("pipe.bin"), path("stderr.txt"), path("many") });
    QVERIFY(shell.waitForFinished(60000));
    const QStringList codes = QString::fromUtf8(shell.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(codes.size(), 2);
    QVERIFY2(codes[0] == "141", qPrintable(codes[0]));
    QVERIFY2(codes[1] == "141" || codes[1] == "0", qPrintable(codes[1]));
    QCOMPARE(readFile(path("stderr.txt")), QByteArray());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
