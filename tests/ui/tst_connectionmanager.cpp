// SPDX-License-Identifier: Apache-2.0
#include "tests/support/s3peer.h"
#include "ui/connections/connectiondialog.h"
#include "ui/connections/connectionimporter.h"
#include "ui/connections/connectionmanager.h"
#include "ui/connections/connectionstore.h"
#include "ui/connections/keychainsecretstore.h"
#include "ui/connections/sessionsecretstore.h"
#include "ui/session/session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lakescope;
using namespace lakescope::ui;
using namespace lakescope::testing;

namespace {

constexpr int kTimeout = 60000;
const QString kSecret = QStringLiteral("wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETSECRET");
const QString kLakeSecret = QStringLiteral("lake-secret-d41d8cd98f00b204e9800998ecf8427e");

ConnectionProfile s3Profile(const QString &name, const QString &endpoint, const QString &keyId)
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = name;
    profile.type = ConnectionProfile::Type::S3;
    profile.endpoint = endpoint;
    profile.region = QStringLiteral("us-east-1");
    profile.addressing = ConnectionProfile::Addressing::Path;
    profile.accessKeyId = keyId;
    return profile;
}

ConnectionProfile lakeProfile()
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = QStringLiteral("Lake");
    profile.type = ConnectionProfile::Type::LakeFs;
    profile.endpoint = QStringLiteral("http://127.0.0.1:8000");
    profile.accessKeyId = QStringLiteral("AKIALAKE");
    return profile;
}

Session *newSession(QObject *parent)
{
    return new Session([](const StoreUrl &) -> Result<StoreLocation> { return Error::notFound("none"); },
        Session::defaultConnections(), parent);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A keychain that exists but refuses every write (a locked one, a denied
// prompt).
class RefusingSecretStore : public SecretStore
{
public:
    QString description() const override { return QStringLiteral("a refusing keychain"); }
    bool persistent() const override { return true; }
    void read(const QString &, Done done) override { answer(done, { Outcome::Status::NotFound, {}, {} }); }
    void write(const QString &, const QString &, Done done) override
    {
        answer(done, { Outcome::Status::Failed, {}, QStringLiteral("access denied by user") });
    }
    void remove(const QString &, Done done) override { answer(done, {}); }

private:
    void answer(const Done &done, const Outcome &outcome)
    {
        QTimer::singleShot(0, this, [done, outcome] {
            if (done)
                done(outcome);
        });
    }
};

ConnectionDialog *fillLakeDialog(ConnectionDialog *dialog, const QString &name)
{
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("type"));
    type->setCurrentIndex(type->findData(int(ConnectionProfile::Type::LakeFs)));
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
    dialog->findChild<QLineEdit *>(QStringLiteral("endpoint"))->setText(QStringLiteral("http://127.0.0.1:8000"));
    dialog->findChild<QLineEdit *>(QStringLiteral("accessKeyId"))->setText(QStringLiteral("AKIALAKE"));
    dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(kLakeSecret);
    return dialog;
}

QStringList rootNames(const Session &session)
{
    QStringList names;
    for (const Connection &connection : session.connections())
        names.append(connection.name);
    return names;
}

} // namespace

class TestConnectionManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storeRoundTrip();
    void secretsNeverReachTheSettingsFile();
    void restoresConnectionsOnTheNextLaunch();
    void savedConnectionOpensInTheSession();
    void removeAsksAndDeletesTheSecret();
    void actionsFollowTheCurrentConnection();
    void importsFromAwsLakectlAndEnvironment();
    void importsOnTheFirstRunOnly();
    void tellsWhenASavedSecretIsMissing();
    void reportsAMissingKeychain();
    void asksWhenTheKeychainRefusesASecret();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("lakescope.ini")); }
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }
    void markImported() const { ConnectionStore(*settings()).setImported(true); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConnectionManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The import reads these; the test's own machine must not leak in.
    for (const char *name : { "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL",
             "AWS_ENDPOINT_URL_S3", "AWS_REGION", "AWS_DEFAULT_REGION", "LAKECTL_SERVER_ENDPOINT_URL",
             "LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY" })
        qunsetenv(name);
    qputenv("AWS_CONFIG_FILE", m_dir->filePath(QStringLiteral("aws/config")).toUtf8());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir->filePath(QStringLiteral("aws/credentials")).toUtf8());
    qputenv("LAKECTL_CONFIG_FILE", m_dir->filePath(QStringLiteral("lakectl.yaml")).toUtf8());
}

void TestConnectionManager::cleanup()
{
    m_dir.reset();
}

void TestConnectionManager::storeRoundTrip()
{
    ConnectionProfile s3
        = s3Profile(QStringLiteral("b MinIO"), QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("AKIA1"));
    s3.verifyTls = false;
    s3.caBundle = QStringLiteral("/etc/ssl/private-ca.pem");
    s3.hasSecret = true;
    s3.importedFrom = QStringLiteral("environment variables");
    ConnectionProfile aws;
    aws.id = ConnectionProfile::newId();
    aws.name = QStringLiteral("a AWS");
    aws.awsProfile = QStringLiteral("prod");
    aws.addressing = ConnectionProfile::Addressing::Virtual;
    ConnectionProfile folder;
    folder.id = ConnectionProfile::newId();
    folder.name = QStringLiteral("c Data");
    folder.type = ConnectionProfile::Type::Folder;
    folder.folder = QStringLiteral("/data");
    ConnectionProfile lake = lakeProfile();
    lake.name = QStringLiteral("d Lake");

    {
        auto file = settings();
        ConnectionStore store(*file);
        for (const ConnectionProfile &profile : { lake, folder, s3, aws })
            store.save(profile);
        store.save(s3); // saving again replaces
    }
    auto file = settings();
    ConnectionStore store(*file);
    const QList<ConnectionProfile> loaded = store.load();
    QCOMPARE(loaded.size(), 4);
    QCOMPARE(loaded.at(0), aws);
    QCOMPARE(loaded.at(1), s3);
    QCOMPARE(loaded.at(2), folder);
    QCOMPARE(loaded.at(3), lake);

    store.remove(folder.id);
    QCOMPARE(store.load().size(), 3);
    QVERIFY(!store.imported());
    store.setImported(true);
    QVERIFY(ConnectionStore(*settings()).imported());
}

void TestConnectionManager::secretsNeverReachTheSettingsFile()
{
    markImported();
    auto file = settings();
    Session *session = newSession(this);
    auto *secrets = new SessionSecretStore;
    ConnectionManager manager(session, file.get(), secrets);
    manager.start();
    QTRY_VERIFY_WITH_TIMEOUT(manager.isReady(), kTimeout);

    QSignalSpy saved(&manager, &ConnectionManager::saved);
    const ConnectionProfile s3 = s3Profile(
        QStringLiteral("MinIO"), QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("AKIAVISIBLEKEYID"));
    const ConnectionProfile lake = lakeProfile();
    manager.saveProfile(s3, kSecret);
    manager.saveProfile(lake, kLakeSecret);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, kTimeout);
    QVERIFY(secrets->contains(s3.id));
    QVERIFY(secrets->contains(lake.id));

    file->sync();
    const QByteArray bytes = fileBytes(settingsPath());
    QVERIFY(bytes.contains("AKIAVISIBLEKEYID"));
    QVERIFY(!bytes.contains(kSecret.toUtf8()));
    QVERIFY(!bytes.contains(kLakeSecret.toUtf8()));
    // Nor any sizeable piece of them (a prefix, a fingerprint's source).
    QVERIFY(!bytes.contains(kSecret.left(12).toUtf8()));
    QVERIFY(!bytes.contains(kLakeSecret.right(12).toUtf8()));
    QVERIFY(!bytes.toLower().contains("secret_access_key"));
}

void TestConnectionManager::restoresConnectionsOnTheNextLaunch()
{
    markImported();
    auto *secrets = new SessionSecretStore(this); // outlives both launches
    const ConnectionProfile lake = lakeProfile();
    ConnectionProfile folder;
    folder.id = ConnectionProfile::newId();
    folder.name = QStringLiteral("Archive");
    folder.type = ConnectionProfile::Type::Folder;
    folder.folder = m_dir->path();
    {
        auto file = settings();
        ConnectionManager first(newSession(this), file.get(), secrets);
        first.start();
        QSignalSpy saved(&first, &ConnectionManager::saved);
        first.saveProfile(lake, kLakeSecret);
        first.saveProfile(folder, {});
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, kTimeout);
    }
    auto file = settings();
    Session *session = newSession(this);
    ConnectionManager second(session, file.get(), secrets);
    QSignalSpy ready(&second, &ConnectionManager::ready);
    second.start();
    QVERIFY(ready.wait(kTimeout));
    QCOMPARE(second.profiles().size(), 2);
    QCOMPARE(second.profiles().at(0).name, QStringLiteral("Archive"));
    QVERIFY(second.profile(lake.id)->hasSecret);
    QVERIFY(!second.secretIsSessionOnly(lake.id));

    // Built-in roots first, then the user's by name.
    QStringList expected;
    for (const Connection &builtIn : Session::defaultConnections())
        expected.append(builtIn.name);
    expected << QStringLiteral("Archive") << QStringLiteral("Lake");
    QCOMPARE(rootNames(*session), expected);
    const Connection *root = session->connection(lake.id);
    QVERIFY(root);
    QCOMPARE(root->kind, Connection::Kind::Lake);
    QCOMPARE(root->url.connection, lake.id.toStdString());
    QCOMPARE(session->connection(folder.id)->kind, Connection::Kind::Folder);
}

void TestConnectionManager::savedConnectionOpensInTheSession()
{
    QString error;
    auto peer = S3Peer::startS3rver(&error);
    QVERIFY2(peer, qPrintable(error));
    markImported();
    auto file = settings();
    Session *session = newSession(this);
    ConnectionManager manager(session, file.get(), new SessionSecretStore);
    manager.start();
    QSignalSpy saved(&manager, &ConnectionManager::saved);
    const ConnectionProfile s3 = s3Profile(QStringLiteral("s3rver"), peer->endpoint(), peer->accessKey());
    manager.saveProfile(s3, peer->secretKey());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeout);

    // The session opens the connection's root with its options and secret.
    const Connection *root = session->connection(s3.id);
    QVERIFY(root);
    auto service = session->access().containers(root->url);
    QVERIFY2(service, service ? "" : service.error().message.c_str());
    const std::string bucket = peer->uniqueBucketName().toStdString();
    QVERIFY((*service)->createContainer(bucket));
    auto buckets = (*service)->listContainers();
    QVERIFY(buckets);
    QCOMPARE(buckets->size(), size_t(1));
    QCOMPARE(buckets->front().name, bucket);
}

void TestConnectionManager::removeAsksAndDeletesTheSecret()
{
    markImported();
    auto file = settings();
    Session *session = newSession(this);
    auto *secrets = new SessionSecretStore;
    ConnectionManager manager(session, file.get(), secrets);
    manager.start();
    QSignalSpy saved(&manager, &ConnectionManager::saved);
    const ConnectionProfile lake = lakeProfile();
    manager.saveProfile(lake, kLakeSecret);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeout);
    QVERIFY(secrets->contains(lake.id));

    QMessageBox *cancelled = manager.removeConnection(nullptr, lake.id);
    QVERIFY(cancelled);
    QVERIFY(cancelled->text().contains(QStringLiteral("\"Lake\"")));
    cancelled->button(QMessageBox::Cancel)->click();
    QVERIFY(manager.profile(lake.id));

    QMessageBox *confirm = manager.removeConnection(nullptr, lake.id);
    QPushButton *remove = nullptr;
    for (QAbstractButton *button : confirm->buttons()) {
        if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(remove);
    QVERIFY(!remove->isDefault());
    remove->click();
    QVERIFY(!manager.profile(lake.id));
    QVERIFY(!session->connection(lake.id));
    QTRY_VERIFY(!secrets->contains(lake.id));
    QVERIFY(ConnectionStore(*settings()).load().isEmpty());
}

void TestConnectionManager::actionsFollowTheCurrentConnection()
{
    markImported();
    auto file = settings();
    Session *session = newSession(this);
    ConnectionManager manager(session, file.get(), new SessionSecretStore);
    manager.start();
    QVERIFY(manager.addAction()->isEnabled());
    manager.setCurrentConnection(Session::demoConnectionId());
    QVERIFY(!manager.editAction()->isEnabled());
    QVERIFY(!manager.removeAction()->isEnabled());

    const ConnectionProfile lake = lakeProfile();
    manager.saveProfile(lake, kLakeSecret);
    manager.setCurrentConnection(lake.id);
    QVERIFY(manager.editAction()->isEnabled());
    QVERIFY(manager.removeAction()->isEnabled());

    // The edit dialog shows the profile; OK saves the change.
    QWidget window;
    manager.setDialogParent(&window);
    manager.editAction()->trigger();
    auto *dialog = window.findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->profile(), *manager.profile(lake.id));
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Renamed lake"));
    QSignalSpy saved(&manager, &ConnectionManager::saved);
    dialog->accept();
    QVERIFY(saved.size() == 1 || saved.wait(kTimeout));
    QCOMPARE(manager.profile(lake.id)->name, QStringLiteral("Renamed lake"));
    QVERIFY(manager.profile(lake.id)->hasSecret);
    QCOMPARE(session->connection(lake.id)->name, QStringLiteral("Renamed lake"));
}

void TestConnectionManager::importsFromAwsLakectlAndEnvironment()
{
    writeFile(m_dir->filePath(QStringLiteral("aws/config")),
        "[default]\nregion = eu-west-1\n\n[profile minio]\nendpoint_url = http://127.0.0.1:9000\n"
        "s3 =\n  addressing_style = path\n[services local]\ns3 =\n  endpoint_url = http://x\n");
    writeFile(m_dir->filePath(QStringLiteral("aws/credentials")),
        "[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = default-file-secret\n"
        "[minio]\naws_access_key_id = minio\naws_secret_access_key = minio-file-secret\n");
    writeFile(m_dir->filePath(QStringLiteral("lakectl.yaml")),
        "credentials:\n  access_key_id: AKIALAKECTL\n  secret_access_key: \"lakectl-file-secret\"\n"
        "server:\n  endpoint_url: http://127.0.0.1:8000\n");
    const QHash<QString, QString> environment = {
        { QStringLiteral("HOME"), m_dir->path() },
        { QStringLiteral("AWS_CONFIG_FILE"), m_dir->filePath(QStringLiteral("aws/config")) },
        { QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir->filePath(QStringLiteral("aws/credentials")) },
        { QStringLiteral("LAKECTL_CONFIG_FILE"), m_dir->filePath(QStringLiteral("lakectl.yaml")) },
        { QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV") },
        { QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env-secret") },
        { QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://minio.example:9000") },
        { QStringLiteral("LAKECTL_CREDENTIALS_ACCESS_KEY_ID"), QStringLiteral("AKIALAKEENV") },
    };
    const ConnectionImporter importer([&environment](const QString &name) -> std::optional<QString> {
        if (auto found = environment.constFind(name); found != environment.constEnd())
            return *found;
        return std::nullopt;
    });
    const ConnectionImporter::Findings findings = importer.discover();
    QVERIFY2(findings.problems.isEmpty(), qPrintable(findings.problems.join(u'\n')));
    QCOMPARE(findings.connections.size(), 4);

    const ConnectionImporter::Found &defaultProfile = findings.connections.at(0);
    QCOMPARE(defaultProfile.profile.awsProfile, QStringLiteral("default"));
    QCOMPARE(defaultProfile.profile.type, ConnectionProfile::Type::S3);
    QVERIFY(defaultProfile.profile.accessKeyId.isEmpty()); // the keys stay in the AWS files
    QVERIFY(defaultProfile.secret.isEmpty());
    QVERIFY(!defaultProfile.profile.hasSecret);
    QCOMPARE(findings.connections.at(1).profile.awsProfile, QStringLiteral("minio"));

    const ConnectionImporter::Found &fromEnvironment = findings.connections.at(2);
    QCOMPARE(fromEnvironment.profile.accessKeyId, QStringLiteral("AKIAENV"));
    QCOMPARE(fromEnvironment.profile.endpoint, QStringLiteral("http://minio.example:9000"));
    QCOMPARE(fromEnvironment.secret, QStringLiteral("env-secret"));
    QVERIFY(fromEnvironment.profile.validate().isEmpty());

    // lakectl's variables win over its file, field by field.
    const ConnectionImporter::Found &lake = findings.connections.at(3);
    QCOMPARE(lake.profile.type, ConnectionProfile::Type::LakeFs);
    QCOMPARE(lake.profile.endpoint, QStringLiteral("http://127.0.0.1:8000"));
    QCOMPARE(lake.profile.accessKeyId, QStringLiteral("AKIALAKEENV"));
    QCOMPARE(lake.secret, QStringLiteral("lakectl-file-secret"));
    QVERIFY(lake.profile.validate().isEmpty());

    // A profile-based connection opens through the AWS files, whatever
    // keys the shell exports.
    qputenv("AWS_ACCESS_KEY_ID", "AKIASHELL");
    qputenv("AWS_SECRET_ACCESS_KEY", "shell-secret");
    const StoreOptions options = findings.connections.at(1).profile.toOptions({});
    qunsetenv("AWS_ACCESS_KEY_ID");
    qunsetenv("AWS_SECRET_ACCESS_KEY");
    QCOMPARE(options.get("aws_profile").value_or(""), std::string("minio"));
    QVERIFY(!options.get("aws_access_key_id"));
    QVERIFY(!options.get("aws_secret_access_key"));
    QCOMPARE(options.env("AWS_CONFIG_FILE").value_or(""), m_dir->filePath(QStringLiteral("aws/config")).toStdString());
}

void TestConnectionManager::importsOnTheFirstRunOnly()
{
    writeFile(m_dir->filePath(QStringLiteral("aws/credentials")),
        "[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = default-file-secret\n");
    writeFile(m_dir->filePath(QStringLiteral("lakectl.yaml")),
        "credentials:\n  access_key_id: AKIALAKECTL\n  secret_access_key: lakectl-file-secret\n"
        "server:\n  endpoint_url: http://127.0.0.1:8000\n");
    qputenv("AWS_ACCESS_KEY_ID", "AKIAENV");
    qputenv("AWS_SECRET_ACCESS_KEY", "env-secret-value");
    auto *secrets = new SessionSecretStore(this);
    {
        auto file = settings();
        ConnectionManager manager(newSession(this), file.get(), secrets);
        QSignalSpy ready(&manager, &ConnectionManager::ready);
        manager.start();
        QVERIFY(ready.wait(kTimeout));
        QCOMPARE(manager.profiles().size(), 3);
    }
    qunsetenv("AWS_ACCESS_KEY_ID");
    qunsetenv("AWS_SECRET_ACCESS_KEY");
    const QByteArray bytes = fileBytes(settingsPath());
    QVERIFY(!bytes.contains("env-secret-value"));
    QVERIFY(!bytes.contains("lakectl-file-secret"));
    QVERIFY(!bytes.contains("default-file-secret"));

    auto file = settings();
    ConnectionManager again(newSession(this), file.get(), secrets);
    QSignalSpy ready(&again, &ConnectionManager::ready);
    again.start();
    QVERIFY(again.isReady() || ready.wait(kTimeout));
    QCOMPARE(again.profiles().size(), 3);
    int withSecret = 0;
    for (const ConnectionProfile &profile : again.profiles()) {
        if (profile.hasSecret) {
            ++withSecret;
            QVERIFY(secrets->contains(profile.id));
        }
    }
    QCOMPARE(withSecret, 2); // the environment's and lakectl's, not the AWS profile's
}

void TestConnectionManager::tellsWhenASavedSecretIsMissing()
{
    markImported();
    ConnectionProfile lake = lakeProfile();
    lake.hasSecret = true;
    ConnectionStore(*settings()).save(lake);

    auto file = settings();
    ConnectionManager manager(newSession(this), file.get(), new SessionSecretStore);
    QSignalSpy messages(&manager, &ConnectionManager::message);
    QSignalSpy ready(&manager, &ConnectionManager::ready);
    manager.start();
    QVERIFY(ready.wait(kTimeout));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(0).toString(),
        QStringLiteral("The secret of \"Lake\" is missing from the keychain; edit the connection to enter it "
                       "again."));
    // The connection stays, so the user can edit it.
    QVERIFY(manager.profile(lake.id));
}

void TestConnectionManager::reportsAMissingKeychain()
{
    // No Secret Service: a session bus that does not exist.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir->filePath(QStringLiteral("no-bus")).toUtf8());
    markImported();
    auto file = settings();
    Session *session = newSession(this);
    ConnectionManager manager(session, file.get(),
        new KeychainSecretStore(QStringLiteral("LakescopeTest-%1").arg(QCoreApplication::applicationPid())));
    QSignalSpy unavailable(&manager, &ConnectionManager::keychainUnavailable);
    QSignalSpy ready(&manager, &ConnectionManager::ready);
    manager.start();
    QVERIFY(ready.wait(kTimeout));
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!manager.keychainAvailable());
    QVERIFY(unavailable.at(0).at(0).toString().contains(QStringLiteral("No system keychain")));

    // The add dialog asks before keeping a typed secret for the session.
    QWidget window;
    ConnectionDialog *dialog = manager.addConnection(&window);
    dialog->findChild<QComboBox *>(QStringLiteral("type"))->setCurrentIndex(1);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Lake"));
    dialog->findChild<QLineEdit *>(QStringLiteral("endpoint"))->setText(QStringLiteral("http://127.0.0.1:8000"));
    dialog->findChild<QLineEdit *>(QStringLiteral("accessKeyId"))->setText(QStringLiteral("AKIALAKE"));
    dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(kLakeSecret);
    QVERIFY(!dialog->problem().isEmpty());
    dialog->findChild<QCheckBox *>(QStringLiteral("sessionOnly"))->setChecked(true);
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QSignalSpy saved(&manager, &ConnectionManager::saved);
    dialog->accept();
    QVERIFY(saved.size() == 1 || saved.wait(kTimeout));
    const QString id = saved.at(0).at(0).toString();
    QVERIFY(manager.secretIsSessionOnly(id));
    QVERIFY(manager.profile(id)->hasSecret);

    // A secret saved without asking first (the keychain failed late) is
    // kept for the session too, and the user is told.
    QSignalSpy messages(&manager, &ConnectionManager::message);
    const ConnectionProfile s3
        = s3Profile(QStringLiteral("MinIO"), QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("AKIA"));
    manager.saveProfile(s3, kSecret);
    QVERIFY(saved.wait(kTimeout));
    QVERIFY(manager.secretIsSessionOnly(s3.id));
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("only until Lakescope quits")));

    file->sync();
    const QByteArray bytes = fileBytes(settingsPath());
    QVERIFY(!bytes.contains(kSecret.toUtf8()));
    QVERIFY(!bytes.contains(kLakeSecret.toUtf8()));
    // Next launch: no secret is claimed to exist.
    for (const ConnectionProfile &profile : ConnectionStore(*settings()).load())
        QVERIFY(!profile.hasSecret);
}

void TestConnectionManager::asksWhenTheKeychainRefusesASecret()
{
    markImported();
    auto file = settings();
    ConnectionManager manager(newSession(this), file.get(), new RefusingSecretStore);
    QSignalSpy ready(&manager, &ConnectionManager::ready);
    manager.start();
    QVERIFY(ready.wait(kTimeout));
    QVERIFY(manager.keychainAvailable());

    QWidget window;
    QSignalSpy saved(&manager, &ConnectionManager::saved);
    for (const bool keep : { false, true }) {
        ConnectionDialog *dialog = fillLakeDialog(
            manager.addConnection(&window), keep ? QStringLiteral("Kept") : QStringLiteral("Forgotten"));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        dialog->accept();
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = window.findChild<QMessageBox *>()) != nullptr, kTimeout);
        QVERIFY2(question->text().contains(QStringLiteral("access denied by user")), qPrintable(question->text()));
        QVERIFY(!question->text().contains(kLakeSecret));
        QVERIFY(saved.isEmpty()); // the user decides first
        const QString label = keep ? QStringLiteral("&Keep for This Session") : QStringLiteral("&Forget the Secret");
        for (QAbstractButton *button : question->buttons()) {
            if (button->text() == label)
                button->click();
        }
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeout);
        const QString id = saved.takeFirst().at(0).toString();
        QCOMPARE(manager.profile(id)->hasSecret, keep);
        QCOMPARE(manager.secretIsSessionOnly(id), keep);
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
    }
    file->sync();
    QVERIFY(!fileBytes(settingsPath()).contains(kLakeSecret.toUtf8()));
    for (const ConnectionProfile &profile : ConnectionStore(*settings()).load())
        QVERIFY(!profile.hasSecret);
}

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
