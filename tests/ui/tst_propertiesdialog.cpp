// SPDX-License-Identifier: Apache-2.0
#include "core/backends/memory/memorystore.h"
#include "core/common/bytestream.h"
#include "core/http/httpclient.h"
#include "tests/support/s3peer.h"
#include "tests/support/s3peerstores.h"
#include "tests/ui/teststore.h"
#include "ui/actions/propertiesdialog.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/session/session.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

StoreUrl url(const std::string &text)
{
    auto parsed = StoreUrl::parse(text);
    if (!parsed)
        qFatal("test URL does not parse: %s", text.c_str());
    return parsed.value();
}

StoreResolver resolverFor(ObjectStorePtr store)
{
    return [store](const StoreUrl &where) -> Result<StoreLocation> { return StoreLocation{store, where.key(), where}; };
}

} // namespace

class TestPropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsObjectProperties();
    void countsFolder();
    void reportsMissingObject();
    void stopsCounting();
    void presignsOnS3();
};

void TestPropertiesDialog::showsObjectProperties()
{
    auto store = std::make_shared<MemoryStore>("t");
    StringSource body(std::string(1500, 'x'));
    PutOptions options;
    options.contentType = "text/csv";
    options.metadata = {{"owner", "data-team"}, {"source", "export"}};
    QVERIFY(store->put("reports/q1.csv", body, options));
    Session session(resolverFor(store), {});

    PropertiesDialog dialog(&session, {url("memory://t/reports/q1.csv"), false, 1500});
    QSignalSpy loaded(&dialog, &PropertiesDialog::loaded);
    dialog.open();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isLoading());
    QVERIFY(!dialog.isModal());
    QVERIFY(loaded.wait(5000));

    QCOMPARE(dialog.fieldText(QStringLiteral("name")), QStringLiteral("q1.csv"));
    QCOMPARE(dialog.fieldText(QStringLiteral("url")), QStringLiteral("memory://t/reports/q1.csv"));
    QVERIFY2(dialog.fieldText(QStringLiteral("size")).contains(QLatin1String("1,500 bytes"))
                 || dialog.fieldText(QStringLiteral("size")).contains(QLatin1String("1500")),
             qPrintable(dialog.fieldText(QStringLiteral("size"))));
    QCOMPARE(dialog.fieldText(QStringLiteral("contentType")), QStringLiteral("text/csv"));
    QVERIFY(!dialog.fieldText(QStringLiteral("modified")).isEmpty());
    QTableWidget *metadata = dialog.metadataTable();
    QCOMPARE(metadata->rowCount(), 2);
    QCOMPARE(metadata->item(0, 0)->text(), QStringLiteral("owner"));
    QCOMPARE(metadata->item(0, 1)->text(), QStringLiteral("data-team"));
    QVERIFY(!metadata->accessibleName().isEmpty());

    // A memory store cannot presign: the button says why instead.
    QVERIFY(!dialog.presignButton()->isEnabled());
    QVERIFY(!dialog.presignButton()->toolTip().isEmpty());

    QCOMPARE(dialog.expiryChooser()->count(), 4);
    QCOMPARE(PropertiesDialog::expiryAt(3), std::chrono::seconds(7 * 24 * 3600));
    dialog.copyUrl();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("memory://t/reports/q1.csv"));
}

void TestPropertiesDialog::countsFolder()
{
    auto store = std::make_shared<MemoryStore>("t");
    for (int i = 0; i < 2500; ++i) {
        StringSource body(std::string(10, 'y'));
        QVERIFY(store->put("logs/part-" + std::to_string(i), body));
    }
    StringSource marker{std::string()};
    QVERIFY(store->put("logs/", marker));
    StringSource outside("z");
    QVERIFY(store->put("logs2/x", outside));
    Session session(resolverFor(store), {});

    PropertiesDialog dialog(&session, {url("memory://t/logs/"), true, {}});
    QSignalSpy counted(&dialog, &PropertiesDialog::countFinished);
    dialog.open();
    QVERIFY(dialog.isCounting());
    QVERIFY(counted.wait(10000));
    QCOMPARE(dialog.fieldText(QStringLiteral("objectCount")), QStringLiteral("2,500"));
    QVERIFY2(dialog.fieldText(QStringLiteral("size")).contains(QLatin1String("25,000")),
             qPrintable(dialog.fieldText(QStringLiteral("size"))));
    QVERIFY(!dialog.presignButton()->isVisible());
}

void TestPropertiesDialog::reportsMissingObject()
{
    auto store = std::make_shared<MemoryStore>("t");
    Session session(resolverFor(store), {});
    PropertiesDialog dialog(&session, {url("memory://t/nothing.bin"), false, {}});
    QSignalSpy loaded(&dialog, &PropertiesDialog::loaded);
    dialog.open();
    QVERIFY(loaded.wait(5000));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("propertiesStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QLatin1String("Could not read")), qPrintable(status->text()));
    QVERIFY(dialog.fieldText(QStringLiteral("size")).isEmpty());
}

void TestPropertiesDialog::stopsCounting()
{
    auto store = std::make_shared<lakescope::testing::TestStore>("g");
    store->add("f/1", "abc");
    store->closeGate();
    Session session(resolverFor(store), {});
    PropertiesDialog dialog(&session, {url("memory://g/f/"), true, {}});
    QSignalSpy counted(&dialog, &PropertiesDialog::countFinished);
    dialog.open();
    QCOMPARE(dialog.fieldText(QStringLiteral("objectCount")), QString());
    QTRY_VERIFY(store->listCalls() >= 1);
    dialog.stopCounting();
    QVERIFY(counted.wait(5000));
    QVERIFY(!dialog.isCounting());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("propertiesStatus"));
    QVERIFY2(status->text().contains(QLatin1String("stopped")), qPrintable(status->text()));
}

void TestPropertiesDialog::presignsOnS3()
{
    QString error;
    auto peer = lakescope::testing::S3Peer::startS3rver(&error);
    QVERIFY2(peer, qPrintable(error));
    lakescope::testing::S3PeerStores stores(*peer);
    auto created = stores.createBucket("props");
    QVERIFY2(created, created ? "" : created.error().message.c_str());
    std::shared_ptr<ObjectStore> bucket = created.value();
    const std::string content = "shared through a presigned link\n";
    StringSource body(content);
    PutOptions options;
    options.metadata = {{"purpose", "test"}};
    QVERIFY(bucket->put("share/it.txt", body, options));
    Session session(resolverFor(bucket), {});

    const std::string name = bucket->displayName().substr(std::string("s3://").size());
    PropertiesDialog dialog(&session, {url("s3://" + name + "/share/it.txt"), false, {}});
    QSignalSpy loaded(&dialog, &PropertiesDialog::loaded);
    dialog.open();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!dialog.fieldText(QStringLiteral("etag")).isEmpty());
    QVERIFY(dialog.presignButton()->isEnabled());

    dialog.expiryChooser()->setCurrentIndex(0);
    QSignalSpy presigned(&dialog, &PropertiesDialog::presigned);
    dialog.presignButton()->click();
    QVERIFY(presigned.wait(10000));
    const QString link = presigned.front().at(0).toString();
    const QDateTime expires = presigned.front().at(1).toDateTime();
    QCOMPARE(QApplication::clipboard()->text(), link);
    QVERIFY(link.contains(QLatin1String("X-Amz-Expires=900")));
    QVERIFY(qAbs(QDateTime::currentDateTime().secsTo(expires) - 900) < 60);

    HttpClient client;
    HttpRequest request;
    request.url = link.toStdString();
    StringSink sink;
    auto response = client.send(request, &sink);
    QVERIFY2(response, response ? "" : response.error().message.c_str());
    QCOMPARE(response.value().status, 200);
    QCOMPARE(sink.data(), content);
}

QTEST_MAIN(TestPropertiesDialog)
#include "tst_propertiesdialog.moc"
