// SPDX-License-Identifier: Apache-2.0
// kill -9 of lakescope-cli in the middle of a transfer to and from a real
// S3 server (Swift + s3api), then `jobs` and `cp --resume`: nothing corrupt
// under a final name, finished parts not sent again, no upload left open.
#include "tests/cli/clitesthelpers.h"
#include "tests/support/s3peerstores.h"
#include "tests/support/testassert.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lakescope;
using namespace lakescope::testing;
using namespace lakescope::clitest;

namespace {

constexpr qint64 kMiB = 1 << 20;
constexpr qint64 kSize = 30 * kMiB;

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, '\0');
    quint32 state = 12345;
    for (qint64 i = 0; i < size; ++i) {
        state = state * 1103515245u + 12345u;
        bytes[i] = static_cast<char>(state >> 24);
    }
    return bytes;
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedUploadResumes();
    void killedDownloadResumes();

private:
    QStringList withPeer(const QStringList &args) const;
    QProcessEnvironment environment() const;
    // Starts a throttled copy and kills it (SIGKILL) once its progress line
    // passes `percent`; returns the percent it had reached.
    int copyAndKill(const QStringList &args, int percent);
    Run cli(const QStringList &args) const;
    QString jobId() const;

    std::unique_ptr<S3Peer> m_peer;
    std::unique_ptr<S3PeerStores> m_stores;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliCrash::initTestCase()
{
    QString error;
    m_peer = S3Peer::startSwift(&error);
    QVERIFY2(m_peer, qPrintable(error));
    m_stores = std::make_unique<S3PeerStores>(*m_peer);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(m_dir->path() + "/big.bin", randomBytes(kSize)));
}

QStringList TestCliCrash::withPeer(const QStringList &args) const
{
    QStringList options;
    for (const auto &[key, value] : m_peer->storeOptions())
        options << "--option" << QString::fromStdString(key + "=" + value);
    return options + args;
}

QProcessEnvironment TestCliCrash::environment() const
{
    QProcessEnvironment env = transferEnvironment(m_dir->path() + "/state");
    for (const QString &name : env.keys()) {
        if (name.startsWith("AWS_"))
            env.remove(name);
    }
    env.insert("HOME", m_dir->path() + "/home");
    return env;
}

Run TestCliCrash::cli(const QStringList &args) const
{
    return runProcess(QStringLiteral(LAKESCOPE_CLI_PATH), withPeer(args), environment());
}

int TestCliCrash::copyAndKill(const QStringList &args, int percent)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setReadChannel(QProcess::StandardError);
    // 5 MiB/s over 30 MiB: about six seconds, time enough to be killed midway.
    process.start(QStringLiteral(LAKESCOPE_CLI_PATH),
                  withPeer(QStringList{"cp", "--progress", "--bwlimit", "5M", "--part-size", "5M", "--threads", "2"} + args));
    int reached = -1;
    while (reached < percent) {
        if (!process.canReadLine() && !process.waitForReadyRead(30000))
            break;
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            const int sign = line.indexOf('%');
            if (sign > 0)
                reached = std::max(reached, line.left(sign).toInt());
        }
    }
    process.kill();
    process.waitForFinished(10000);
    return reached;
}

QString TestCliCrash::jobId() const
{
    const Run jobs = cli({"jobs"});
    if (jobs.code != 0)
        return {};
    const QStringList lines = QString::fromUtf8(jobs.out).split('\n', Qt::SkipEmptyParts);
    return lines.size() == 1 ? lines[0].section(' ', 0, 0) : QString();
}

void TestCliCrash::killedUploadResumes()
{
    auto bucket = m_stores->createBucket("crash-up");
    LS_VERIFY_OK(bucket);
    const QString url = "s3://" + QString::fromStdString((*bucket)->bucket()) + "/big.bin";
    const int reached = copyAndKill({m_dir->path() + "/big.bin", url}, 40);
    QVERIFY2(reached >= 40 && reached < 100, qPrintable(QString::number(reached)));

    // Nothing under the final key, one upload open, one interrupted job.
    LS_VERIFY_ERROR((*bucket)->head("big.bin"), ErrorCode::NotFound);
    auto open = (*bucket)->listUploads();
    LS_VERIFY_OK(open);
    QCOMPARE(open->size(), std::size_t{1});
    const QString id = jobId();
    QVERIFY(!id.isEmpty());

    const Run resumed = cli({"--json", "cp", "--resume", id});
    QVERIFY2(resumed.code == 0, resumed.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(resumed.out).object();
    QCOMPARE(summary["state"].toString(), QString("done"));
    QVERIFY2(summary["bytesReused"].toDouble() >= 5 * kMiB, resumed.out.constData());
    StringSink sink;
    LS_VERIFY_OK((*bucket)->get("big.bin", sink));
    QVERIFY(QByteArray::fromStdString(sink.data()) == contentsOf(m_dir->path() + "/big.bin"));
    open = (*bucket)->listUploads();
    LS_VERIFY_OK(open);
    QCOMPARE(open->size(), std::size_t{0});
    QCOMPARE(jobId(), QString());
}

void TestCliCrash::killedDownloadResumes()
{
    auto bucket = m_stores->createBucket("crash-down");
    LS_VERIFY_OK(bucket);
    const QString url = "s3://" + QString::fromStdString((*bucket)->bucket()) + "/big.bin";
    QCOMPARE(cli({"cp", m_dir->path() + "/big.bin", url}).code, 0);
    const QString target = m_dir->path() + "/down";
    QVERIFY(QDir().mkpath(target));
    // The object went up in 8 MiB parts, so the download's ranges are 8 MiB:
    // with two in flight the first two land at 53 %.
    const int reached = copyAndKill({url, target + "/"}, 60);
    QVERIFY2(reached >= 60 && reached < 100, qPrintable(QString::number(reached)));

    // Only the hidden temporary file: never a partial file under the final name.
    const QStringList left = QDir(target).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left.size(), 1);
    QVERIFY2(left[0].startsWith(".big.bin.") && left[0].endsWith(".lakescope-part"), qPrintable(left[0]));
    const QString id = jobId();
    QVERIFY(!id.isEmpty());

    const Run resumed = cli({"--json", "cp", "--resume", id});
    QVERIFY2(resumed.code == 0, resumed.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(resumed.out).object();
    QVERIFY2(summary["bytesReused"].toDouble() >= 16 * kMiB, resumed.out.constData());
    QCOMPARE(sha256Of(target + "/big.bin"), sha256Of(m_dir->path() + "/big.bin"));
    QCOMPARE(QDir(target).entryList(QDir::Files | QDir::Hidden), QStringList{"big.bin"});
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
