// SPDX-License-Identifier: Apache-2.0
// The GUI's transfer queue against real servers: drops uploaded to S3
// (s3rver) and to lakeFS (`lakescope-cli serve lakefs`) through the
// session's connections, an S3 upload interrupted at quit and resumed by
// the next launch through the connection its journal names, and a
// cancelled multipart upload that leaves nothing on the server (Swift's
// s3api, which lists and aborts uploads). A missing peer fails the test.
#include "core/backends/s3/s3store.h"
#include "core/common/bytestream.h"
#include "tests/support/lakefspeer.h"
#include "tests/support/s3peer.h"
#include "tests/support/s3peerstores.h"
#include "tests/support/tempdir.h"
#include "ui/session/session.h"
#include "ui/transfers/dropcontroller.h"
#include "ui/transfers/transferqueuemodel.h"
#include "ui/transfers/transferservice.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;
using namespace lakescope::testing;

namespace {

constexpr int kSlowMs = 120000;
constexpr std::uint64_t kMiB = 1024 * 1024;

StoreUrl url(const std::string &text, const QString &connection = {})
{
    Result<StoreUrl> parsed = StoreUrl::parse(text);
    StoreUrl made = parsed ? *parsed : StoreUrl{};
    made.connection = connection.toStdString();
    return made;
}

Connection connection(const QString &id, const std::string &root, Connection::Kind kind)
{
    Connection made;
    made.id = id;
    made.name = id;
    made.url = *StoreUrl::parseAccount(root);
    made.url.connection = id.toStdString();
    made.kind = kind;
    return made;
}

std::string read(ObjectStore &store, const std::string &key)
{
    StringSink sink;
    auto got = store.get(key, sink);
    return got ? sink.take() : "<missing: " + got.error().toString() + ">";
}

std::string bigBytes(std::size_t size)
{
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 4099) & 0xff);
    return bytes;
}

EngineConfig engineIn(const TempDir &state)
{
    EngineConfig config;
    config.threads = 4;
    config.stateDirectory = state.filePath("jobs").string();
    return config;
}

QString describe(const TransferService &service, const QString &id)
{
    const TransferEntry *entry = service.entry(id);
    if (!entry)
        return QStringLiteral("<no job>");
    QString text = entry->title + QLatin1Char(' ') + QString::fromStdString(std::string(transferStateName(entry->state)))
        + QLatin1Char(' ') + entry->error;
    for (const FileProgress &file : service.failedFiles(id))
        text += QStringLiteral("\n  %1: %2").arg(QString::fromStdString(file.sourceKey),
                                                QString::fromStdString(file.message));
    return text;
}

QMimeData *dropOf(const TempDir &dir, const QStringList &names)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &name : names)
        urls.append(QUrl::fromLocalFile(QString::fromStdString(dir.filePath(name.toStdString()).string())));
    mime->setUrls(urls);
    return mime;
}

} // namespace

class TstTransferPeers : public QObject
{
    Q_OBJECT

private slots:
    void dropUploadsToS3AndResumesAfterQuit();
    void dropUploadsToLakeFs();
    void cancelledMultipartLeavesNoUpload();
};

void TstTransferPeers::dropUploadsToS3AndResumesAfterQuit()
{
    QString error;
    auto peer = S3Peer::startS3rver(&error);
    QVERIFY2(peer, qPrintable(error));
    S3PeerStores stores(*peer);
    auto bucket = stores.createBucket("drops");
    QVERIFY2(bucket, bucket ? "" : bucket.error().toString().c_str());
    auto options = stores.options();
    QVERIFY(options);
    const std::string root = "s3://" + (*bucket)->bucket();

    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("hello.txt", "hello s3"));
    QVERIFY(dir.writeFile("data/part-0.csv", "a,b\n1,2\n"));
    QVERIFY(dir.writeFile("data/nested/deep #1.bin", bigBytes(700000)));
    Session session;
    session.setConnections({connection(QStringLiteral("peer"), "s3://", Connection::Kind::Remote)});
    session.setConnectionOptions(QStringLiteral("peer"), *options);

    {
        TransferService service(&session, engineIn(state));
        TransferQueueModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DropController drops(&service);
        drops.setFixedPolicy(ConflictPolicy::Overwrite);
        QSignalSpy finished(&service, &TransferService::jobFinished);
        std::unique_ptr<QMimeData> mime(dropOf(dir, {QStringLiteral("hello.txt"), QStringLiteral("data")}));
        QVERIFY(drops.handleMimeData(mime.get(), url(root + "/dropped/", QStringLiteral("peer")), Qt::CopyAction,
                                     nullptr));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
        const QString id = finished.front().front().toString();
        QVERIFY2(service.entry(id)->state == TransferState::Done, qPrintable(describe(service, id)));
        QCOMPARE(read(**bucket, "dropped/hello.txt"), std::string("hello s3"));
        QCOMPARE(read(**bucket, "dropped/data/part-0.csv"), std::string("a,b\n1,2\n"));
        QCOMPARE(read(**bucket, "dropped/data/nested/deep #1.bin"), bigBytes(700000));

        // A large upload, slowed down, still running when the window closes.
        QVERIFY(dir.writeFile("large.bin", bigBytes(12 * kMiB)));
        TransferOptions slow;
        slow.partSize = 5 * kMiB;
        slow.bandwidthLimit = 4 * kMiB;
        const QString large = service.copyWith({url(dir.filePath("large.bin").string())},
                                               url(root + "/big/", QStringLiteral("peer")), slow);
        QTRY_VERIFY_WITH_TIMEOUT(service.entry(large)->progress.bytesDone > 0, kSlowMs);
    }

    TransferService next(&session, engineIn(state));
    QSignalSpy loaded(&next, &TransferService::interruptedLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kSlowMs);
    QCOMPARE(next.jobIds().size(), 1);
    const QString id = next.jobIds().front();
    QCOMPARE(next.entry(id)->state, TransferState::Interrupted);
    QVERIFY(next.canResume(id));
    QSignalSpy finished(&next, &TransferService::jobFinished);
    next.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QVERIFY2(next.entry(id)->state == TransferState::Done, qPrintable(describe(next, id)));
    QVERIFY(read(**bucket, "big/large.bin") == bigBytes(12 * kMiB));
}

void TstTransferPeers::dropUploadsToLakeFs()
{
    QString error;
    LakeFsPeer::Options peerOptions;
    peerOptions.demo = true;
    auto peer = LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), peerOptions, &error);
    QVERIFY2(peer, qPrintable(error));
    StoreOptions options([](const std::string &) { return std::optional<std::string>(); });
    QVERIFY(options.set("lakefs_endpoint", peer->endpoint().toStdString()));
    QVERIFY(options.set("lakefs_access_key_id", peer->accessKeyId().toStdString()));
    QVERIFY(options.set("lakefs_secret_access_key", peer->secretAccessKey().toStdString()));

    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("readme.md", "# lake"));
    QVERIFY(dir.writeFile("tables/t1/part-0.parquet", bigBytes(400000)));
    QVERIFY(dir.writeFile("tables/t1/_SUCCESS", ""));
    Session session;
    session.setConnections({connection(QStringLiteral("lake"), "lakefs://", Connection::Kind::Lake)});
    session.setConnectionOptions(QStringLiteral("lake"), options);
    TransferService service(&session, engineIn(state));
    DropController drops(&service);
    drops.setFixedPolicy(ConflictPolicy::SkipIdentical);
    QSignalSpy finished(&service, &TransferService::jobFinished);
    std::unique_ptr<QMimeData> mime(dropOf(dir, {QStringLiteral("readme.md"), QStringLiteral("tables")}));
    const StoreUrl target = url("lakefs://demo/main/dropped/", QStringLiteral("lake"));
    QVERIFY(drops.handleMimeData(mime.get(), target, Qt::CopyAction, nullptr));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    const QString id = finished.front().front().toString();
    QVERIFY2(service.entry(id)->state == TransferState::Done, qPrintable(describe(service, id)));
    QCOMPARE(finished.front().at(2).value<StoreUrl>(), target);

    Result<StoreLocation> lake = session.resolver()(target);
    QVERIFY2(lake, lake ? "" : lake.error().toString().c_str());
    QCOMPARE(read(*lake->store, "dropped/readme.md"), std::string("# lake"));
    QCOMPARE(read(*lake->store, "dropped/tables/t1/part-0.parquet"), bigBytes(400000));
    QVERIFY(lake->store->head("dropped/tables/t1/_SUCCESS"));

    // The same drop again: everything identical, every file skipped.
    QVERIFY(drops.handleMimeData(mime.get(), target, Qt::CopyAction, nullptr));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kSlowMs);
    const QString again = finished.at(1).front().toString();
    QVERIFY2(service.entry(again)->state == TransferState::Done, qPrintable(describe(service, again)));
    QCOMPARE(service.entry(again)->progress.filesSkipped, std::uint64_t{3});
}

void TstTransferPeers::cancelledMultipartLeavesNoUpload()
{
    QString error;
    auto peer = S3Peer::startSwift(&error);
    QVERIFY2(peer, qPrintable(error));
    S3PeerStores stores(*peer);
    auto bucket = stores.createBucket("cancel");
    QVERIFY2(bucket, bucket ? "" : bucket.error().toString().c_str());
    auto options = stores.options();
    QVERIFY(options);

    TempDir dir;
    TempDir state;
    QVERIFY(dir.writeFile("big.bin", bigBytes(30 * kMiB)));
    Session session;
    session.setConnections({connection(QStringLiteral("swift"), "s3://", Connection::Kind::Remote)});
    session.setConnectionOptions(QStringLiteral("swift"), *options);
    TransferService service(&session, engineIn(state));
    TransferOptions slow;
    slow.partSize = 5 * kMiB;
    slow.bandwidthLimit = 3 * kMiB;
    const QString id = service.copyWith({url(dir.filePath("big.bin").string())},
                                        url("s3://" + (*bucket)->bucket() + "/", QStringLiteral("swift")), slow);
    QTRY_VERIFY_WITH_TIMEOUT(service.entry(id)->progress.bytesDone > 0, kSlowMs);
    auto open = (*bucket)->listUploads();
    QVERIFY(open);
    QCOMPARE(open->size(), std::size_t{1}); // the server really holds one

    QSignalSpy finished(&service, &TransferService::jobFinished);
    service.cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSlowMs);
    QCOMPARE(service.entry(id)->state, TransferState::Cancelled);
    open = (*bucket)->listUploads();
    QVERIFY(open);
    QCOMPARE(open->size(), std::size_t{0});
    QVERIFY(!(*bucket)->head("big.bin"));
}

QTEST_MAIN(TstTransferPeers)
#include "tst_transferpeers.moc"
