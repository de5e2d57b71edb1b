// SPDX-License-Identifier: Apache-2.0
#include "teststore.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/browser/naturalsortkey.h"
#include "ui/browser/objectfilterproxy.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/widgets/displayformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;
using lakescope::testing::TestStore;

namespace {

constexpr int kFiles = 2500;

// data/: two folders that sort apart in byte order, and file1..file2500
// (odd ones .txt, even ones .csv) with size = number, unpadded so byte
// order (file10 < file2) differs from the natural order the view shows.
std::shared_ptr<TestStore> makeStore()
{
    auto store = std::make_shared<TestStore>();
    store->add("data/a-folder/inside.txt", "x");
    store->add("data/zz-folder/inside.txt", "y");
    for (int i = 1; i <= kFiles; ++i) {
        const std::string name = "data/file" + std::to_string(i) + (i % 2 ? ".txt" : ".csv");
        store->add(name, std::string(std::size_t(i), 'b'));
    }
    store->add("data/", ""); // the folder's own marker must not show up
    return store;
}

bool waitForState(ObjectTableModel &model, ObjectTableModel::State state, int timeoutMs = 10000)
{
    QSignalSpy spy(&model, &ObjectTableModel::stateChanged);
    while (model.state() != state) {
        if (!spy.wait(timeoutMs))
            return false;
    }
    return true;
}

QString nameAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, ObjectTableModel::NameColumn).data().toString();
}

} // namespace

class TestObjectTableModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesArriveOnRequest();
    void autoFetchInsertsOnePageAtATime();
    void foldersFirstAndNaturalOrder();
    void sortingThroughTheProxy();
    void filter_data();
    void filter();
    void errorOnFirstPage();
    void errorOnLaterPageKeepsRows();
    void staleResultsAreDropped();
    void stopAndResume();
    void columnsAndRoles();
    void naturalSortKey();
    void displayFormat();

private:
    AsyncRunner m_runner{4};
};

void TestObjectTableModel::pagesArriveOnRequest()
{
    auto store = makeStore();
    ObjectTableModel model(&m_runner);
    // No QAbstractItemModelTester here: it calls fetchMore itself.
    model.setAutoFetch(false);
    model.setPageSize(1000);

    QSignalSpy merged(&model, &ObjectTableModel::pageMerged);
    model.setFolder(store, "data/");
    QCOMPARE(model.state(), ObjectTableModel::State::Loading);
    QVERIFY(merged.wait());
    // 1000 keys, one of them the folder's own marker, which is not a row.
    QCOMPARE(model.rowCount(), 999);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    QVERIFY(merged.wait());
    QCOMPARE(model.rowCount(), 1999);

    model.fetchMore({});
    QVERIFY(waitForState(model, ObjectTableModel::State::Complete));
    QCOMPARE(model.rowCount(), kFiles + 2);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.pagesLoaded(), 3);
    QCOMPARE(model.folderCount(), 2);
    QCOMPARE(model.totalBytes(), std::uint64_t(kFiles) * (kFiles + 1) / 2);
}

void TestObjectTableModel::autoFetchInsertsOnePageAtATime()
{
    auto store = makeStore();
    ObjectTableModel model(&m_runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setFolder(store, "data/");
    QVERIFY(waitForState(model, ObjectTableModel::State::Complete));
    QCOMPARE(model.rowCount(), kFiles + 2);
    // One batch per page of 1000, never row by row.
    QCOMPARE(inserted.count(), 3);
    int total = 0;
    for (const QList<QVariant> &args : inserted) {
        const int count = args.at(2).toInt() - args.at(1).toInt() + 1;
        QVERIFY(count <= 1000);
        total += count;
    }
    QCOMPARE(total, kFiles + 2);
}

void TestObjectTableModel::foldersFirstAndNaturalOrder()
{
    auto store = makeStore();
    ObjectTableModel model(&m_runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(store, "data/");
    QVERIFY(waitForState(model, ObjectTableModel::State::Complete));

    // zz-folder arrived on the last page, yet sits with the folders on top.
    QCOMPARE(nameAt(model, 0), QStringLiteral("a-folder"));
    QCOMPARE(nameAt(model, 1), QStringLiteral("zz-folder"));
    QCOMPARE(nameAt(model, 2), QStringLiteral("file1.txt"));
    QCOMPARE(nameAt(model, 3), QStringLiteral("file2.csv"));
    QCOMPARE(nameAt(model, 11), QStringLiteral("file10.csv"));
    QCOMPARE(nameAt(model, kFiles + 1), QStringLiteral("file2500.csv"));
    for (int row = 3; row < model.rowCount(); ++row)
        QVERIFY(model.order().lessThan(model.rowAt(row - 1), model.rowAt(row)));
}

void TestObjectTableModel::sortingThroughTheProxy()
{
    auto store = makeStore();
    ObjectTableModel model(&m_runner);
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(store, "data/");
    QVERIFY(waitForState(model, ObjectTableModel::State::Complete));

    proxy.sort(ObjectTableModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(model.order(), ObjectOrder(ObjectTableModel::SizeColumn, Qt::DescendingOrder));
    // Folders stay first in both directions.
    QVERIFY(proxy.index(0, 0).data(ObjectTableModel::IsFolderRole).toBool());
    QVERIFY(proxy.index(1, 0).data(ObjectTableModel::IsFolderRole).toBool());
    QCOMPARE(proxy.index(2, 0).data(ObjectTableModel::RawSizeRole).toULongLong(), qulonglong(kFiles));
    QCOMPARE(proxy.index(3, 0).data(ObjectTableModel::RawSizeRole).toULongLong(), qulonglong(kFiles - 1));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(ObjectTableModel::RawSizeRole).toULongLong(), 1ull);

    proxy.sort(ObjectTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(nameAt(proxy, 0), QStringLiteral("zz-folder"));
    QCOMPARE(nameAt(proxy, 1), QStringLiteral("a-folder"));
    QCOMPARE(nameAt(proxy, 2), QStringLiteral("file2500.csv"));
    QCOMPARE(nameAt(proxy, proxy.rowCount() - 1), QStringLiteral("file1.txt"));

    proxy.sort(ObjectTableModel::TypeColumn, Qt::AscendingOrder);
    QVERIFY(proxy.index(0, 0).data(ObjectTableModel::IsFolderRole).toBool());
    const QString firstType = proxy.index(2, ObjectTableModel::TypeColumn).data().toString();
    const QString lastType = proxy.index(proxy.rowCount() - 1, ObjectTableModel::TypeColumn).data().toString();
    QVERIFY(firstType.compare(lastType, Qt::CaseInsensitive) < 0);

    // A selection survives re-sorting: persistent indexes follow their rows.
    proxy.sort(ObjectTableModel::NameColumn, Qt::AscendingOrder);
    const QPersistentModelIndex file10 = proxy.index(11, 0);
    QCOMPARE(file10.data().toString(), QStringLiteral("file10.csv"));
    proxy.sort(ObjectTableModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(file10.data().toString(), QStringLiteral("file10.csv"));
    QCOMPARE(file10.row(), 2 + 9);
}

void TestObjectTableModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty") << QString() << kFiles + 2;
    QTest::newRow("contains, any case") << QStringLiteral("FILE25") << 12; // 25, 250-259, 2500
    QTest::newRow("wildcard suffix") << QStringLiteral("*.txt") << kFiles / 2;
    QTest::newRow("wildcard question mark") << QStringLiteral("file?.csv") << 4;   // 2, 4, 6, 8
    QTest::newRow("folder") << QStringLiteral("zz") << 1;
    QTest::newRow("nothing") << QStringLiteral("no-such-name") << 0;
}

void TestObjectTableModel::filter()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    auto store = makeStore();
    ObjectTableModel model(&m_runner);
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Filter set before the pages arrive: it applies to every page.
    proxy.setFilterText(text);
    model.setFolder(store, "data/");
    QVERIFY(waitForState(model, ObjectTableModel::State::Complete));
    QCOMPARE(proxy.rowCount(), rows);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString name = nameAt(proxy, row);
        if (text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')))
            continue;
        QVERIFY2(name.contains(text, Qt::CaseInsensitive), qPrintable(name));
    }
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), kFiles + 2);
}

void TestObjectTableModel::errorOnFirstPage()
{
    auto store = makeStore();
    store->failListing(Error::permissionDenied("data/"));
    ObjectTableModel model(&m_runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &ObjectTableModel::errorOccurred);
    model.setFolder(store, "data/");
    QVERIFY(errors.wait());
    QCOMPARE(model.state(), ObjectTableModel::State::Failed);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(errors.first().first().toString().startsWith(QStringLiteral("Permission denied")));
    QCOMPARE(model.lastError()->code, ErrorCode::PermissionDenied);
    QVERIFY(!model.canFetchMore({}));
}

void TestObjectTableModel::errorOnLaterPageKeepsRows()
{
    auto store = makeStore();
    store->failListing(Error::transient("connection reset"), 1);
    ObjectTableModel model(&m_runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(store, "data/");
    QVERIFY(waitForState(model, ObjectTableModel::State::Failed));
    QCOMPARE(model.rowCount(), 999); // the first page, less the folder marker
    QVERIFY(model.errorText().contains(QStringLiteral("connection reset")));
}

void TestObjectTableModel::staleResultsAreDropped()
{
    auto slow = makeStore();
    slow->closeGate();
    auto fast = std::make_shared<TestStore>();
    fast->add("other/only.txt", "1");

    ObjectTableModel model(&m_runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(slow, "data/");
    model.setFolder(fast, "other/");
    QVERIFY(waitForState(model, ObjectTableModel::State::Complete));
    QCOMPARE(model.rowCount(), 1);

    // The first listing finishing late changes nothing.
    slow->openGate();
    QVERIFY(m_runner.waitForDone(5000));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(nameAt(model, 0), QStringLiteral("only.txt"));
    QCOMPARE(model.keyAt(0), std::string("other/only.txt"));
}

void TestObjectTableModel::stopAndResume()
{
    auto store = makeStore();
    store->closeGate();
    ObjectTableModel model(&m_runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy merged(&model, &ObjectTableModel::pageMerged);
    model.setFolder(store, "data/");
    store->release(1);
    QVERIFY(merged.wait());
    QCOMPARE(model.rowCount(), 999);
    QVERIFY(model.isLoading());

    model.stop();
    QCOMPARE(model.state(), ObjectTableModel::State::Stopped);
    store->openGate();
    QVERIFY(m_runner.waitForDone(5000));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 999); // the page in flight was dropped

    model.resume();
    QVERIFY(waitForState(model, ObjectTableModel::State::Complete));
    QCOMPARE(model.rowCount(), kFiles + 2);
}

void TestObjectTableModel::columnsAndRoles()
{
    auto store = std::make_shared<TestStore>();
    store->add("x/report.csv", std::string(1536, 'a'));
    store->add("x/sub/y", "");
    ObjectTableModel model(&m_runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(store, "x/");
    QVERIFY(waitForState(model, ObjectTableModel::State::Complete));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ObjectTableModel::ColumnCount));
    QCOMPARE(model.headerData(ObjectTableModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));

    QCOMPARE(nameAt(model, 0), QStringLiteral("sub"));
    QCOMPARE(model.index(0, ObjectTableModel::TypeColumn).data().toString(), QStringLiteral("Folder"));
    QCOMPARE(model.index(0, ObjectTableModel::SizeColumn).data().toString(), QString());
    QCOMPARE(model.index(0, 0).data(ObjectTableModel::KeyRole).toString(), QStringLiteral("x/sub/"));

    const QModelIndex size = model.index(1, ObjectTableModel::SizeColumn);
    QCOMPARE(size.data().toString(), QStringLiteral("1.5 KiB"));
    QCOMPARE(size.data(Qt::ToolTipRole).toString(), QLocale().toString(1536) + QStringLiteral(" bytes"));
    QVERIFY(size.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(!model.index(1, ObjectTableModel::ModifiedColumn).data().toString().isEmpty());
    QVERIFY(model.index(1, 0).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.keyAt(1), std::string("x/report.csv"));
}

void TestObjectTableModel::naturalSortKey()
{
    const auto less = [](const QString &a, const QString &b) {
        return NaturalSortKey::compare(NaturalSortKey::make(a), a, NaturalSortKey::make(b), b) < 0;
    };
    QVERIFY(less(QStringLiteral("file9"), QStringLiteral("file10")));
    QVERIFY(less(QStringLiteral("File2"), QStringLiteral("file10")));
    QVERIFY(less(QStringLiteral("apple"), QStringLiteral("Banana")));
    QVERIFY(less(QStringLiteral("a-b"), QStringLiteral("a1")));
    QVERIFY(less(QStringLiteral("a1"), QStringLiteral("ab")));
    QVERIFY(less(QStringLiteral("été"), QStringLiteral("ètf")));
    QVERIFY(less(QStringLiteral("x007"), QStringLiteral("x8")));
    QVERIFY(less(QStringLiteral("File"), QStringLiteral("file"))); // equal keys: raw order decides
    QVERIFY(!less(QStringLiteral("file"), QStringLiteral("File")));
}

void TestObjectTableModel::displayFormat()
{
    QCOMPARE(DisplayFormat::size(0), QStringLiteral("0 B"));
    QCOMPARE(DisplayFormat::size(1023), QStringLiteral("1023 B"));
    QCOMPARE(DisplayFormat::size(1024), QStringLiteral("1.0 KiB"));
    QCOMPARE(DisplayFormat::size(1048575), QStringLiteral("1.0 MiB"));
    QCOMPARE(DisplayFormat::size(5ull * 1024 * 1024 * 1024 + 1), QStringLiteral("5.0 GiB"));
}

QTEST_MAIN(TestObjectTableModel)
#include "tst_objecttablemodel.moc"
