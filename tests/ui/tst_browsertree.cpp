// SPDX-License-Identifier: Apache-2.0
// The store tree over real lakes and S3: connections -> repositories ->
// branches and tags -> folders, the commit picker, "Load more…" rows.
#include "teststore.h"
#include "tests/support/lakefspeer.h"
#include "tests/support/s3peer.h"
#include "tests/support/s3peerstores.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/browser/commitpickerdialog.h"
#include "ui/browser/storetreemodel.h"
#include "ui/browser/storetreeview.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace lakescope;
using namespace lakescope::ui;
using lakescope::testing::TestAccess;

namespace {

constexpr int kTimeout = 20000;

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

bool waitForFetch(StoreTreeModel &model, const QModelIndex &index)
{
    QSignalSpy finished(&model, &StoreTreeModel::fetchFinished);
    QDeadlineTimer deadline(kTimeout);
    while (model.isFetching(index) || model.canFetchMore(index)) {
        if (deadline.hasExpired())
            return false;
        finished.wait(50);
    }
    return true;
}

// Expand `index` (as a view would) and wait for its first page.
bool list(StoreTreeModel &model, const QModelIndex &index)
{
    if (model.canFetchMore(index))
        model.fetchMore(index);
    return waitForFetch(model, index);
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

Connection lakeConnection()
{
    Connection lake;
    lake.id = QStringLiteral("demo");
    lake.name = QStringLiteral("Demo lake");
    lake.url = *StoreUrl::parseAccount("lakefs://");
    lake.url.connection = "demo";
    lake.kind = Connection::Kind::Lake;
    return lake;
}

} // namespace

class TestBrowserTree : public QObject
{
    Q_OBJECT

private slots:
    void demoLakeShowsRepositoriesRefsAndFolders();
    void branchesAndTagsCarryTheConnection();
    void dropTargetsRefuseReadOnlyRefs();
    void loadMoreFetchesTheNextPage();
    void dropOntoTreeNodes();
    void treeFollowsTheBrowserIntoTheLake();
    void commitPickerRequestedFromTheTree();
    void commitPickerListsTheLogAndReturnsACommitUrl();
    void lakeFsServerRepositories();
    void s3BucketsUnderTheConnection();
};

void TestBrowserTree::demoLakeShowsRepositoriesRefsAndFolders()
{
    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnections({lakeConnection()});

    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("Demo lake"));
    QVERIFY(list(model, root));
    QCOMPARE(childNames(model, root), QStringList{QStringLiteral("demo")});
    const QModelIndex repo = model.index(0, 0, root);
    QCOMPARE(model.kindOf(repo), StoreTreeModel::NodeKind::Repository);
    QCOMPARE(repo.data(StoreTreeModel::UrlRole).toString(), QStringLiteral("lakefs://demo"));

    QVERIFY(list(model, repo));
    // The default branch first, then the others, then Tags and Commit….
    QCOMPARE(childNames(model, repo), (QStringList{QStringLiteral("main"), QStringLiteral("experiment"),
                                                   QStringLiteral("Tags"), QStringLiteral("Commit…")}));
    const QModelIndex main = child(model, repo, QStringLiteral("main"));
    QCOMPARE(model.kindOf(main), StoreTreeModel::NodeKind::Branch);
    QCOMPARE(main.data(StoreTreeModel::UrlRole).toString(), QStringLiteral("lakefs://demo/main"));
    QVERIFY(!main.data(Qt::DecorationRole).value<QIcon>().isNull());

    const QModelIndex tags = child(model, repo, QStringLiteral("Tags"));
    QCOMPARE(model.kindOf(tags), StoreTreeModel::NodeKind::TagGroup);
    QVERIFY(list(model, tags));
    QCOMPARE(childNames(model, tags), QStringList{QStringLiteral("v1.0")});
    QCOMPARE(model.index(0, 0, tags).data(StoreTreeModel::UrlRole).toString(), QStringLiteral("lakefs://demo/v1.0"));

    // Folders below a branch come from the lakefs:// store.
    QVERIFY(list(model, main));
    QCOMPARE(childNames(model, main), QStringList{QStringLiteral("datasets")});
    const QModelIndex datasets = model.index(0, 0, main);
    QVERIFY(list(model, datasets));
    QCOMPARE(childNames(model, datasets), (QStringList{QStringLiteral("taxi"), QStringLiteral("weather")}));
    QCOMPARE(model.index(0, 0, datasets).data(StoreTreeModel::UrlRole).toString(),
             QStringLiteral("lakefs://demo/main/datasets/taxi"));
    // And the tag lists its own (older) content.
    const QModelIndex v1 = model.index(0, 0, tags);
    QVERIFY(list(model, v1));
    QCOMPARE(childNames(model, v1), QStringList{QStringLiteral("datasets")});

    // Finding a typed location walks the lake levels.
    StoreUrl taxi = *StoreUrl::parse("lakefs://demo/main/datasets/taxi");
    taxi.connection = "demo";
    QCOMPARE(model.findUrl(taxi), model.index(0, 0, datasets));
}

void TestBrowserTree::branchesAndTagsCarryTheConnection()
{
    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    model.setConnections({lakeConnection()});
    const QModelIndex root = model.index(0, 0);
    QVERIFY(list(model, root));
    const QModelIndex repo = model.index(0, 0, root);
    QVERIFY(list(model, repo));
    const QModelIndex experiment = child(model, repo, QStringLiteral("experiment"));
    QVERIFY(list(model, experiment));
    QVERIFY(model.rowCount(experiment) > 0);
    for (const QModelIndex &index : {repo, experiment, model.index(0, 0, experiment)})
        QCOMPARE(model.urlOf(index).connection, std::string("demo"));
}

void TestBrowserTree::dropTargetsRefuseReadOnlyRefs()
{
    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    model.setConnections({lakeConnection()});
    const QModelIndex root = model.index(0, 0);
    QVERIFY(list(model, root));
    const QModelIndex repo = model.index(0, 0, root);
    QVERIFY(list(model, repo));
    const QModelIndex tags = child(model, repo, QStringLiteral("Tags"));
    QVERIFY(list(model, tags));

    QString reason;
    QVERIFY(!model.dropTarget(root, &reason));
    QVERIFY2(reason.contains(QStringLiteral("account")), qPrintable(reason));
    QVERIFY(!model.dropTarget(repo, &reason));
    QVERIFY(!model.dropTarget(model.index(0, 0, tags), &reason));
    QVERIFY2(reason.contains(QStringLiteral("read-only")), qPrintable(reason));
    QVERIFY(!(model.flags(model.index(0, 0, tags)) & Qt::ItemIsDropEnabled));
    const auto main = model.dropTarget(child(model, repo, QStringLiteral("main")), &reason);
    QVERIFY(main);
    QCOMPARE(main->toString(), std::string("lakefs://demo/main"));
    QVERIFY(reason.isEmpty());
}

void TestBrowserTree::loadMoreFetchesTheNextPage()
{
    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(1);
    model.setConnections({lakeConnection()});
    const QModelIndex root = model.index(0, 0);
    QVERIFY(list(model, root));
    const QModelIndex repo = model.index(0, 0, root);
    QVERIFY(list(model, repo));
    // One branch per page ("experiment"), with the default branch pinned in
    // front although it sorts onto the next page; then Load more….
    QCOMPARE(childNames(model, repo),
             (QStringList{QStringLiteral("main"), QStringLiteral("experiment"), QStringLiteral("Tags"),
                          QStringLiteral("Commit…"), QStringLiteral("Load more…")}));
    const QModelIndex more = model.index(4, 0, repo);
    QCOMPARE(model.kindOf(more), StoreTreeModel::NodeKind::LoadMore);

    StoreTreeView view;
    view.setStoreModel(&model);
    QSignalSpy opened(&view, &StoreTreeView::openRequested);
    view.setCurrentIndex(more); // choosing the row loads the page; it opens nothing
    // The next page holds only "main", already shown: the row goes, nothing doubles.
    QTRY_COMPARE_WITH_TIMEOUT(childNames(model, repo),
                              (QStringList{QStringLiteral("main"), QStringLiteral("experiment"),
                                           QStringLiteral("Tags"), QStringLiteral("Commit…")}),
                              kTimeout);
    QCOMPARE(opened.size(), 0);
}

void TestBrowserTree::dropOntoTreeNodes()
{
    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    model.setConnections({lakeConnection()});
    StoreTreeView view;
    view.setStoreModel(&model);
    view.resize(400, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex root = model.index(0, 0);
    QVERIFY(list(model, root));
    view.expand(root);
    const QModelIndex repo = model.index(0, 0, root);
    QVERIFY(list(model, repo));
    view.expand(repo);
    const QModelIndex tags = child(model, repo, QStringLiteral("Tags"));
    QVERIFY(list(model, tags));
    view.expand(tags);

    QSignalSpy dropped(&view, &StoreTreeView::dropRequested);
    QSignalSpy refused(&view, &StoreTreeView::dropRefused);
    QTemporaryDir dir;
    const QUrl file = QUrl::fromLocalFile(dir.filePath(QStringLiteral("a.csv")));
    QMimeData mime;
    mime.setUrls({file});
    const auto dropOn = [&](const QModelIndex &index) {
        const QPoint at = view.visualRect(index).center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
        const bool highlighted = view.dropHighlight() == index;
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &drop);
        return move.isAccepted() && highlighted;
    };

    QVERIFY(dropOn(child(model, repo, QStringLiteral("experiment"))));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).value<QList<QUrl>>(), QList<QUrl>{file});
    const StoreUrl target = dropped.at(0).at(2).value<StoreUrl>();
    QCOMPARE(target.toString(), std::string("lakefs://demo/experiment"));
    QCOMPARE(target.connection, std::string("demo"));

    QVERIFY(!dropOn(model.index(0, 0, tags)));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(refused.size(), 1);
    QVERIFY(view.dropRefusal().isEmpty() || view.dropRefusal().contains(QStringLiteral("read-only")));
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("read-only")));
}

void TestBrowserTree::treeFollowsTheBrowserIntoTheLake()
{
    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    model.setConnections({lakeConnection()});
    StoreTreeView view;
    view.setStoreModel(&model);
    QSignalSpy opened(&view, &StoreTreeView::openRequested);
    QSignalSpy revealed(&view, &StoreTreeView::revealFinished);

    // Nothing is listed yet: revealing lists repository, refs and folders on the way.
    StoreUrl weather = *StoreUrl::parse("lakefs://demo/experiment/datasets/weather");
    weather.connection = "demo";
    view.showLocation(weather);
    QVERIFY(revealed.wait(kTimeout));
    QCOMPARE(view.currentIndex().data(StoreTreeModel::UrlRole).toString(),
             QStringLiteral("lakefs://demo/experiment/datasets/weather"));
    QCOMPARE(opened.size(), 0); // following never re-opens

    // A tag is found under the Tags group.
    StoreUrl tag = *StoreUrl::parse("lakefs://demo/v1.0");
    tag.connection = "demo";
    view.showLocation(tag);
    if (view.isRevealing())
        QVERIFY(revealed.wait(kTimeout));
    QCOMPARE(view.currentIndex().data(StoreTreeModel::UrlRole).toString(), QStringLiteral("lakefs://demo/v1.0"));
    QCOMPARE(model.kindOf(view.currentIndex()), StoreTreeModel::NodeKind::Tag);
}

void TestBrowserTree::commitPickerRequestedFromTheTree()
{
    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    model.setConnections({lakeConnection()});
    StoreTreeView view;
    view.setStoreModel(&model);
    const QModelIndex root = model.index(0, 0);
    QVERIFY(list(model, root));
    const QModelIndex repo = model.index(0, 0, root);
    QVERIFY(list(model, repo));
    QSignalSpy picker(&view, &StoreTreeView::commitPickerRequested);
    QSignalSpy opened(&view, &StoreTreeView::openRequested);
    view.setCurrentIndex(child(model, repo, QStringLiteral("Commit…")));
    QCOMPARE(picker.size(), 1);
    QCOMPARE(opened.size(), 0);
    const StoreUrl repository = picker.at(0).at(0).value<StoreUrl>();
    QCOMPARE(repository.bucket, std::string("demo"));
    QCOMPARE(repository.connection, std::string("demo"));
}

void TestBrowserTree::commitPickerListsTheLogAndReturnsACommitUrl()
{
    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner(4);
    StoreUrl repo = *StoreUrl::parse("lakefs://demo");
    repo.connection = "demo";
    CommitPickerDialog dialog(&runner, fixture.access().lake, repo);
    QSignalSpy pages(&dialog, &CommitPickerDialog::pageLoaded);
    QVERIFY(pages.wait(kTimeout));
    // main has three commits of sample data (plus the repository's first).
    QVERIFY2(dialog.commitCount() >= 3, qPrintable(QString::number(dialog.commitCount())));
    QCOMPARE(dialog.ref(), QStringLiteral("main"));
    const auto url = dialog.selectedUrl();
    QVERIFY(url);
    QCOMPARE(url->bucket, std::string("demo"));
    QCOMPARE(url->ref.size(), std::size_t(64));
    QCOMPARE(url->connection, std::string("demo"));

    QSignalSpy chosen(&dialog, &CommitPickerDialog::commitChosen);
    dialog.accept();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<StoreUrl>(), *url);

    // Another ref's log, from the ref field.
    dialog.setRef(QStringLiteral("experiment"));
    QVERIFY(pages.wait(kTimeout));
    QVERIFY(dialog.commitCount() > 3);
}

void TestBrowserTree::lakeFsServerRepositories()
{
    QString error;
    lakescope::testing::LakeFsPeer::Options options;
    options.demo = true;
    auto peer = lakescope::testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), options, &error);
    QVERIFY2(peer, qPrintable(error));

    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    QVERIFY(fixture.options().set("lakefs_endpoint", peer->endpoint().toStdString()));
    QVERIFY(fixture.options().set("lakefs_access_key_id", peer->accessKeyId().toStdString()));
    QVERIFY(fixture.options().set("lakefs_secret_access_key", peer->secretAccessKey().toStdString()));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnections({lakeConnection()});
    const QModelIndex root = model.index(0, 0);
    QVERIFY(list(model, root));
    QVERIFY2(model.index(0, 0).data(Qt::ToolTipRole).toString().count(QLatin1Char('\n')) == 0,
             qPrintable(model.index(0, 0).data(Qt::ToolTipRole).toString()));
    QCOMPARE(childNames(model, root), QStringList{QStringLiteral("demo")});
    const QModelIndex repo = model.index(0, 0, root);
    QVERIFY(list(model, repo));
    QCOMPARE(childNames(model, repo).mid(0, 2), (QStringList{QStringLiteral("main"), QStringLiteral("experiment")}));
    const QModelIndex main = model.index(0, 0, repo);
    QVERIFY(list(model, main));
    QCOMPARE(childNames(model, main), QStringList{QStringLiteral("datasets")});
}

void TestBrowserTree::s3BucketsUnderTheConnection()
{
    QString error;
    auto peer = lakescope::testing::S3Peer::startS3rver(&error);
    QVERIFY2(peer, qPrintable(error));
    lakescope::testing::S3PeerStores stores(*peer);
    auto first = stores.createBucket("tree-a");
    QVERIFY2(first, first ? "" : first.error().message.c_str());
    auto second = stores.createBucket("tree-b");
    QVERIFY(second);
    // s3rver's delimiter listing misses folders whose objects all sit two
    // or more levels down, so each folder level holds an object of its own.
    for (const char *key : {"raw/a.csv", "raw/2024/x.csv"}) {
        StringSource body(std::string("x"));
        auto put = (*first)->put(key, body);
        QVERIFY2(put, put ? "" : put.error().message.c_str());
    }

    TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    for (const auto &[key, value] : peer->storeOptions())
        QVERIFY(fixture.options().set(key, value));
    AsyncRunner runner(4);
    StoreTreeModel model(&runner, fixture.access());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Connection s3;
    s3.id = QStringLiteral("s3rver");
    s3.name = QStringLiteral("Local S3");
    s3.url = *StoreUrl::parseAccount("s3://");
    s3.url.connection = "s3rver";
    s3.kind = Connection::Kind::Remote;
    model.setConnections({s3});
    const QModelIndex root = model.index(0, 0);
    QVERIFY(list(model, root));
    const QStringList buckets = childNames(model, root);
    QCOMPARE(buckets.size(), 2);
    QVERIFY(buckets[0].startsWith(QStringLiteral("tree-a")));
    const QModelIndex bucket = model.index(0, 0, root);
    QCOMPARE(model.kindOf(bucket), StoreTreeModel::NodeKind::Bucket);
    QCOMPARE(model.urlOf(bucket).connection, std::string("s3rver"));
    QVERIFY(model.dropTarget(bucket));
    QVERIFY(list(model, bucket));
    QCOMPARE(childNames(model, bucket), QStringList{QStringLiteral("raw")});
    QVERIFY(list(model, model.index(0, 0, bucket)));
    QCOMPARE(childNames(model, model.index(0, 0, bucket)), QStringList{QStringLiteral("2024")});
}

QTEST_MAIN(TestBrowserTree)
#include "tst_browsertree.moc"
