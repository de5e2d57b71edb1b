// SPDX-License-Identifier: Apache-2.0
#include "tests/support/s3peer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <atomic>

#ifndef LAKESCOPE_SOURCE_DIR
#error "LAKESCOPE_SOURCE_DIR must name the repository (set in tests/support/CMakeLists.txt)"
#endif

namespace lakescope::testing {

using namespace std::chrono_literals;

namespace {

constexpr auto kS3rverVersion = "3.7.1";
const QString kInstallHint = QStringLiteral("run bash tests/peers/install.sh");

// How long a peer may take to answer: generous, for a loaded 2-core machine
// running tests in parallel (a quiet one needs ~0.5 s for s3rver, ~3 s for Swift).
constexpr auto kS3rverStartTimeout = 60s;
constexpr auto kSwiftStartTimeout = 90s;
// Swift's ports are picked here and could be taken before its daemons bind
// them; a start that failed on a busy port is retried with new ones.
constexpr int kSwiftAttempts = 3;

QStringList missingExecutables(const QStringList &names)
{
    QStringList missing;
    for (const QString &name : names)
        if (QStandardPaths::findExecutable(name).isEmpty())
            missing.append(name);
    return missing;
}

} // namespace

S3Peer::S3Peer(Kind kind)
    : m_kind(kind)
    , m_dir(QDir::tempPath()
          + QStringLiteral("/lakescope-%1-XXXXXX")
                .arg(kind == Kind::S3rver ? QStringLiteral("s3rver") : QStringLiteral("swift")))
{
}

S3Peer::~S3Peer()
{
    stop();
}

std::unique_ptr<S3Peer> S3Peer::startS3rver(QString *error)
{
    return start(Kind::S3rver, error);
}

std::unique_ptr<S3Peer> S3Peer::startSwift(QString *error)
{
    return start(Kind::Swift, error);
}

std::unique_ptr<S3Peer> S3Peer::start(Kind kind, QString *error)
{
    std::unique_ptr<S3Peer> peer(new S3Peer(kind));
    QString why;
    if (!peer->m_dir.isValid())
        why = QStringLiteral("cannot create a data folder: %1").arg(peer->m_dir.errorString());
    else if (kind == Kind::S3rver ? peer->launchS3rver(&why) : peer->launchSwift(&why))
        return peer;
    if (error)
        *error = QStringLiteral("%1 peer: %2").arg(peer->name(), why);
    return nullptr;
}

QString S3Peer::sourceDir()
{
    return QStringLiteral(LAKESCOPE_SOURCE_DIR);
}

QString S3Peer::peersDir()
{
    const QString fromEnv = qEnvironmentVariable("LAKESCOPE_PEERS_DIR");
    return fromEnv.isEmpty() ? sourceDir() + QStringLiteral("/.peers") : fromEnv;
}

bool S3Peer::launchS3rver(QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral("node is not installed (not on PATH): %1").arg(kInstallHint);
        return false;
    }
    const QString package = peersDir() + QStringLiteral("/node_modules/s3rver");
    QFile manifest(package + QStringLiteral("/package.json"));
    if (!manifest.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("s3rver %1 is not installed (no %2): %3")
                     .arg(QLatin1String(kS3rverVersion), manifest.fileName(), kInstallHint);
        return false;
    }
    const QString version = QJsonDocument::fromJson(manifest.readAll()).object().value(u"version").toString();
    if (version != QLatin1String(kS3rverVersion)) {
        *error = QStringLiteral("%1 holds s3rver '%2', the tests need %3: %4")
                     .arg(package, version, QLatin1String(kS3rverVersion), kInstallHint);
        return false;
    }

    QElapsedTimer clock;
    clock.start();
    // Port 0: s3rver binds a free port itself and prints it, so no other
    // test can take the port between picking and binding.
    // --openssl-legacy-provider: on Node 17+ its DES-encrypted continuation
    // tokens need it, or every truncated ListObjectsV2 answers 500.
    m_process.setProgram(node,
        { QStringLiteral("--openssl-legacy-provider"), package + QStringLiteral("/bin/s3rver.js"), QStringLiteral("-d"),
            m_dir.filePath(QStringLiteral("data")), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QStringLiteral("0"), QStringLiteral("--silent") });
    m_process.setWorkingDirectory(m_dir.path());
    if (!m_process.start(error))
        return false;
    const auto listening = m_process.waitForLine(
        QRegularExpression(QStringLiteral(R"(^S3rver listening on 127\.0\.0\.1:(\d+)$)")), kS3rverStartTimeout, error);
    if (!listening)
        return false;
    m_port = quint16(listening->captured(1).toUInt());
    // ListBuckets answers as soon as it listens; checked so a broken peer fails here, not in the test.
    if (!m_process.waitForHttp(m_port, "/", 200, 10s, error))
        return false;
    m_pids = { m_process.pid() };
    m_startupTime = std::chrono::milliseconds(clock.elapsed());
    return true;
}

bool S3Peer::launchSwift(QString *error)
{
    const QStringList missing = missingExecutables({ QStringLiteral("memcached"), QStringLiteral("swift-proxy-server"),
        QStringLiteral("swift-account-server"), QStringLiteral("swift-container-server"),
        QStringLiteral("swift-object-server"), QStringLiteral("setpriv") });
    if (!missing.isEmpty()) {
        *error = QStringLiteral("%1 not installed: %2").arg(missing.join(QStringLiteral(", ")), kInstallHint);
        return false;
    }
    const QString script = sourceDir() + QStringLiteral("/tests/peers/swift/start-swift.sh");
    if (!QFileInfo::exists(script)) {
        *error = QStringLiteral("no %1 in this checkout").arg(script);
        return false;
    }

    QElapsedTimer clock;
    clock.start();
    for (int attempt = 1;; ++attempt) {
        const QList<quint16> ports = PeerProcess::freePorts(5); // proxy, account, container, object, memcached
        if (ports.size() != 5) {
            *error = QStringLiteral("cannot find free ports on 127.0.0.1");
            return false;
        }
        QStringList arguments { script, QStringLiteral("--foreground"), m_dir.filePath(QStringLiteral("swift")) };
        for (quint16 port : ports)
            arguments.append(QString::number(port));
        m_process.setProgram(QStringLiteral("bash"), arguments);
        m_process.setWorkingDirectory(m_dir.path());
        if (!m_process.start(error))
            return false;
        // The script stays as the daemons' supervisor; its ready line comes
        // after every port accepts and GET /healthcheck answered OK.
        const auto ready = m_process.waitForLine(
            QRegularExpression(QStringLiteral(R"(^swift ready on http://127\.0\.0\.1:(\d+) .* pids ([\d ]+)$)")),
            kSwiftStartTimeout, error);
        if (ready) {
            m_port = quint16(ready->captured(1).toUInt());
            m_pids = { m_process.pid() };
            for (const QString &pid : ready->captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                m_pids.append(pid.toLongLong());
            // Swift's servers leave the script's process group (setsid): stop() checks them by pid.
            m_process.addOwnedPids(m_pids.mid(1));
            break;
        }
        const bool busyPort = m_process.output().contains(QLatin1String("Address already in use"))
            || m_process.output().contains(QLatin1String("Could not bind"));
        m_process.stop();
        if (!busyPort || attempt == kSwiftAttempts)
            return false;
    }
    if (!m_process.waitForHttp(m_port, "/healthcheck", 200, 10s, error))
        return false;
    m_startupTime = std::chrono::milliseconds(clock.elapsed());
    return true;
}

QString S3Peer::name() const
{
    return m_kind == Kind::S3rver ? QStringLiteral("s3rver") : QStringLiteral("swift");
}

QString S3Peer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString S3Peer::accessKey() const
{
    return m_kind == Kind::S3rver ? QStringLiteral("S3RVER") : QStringLiteral("test:tester");
}

QString S3Peer::secretKey() const
{
    return m_kind == Kind::S3rver ? QStringLiteral("S3RVER") : QStringLiteral("testing");
}

QString S3Peer::uniqueBucketName(const QString &prefix) const
{
    static std::atomic<int> counter { 0 };
    QString name = QStringLiteral("%1-%2-%3-%4")
                       .arg(prefix.toLower())
                       .arg(QCoreApplication::applicationPid())
                       .arg(++counter)
                       .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]")), QStringLiteral("-"));
    if (name.size() > 63)
        name = name.right(63);
    if (!name.at(0).isLetterOrNumber())
        name[0] = QLatin1Char('b');
    return name;
}

std::map<std::string, std::string> S3Peer::storeOptions() const
{
    return {
        { "aws_endpoint", endpoint().toStdString() },
        { "aws_access_key_id", accessKey().toStdString() },
        { "aws_secret_access_key", secretKey().toStdString() },
        { "aws_region", region().toStdString() },
        { "aws_allow_http", "true" },
    };
}

QString S3Peer::log()
{
    QString text = m_process.output();
    if (m_kind == Kind::Swift) {
        const QDir logs(m_dir.filePath(QStringLiteral("swift/logs")));
        for (const QString &file : logs.entryList({ QStringLiteral("*.log") }, QDir::Files, QDir::Name)) {
            QFile log(logs.filePath(file));
            if (log.open(QIODevice::ReadOnly) && log.size() > 0)
                text += QStringLiteral("\n--- %1\n%2").arg(file, QString::fromLocal8Bit(log.readAll().right(4000)));
        }
    }
    return text;
}

void S3Peer::stop()
{
    m_process.stop();
}

} // namespace lakescope::testing
