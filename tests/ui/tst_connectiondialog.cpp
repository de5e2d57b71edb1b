// SPDX-License-Identifier: Apache-2.0
#include "core/store/storeregistry.h"
#include "tests/support/lakefspeer.h"
#include "tests/support/s3peer.h"
#include "tests/support/scriptedhttpserver.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/connections/connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;
using namespace lakescope::testing;

namespace {

constexpr int kTestTimeout = 60000;

template<typename T>
T *child(const ConnectionDialog &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void setText(const ConnectionDialog &dialog, const char *name, const QString &text)
{
    child<QLineEdit>(dialog, name)->setText(text);
}

void setType(const ConnectionDialog &dialog, ConnectionProfile::Type type)
{
    auto *box = child<QComboBox>(dialog, "type");
    box->setCurrentIndex(box->findData(int(type)));
}

bool okEnabled(const ConnectionDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsOnlyTheFieldsOfTheType();
    void okIsDisabledWithTheReason_data();
    void okIsDisabledWithTheReason();
    void secretIsHiddenAndKeptWhenEditing();
    void askBeforeKeepingASecretForTheSession();
    void testsS3();
    void testsLakeFs();
    void namesAnUnreachableEndpoint();
    void saysWhenTlsFails();
    void testsFolders();
    void secondTestReplacesTheFirst();

private:
    AsyncRunner m_runner { 2 };
};

void TestConnectionDialog::showsOnlyTheFieldsOfTheType()
{
    ConnectionDialog dialog(&m_runner);
    dialog.show();
    const auto visible = [&dialog](const char *name) { return child<QWidget>(dialog, name)->isVisibleTo(&dialog); };

    setType(dialog, ConnectionProfile::Type::S3);
    QVERIFY(visible("endpoint") && visible("region") && visible("addressing") && visible("awsProfile"));
    QVERIFY(visible("accessKeyId") && visible("secret") && visible("verifyTls"));
    QVERIFY(!visible("folder"));

    setType(dialog, ConnectionProfile::Type::LakeFs);
    QVERIFY(visible("endpoint") && visible("accessKeyId") && visible("secret"));
    QVERIFY(!visible("region") && !visible("addressing") && !visible("awsProfile") && !visible("folder"));

    setType(dialog, ConnectionProfile::Type::Folder);
    QVERIFY(visible("folder"));
    QVERIFY(!visible("endpoint") && !visible("secret") && !visible("accessKeyId") && !visible("verifyTls"));

    // Fields of another type never leak into the profile.
    setType(dialog, ConnectionProfile::Type::S3);
    setText(dialog, "endpoint", QStringLiteral("http://127.0.0.1:9000"));
    setType(dialog, ConnectionProfile::Type::Folder);
    setText(dialog, "folder", QStringLiteral("/data"));
    QVERIFY(dialog.profile().endpoint.isEmpty());
    QCOMPARE(dialog.profile().folder, QStringLiteral("/data"));
}

void TestConnectionDialog::okIsDisabledWithTheReason_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("reason"); // "" = OK enabled

    const int s3 = int(ConnectionProfile::Type::S3);
    const int lake = int(ConnectionProfile::Type::LakeFs);
    const int folder = int(ConnectionProfile::Type::Folder);
    QTest::newRow("no name") << s3 << ""
                             << ""
                             << ""
                             << ""
                             << ""
                             << "name";
    QTest::newRow("aws defaults") << s3 << "AWS"
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("endpoint without scheme") << s3 << "MinIO"
                                             << "minio.local:9000"
                                             << ""
                                             << ""
                                             << ""
                                             << "http:// or https://";
    QTest::newRow("endpoint not http") << s3 << "MinIO"
                                       << "ftp://minio.local"
                                       << ""
                                       << ""
                                       << ""
                                       << "not ftp://";
    QTest::newRow("endpoint without host") << s3 << "MinIO"
                                           << "http://"
                                           << ""
                                           << ""
                                           << ""
                                           << "host";
    QTest::newRow("key without secret") << s3 << "MinIO"
                                        << "http://localhost:9000"
                                        << "AKIA"
                                        << ""
                                        << ""
                                        << "secret access key";
    QTest::newRow("s3 complete") << s3 << "MinIO"
                                 << "http://localhost:9000"
                                 << "AKIA"
                                 << "x"
                                 << ""
                                 << "";
    QTest::newRow("lake without endpoint") << lake << "Lake"
                                           << ""
                                           << "AKIA"
                                           << "x"
                                           << ""
                                           << "Enter the endpoint";
    QTest::newRow("lake without key") << lake << "Lake"
                                      << "http://localhost:8000"
                                      << ""
                                      << "x"
                                      << ""
                                      << "access key id";
    QTest::newRow("lake without secret") << lake << "Lake"
                                         << "http://localhost:8000"
                                         << "AKIA"
                                         << ""
                                         << ""
                                         << "lakeFS secret";
    QTest::newRow("lake complete") << lake << "Lake"
                                   << "https://lake.example.com"
                                   << "AKIA"
                                   << "x"
                                   << ""
                                   << "";
    QTest::newRow("no folder") << folder << "Data"
                               << ""
                               << ""
                               << ""
                               << ""
                               << "Choose a folder";
    QTest::newRow("relative folder") << folder << "Data"
                                     << ""
                                     << ""
                                     << ""
                                     << "data/x"
                                     << "absolute";
    QTest::newRow("folder complete") << folder << "Data"
                                     << ""
                                     << ""
                                     << ""
                                     << "/data"
                                     << "";
}

void TestConnectionDialog::okIsDisabledWithTheReason()
{
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(QString, endpoint);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, folder);
    QFETCH(QString, reason);

    ConnectionDialog dialog(&m_runner);
    dialog.show();
    setType(dialog, ConnectionProfile::Type(type));
    setText(dialog, "name", name);
    setText(dialog, "endpoint", endpoint);
    setText(dialog, "accessKeyId", keyId);
    setText(dialog, "secret", secret);
    setText(dialog, "folder", folder);

    auto *problem = child<QLabel>(dialog, "problem");
    if (reason.isEmpty()) {
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(!problem->isVisibleTo(&dialog));
    } else {
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(dialog.problem().contains(reason, Qt::CaseInsensitive), qPrintable(dialog.problem()));
        QVERIFY(problem->isVisibleTo(&dialog));
        QCOMPARE(problem->text(), dialog.problem());
    }
}

void TestConnectionDialog::secretIsHiddenAndKeptWhenEditing()
{
    ConnectionProfile stored;
    stored.id = QStringLiteral("c1");
    stored.name = QStringLiteral("Lake");
    stored.type = ConnectionProfile::Type::LakeFs;
    stored.endpoint = QStringLiteral("http://localhost:8000");
    stored.accessKeyId = QStringLiteral("AKIA");
    stored.hasSecret = true;

    ConnectionDialog dialog(&m_runner);
    dialog.setProfile(stored, QStringLiteral("stored-secret"));
    QCOMPARE(child<QLineEdit>(dialog, "secret")->echoMode(), QLineEdit::Password);
    QVERIFY(child<QLineEdit>(dialog, "secret")->text().isEmpty());
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
    QCOMPARE(dialog.profile(), stored);
    QVERIFY(dialog.newSecret().isEmpty());

    setText(dialog, "secret", QStringLiteral("replacement"));
    QCOMPARE(dialog.newSecret(), QStringLiteral("replacement"));

    // The lake's secret is no S3 secret: another type needs its own.
    setText(dialog, "secret", QString());
    setType(dialog, ConnectionProfile::Type::S3);
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(QStringLiteral("secret access key")), qPrintable(dialog.problem()));
    QVERIFY(!dialog.profile().hasSecret);
}

void TestConnectionDialog::askBeforeKeepingASecretForTheSession()
{
    ConnectionDialog dialog(&m_runner);
    dialog.show();
    dialog.setKeychainAvailable(false);
    setType(dialog, ConnectionProfile::Type::LakeFs);
    setText(dialog, "name", QStringLiteral("Lake"));
    setText(dialog, "endpoint", QStringLiteral("http://localhost:8000"));
    setText(dialog, "accessKeyId", QStringLiteral("AKIA"));
    auto *sessionOnly = child<QCheckBox>(dialog, "sessionOnly");
    QVERIFY(!sessionOnly->isVisibleTo(&dialog));

    setText(dialog, "secret", QStringLiteral("s"));
    QVERIFY(sessionOnly->isVisibleTo(&dialog));
    QVERIFY(child<QLabel>(dialog, "keychainNotice")->isVisibleTo(&dialog));
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(dialog.problem().contains(QStringLiteral("keychain")), qPrintable(dialog.problem()));

    sessionOnly->setChecked(true);
    QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
    QVERIFY(dialog.keepSecretForSessionOnly());
}

void TestConnectionDialog::testsS3()
{
    QString error;
    auto peer = S3Peer::startS3rver(&error);
    QVERIFY2(peer, qPrintable(error));
    {
        StoreRegistry registry;
        registerBuiltinStores(registry);
        StoreOptions options([](const std::string &) { return std::nullopt; });
        for (const auto &[key, value] : peer->storeOptions())
            QVERIFY(options.set(key, value));
        auto service = registry.openService(*StoreUrl::parseAccount("s3://"), options);
        QVERIFY(service);
        QVERIFY((*service)->createContainer(peer->uniqueBucketName().toStdString()));
    }

    ConnectionDialog dialog(&m_runner);
    setType(dialog, ConnectionProfile::Type::S3);
    setText(dialog, "name", QStringLiteral("s3rver"));
    setText(dialog, "endpoint", peer->endpoint());
    setText(dialog, "region", peer->region());
    setText(dialog, "accessKeyId", peer->accessKey());
    setText(dialog, "secret", peer->secretKey());
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "test"), Qt::LeftButton);
    QVERIFY(finished.wait(kTestTimeout));
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Connected: 1 bucket"));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(dialog.testMessage(), QStringLiteral("Connected: 1 bucket"));

    // s3rver refuses unknown key ids (it does not check signatures).
    setText(dialog, "accessKeyId", QStringLiteral("AKIAWRONGWRONGWRONG1"));
    setText(dialog, "secret", QStringLiteral("wrong-secret-value"));
    dialog.testConnection();
    QVERIFY(finished.wait(kTestTimeout));
    const QString message = finished.at(1).at(1).toString();
    qInfo("%s", qPrintable(message));
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY2(message.contains(QStringLiteral("rejected the credentials")), qPrintable(message));
    QVERIFY2(message.contains(peer->endpoint()), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("wrong-secret-value")), qPrintable(message));
}

void TestConnectionDialog::testsLakeFs()
{
    QString error;
    LakeFsPeer::Options options;
    options.demo = true;
    auto peer = LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), options, &error);
    QVERIFY2(peer, qPrintable(error));

    ConnectionDialog dialog(&m_runner);
    setType(dialog, ConnectionProfile::Type::LakeFs);
    setText(dialog, "name", QStringLiteral("lake"));
    setText(dialog, "endpoint", peer->endpoint());
    setText(dialog, "accessKeyId", peer->accessKeyId());
    setText(dialog, "secret", peer->secretAccessKey());
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(kTestTimeout));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Connected: 1 repository"));

    setText(dialog, "secret", QStringLiteral("not-the-lake-secret"));
    dialog.testConnection();
    QVERIFY(finished.wait(kTestTimeout));
    const QString message = finished.at(1).at(1).toString();
    qInfo("%s", qPrintable(message));
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY2(message.contains(QStringLiteral("rejected the credentials")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("not-the-lake-secret")), qPrintable(message));
}

void TestConnectionDialog::namesAnUnreachableEndpoint()
{
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(ScriptedHttpServer::unusedPort());
    for (auto type : { ConnectionProfile::Type::S3, ConnectionProfile::Type::LakeFs }) {
        ConnectionDialog dialog(&m_runner);
        setType(dialog, type);
        setText(dialog, "name", QStringLiteral("nowhere"));
        setText(dialog, "endpoint", endpoint);
        setText(dialog, "accessKeyId", QStringLiteral("AKIA"));
        setText(dialog, "secret", QStringLiteral("secret-of-nowhere"));
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(kTestTimeout));
        const QString message = finished.at(0).at(1).toString();
        qInfo("%s", qPrintable(message));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(message.startsWith(QStringLiteral("Could not reach ") + endpoint), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("secret-of-nowhere")), qPrintable(message));
    }
}

void TestConnectionDialog::saysWhenTlsFails()
{
    ScriptedHttpServer server(ScriptedHttpServer::Transport::Https);
    QVERIFY(server.isListening());
    server.setHandler([](const RecordedRequest &) {
        return ScriptedResponse::text(200,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            "<Owner><ID>owner</ID><DisplayName>owner</DisplayName></Owner><Buckets><Bucket><Name>tls-bucket</Name>"
            "<CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>",
            "application/xml");
    });
    const QString endpoint = QStringLiteral("https://127.0.0.1:%1").arg(server.port());

    ConnectionDialog dialog(&m_runner);
    setType(dialog, ConnectionProfile::Type::S3);
    setText(dialog, "name", QStringLiteral("self-signed"));
    setText(dialog, "endpoint", endpoint);
    setText(dialog, "accessKeyId", QStringLiteral("AKIA"));
    setText(dialog, "secret", QStringLiteral("secret"));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(kTestTimeout));
    const QString message = finished.at(0).at(1).toString();
    qInfo("%s", qPrintable(message));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(message.startsWith(QStringLiteral("The TLS connection to ") + endpoint), qPrintable(message));

    // Unticking "Verify TLS certificates" is how an emulator is reached.
    child<QCheckBox>(dialog, "verifyTls")->setChecked(false);
    dialog.testConnection();
    QVERIFY(finished.wait(kTestTimeout));
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QCOMPARE(finished.at(1).at(1).toString(), QStringLiteral("Connected: 1 bucket"));
}

void TestConnectionDialog::testsFolders()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("a")));

    ConnectionDialog dialog(&m_runner);
    setType(dialog, ConnectionProfile::Type::Folder);
    setText(dialog, "name", QStringLiteral("Data"));
    setText(dialog, "folder", folder.path());
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(kTestTimeout));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Connected: the folder holds 1 item"));

    const QString missing = folder.path() + QStringLiteral("/missing");
    setText(dialog, "folder", missing);
    dialog.testConnection();
    QVERIFY(finished.wait(kTestTimeout));
    QVERIFY(!finished.at(1).at(0).toBool());
    QCOMPARE(finished.at(1).at(1).toString(), QStringLiteral("The folder %1 does not exist.").arg(missing));
}

void TestConnectionDialog::secondTestReplacesTheFirst()
{
    QTemporaryDir folder;
    ConnectionDialog dialog(&m_runner);
    setType(dialog, ConnectionProfile::Type::Folder);
    setText(dialog, "name", QStringLiteral("Data"));
    setText(dialog, "folder", folder.path() + QStringLiteral("/missing"));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    setText(dialog, "folder", folder.path());
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(m_runner.pendingTasks(), 0, kTestTimeout);
    // Only the second test reports; the first one's answer is stale.
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
