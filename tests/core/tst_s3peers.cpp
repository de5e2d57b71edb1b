// SPDX-License-Identifier: Apache-2.0
// The S3 peer launchers (tests/support/s3peer.h): each real server starts on
// a port of its own, answers S3 as expected, and leaves no process behind,
// not even when the test process is killed. A missing peer is a failure.
#include "tests/support/peerprocess.h"
#include "tests/support/s3peer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

#include <unistd.h>

using lakescope::testing::PeerProcess;
using lakescope::testing::S3Peer;
using namespace std::chrono_literals;

namespace {

// Environment variable that turns this executable into a helper that starts
// a peer, prints its pids and waits to be killed (see killedTestLeavesNothing).
constexpr auto kChildVariable = "LAKESCOPE_TST_S3PEERS_CHILD";

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Headers of a SigV4-signed request without a body or query: just enough
// signing to tell a peer that checks signatures from one that does not.
QList<QPair<QByteArray, QByteArray>> signedHeaders(
    const S3Peer &peer, const QByteArray &method, const QByteArray &path, const QString &secret)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray date = now.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray stamp = now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray emptyHash = QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex();
    const QByteArray host = "127.0.0.1:" + QByteArray::number(peer.port());
    const QByteArray names = "host;x-amz-content-sha256;x-amz-date";
    const QByteArray canonical = method + "\n" + path + "\n\nhost:" + host + "\nx-amz-content-sha256:" + emptyHash
        + "\nx-amz-date:" + stamp + "\n\n" + names + "\n" + emptyHash;
    const QByteArray scope = date + "/" + peer.region().toLatin1() + "/s3/aws4_request";
    const QByteArray toSign = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n"
        + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    QByteArray key = hmac("AWS4" + secret.toUtf8(), date);
    key = hmac(key, peer.region().toLatin1());
    key = hmac(key, "s3");
    key = hmac(key, "aws4_request");
    const QByteArray signature = hmac(key, toSign).toHex();
    return {
        { "x-amz-date", stamp },
        { "x-amz-content-sha256", emptyHash },
        { "Content-Length", "0" },
        { "Authorization",
            "AWS4-HMAC-SHA256 Credential=" + peer.accessKey().toLatin1() + "/" + scope + ", SignedHeaders=" + names
                + ", Signature=" + signature },
    };
}

std::optional<PeerProcess::HttpReply> signedRequest(
    const S3Peer &peer, const QByteArray &method, const QByteArray &path, QString *error)
{
    return PeerProcess::httpRequest(
        peer.port(), method, path, signedHeaders(peer, method, path, peer.secretKey()), 10s, error);
}

bool anyAlive(const QList<qint64> &pids)
{
    for (qint64 pid : pids)
        if (PeerProcess::isAlive(pid))
            return true;
    return false;
}

bool portAccepts(quint16 port)
{
    return PeerProcess::httpRequest(port, "GET", "/", {}, 2s).has_value();
}

// The helper mode: start the peer named by the variable, report, wait to be killed.
int runChild(const QByteArray &kind)
{
    QString error;
    auto peer = kind == "swift" ? S3Peer::startSwift(&error) : S3Peer::startS3rver(&error);
    if (!peer) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QStringList pids;
    for (qint64 pid : peer->pids())
        pids.append(QString::number(pid));
    std::printf("port %u dir %s pids %s\n", unsigned(peer->port()), qPrintable(peer->dataDir()),
        qPrintable(pids.join(QLatin1Char(' '))));
    std::fflush(stdout);
    for (;;)
        ::pause(); // until the test kills this process
}

} // namespace

Q_DECLARE_METATYPE(lakescope::testing::S3Peer::Kind)

class TestS3Peers : public QObject
{
    Q_OBJECT

private slots:
    void answersS3_data();
    void answersS3();
    void secondPeerGetsItsOwnPorts_data();
    void secondPeerGetsItsOwnPorts();
    void stopLeavesNoProcess_data();
    void stopLeavesNoProcess();
    void killedTestLeavesNothing_data();
    void killedTestLeavesNothing();
    void missingPeerFailsWithTheFix_data();
    void missingPeerFailsWithTheFix();
    void uniqueBucketNames();

private:
    static void addKinds()
    {
        QTest::addColumn<S3Peer::Kind>("kind");
        QTest::newRow("s3rver") << S3Peer::Kind::S3rver;
        QTest::newRow("swift") << S3Peer::Kind::Swift;
    }
};

void TestS3Peers::answersS3_data()
{
    addKinds();
}

void TestS3Peers::answersS3()
{
    QFETCH(S3Peer::Kind, kind);
    QString error;
    auto peer = S3Peer::start(kind, &error);
    QVERIFY2(peer, qPrintable(error));
    qInfo("%s ready at %s in %lld ms", qPrintable(peer->name()), qPrintable(peer->endpoint()),
        qlonglong(peer->startupTime().count()));
    QCOMPARE(peer->endpoint(), QStringLiteral("http://127.0.0.1:%1").arg(peer->port()));
    QCOMPARE(peer->region(), QStringLiteral("us-east-1"));
    QCOMPARE(peer->storeOptions().at("aws_endpoint"), peer->endpoint().toStdString());

    // The exposed credentials are the peer's: a signed ListBuckets succeeds.
    auto reply = signedRequest(*peer, "GET", "/", &error);
    QVERIFY2(reply, qPrintable(error));
    QVERIFY2(reply->status == 200, reply->headers + "\n" + reply->body);
    QVERIFY2(reply->body.contains("<ListAllMyBucketsResult"), reply->body);

    // A wrong secret: refused by the strict peer only, as checksSignatures() says.
    reply = PeerProcess::httpRequest(
        peer->port(), "GET", "/", signedHeaders(*peer, "GET", "/", QStringLiteral("wrong")), 10s, &error);
    QVERIFY2(reply, qPrintable(error));
    if (peer->checksSignatures()) {
        QCOMPARE(reply->status, 403);
        QVERIFY2(reply->body.contains("<Code>SignatureDoesNotMatch</Code>"), reply->body);
    } else {
        QCOMPARE(reply->status, 200);
    }

    if (kind == S3Peer::Kind::Swift) {
        reply = PeerProcess::httpRequest(peer->port(), "GET", "/healthcheck", {}, 10s, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->status, 200);
        QCOMPARE(reply->body, QByteArray("OK"));
    }
}

void TestS3Peers::secondPeerGetsItsOwnPorts_data()
{
    addKinds();
}

void TestS3Peers::secondPeerGetsItsOwnPorts()
{
    QFETCH(S3Peer::Kind, kind);
    QString error;
    auto first = S3Peer::start(kind, &error);
    QVERIFY2(first, qPrintable(error));
    auto second = S3Peer::start(kind, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(first->port() != second->port());
    QVERIFY(first->dataDir() != second->dataDir());
    // Both serve, each its own data: a bucket made on one is not on the other.
    const QByteArray bucket = first->uniqueBucketName().toLatin1();
    const auto made = signedRequest(*first, "PUT", "/" + bucket, &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY2(made->status == 200, made->headers + "\n" + made->body);
    const auto onFirst = signedRequest(*first, "GET", "/", &error);
    QVERIFY2(onFirst, qPrintable(error));
    QVERIFY2(onFirst->body.contains("<Name>" + bucket + "</Name>"), onFirst->body);
    const auto onSecond = signedRequest(*second, "GET", "/", &error);
    QVERIFY2(onSecond, qPrintable(error));
    QCOMPARE(onSecond->status, 200);
    QVERIFY2(!onSecond->body.contains(bucket), onSecond->body);
}

void TestS3Peers::stopLeavesNoProcess_data()
{
    addKinds();
}

void TestS3Peers::stopLeavesNoProcess()
{
    QFETCH(S3Peer::Kind, kind);
    QString error;
    auto peer = S3Peer::start(kind, &error);
    QVERIFY2(peer, qPrintable(error));
    const QList<qint64> pids = peer->pids();
    const quint16 port = peer->port();
    // s3rver is one process; Swift is its supervisor script plus memcached and four servers.
    QCOMPARE(pids.size(), kind == S3Peer::Kind::S3rver ? 1 : 6);
    for (qint64 pid : pids)
        QVERIFY2(PeerProcess::isAlive(pid), qPrintable(QString::number(pid)));
    QVERIFY(portAccepts(port));

    QElapsedTimer clock;
    clock.start();
    peer.reset();
    qInfo("stopped in %lld ms", qlonglong(clock.elapsed()));
    for (qint64 pid : pids)
        QVERIFY2(!PeerProcess::isAlive(pid), qPrintable(QStringLiteral("pid %1 outlived its peer").arg(pid)));
    QVERIFY(!portAccepts(port));
}

void TestS3Peers::killedTestLeavesNothing_data()
{
    addKinds();
}

void TestS3Peers::killedTestLeavesNothing()
{
    QFETCH(S3Peer::Kind, kind);
    // A copy of this test starts the peer and is then SIGKILLed, as a crash
    // or ctest's timeout would: the parent-death signals must end the peer.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(kChildVariable),
        kind == S3Peer::Kind::Swift ? QStringLiteral("swift") : QStringLiteral("s3rver"));
    child.setProcessEnvironment(environment);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.start();
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QByteArray line;
    while (!line.endsWith('\n') && child.waitForReadyRead(120'000))
        line += child.readAllStandardOutput();
    QVERIFY2(line.startsWith("port "), line + child.readAllStandardError());
    const QList<QByteArray> words = line.trimmed().split(' ');
    QVERIFY(words.size() >= 6);
    const quint16 port = quint16(words[1].toUInt());
    const QString dataDir = QString::fromLocal8Bit(words[3]);
    QList<qint64> pids;
    for (const QByteArray &word : words.mid(5))
        pids.append(word.toLongLong());
    for (qint64 pid : pids)
        QVERIFY2(PeerProcess::isAlive(pid), qPrintable(QString::number(pid)));

    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(!anyAlive(pids), 15'000);
    QVERIFY(!portAccepts(port));
    // The killed copy could not remove its data folder.
    QVERIFY(dataDir.contains(QLatin1String("lakescope-")));
    QVERIFY(QDir(dataDir).removeRecursively());
}

namespace {

// Sets an environment variable for one scope, restoring it after.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
        , m_saved(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_saved.isNull())
            qunsetenv(m_name);
        else
            qputenv(m_name, m_saved);
    }

private:
    const char *m_name;
    QByteArray m_saved;
};

} // namespace

void TestS3Peers::missingPeerFailsWithTheFix_data()
{
    addKinds();
}

void TestS3Peers::missingPeerFailsWithTheFix()
{
    QFETCH(S3Peer::Kind, kind);
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    // s3rver: an empty npm folder; Swift: a PATH without its programs.
    const bool s3rver = kind == S3Peer::Kind::S3rver;
    ScopedEnvironment environment(s3rver ? "LAKESCOPE_PEERS_DIR" : "PATH", empty.path().toLocal8Bit());
    QString error;
    auto peer = S3Peer::start(kind, &error);
    QVERIFY(!peer);
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(s3rver ? QLatin1String("s3rver 3.7.1 is not installed")
                                   : QLatin1String("memcached, swift-proxy-server")),
        qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("run bash tests/peers/install.sh")), qPrintable(error));
}

void TestS3Peers::uniqueBucketNames()
{
    QString error;
    auto peer = S3Peer::startS3rver(&error);
    QVERIFY2(peer, qPrintable(error));
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString name = peer->uniqueBucketName(QStringLiteral("My_Prefix"));
        QVERIFY2(name.size() >= 3 && name.size() <= 63, qPrintable(name));
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]*[a-z0-9]$")).match(name).hasMatch(),
            qPrintable(name));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QByteArray kind = qgetenv(kChildVariable); !kind.isEmpty())
        return runChild(kind);
    TestS3Peers test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_s3peers.moc"
