// SPDX-License-Identifier: Apache-2.0
// The browser panel: every level (s3://, lakefs://, repositories, refs,
// folders), typed URLs and breadcrumbs, keyboard navigation, filtering on
// the client and on the server, the lakeFS Change column, drops, drags and
// a responsive event loop while 100,000 rows arrive.
#include "teststore.h"
#include "tests/support/s3peer.h"
#include "tests/support/s3peerstores.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/browser/addressbar.h"
#include "ui/browser/browserpanel.h"
#include "ui/browser/objectfilterproxy.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/urlmime.h"
#include "ui/session/locations.h"
#include "ui/session/session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QScopeGuard>

using namespace lakescope;
using namespace lakescope::ui;
using lakescope::testing::TestAccess;
using lakescope::testing::TestStore;

namespace {

constexpr int kTimeout = 20000;

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

Connection memoryConnection()
{
    Connection memory;
    memory.name = QStringLiteral("Test");
    memory.url = *StoreUrl::parse("memory://test/");
    memory.kind = Connection::Kind::Memory;
    return memory;
}

QStringList names(const BrowserPanel &panel)
{
    QStringList out;
    for (int row = 0; row < panel.proxy()->rowCount(); ++row)
        out << panel.proxy()->index(row, ObjectTableModel::NameColumn).data().toString();
    return out;
}

bool waitForListing(BrowserPanel &panel)
{
    QElapsedTimer timer;
    timer.start();
    while (panel.isLoading() || panel.model()->state() == ObjectTableModel::State::Idle) {
        if (timer.elapsed() > kTimeout)
            return false;
        QSignalSpy changed(&panel, &BrowserPanel::loadingChanged);
        changed.wait(50);
    }
    return true;
}

QModelIndex rowNamed(const BrowserPanel &panel, const QString &name, int column = ObjectTableModel::NameColumn)
{
    for (int row = 0; row < panel.proxy()->rowCount(); ++row) {
        const QModelIndex index = panel.proxy()->index(row, column);
        if (panel.proxy()->index(row, ObjectTableModel::NameColumn).data().toString() == name)
            return index;
    }
    return {};
}

// A panel on a session with the demo lake (connection "demo") and a memory store.
class Fixture
{
public:
    Fixture() : store(std::make_shared<TestStore>("test"))
    {
        const StoreAccess lakeAccess = access.access();
        auto objects = [lake = lakeAccess.objects, store = store](const StoreUrl &url) -> Result<StoreLocation> {
            if (url.scheme == Scheme::Memory)
                return StoreLocation{store, url.key(), url};
            return lake(url);
        };
        session = std::make_unique<Session>(objects, QList<Connection>{memoryConnection(), lakeConnection()});
        session->setConnectionOptions(QStringLiteral("demo"), access.options());
        panel = std::make_unique<BrowserPanel>(session.get());
        panel->resize(900, 600);
    }

    TestAccess access;
    std::shared_ptr<TestStore> store;
    std::unique_ptr<Session> session;
    std::unique_ptr<BrowserPanel> panel;
};

} // namespace

class TestBrowserPanel : public QObject
{
    Q_OBJECT

private slots:
    void lakeLevelsAsFolders();
    void breadcrumbsFollowAndOpen();
    void keyboardNavigation();
    void filterWildcardsAndServerPrefix();
    void changeColumnOnABranch();
    void dropOnAFolderRowAsksForATransfer();
    void dropsOntoTagsAreRefused();
    void dragOutCarriesStoreUrls();
    void selectionAndOptionalColumns();
    void s3AccountAndBuckets();
    void hundredThousandRowsKeepTheLoopResponsive();
};

void TestBrowserPanel::lakeLevelsAsFolders()
{
    Fixture f;
    QVERIFY2(f.access.ok(), qPrintable(f.access.error()));
    BrowserPanel &panel = *f.panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(panel.openLocation(QStringLiteral("lakefs://")));
    QVERIFY(waitForListing(panel));
    QCOMPARE(names(panel), QStringList{QStringLiteral("demo")});
    QCOMPARE(panel.currentFolder().connection, std::string("demo"));

    QVERIFY(panel.openLocation(QStringLiteral("lakefs://demo")));
    QVERIFY(waitForListing(panel));
    QCOMPARE(names(panel),
             (QStringList{QStringLiteral("experiment"), QStringLiteral("main"), QStringLiteral("v1.0")}));
    const QModelIndex tag = rowNamed(panel, QStringLiteral("v1.0"), ObjectTableModel::TypeColumn);
    QCOMPARE(tag.data().toString(), QStringLiteral("Tag"));
    QCOMPARE(tag.siblingAtColumn(0).data(ObjectTableModel::UrlRole).toString(), QStringLiteral("lakefs://demo/v1.0/"));

    QVERIFY(panel.openLocation(QStringLiteral("lakefs://demo/main/datasets/taxi")));
    QVERIFY(waitForListing(panel));
    QCOMPARE(names(panel), (QStringList{QStringLiteral("2024-01.csv"), QStringLiteral("2024-02.csv")}));
    QCOMPARE(panel.addressBar()->location(), QStringLiteral("lakefs://demo/main/datasets/taxi"));
}

void TestBrowserPanel::breadcrumbsFollowAndOpen()
{
    Fixture f;
    QVERIFY2(f.access.ok(), qPrintable(f.access.error()));
    BrowserPanel &panel = *f.panel;
    panel.addressBar()->resize(600, 30);
    QVERIFY(panel.openLocation(QStringLiteral("lakefs://demo/main/datasets")));
    QVERIFY(waitForListing(panel));
    BreadcrumbBar *crumbs = panel.addressBar()->breadcrumbs();
    QStringList labels;
    for (QToolButton *button : crumbs->buttons())
        labels << button->text();
    QCOMPARE(labels, (QStringList{QStringLiteral("lakefs://"), QStringLiteral("demo"), QStringLiteral("main"),
                                  QStringLiteral("datasets")}));
    QVERIFY(panel.addressBar()->isShowingCrumbs());

    QTest::mouseClick(crumbs->buttons().at(1), Qt::LeftButton);
    QCOMPARE(Locations::text(panel.currentFolder()), QStringLiteral("lakefs://demo"));
    QCOMPARE(panel.currentFolder().connection, std::string("demo"));
    QVERIFY(waitForListing(panel));
    QVERIFY(names(panel).contains(QStringLiteral("main")));

    // Editing turns the crumbs back into text.
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.focusAddressAction()->trigger();
    QVERIFY(panel.addressBar()->hasFocus());
    QVERIFY(!panel.addressBar()->isShowingCrumbs());
    QCOMPARE(panel.addressBar()->selectedText(), QStringLiteral("lakefs://demo"));
}

void TestBrowserPanel::keyboardNavigation()
{
    Fixture f;
    QVERIFY2(f.access.ok(), qPrintable(f.access.error()));
    BrowserPanel &panel = *f.panel;
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    ObjectTableView *table = panel.tableView();

    // Typed URL + Enter in the address bar.
    panel.addressBar()->focusForEditing();
    QTest::keyClicks(panel.addressBar(), QStringLiteral("lakefs://demo/main/"));
    QTest::keyClick(panel.addressBar(), Qt::Key_Return);
    QVERIFY(waitForListing(panel));
    QVERIFY(table->hasFocus());
    QCOMPARE(names(panel), (QStringList{QStringLiteral("datasets"), QStringLiteral("README.md")}));

    // Type-to-jump, then Enter opens the folder.
    QTest::keyClicks(table, QStringLiteral("dat"));
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("datasets"));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(Locations::text(panel.currentFolder()), QStringLiteral("lakefs://demo/main/datasets"));
    QVERIFY(waitForListing(panel));

    // Backspace goes up and selects the folder we came from.
    QTest::keyClick(table, Qt::Key_Backspace);
    QCOMPARE(Locations::text(panel.currentFolder()), QStringLiteral("lakefs://demo/main"));
    QVERIFY(waitForListing(panel));
    QTRY_COMPARE(table->currentIndex().data().toString(), QStringLiteral("datasets"));

    // Alt+Up from a ref's root reaches the repository, then the account.
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(Locations::text(panel.currentFolder()), QStringLiteral("lakefs://demo"));
    QVERIFY(waitForListing(panel));
    QTRY_COMPARE(table->currentIndex().data().toString(), QStringLiteral("main"));
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(Locations::text(panel.currentFolder()), QStringLiteral("lakefs://"));
    QVERIFY(!panel.upAction()->isEnabled());

    // Back and forward.
    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(Locations::text(panel.currentFolder()), QStringLiteral("lakefs://demo"));
    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(Locations::text(panel.currentFolder()), QStringLiteral("lakefs://"));

    // F5 lists again; Ctrl+F goes to the filter.
    QVERIFY(waitForListing(panel));
    QSignalSpy first(&panel, &BrowserPanel::firstPageArrived);
    QTest::keyClick(table, Qt::Key_F5);
    QVERIFY(first.wait(kTimeout));
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(panel.filterEdit()->hasFocus());

    // A typo stays in the address bar with the reason; nothing moves.
    panel.addressBar()->focusForEditing();
    QTest::keyClicks(panel.addressBar(), QStringLiteral("lakefs://Bad_Name/x"));
    QTest::keyClick(panel.addressBar(), Qt::Key_Return);
    QVERIFY(panel.addressBar()->hasError());
    QCOMPARE(Locations::text(panel.currentFolder()), QStringLiteral("lakefs://"));
}

void TestBrowserPanel::filterWildcardsAndServerPrefix()
{
    Fixture f;
    BrowserPanel &panel = *f.panel;
    for (int i = 0; i < 1500; ++i)
        f.store->add("logs/part-" + std::to_string(i) + ".log");
    for (const char *key : {"logs/alpha.csv", "logs/beta.csv", "logs/alpha.txt", "logs/zeta/x"})
        f.store->add(key);
    panel.model()->setPageSize(200);
    QVERIFY(panel.openLocation(QStringLiteral("memory://test/logs")));
    QVERIFY(waitForListing(panel));
    QCOMPARE(panel.model()->rowCount(), 1504);

    panel.filterEdit()->setText(QStringLiteral("*.csv"));
    QTRY_COMPARE(names(panel), (QStringList{QStringLiteral("alpha.csv"), QStringLiteral("beta.csv")}));
    panel.filterEdit()->setText(QStringLiteral("ALPHA"));
    QTRY_COMPARE(names(panel), (QStringList{QStringLiteral("alpha.csv"), QStringLiteral("alpha.txt")}));
    panel.filterEdit()->setText(QStringLiteral("part-1?.log"));
    QTRY_COMPARE(panel.proxy()->rowCount(), 10); // '?' is exactly one character
    panel.filterEdit()->setText(QStringLiteral("part-14?."));
    QTRY_COMPARE(panel.proxy()->rowCount(), 10);

    // Enter: the store lists only names starting with the text before the wildcard.
    const int callsBefore = f.store->listCalls();
    panel.filterEdit()->setText(QStringLiteral("part-149*"));
    QTest::keyClick(panel.filterEdit(), Qt::Key_Return);
    QVERIFY(panel.isServerSearch());
    QCOMPARE(panel.model()->namePrefix(), std::string("part-149"));
    QVERIFY(waitForListing(panel));
    QVERIFY(f.store->listCalls() > callsBefore);
    QCOMPARE(panel.model()->rowCount(), 11); // part-149.log and part-1490..1499.log
    QVERIFY2(panel.statusText().contains(QStringLiteral("from the server")), qPrintable(panel.statusText()));
    // Rows keep their names relative to the folder and open as usual.
    QCOMPARE(panel.model()->urlAt(0).toString().rfind("memory://test/logs/part-149", 0), std::size_t(0));

    // Clearing the filter lists the whole folder again.
    panel.filterEdit()->clear();
    QTRY_VERIFY(!panel.isServerSearch());
    QVERIFY(waitForListing(panel));
    QCOMPARE(panel.model()->rowCount(), 1504);
}

void TestBrowserPanel::changeColumnOnABranch()
{
    Fixture f;
    QVERIFY2(f.access.ok(), qPrintable(f.access.error()));
    // One more uncommitted change: a removed object.
    auto lake = f.access.access().lake({});
    QVERIFY(lake);
    QVERIFY((*lake)->deleteObject("demo", "experiment", "datasets/taxi/2024-01.csv"));

    BrowserPanel &panel = *f.panel;
    QSignalSpy changes(&panel, &BrowserPanel::changesArrived);
    QVERIFY(panel.openLocation(QStringLiteral("lakefs://demo/experiment/datasets/taxi")));
    QVERIFY(waitForListing(panel));
    if (changes.isEmpty())
        QVERIFY(changes.wait(kTimeout));
    QVERIFY(panel.isOnBranch());
    QVERIFY(!panel.tableView()->isColumnHidden(ObjectTableModel::ChangeColumn));
    const QModelIndex removed = rowNamed(panel, QStringLiteral("2024-01.csv"), ObjectTableModel::ChangeColumn);
    QVERIFY(removed.isValid());
    QCOMPARE(removed.data().toString(), QStringLiteral("Removed"));
    QVERIFY(removed.siblingAtColumn(0).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!(removed.flags() & Qt::ItemIsDragEnabled));
    QCOMPARE(rowNamed(panel, QStringLiteral("2024-02.csv"), ObjectTableModel::ChangeColumn).data().toString(),
             QString()); // committed on the branch: no uncommitted change

    changes.clear();
    QVERIFY(panel.openLocation(QStringLiteral("lakefs://demo/experiment/datasets/weather")));
    QVERIFY(changes.wait(kTimeout));
    QVERIFY(waitForListing(panel));
    QCOMPARE(rowNamed(panel, QStringLiteral("stations.json"), ObjectTableModel::ChangeColumn).data().toString(),
             QStringLiteral("Modified"));

    changes.clear();
    QVERIFY(panel.openLocation(QStringLiteral("lakefs://demo/experiment")));
    QVERIFY(changes.wait(kTimeout));
    QVERIFY(waitForListing(panel));
    QVERIFY(!rowNamed(panel, QStringLiteral("notes"), ObjectTableModel::ChangeColumn).data().toString().isEmpty());

    // A tag: no Change column, and read-only.
    changes.clear();
    QVERIFY(panel.openLocation(QStringLiteral("lakefs://demo/v1.0/datasets")));
    QVERIFY(changes.wait(kTimeout));
    QVERIFY(!panel.isOnBranch());
    QVERIFY(panel.tableView()->isColumnHidden(ObjectTableModel::ChangeColumn));
    QVERIFY2(panel.readOnlyReason().contains(QStringLiteral("read-only")), qPrintable(panel.readOnlyReason()));
}

void TestBrowserPanel::dropOnAFolderRowAsksForATransfer()
{
    Fixture f;
    for (const char *key : {"inbox/a.txt", "raw/x.csv", "top.txt"})
        f.store->add(key);
    BrowserPanel &panel = *f.panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.openLocation(QStringLiteral("memory://test/")));
    QVERIFY(waitForListing(panel));
    ObjectTableView *table = panel.tableView();
    QSignalSpy dropped(&panel, &BrowserPanel::dropRequested);

    QTemporaryDir dir;
    const QUrl file = QUrl::fromLocalFile(dir.filePath(QStringLiteral("upload.bin")));
    const auto dropAt = [&](const QPoint &pos) {
        auto *mime = new QMimeData;
        mime->setUrls({file});
        QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(table->viewport(), &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(table->viewport(), &move);
        const bool accepted = move.isAccepted();
        const bool highlighted = table->dropHighlight().isValid() || table->isDropOnBackground();
        QDropEvent drop(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(table->viewport(), &drop);
        delete mime;
        return accepted && highlighted;
    };

    const QModelIndex raw = rowNamed(panel, QStringLiteral("raw"));
    QVERIFY(raw.isValid());
    QVERIFY(dropAt(table->visualRect(raw).center()));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).value<QList<QUrl>>(), QList<QUrl>{file});
    QVERIFY(dropped.at(0).at(1).value<QList<StoreUrl>>().isEmpty());
    QCOMPARE(dropped.at(0).at(2).value<StoreUrl>().toString(), std::string("memory://test/raw"));
    QCOMPARE(dropped.at(0).at(3).value<Qt::DropAction>(), Qt::CopyAction);

    // On a file row or the background: the folder shown.
    QVERIFY(dropAt(table->visualRect(rowNamed(panel, QStringLiteral("top.txt"))).center()));
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped.at(1).at(2).value<StoreUrl>().toString(), std::string("memory://test"));
    QVERIFY(!table->dropHighlight().isValid()); // the highlight goes with the drop
}

void TestBrowserPanel::dropsOntoTagsAreRefused()
{
    Fixture f;
    QVERIFY2(f.access.ok(), qPrintable(f.access.error()));
    BrowserPanel &panel = *f.panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.openLocation(QStringLiteral("lakefs://demo")));
    QVERIFY(waitForListing(panel));
    ObjectTableView *table = panel.tableView();
    QSignalSpy dropped(&panel, &BrowserPanel::dropRequested);
    QSignalSpy refused(&panel, &BrowserPanel::dropRefused);

    QMimeData mime;
    StoreUrl source = *StoreUrl::parse("lakefs://demo/main/README.md");
    source.connection = "demo";
    UrlMime::encode(&mime, {source});
    const QPoint onTag = table->visualRect(rowNamed(panel, QStringLiteral("v1.0"))).center();
    // As a real drag does: enter, move, drop (Qt routes drops to the widget the drag entered).
    QDragEnterEvent enter(onTag, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(onTag, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &move);
    QVERIFY(!move.isAccepted());
    QDropEvent drop(onTag, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &drop);
    QCOMPARE(dropped.size(), 0);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("read-only")));

    // A branch row takes it, with the source's connection intact.
    const QPoint onBranch = table->visualRect(rowNamed(panel, QStringLiteral("experiment"))).center();
    QDragEnterEvent enterBranch(onBranch, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &enterBranch);
    QDropEvent branchDrop(onBranch, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &branchDrop);
    QCOMPARE(dropped.size(), 1);
    const QList<StoreUrl> sources = dropped.at(0).at(1).value<QList<StoreUrl>>();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.at(0), source);
    QCOMPARE(dropped.at(0).at(2).value<StoreUrl>().toString(), std::string("lakefs://demo/experiment"));

    // The background of the repository level refuses too.
    const QPoint below(10, table->viewport()->height() - 5);
    QDragEnterEvent enterBackground(below, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &enterBackground);
    QDropEvent background(QPoint(10, table->viewport()->height() - 5), Qt::CopyAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &background);
    QCOMPARE(refused.size(), 2);
}

void TestBrowserPanel::dragOutCarriesStoreUrls()
{
    Fixture f;
    for (const char *key : {"a.txt", "dir/b.txt"})
        f.store->add(key);
    BrowserPanel &panel = *f.panel;
    QVERIFY(panel.openLocation(QStringLiteral("memory://test/")));
    QVERIFY(waitForListing(panel));
    QList<StoreUrl> external;
    panel.setExternalMimeFactory([&external](QMimeData *mime, const QList<StoreUrl> &urls) {
        external = urls;
        mime->setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/staged/a.txt"))});
    });
    ObjectTableModel *model = panel.model();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, 0), model->index(1, 0), model->index(1, 2)}));
    QVERIFY(mime);
    const QList<StoreUrl> urls = UrlMime::decode(mime.get());
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls.at(0).toString(), std::string("memory://test/dir/"));
    QCOMPARE(urls.at(1).toString(), std::string("memory://test/a.txt"));
    QCOMPARE(external, urls);
    QCOMPARE(mime->urls().size(), 1);

    // Dropping a folder into itself, or rows onto the folder they are in, is refused.
    const StoreUrl dirUrl = urls.at(0);
    QVERIFY(!UrlMime::dropConflict({dirUrl}, *StoreUrl::parse("memory://test/dir/sub")).isEmpty());
    QVERIFY(!UrlMime::dropConflict({dirUrl}, *StoreUrl::parse("memory://test/dir")).isEmpty());
    QCOMPARE(UrlMime::dropConflict({urls.at(1)}, *StoreUrl::parse("memory://test")),
             QStringLiteral("Already in this folder."));
    QVERIFY(UrlMime::dropConflict({urls.at(1)}, *StoreUrl::parse("memory://test/dir")).isEmpty());

    // Round trip keeps the connection.
    StoreUrl remote = *StoreUrl::parse("s3://bucket/key/");
    remote.connection = "work";
    QCOMPARE(UrlMime::decode(UrlMime::encode({remote})), QList<StoreUrl>{remote});

    // Local rows go out as file:// URLs directly.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("local.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(panel.openLocation(dir.path()));
    QVERIFY(waitForListing(panel));
    std::unique_ptr<QMimeData> local(model->mimeData({model->index(0, 0)}));
    QCOMPARE(local->urls(), QList<QUrl>{QUrl::fromLocalFile(file.fileName())});
}

void TestBrowserPanel::selectionAndOptionalColumns()
{
    Fixture f;
    for (const char *key : {"a.txt", "dir/b.txt", "z.bin"})
        f.store->add(key, "12345");
    BrowserPanel &panel = *f.panel;
    QVERIFY(panel.openLocation(QStringLiteral("memory://test/")));
    QVERIFY(waitForListing(panel));
    ObjectTableView *table = panel.tableView();
    table->selectionModel()->select(panel.proxy()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(panel.proxy()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<BrowserPanel::SelectedRow> rows = panel.selectedRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).url.toString(), std::string("memory://test/dir/"));
    QVERIFY(rows.at(0).isFolder);
    QCOMPARE(rows.at(1).url.toString(), std::string("memory://test/z.bin"));
    QCOMPARE(rows.at(1).size, std::uint64_t(5));
    QCOMPARE(panel.selectedUrls().size(), 2);
    QCOMPARE(panel.currentFolder().toString(), std::string("memory://test"));

    // Optional columns start hidden and are toggled from the header's menu.
    QVERIFY(table->isColumnHidden(ObjectTableModel::ChecksumColumn));
    QVERIFY(table->isColumnHidden(ObjectTableModel::StorageClassColumn));
    std::unique_ptr<QMenu> menu(table->createColumnMenu(nullptr));
    QAction *checksum = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Checksum / ETag"))
            checksum = action;
    }
    QVERIFY(checksum);
    QVERIFY(!checksum->isChecked());
    checksum->trigger();
    QVERIFY(!table->isColumnHidden(ObjectTableModel::ChecksumColumn));
    QVERIFY(!rowNamed(panel, QStringLiteral("a.txt"), ObjectTableModel::ChecksumColumn).data().toString().isEmpty());

    // Keyboard order: tree -> table -> address bar -> filter.
    QWidget window;
    auto *tree = new QTreeView(&window);
    panel.setParent(&window);
    const auto unparent = qScopeGuard([&panel] { panel.setParent(nullptr); });
    panel.setTabOrderAfter(tree);
    const auto nextTabStop = [](QWidget *from) {
        QWidget *next = from->nextInFocusChain();
        while (next && next != from && (!(next->focusPolicy() & Qt::TabFocus) || from->isAncestorOf(next)))
            next = next->nextInFocusChain();
        return next;
    };
    QCOMPARE(nextTabStop(tree), static_cast<QWidget *>(table));
    QCOMPARE(nextTabStop(table), static_cast<QWidget *>(panel.addressBar()));
    QCOMPARE(nextTabStop(panel.addressBar()), static_cast<QWidget *>(panel.filterEdit()));

    QVERIFY(!table->accessibleName().isEmpty());
    QVERIFY(!panel.addressBar()->accessibleName().isEmpty());
    QVERIFY(!panel.filterEdit()->accessibleName().isEmpty());
}

void TestBrowserPanel::s3AccountAndBuckets()
{
    QString error;
    auto peer = lakescope::testing::S3Peer::startS3rver(&error);
    QVERIFY2(peer, qPrintable(error));
    lakescope::testing::S3PeerStores stores(*peer);
    auto bucket = stores.createBucket("panel");
    QVERIFY2(bucket, bucket ? "" : bucket.error().message.c_str());
    // s3rver lists a folder under a delimiter only when it holds an object
    // directly (its walk skips deeper directories), so each level gets one.
    for (const char *key : {"raw/a.csv", "raw/2024/x.csv"}) {
        StringSource body(std::string("a,b\n"));
        QVERIFY((*bucket)->put(key, body));
    }

    TestAccess access;
    for (const auto &[key, value] : peer->storeOptions())
        QVERIFY(access.options().set(key, value));
    Connection s3;
    s3.id = QStringLiteral("s3rver");
    s3.name = QStringLiteral("Local S3");
    s3.url = *StoreUrl::parseAccount("s3://");
    s3.url.connection = "s3rver";
    s3.kind = Connection::Kind::Remote;
    Session session(access.access().objects, {s3});
    session.setConnectionOptions(s3.id, access.options());
    BrowserPanel panel(&session);

    QVERIFY(panel.openLocation(QStringLiteral("s3://")));
    QVERIFY(waitForListing(panel));
    QCOMPARE(panel.currentFolder().connection, std::string("s3rver"));
    const QStringList buckets = names(panel);
    QCOMPARE(buckets.size(), 1);
    QCOMPARE(rowNamed(panel, buckets.at(0), ObjectTableModel::TypeColumn).data().toString(), QStringLiteral("Bucket"));
    QString reason;
    QVERIFY(panel.readOnlyReason().contains(QStringLiteral("account")));

    panel.tableView()->setCurrentIndex(panel.proxy()->index(0, 0));
    emit panel.tableView()->activated(panel.proxy()->index(0, 0));
    QVERIFY(waitForListing(panel));
    QCOMPARE(names(panel), QStringList{QStringLiteral("raw")});
    QVERIFY(panel.readOnlyReason().isEmpty());

    QVERIFY(panel.openLocation(QStringLiteral("s3://%1/raw/2024").arg(buckets.at(0))));
    QVERIFY(waitForListing(panel));
    QCOMPARE(names(panel), QStringList{QStringLiteral("x.csv")});
    QCOMPARE(panel.currentFolder().connection, std::string("s3rver"));
}

void TestBrowserPanel::hundredThousandRowsKeepTheLoopResponsive()
{
    Fixture f;
    constexpr int kObjects = 100000;
    for (int i = 0; i < kObjects; ++i)
        f.store->add("big/object-" + std::to_string(i) + ".dat");
    BrowserPanel &panel = *f.panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    QVERIFY(panel.openLocation(QStringLiteral("memory://test/big")));
    QVERIFY(waitForListing(panel));
    tick.stop();
    QCOMPARE(panel.model()->rowCount(), kObjects);
    qInfo("longest event-loop gap while listing %d objects: %lld ms", kObjects, longest);
    QVERIFY2(longest < 250, qPrintable(QStringLiteral("stalled %1 ms").arg(longest)));
}

QTEST_MAIN(TestBrowserPanel)
#include "tst_browserpanel.moc"
