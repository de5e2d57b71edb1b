// SPDX-License-Identifier: Apache-2.0
// Secrets through a real Secret Service: a private D-Bus session bus and a
// gnome-keyring-daemon, both started and stopped by this test, so the
// user's own keychain is never touched.
#include "tests/support/lakefspeer.h"
#include "ui/connections/connectionmanager.h"
#include "ui/connections/connectionstore.h"
#include "ui/connections/keychainsecretstore.h"
#include "ui/session/session.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;
using namespace lakescope::testing;

namespace {

constexpr int kTimeout = 60000;
const QString kSecretService = QStringLiteral("org.freedesktop.secrets");
const QString kBusName = QStringLiteral("lakescope-keychain-test");

SecretStore::Outcome await(const std::function<void(SecretStore::Done)> &call)
{
    auto outcome = std::make_shared<std::optional<SecretStore::Outcome>>();
    call([outcome](const SecretStore::Outcome &answer) { *outcome = answer; });
    if (!QTest::qWaitFor([&outcome] { return outcome->has_value(); }, kTimeout))
        qWarning("the keychain did not answer within %d ms", kTimeout);
    return outcome->value_or(
        SecretStore::Outcome { SecretStore::Outcome::Status::Failed, {}, QStringLiteral("timeout") });
}

} // namespace

class TestConnectionKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storesReadsAndRemovesSecrets();
    void managerRestoresSecretsFromTheKeychain();

private:
    QString service() const { return QStringLiteral("LakescopeTest-%1").arg(QCoreApplication::applicationPid()); }

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};

void TestConnectionKeychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    QVERIFY2(!busDaemon.isEmpty() && !keyringDaemon.isEmpty(),
        "dbus-daemon and gnome-keyring-daemon are needed (Debian: apt-get install dbus-daemon gnome-keyring)");

    const QString address = QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("bus"));
    m_bus.start(busDaemon,
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
            QStringLiteral("--print-address=1"), QStringLiteral("--address=") + address });
    QVERIFY2(m_bus.waitForStarted(), qPrintable(m_bus.errorString()));
    QVERIFY2(m_bus.waitForReadyRead(kTimeout), "dbus-daemon printed no address");
    const QByteArray printed = m_bus.readAllStandardOutput().trimmed();
    QVERIFY2(printed.startsWith("unix:"), printed.constData());
    // QtKeychain (and libsecret under it) connect to this bus on first use.
    qputenv("DBUS_SESSION_BUS_ADDRESS", printed);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(printed));
    for (const char *folder : { "home", "data", "runtime" }) {
        QVERIFY(QDir(m_dir.path()).mkdir(QString::fromLatin1(folder)));
        QVERIFY(QFile::setPermissions(
            m_dir.filePath(QString::fromLatin1(folder)), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.start(keyringDaemon,
        { QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
    QVERIFY2(m_keyring.waitForStarted(), qPrintable(m_keyring.errorString()));
    // --unlock reads the new login keyring's password from stdin.
    m_keyring.write("lakescope-test-password");
    m_keyring.closeWriteChannel();

    QDBusConnection bus = QDBusConnection::connectToBus(QString::fromUtf8(printed), kBusName);
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    QTRY_VERIFY2_WITH_TIMEOUT(bus.interface()->isServiceRegistered(kSecretService).value(),
        qPrintable(QString::fromUtf8(m_keyring.readAll())), kTimeout);
    QDBusConnection::disconnectFromBus(kBusName);
}

void TestConnectionKeychain::cleanupTestCase()
{
    for (QProcess *process : { &m_keyring, &m_bus }) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished();
        }
    }
}

void TestConnectionKeychain::storesReadsAndRemovesSecrets()
{
    KeychainSecretStore store(service());
    const QString id = QStringLiteral("round-trip");
    SecretStore::Outcome missing = await([&](SecretStore::Done done) { store.read(id, done); });
    QCOMPARE(missing.status, SecretStore::Outcome::Status::NotFound);

    SecretStore::Outcome written
        = await([&](SecretStore::Done done) { store.write(id, QStringLiteral("s3cr3t ü"), done); });
    QVERIFY2(written.ok(), qPrintable(written.message));
    SecretStore::Outcome read = await([&](SecretStore::Done done) { store.read(id, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, QStringLiteral("s3cr3t ü"));

    SecretStore::Outcome removed = await([&](SecretStore::Done done) { store.remove(id, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    QCOMPARE(
        await([&](SecretStore::Done done) { store.read(id, done); }).status, SecretStore::Outcome::Status::NotFound);
    // Removing what is gone is no error.
    QVERIFY(await([&](SecretStore::Done done) { store.remove(id, done); }).ok());
}

void TestConnectionKeychain::managerRestoresSecretsFromTheKeychain()
{
    QString error;
    auto peer = LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
    QVERIFY2(peer, qPrintable(error));
    const QString settingsPath = m_dir.filePath(QStringLiteral("lakescope.ini"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConnectionStore(settings).setImported(true);
    }

    ConnectionProfile lake;
    lake.id = ConnectionProfile::newId();
    lake.name = QStringLiteral("Lake");
    lake.type = ConnectionProfile::Type::LakeFs;
    lake.endpoint = peer->endpoint();
    lake.accessKeyId = peer->accessKeyId();
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        Session session([](const StoreUrl &) -> Result<StoreLocation> { return Error::notFound("none"); }, {});
        ConnectionManager first(&session, &settings, new KeychainSecretStore(service()));
        QSignalSpy ready(&first, &ConnectionManager::ready);
        first.start();
        QVERIFY(ready.wait(kTimeout));
        QVERIFY(first.keychainAvailable());
        QSignalSpy saved(&first, &ConnectionManager::saved);
        first.saveProfile(lake, peer->secretAccessKey());
        QVERIFY(saved.wait(kTimeout));
        QVERIFY(!first.secretIsSessionOnly(lake.id));
    }
    QFile file(settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(peer->secretAccessKey().toUtf8()));

    // The next launch reads the secret back and the lake opens with it.
    QSettings settings(settingsPath, QSettings::IniFormat);
    Session session([](const StoreUrl &) -> Result<StoreLocation> { return Error::notFound("none"); }, {});
    ConnectionManager second(&session, &settings, new KeychainSecretStore(service()));
    QSignalSpy ready(&second, &ConnectionManager::ready);
    second.start();
    QVERIFY(ready.wait(kTimeout));
    QVERIFY(second.profile(lake.id) && second.profile(lake.id)->hasSecret);
    const Connection *root = session.connection(lake.id);
    QVERIFY(root);
    auto opened = session.access().lake(root->url);
    QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
    QVERIFY((*opened)->listRepositories({}));

    // Removing the connection deletes its keychain entry.
    second.deleteProfile(lake.id);
    KeychainSecretStore store(service());
    QTRY_COMPARE_WITH_TIMEOUT(await([&](SecretStore::Done done) { store.read(lake.id, done); }).status,
        SecretStore::Outcome::Status::NotFound, kTimeout);
}

QTEST_MAIN(TestConnectionKeychain)
#include "tst_connectionkeychain.moc"
