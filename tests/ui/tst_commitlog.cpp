// SPDX-License-Identifier: Apache-2.0
// The commit log model over a local demo lake and over `serve lakefs`:
// paging, merge parents and per-path history.
#include "tests/support/lakefspeer.h"
#include "teststore.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/commitlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

StoreUrl lakeUrl(const std::string &ref, const std::string &path = {})
{
    StoreUrl url;
    url.scheme = Scheme::LakeFs;
    url.bucket = "demo";
    url.ref = ref;
    url.path = path;
    return url;
}

lakefs::VersionedRepositoryPtr lakeOf(testing::TestAccess &fixture)
{
    auto lake = fixture.access().lake(lakeUrl("main"));
    return lake ? *lake : nullptr;
}

bool put(lakefs::VersionedRepository &lake, const std::string &branch, const std::string &path,
         const std::string &body)
{
    StringSource source(body);
    lakefs::UploadRequest request;
    request.path = path;
    return static_cast<bool>(lake.uploadObject("demo", branch, request, source));
}

std::string commit(lakefs::VersionedRepository &lake, const std::string &branch, const std::string &message,
                   bool allowEmpty = false)
{
    lakefs::CommitCreation creation;
    creation.message = message;
    creation.allowEmpty = allowEmpty;
    creation.metadata["source"] = "tst_commitlog";
    auto made = lake.commit("demo", branch, creation);
    return made ? made->id : std::string();
}

// Fetches pages until the log is complete; returns how many pages came.
// QAbstractItemModelTester fetches on its own too, so wait while loading.
int loadAll(CommitLogModel &model)
{
    QSignalSpy loaded(&model, &CommitLogModel::pageLoaded);
    while (!model.isComplete()) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        if (!loaded.wait(20000))
            return -1;
    }
    return static_cast<int>(loaded.size());
}

} // namespace

class CommitLogTest : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughManyCommits();
    void pagesOverServeLakefs();
    void marksMergeCommits();
    void filtersByPath();
    void reportsUnknownRef();
};

void CommitLogTest::pagesThroughManyCommits()
{
    testing::TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    auto lake = lakeOf(fixture);
    QVERIFY(lake);
    QVERIFY(lake->createBranch("demo", "busy", "main"));
    for (int i = 0; i < 250; ++i)
        QVERIFY(!commit(*lake, "busy", "step " + std::to_string(i), true).empty());
    auto all = lake->logCommits("demo", "busy", {.amount = 1000});
    QVERIFY(all);
    QVERIFY(!all->hasMore);
    const int expected = static_cast<int>(all->results.size());
    QVERIFY(expected >= 253);

    AsyncRunner runner;
    CommitLogModel model(&runner, fixture.access().lake);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(40);
    model.setSource(lakeUrl("busy"));
    QCOMPARE(loadAll(model), (expected + 39) / 40);
    QCOMPARE(model.rowCount(), expected);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < expected; ++row)
        QCOMPARE(model.commitAt(row)->id, all->results[static_cast<std::size_t>(row)].id);
    QCOMPARE(model.index(0, CommitLogModel::MessageColumn).data().toString(), QStringLiteral("step 249"));
    QCOMPARE(model.index(0, CommitLogModel::IdColumn).data().toString().size(), 12);
    QCOMPARE(model.index(0, 0).data(CommitLogModel::MetadataRole).toMap().value(QStringLiteral("source")).toString(),
             QStringLiteral("tst_commitlog"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("source: tst_commitlog")));

    // A reload starts over from the first page.
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy loaded(&model, &CommitLogModel::pageLoaded);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.rowCount(), 40);
    QVERIFY(!model.isComplete()); // the model tester may already be fetching the next page
}

void CommitLogTest::pagesOverServeLakefs()
{
    QString error;
    testing::LakeFsPeer::Options options;
    options.demo = true;
    auto peer = testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), options, &error);
    QVERIFY2(peer, qPrintable(error));
    testing::TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    QVERIFY(fixture.options().set("lakefs_endpoint", peer->endpoint().toStdString()));
    QVERIFY(fixture.options().set("lakefs_access_key_id", peer->accessKeyId().toStdString()));
    QVERIFY(fixture.options().set("lakefs_secret_access_key", peer->secretAccessKey().toStdString()));
    auto lake = lakeOf(fixture);
    QVERIFY(lake);
    for (int i = 0; i < 12; ++i)
        QVERIFY(!commit(*lake, "main", "remote step " + std::to_string(i), true).empty());
    auto all = lake->logCommits("demo", "main", {.amount = 1000});
    QVERIFY(all);

    AsyncRunner runner;
    CommitLogModel model(&runner, fixture.access().lake);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(5);
    model.setSource(lakeUrl("main"));
    const int expected = static_cast<int>(all->results.size());
    QCOMPARE(loadAll(model), (expected + 4) / 5);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.index(0, CommitLogModel::MessageColumn).data().toString(), QStringLiteral("remote step 11"));
}

void CommitLogTest::marksMergeCommits()
{
    testing::TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    auto lake = lakeOf(fixture);
    QVERIFY(lake);
    QVERIFY(lake->createBranch("demo", "side", "main"));
    QVERIFY(put(*lake, "side", "side/only.txt", "side"));
    const std::string sideHead = commit(*lake, "side", "work on side");
    QVERIFY(put(*lake, "main", "main/only.txt", "main"));
    const std::string mainHead = commit(*lake, "main", "work on main");
    QVERIFY(!sideHead.empty() && !mainHead.empty());
    auto merged = lake->merge("demo", "side", "main", {});
    QVERIFY(merged && !merged->conflicted());

    AsyncRunner runner;
    CommitLogModel model(&runner, fixture.access().lake);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(lakeUrl("main"));
    QCOMPARE(loadAll(model), 1);
    const QModelIndex head = model.index(0, CommitLogModel::ParentsColumn);
    QCOMPARE(model.commitAt(0)->id, merged->reference);
    QVERIFY(head.data(CommitLogModel::IsMergeRole).toBool());
    const QStringList parents = head.data(CommitLogModel::ParentsRole).toStringList();
    QCOMPARE(parents.size(), 2);
    QVERIFY(parents.contains(QString::fromStdString(mainHead)));
    QVERIFY(parents.contains(QString::fromStdString(sideHead)));
    QVERIFY(head.data().toString().startsWith(QStringLiteral("Merge: ")));
    const int sideRow = model.rowOfCommit(QString::fromStdString(sideHead));
    QVERIFY(sideRow > 0);
    QVERIFY(!model.index(sideRow, 0).data(CommitLogModel::IsMergeRole).toBool());
}

void CommitLogTest::filtersByPath()
{
    testing::TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    auto lake = lakeOf(fixture);
    QVERIFY(lake);
    std::vector<std::string> touching;
    for (int i = 0; i < 6; ++i) {
        const bool touches = i % 3 == 0; // commits 0 and 3 change the tracked file
        QVERIFY(put(*lake, "main", touches ? "tracked/file.txt" : "other/file" + std::to_string(i) + ".txt",
                    "version " + std::to_string(i)));
        const std::string id = commit(*lake, "main", "change " + std::to_string(i));
        QVERIFY(!id.empty());
        if (touches)
            touching.insert(touching.begin(), id);
    }

    AsyncRunner runner;
    CommitLogModel model(&runner, fixture.access().lake);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(1);
    model.setSource(lakeUrl("main", "tracked/file.txt"));
    QVERIFY(loadAll(model) >= 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.commitAt(0)->id, touching[0]);
    QCOMPARE(model.commitAt(1)->id, touching[1]);

    model.setPageSize(100);
    model.setSource(lakeUrl("main", "other/"));
    QCOMPARE(loadAll(model), 1);
    QCOMPARE(model.rowCount(), 4);
}

void CommitLogTest::reportsUnknownRef()
{
    testing::TestAccess fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    AsyncRunner runner;
    CommitLogModel model(&runner, fixture.access().lake);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &CommitLogModel::loadFailed);
    model.setSource(lakeUrl("no-such-branch"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorText().isEmpty());
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(CommitLogTest)
#include "tst_commitlog.moc"
