// SPDX-License-Identifier: Apache-2.0
#include "teststore.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/browser/storetreemodel.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;
using lakescope::testing::TestStore;

namespace {

StoreUrl url(const char *text)
{
    Result<StoreUrl> parsed = StoreUrl::parse(text);
    return parsed ? *parsed : StoreUrl{};
}

// memory://<name>/ resolves to the store registered under <name>.
StoreResolver resolverFor(std::map<std::string, std::shared_ptr<TestStore>> stores)
{
    return [stores](const StoreUrl &target) -> Result<StoreLocation> {
        const auto it = stores.find(target.bucket);
        if (it == stores.end())
            return Error::notFound("no store " + target.bucket);
        return StoreLocation{it->second, target.key(), target};
    };
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

// Until every page of `index` is in (or its listing failed).
bool waitForFetch(StoreTreeModel &model, const QModelIndex &index)
{
    QSignalSpy finished(&model, &StoreTreeModel::fetchFinished);
    QDeadlineTimer deadline(10000);
    while (!model.isListed(index)) {
        if (deadline.hasExpired())
            return false;
        finished.wait(50);
    }
    return true;
}

} // namespace

class TestStoreTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void connectionsAreRoots();
    void childrenAreFetchedLazily();
    void foldersOnlyInNaturalOrder();
    void emptyFolderLosesItsExpander();
    void manyFoldersArriveInPages();
    void failureIsReported();
    void findsLoadedUrls();
    void consistentUnderModelTester();

private:
    std::shared_ptr<TestStore> m_lake;
    std::unique_ptr<AsyncRunner> m_runner;
    std::unique_ptr<StoreTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestStoreTreeModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_runner = std::make_unique<AsyncRunner>(4);
    m_lake = std::make_shared<TestStore>("lake");
    for (const char *key : {"raw/c10/x", "raw/c9/x", "raw/B/x", "raw/a/x", "raw/a/deeper/x", "raw/top.txt",
                            "curated/table.parquet", "readme.md"})
        m_lake->add(key, "x");
    auto big = std::make_shared<TestStore>("big");
    for (int i = 0; i < 2500; ++i)
        big->add("dir" + std::to_string(i) + "/x", "");

    // No QAbstractItemModelTester here: it calls fetchMore on every node it
    // walks, which would defeat the laziness these tests check. The last
    // test runs it over a whole tree.
    m_model = std::make_unique<StoreTreeModel>(m_runner.get(),
                                               StoreAccess{resolverFor({{"lake", m_lake}, {"big", big}}), {}, {}});
    m_model->setConnections({
        {{}, QStringLiteral("Lake"), url("memory://lake/"), Connection::Kind::Memory},
        {{}, QStringLiteral("Big"), url("memory://big/"), Connection::Kind::Memory},
        {{}, QStringLiteral("Missing"), url("memory://missing/"), Connection::Kind::Remote},
    });
}

void TestStoreTreeModel::connectionsAreRoots()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(childNames(*m_model, {}), (QStringList{"Lake", "Big", "Missing"}));
    const QModelIndex lake = m_model->index(0, 0);
    QVERIFY(lake.data(StoreTreeModel::IsConnectionRole).toBool());
    QCOMPARE(lake.data(StoreTreeModel::UrlRole).toString(), QStringLiteral("memory://lake"));
    QVERIFY(lake.data(Qt::DecorationRole).isValid());
    // Nothing is listed before a view asks.
    QCOMPARE(m_lake->listCalls(), 0);
}

void TestStoreTreeModel::childrenAreFetchedLazily()
{
    const QModelIndex lake = m_model->index(0, 0);
    QVERIFY(m_model->hasChildren(lake));
    QCOMPARE(m_model->rowCount(lake), 0);
    QVERIFY(m_model->canFetchMore(lake));

    m_model->fetchMore(lake);
    QVERIFY(!m_model->canFetchMore(lake));
    QVERIFY(waitForFetch(*m_model, lake));
    QCOMPARE(childNames(*m_model, lake), (QStringList{"curated", "raw"}));

    const QModelIndex raw = m_model->index(1, 0, lake);
    QCOMPARE(raw.data(StoreTreeModel::UrlRole).toString(), QStringLiteral("memory://lake/raw"));
    QVERIFY(m_model->hasChildren(raw));
    QCOMPARE(m_model->rowCount(raw), 0);
    m_model->fetchMore(raw);
    QVERIFY(waitForFetch(*m_model, raw));
    QCOMPARE(m_model->rowCount(raw), 4);
    QCOMPARE(m_model->parent(m_model->index(0, 0, raw)), raw);
}

void TestStoreTreeModel::foldersOnlyInNaturalOrder()
{
    const QModelIndex lake = m_model->index(0, 0);
    m_model->fetchMore(lake);
    QVERIFY(waitForFetch(*m_model, lake));
    const QModelIndex raw = m_model->index(1, 0, lake);
    m_model->fetchMore(raw);
    QVERIFY(waitForFetch(*m_model, raw));
    // top.txt is an object, not a node; c9 before c10; case ignored.
    QCOMPARE(childNames(*m_model, raw), (QStringList{"a", "B", "c9", "c10"}));
}

void TestStoreTreeModel::emptyFolderLosesItsExpander()
{
    const QModelIndex lake = m_model->index(0, 0);
    m_model->fetchMore(lake);
    QVERIFY(waitForFetch(*m_model, lake));
    const QModelIndex curated = m_model->index(0, 0, lake);
    QCOMPARE(curated.data().toString(), QStringLiteral("curated"));
    QVERIFY(m_model->hasChildren(curated));
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->fetchMore(curated);
    QVERIFY(waitForFetch(*m_model, curated));
    QVERIFY(!m_model->hasChildren(curated));
    QCOMPARE(layout.count(), 1); // views re-ask hasChildren
}

void TestStoreTreeModel::manyFoldersArriveInPages()
{
    m_model->setPageSize(1000);
    const QModelIndex big = m_model->index(1, 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore(big);
    QVERIFY(waitForFetch(*m_model, big));
    QCOMPARE(m_model->rowCount(big), 2500);
    // Each page is inserted in a few runs at most, never row by row.
    QVERIFY2(inserted.count() <= 12, qPrintable(QString::number(inserted.count())));
    const QStringList names = childNames(*m_model, big);
    QCOMPARE(names.at(0), QStringLiteral("dir0"));
    QCOMPARE(names.at(9), QStringLiteral("dir9"));
    QCOMPARE(names.at(10), QStringLiteral("dir10"));
    QCOMPARE(names.last(), QStringLiteral("dir2499"));
}

void TestStoreTreeModel::failureIsReported()
{
    const QModelIndex missing = m_model->index(2, 0);
    QSignalSpy failed(m_model.get(), &StoreTreeModel::fetchFailed);
    m_model->fetchMore(missing);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).value<QModelIndex>(), missing);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("no store missing")));
    QVERIFY(!m_model->hasChildren(missing));
    QVERIFY(!m_model->canFetchMore(missing));
    QVERIFY(missing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not found")));
}

void TestStoreTreeModel::findsLoadedUrls()
{
    const QModelIndex lake = m_model->index(0, 0);
    QVERIFY(!m_model->findUrl(url("memory://lake/raw/a")).isValid());
    QCOMPARE(m_model->closestNode(url("memory://lake/raw/a")), lake);
    m_model->fetchMore(lake);
    QVERIFY(waitForFetch(*m_model, lake));
    const QModelIndex raw = m_model->index(1, 0, lake);
    QCOMPARE(m_model->closestNode(url("memory://lake/raw/a")), raw);
    m_model->fetchMore(raw);
    QVERIFY(waitForFetch(*m_model, raw));
    const QModelIndex a = m_model->findUrl(url("memory://lake/raw/a"));
    QVERIFY(a.isValid());
    QCOMPARE(a.data().toString(), QStringLiteral("a"));
    QCOMPARE(m_model->urlOf(a), url("memory://lake/raw/a"));
    QVERIFY(!m_model->findUrl(url("memory://elsewhere/x")).isValid());
}

void TestStoreTreeModel::consistentUnderModelTester()
{
    // The tester fetches every node it visits, so this lists the whole
    // tree (2,500 folders included) while checking each insert and layout
    // change against the model's contract.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(m_model->index(1, 0)), 2500, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->fetchesInFlight(), 0, 20000);
    const QModelIndex lake = m_model->index(0, 0);
    QCOMPARE(childNames(*m_model, lake), (QStringList{"curated", "raw"}));
    QVERIFY(!m_model->hasChildren(m_model->index(2, 0)));
    m_tester.reset();
}

QTEST_MAIN(TestStoreTreeModel)
#include "tst_storetreemodel.moc"
