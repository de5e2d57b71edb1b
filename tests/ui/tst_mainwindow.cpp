// SPDX-License-Identifier: Apache-2.0
#include "core/common/bytestream.h"
#include "teststore.h"
#include "ui/browser/addressbar.h"
#include "ui/browser/browserpanel.h"
#include "ui/browser/objectfilterproxy.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/storetreemodel.h"
#include "ui/browser/storetreeview.h"
#include "ui/connections/connectionmanager.h"
#include "ui/mainwindow.h"
#include "ui/session/session.h"
#include "ui/transfers/dropcontroller.h"
#include "ui/transfers/transferservice.h"
#include "ui/uiresources.h"
#include "ui/versioning/changespanel.h"
#include "ui/versioning/commitlogmodel.h"
#include "ui/versioning/compareview.h"
#include "ui/versioning/difftreemodel.h"
#include "ui/versioning/historypanel.h"
#include "ui/versioning/mergedialog.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

constexpr int kFiles = 5000;
const QStringList kFolders = {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};

QString canonical(const QString &path)
{
    return QString::fromStdString(StoreUrl::parse(path.toStdString())->toString());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheFolder();
    void sortsByNameAndSize();
    void filters();
    void navigatesWithActionsAndKeys();
    void addressBarOpensTypedLocations();
    void treeFollowsTheLocation();
    void missingFolderListsAsEmpty();
    void loadingStatusAndStop();
    void listingErrorShowsAMessageBar();
    void remembersTheLastLocation();
    void opensTheDemoLake();
    void dropFromTheDesktopUploadsIntoTheLake();
    void treeContextMenuFitsTheNode();
    void branchMenuOpensItsChangesAndHistory();
    void branchMenuComparesAndMerges();
    void refRowsOfTheTableOfferTheReview();

private:
    QString currentUrl() const { return QString::fromStdString(m_window->browser()->currentUrl()->toString()); }
    QAbstractItemModel *rows() const { return m_window->browser()->tableView()->model(); }
    bool waitUntilListed();
    void activate();
    // The demo lake's branch in the tree, its parents expanded (invalid if absent).
    QModelIndex demoBranchNode(const QString &name);
    // The tree's context menu at `index`: its entries, and `trigger` run.
    QStringList treeMenu(const QModelIndex &index, const QString &trigger);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_data;
    QString m_root;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Test mode keeps the demo lake under ~/.qttest, shared by every run:
    // start each run from a fresh one, or earlier drops pile up in it.
    QDir(Session::demoLakeFolder()).removeRecursively();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("LakescopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("LakescopeTest"));
    UiResources::init();
    UiResources::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));

    QVERIFY(m_data.isValid());
    m_root = m_data.path();
    QDir dir(m_root);
    // file1.dat .. file5000.dat with size = number, so name and size orders are known.
    const QByteArray bytes(kFiles, 'x');
    for (int i = 1; i <= kFiles; ++i) {
        QFile file(dir.filePath(QStringLiteral("file%1.dat").arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.constData(), i);
    }
    for (const QString &folder : kFolders)
        QVERIFY(dir.mkdir(folder));
    QVERIFY(dir.mkpath(QStringLiteral("alpha/deep")));
    QFile inner(dir.filePath(QStringLiteral("alpha/inner.txt")));
    QVERIFY(inner.open(QIODevice::WriteOnly));
    inner.write("hello");
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_session = std::make_unique<Session>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
}

bool TestMainWindow::waitUntilListed()
{
    ObjectTableModel *model = m_window->browser()->model();
    QSignalSpy state(model, &ObjectTableModel::stateChanged);
    while (m_window->browser()->isLoading() || model->state() == ObjectTableModel::State::Idle) {
        if (!state.wait(20000))
            return false;
    }
    return true;
}

QModelIndex TestMainWindow::demoBranchNode(const QString &name)
{
    StoreTreeView *tree = m_window->treeView();
    StoreTreeModel *model = m_window->treeModel();
    const QModelIndex lake = model->index(model->rowCount() - 1, 0);
    tree->expand(lake);
    if (!QTest::qWaitFor([&] { return model->rowCount(lake) > 0; }, 5000))
        return {};
    const QModelIndex repository = model->index(0, 0, lake);
    tree->expand(repository);
    if (!QTest::qWaitFor([&] { return model->rowCount(repository) >= 2; }, 5000))
        return {};
    for (int row = 0; row < model->rowCount(repository); ++row) {
        if (model->index(row, 0, repository).data().toString() == name)
            return model->index(row, 0, repository);
    }
    return {};
}

QStringList TestMainWindow::treeMenu(const QModelIndex &index, const QString &trigger)
{
    StoreTreeView *tree = m_window->treeView();
    emit tree->customContextMenuRequested(tree->visualRect(index).center());
    QStringList texts;
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    if (!menu)
        return texts;
    QAction *chosen = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text().remove(QLatin1Char('&'));
        if (texts.back() == trigger)
            chosen = action;
    }
    menu->close();
    if (chosen)
        chosen->trigger();
    return texts;
}

void TestMainWindow::activate()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::listsTheFolder()
{
    QSignalSpy firstPage(m_window.get(), &MainWindow::firstListingShown);
    m_window->openStartLocation(m_root);
    QVERIFY(firstPage.wait(20000));
    QVERIFY(rows()->rowCount() > 0);
    QVERIFY(waitUntilListed());
    QCOMPARE(rows()->rowCount(), kFiles + kFolders.size());
    QCOMPARE(currentUrl(), canonical(m_root));
    QCOMPARE(m_window->browser()->addressBar()->text(), canonical(m_root));
    // 1 + 2 + ... + 5000 bytes = 12,502,500 bytes.
    QCOMPARE(m_window->statusText(), QStringLiteral("%1 items (3 folders), 11.9 MiB").arg(QLocale().toString(5003)));
    QVERIFY(m_window->windowTitle().contains(QFileInfo(m_root).fileName()));
}

void TestMainWindow::sortsByNameAndSize()
{
    m_window->openStartLocation(m_root);
    QVERIFY(waitUntilListed());
    ObjectTableView *table = m_window->browser()->tableView();

    QCOMPARE(rows()->index(0, 0).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(rows()->index(3, 0).data().toString(), QStringLiteral("file1.dat"));
    QCOMPARE(rows()->index(4, 0).data().toString(), QStringLiteral("file2.dat")); // natural, not file10

    // A click on the Size header sorts by size; a second click reverses.
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(ObjectTableModel::SizeColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_window->browser()->model()->order().column(), int(ObjectTableModel::SizeColumn));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_window->browser()->model()->order().order(), Qt::DescendingOrder);
    QCOMPARE(rows()->index(0, 0).data().toString(), QStringLiteral("gamma")); // folders first, by name
    QCOMPARE(rows()->index(3, 0).data().toString(), QStringLiteral("file5000.dat"));
    QCOMPARE(rows()->index(3, 0).data(ObjectTableModel::RawSizeRole).toULongLong(), qulonglong(kFiles));

    table->sortByColumn(ObjectTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(rows()->index(3, 0).data().toString(), QStringLiteral("file1.dat"));
}

void TestMainWindow::filters()
{
    m_window->openStartLocation(m_root);
    QVERIFY(waitUntilListed());
    activate();
    m_window->browser()->focusFilterAction()->trigger();
    QLineEdit *filter = m_window->browser()->filterEdit();
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("file49??.dat"));
    QTRY_COMPARE(rows()->rowCount(), 100);
    QCOMPARE(m_window->statusText(), QStringLiteral("100 of %1 items shown").arg(QLocale().toString(5003)));
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(rows()->rowCount(), kFiles + kFolders.size());
}

void TestMainWindow::navigatesWithActionsAndKeys()
{
    m_window->openStartLocation(m_root);
    QVERIFY(waitUntilListed());
    activate();
    BrowserPanel *browser = m_window->browser();
    ObjectTableView *table = browser->tableView();
    QVERIFY(!browser->backAction()->isEnabled());

    // Enter on "alpha" opens it.
    table->setFocus();
    table->setCurrentIndex(rows()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root + QStringLiteral("/alpha")));
    QCOMPARE(rows()->rowCount(), 2);
    QCOMPARE(rows()->index(0, 0).data().toString(), QStringLiteral("deep"));
    QCOMPARE(m_window->statusText(), QStringLiteral("2 items (1 folder), 5 B"));

    // Backspace goes up, and the folder we came from is selected.
    QTest::keyClick(table, Qt::Key_Backspace);
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root));
    QTRY_COMPARE(table->currentIndex().data().toString(), QStringLiteral("alpha"));

    // Alt+Left: back into alpha; Alt+Right: forward to the root again.
    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root + QStringLiteral("/alpha")));
    QVERIFY(browser->forwardAction()->isEnabled());
    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root));

    // Double-click opens a folder too; the Up action returns.
    const QModelIndex beta = rows()->index(1, 0);
    QCOMPARE(beta.data().toString(), QStringLiteral("beta"));
    const QPoint center = table->visualRect(beta).center();
    // A real double-click: press, release, then the double-click event.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, center);
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root + QStringLiteral("/beta")));
    QCOMPARE(rows()->rowCount(), 0);
    QCOMPARE(table->placeholderText(), QStringLiteral("This folder is empty."));
    browser->upAction()->trigger();
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root));

    // Alt+Up works like Backspace.
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(QFileInfo(m_root).absolutePath()));
}

void TestMainWindow::addressBarOpensTypedLocations()
{
    m_window->openStartLocation(m_root);
    QVERIFY(waitUntilListed());
    activate();
    AddressBar *address = m_window->browser()->addressBar();

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(address->hasFocus());
    QCOMPARE(address->selectedText(), address->text());
    QTest::keyClicks(address, m_root + QStringLiteral("/alpha"));
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root + QStringLiteral("/alpha")));
    QCOMPARE(address->text(), canonical(m_root + QStringLiteral("/alpha")));

    // A location that does not parse is marked inline; nothing moves.
    address->focusForEditing();
    QTest::keyClicks(address, QStringLiteral("nosuchscheme://bucket/key"));
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(address->hasError());
    QVERIFY(!address->toolTip().isEmpty());
    QCOMPARE(currentUrl(), canonical(m_root + QStringLiteral("/alpha")));
    QTest::keyClick(address, Qt::Key_Escape);
    QVERIFY(!address->hasError());
    QCOMPARE(address->text(), canonical(m_root + QStringLiteral("/alpha")));

    // memory:// works from the address bar as well.
    address->focusForEditing();
    QTest::keyClicks(address, QStringLiteral("memory://scratch/"));
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), QStringLiteral("memory://scratch"));
}

void TestMainWindow::treeFollowsTheLocation()
{
    m_window->openStartLocation(m_root + QStringLiteral("/alpha"));
    QVERIFY(waitUntilListed());
    StoreTreeView *tree = m_window->treeView();
    QTRY_COMPARE(tree->currentIndex().data(StoreTreeModel::UrlRole).toString(),
                 canonical(m_root + QStringLiteral("/alpha")));

    // Picking a node in the tree opens it.
    const QString alpha = m_root + QStringLiteral("/alpha");
    const QModelIndex deep = m_window->treeModel()->findUrl(*StoreUrl::parse(alpha.toStdString()));
    QVERIFY(deep.isValid());
    m_window->treeView()->expand(deep);
    QTRY_COMPARE(m_window->treeModel()->rowCount(deep), 1);
    tree->setCurrentIndex(m_window->treeModel()->index(0, 0, deep));
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root + QStringLiteral("/alpha/deep")));
}

void TestMainWindow::missingFolderListsAsEmpty()
{
    m_window->openStartLocation(m_root + QStringLiteral("/no-such-folder"));
    QVERIFY(waitUntilListed());
    // As on object stores, where a prefix with nothing under it is no error.
    QCOMPARE(rows()->rowCount(), 0);
    QCOMPARE(m_window->browser()->tableView()->placeholderText(), QStringLiteral("This folder is empty."));
    QCOMPARE(m_window->statusText(), QStringLiteral("No items"));
}

void TestMainWindow::loadingStatusAndStop()
{
    // A store that serves pages only when the test says so.
    auto store = std::make_shared<testing::TestStore>("gated");
    for (int i = 0; i < 2500; ++i)
        store->add("data/f" + std::to_string(i), "x");
    store->closeGate();
    Session session([store](const StoreUrl &url) -> Result<StoreLocation> { return StoreLocation{store, url.key(), url}; },
                    {});
    MainWindow window(&session);
    window.show();
    QSignalSpy firstPage(&window, &MainWindow::firstListingShown);
    window.openStartLocation(QStringLiteral("memory://gated/data"));
    QCOMPARE(window.statusText(), QStringLiteral("Opening…"));
    store->release(1);
    QVERIFY(firstPage.wait());
    QTRY_COMPARE(window.statusText(), QStringLiteral("%1 loaded, loading more…").arg(QLocale().toString(1000)));
    QVERIFY(window.browser()->stopAction()->isEnabled());

    window.browser()->stopAction()->trigger();
    QCOMPARE(window.statusText(), QStringLiteral("%1 items, %2 — listing stopped")
                                      .arg(QLocale().toString(1000), QStringLiteral("1000 B")));
    QVERIFY(!window.browser()->stopAction()->isEnabled());
    store->openGate();
}

void TestMainWindow::listingErrorShowsAMessageBar()
{
    auto store = std::make_shared<testing::TestStore>("denied");
    store->failListing(Error::permissionDenied("data/"));
    Session session([store](const StoreUrl &url) -> Result<StoreLocation> { return StoreLocation{store, url.key(), url}; },
                    {});
    MainWindow window(&session);
    window.show();
    QSignalSpy firstPage(&window, &MainWindow::firstListingShown);
    window.openStartLocation(QStringLiteral("memory://denied/data"));
    QVERIFY(firstPage.wait());
    MessageBar *bar = window.browser()->messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().startsWith(QStringLiteral("Permission denied")));
    QCOMPARE(window.statusText(), QStringLiteral("Could not list this folder"));
    // Not modal: the window keeps working.
    window.browser()->refreshAction()->trigger();
    QVERIFY(firstPage.wait());
    QVERIFY(bar->isVisible());
}

void TestMainWindow::remembersTheLastLocation()
{
    m_window->openStartLocation(m_root + QStringLiteral("/alpha"));
    QVERIFY(waitUntilListed());
    m_window->close();
    QCOMPARE(QSettings().value(QStringLiteral("Browser/lastLocation")).toString(),
             canonical(m_root + QStringLiteral("/alpha")));

    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->restoreSettings();
    m_window->show();
    m_window->openStartLocation();
    QVERIFY(waitUntilListed());
    QCOMPARE(currentUrl(), canonical(m_root + QStringLiteral("/alpha")));
}

void TestMainWindow::opensTheDemoLake()
{
    // The default tree ends with the built-in demo lake, a LocalLake seeded
    // on first use: its main branch holds the sample data sets.
    const QList<Connection> roots = m_session->connections();
    QCOMPARE(roots.back().name, QStringLiteral("Demo lake"));
    QCOMPARE(roots.back().kind, Connection::Kind::Lake);
    QCOMPARE(QString::fromStdString(roots.back().url.toString()), QStringLiteral("lakefs://"));
    QCOMPARE(roots.back().url.connection, Session::demoConnectionId().toStdString());

    m_window->openStartLocation(QStringLiteral("lakefs://demo/main/datasets/taxi/"));
    QVERIFY(waitUntilListed());
    QCOMPARE(rows()->rowCount(), 2);
    QCOMPARE(rows()->index(0, 0).data().toString(), QStringLiteral("2024-01.csv"));
    QCOMPARE(rows()->index(1, 0).data().toString(), QStringLiteral("2024-02.csv"));
    QVERIFY(QDir(Session::demoLakeFolder()).exists(QStringLiteral("repositories/demo")));

    // The experiment branch carries changes main does not have.
    m_window->openStartLocation(QStringLiteral("lakefs://demo/experiment/"));
    QVERIFY(waitUntilListed());
    QVERIFY(rows()->match(rows()->index(0, 0), Qt::DisplayRole, QStringLiteral("notes")).size() == 1);
}

void TestMainWindow::dropFromTheDesktopUploadsIntoTheLake()
{
    // The whole path a user takes: files dragged from the desktop onto the
    // table of a lakeFS branch become a job in the transfer queue, land in
    // the branch, and the table shows them without a manual refresh.
    m_window->openStartLocation(QStringLiteral("lakefs://demo/experiment/"));
    QVERIFY(waitUntilListed());
    QTemporaryDir desktop;
    const QString folder = desktop.filePath(QStringLiteral("dropped-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    for (const auto &[name, body] : {std::pair{QStringLiteral("/a.txt"), QByteArrayLiteral("first")},
                                     std::pair{QStringLiteral("/sub/b.txt"), QByteArrayLiteral("second file")}}) {
        QFile file(folder + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
    }
    m_window->drops()->setFixedPolicy(ConflictPolicy::Overwrite);
    QSignalSpy finished(m_window->transfers(), &TransferService::jobFinished);

    ObjectTableView *table = m_window->browser()->tableView();
    const QPoint background(table->viewport()->width() / 2, table->viewport()->height() - 10);
    QVERIFY2(!table->indexAt(background).isValid(), "the drop point must be the table's background, not a folder row");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    QDragEnterEvent enter(background, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &enter);
    QDragMoveEvent move(background, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(background, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &drop);

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.front().at(1).value<TransferState>(), TransferState::Done);
    QVERIFY(m_window->transferDock()->isVisible());
    const QString name = QFileInfo(folder).fileName();
    QTRY_COMPARE(rows()->match(rows()->index(0, 0), Qt::DisplayRole, name).size(), 1);

    // The bytes are in the branch, below the folder's own name.
    const StoreUrl landed = *StoreUrl::parse("lakefs://demo/experiment/" + name.toStdString() + "/sub/b.txt");
    StoreUrl withConnection = landed;
    withConnection.connection = Session::demoConnectionId().toStdString();
    Result<StoreLocation> location = m_session->resolver()(withConnection);
    QVERIFY(location);
    StringSink body;
    QVERIFY(location->store->get(location->key, body));
    QCOMPARE(QByteArray::fromStdString(body.data()), QByteArrayLiteral("second file"));
}

void TestMainWindow::treeContextMenuFitsTheNode()
{
    StoreTreeView *tree = m_window->treeView();
    StoreTreeModel *model = m_window->treeModel();
    const auto menuTexts = [this](const QModelIndex &index) { return treeMenu(index, {}); };
    const QModelIndex lake = model->index(model->rowCount() - 1, 0);
    QCOMPARE(lake.data().toString(), QStringLiteral("Demo lake"));
    const QStringList onConnection = menuTexts(lake);
    QVERIFY2(onConnection.contains(QStringLiteral("Open")), qPrintable(onConnection.join(u',')));
    QVERIFY(onConnection.contains(QStringLiteral("Add Connection…")));
    // The built-in demo lake can be neither edited nor removed.
    const int edit = onConnection.indexOf(QStringLiteral("Edit Connection…"));
    QVERIFY(edit >= 0);
    QVERIFY(!m_window->connections()->editAction()->isEnabled());

    tree->expand(lake);
    QTRY_VERIFY(model->rowCount(lake) > 0);
    const QModelIndex repository = model->index(0, 0, lake);
    QCOMPARE(repository.data().toString(), QStringLiteral("demo"));
    const QStringList onRepository = menuTexts(repository);
    QVERIFY2(onRepository.contains(QStringLiteral("Browse at a Commit…")), qPrintable(onRepository.join(u',')));
    QVERIFY(!onRepository.contains(QStringLiteral("Edit Connection…")));
}

void TestMainWindow::branchMenuOpensItsChangesAndHistory()
{
    const QModelIndex experiment = demoBranchNode(QStringLiteral("experiment"));
    QVERIFY(experiment.isValid());

    const QStringList entries = treeMenu(experiment, QStringLiteral("Uncommitted Changes"));
    QVERIFY2(entries.contains(QStringLiteral("History")), qPrintable(entries.join(u',')));
    QVERIFY(entries.contains(QStringLiteral("Create Branch From Here…")));
    QVERIFY(entries.contains(QStringLiteral("Delete Branch…")));
    // The demo's experiment branch carries uncommitted changes.
    QVERIFY(m_window->changesDock()->isVisible());
    QTRY_VERIFY(m_window->changes()->findChild<QAbstractItemView *>()->model()->rowCount() > 0);

    treeMenu(experiment, QStringLiteral("History"));
    QVERIFY(m_window->historyDock()->isVisible());
    CommitLogModel *log = nullptr;
    for (QAbstractItemView *view : m_window->history()->findChildren<QAbstractItemView *>()) {
        if (auto *model = qobject_cast<CommitLogModel *>(view->model()))
            log = model;
    }
    QVERIFY(log);
    // The demo's experiment branch: its own commit on top of main's two.
    QTRY_VERIFY(log->rowCount() >= 3);
}

void TestMainWindow::branchMenuComparesAndMerges()
{
    const QModelIndex experiment = demoBranchNode(QStringLiteral("experiment"));
    QVERIFY(experiment.isValid());

    // The base is the default branch, found on a worker.
    const QStringList entries = treeMenu(experiment, QStringLiteral("Compare With Default Branch"));
    QVERIFY2(entries.contains(QStringLiteral("Merge Into Default Branch…")), qPrintable(entries.join(u',')));
    QTRY_VERIFY(m_window->compareDock()->isVisible());
    DiffTreeModel *diff = m_window->compareView()->model();
    QTRY_VERIFY(diff->isComplete());
    // The demo's experiment commit cleaned February's trips and added zones.
    QVERIFY(diff->indexOfPath(QStringLiteral("datasets/taxi/zones.csv")).isValid());
    QCOMPARE(diff->index(0, 0).data(DiffTreeModel::PathRole).toString(), QStringLiteral("datasets/"));

    treeMenu(experiment, QStringLiteral("Merge Into Default Branch…"));
    MergeDialog *merge = nullptr;
    QTRY_VERIFY((merge = m_window->findChild<MergeDialog *>()) != nullptr);
    QVERIFY(merge->isVisible());
    QTRY_VERIFY(merge->isPreflightDone());
    QVERIFY2(merge->blockingReason().isEmpty(), qPrintable(merge->blockingReason()));
    QVERIFY(merge->windowTitle().contains(QStringLiteral("main")));
    merge->reject();
}

void TestMainWindow::refRowsOfTheTableOfferTheReview()
{
    // lakefs://demo/ lists the repository's branches and tags as rows; the
    // review is one right-click away there too.
    m_window->openStartLocation(QStringLiteral("lakefs://demo/"));
    QVERIFY(waitUntilListed());
    ObjectTableView *table = m_window->browser()->tableView();
    QModelIndex experiment;
    QTRY_VERIFY((experiment = rows()->match(rows()->index(0, 0), Qt::DisplayRole, QStringLiteral("experiment"))
                                  .value(0))
                    .isValid());
    table->setCurrentIndex(experiment);
    table->selectionModel()->select(experiment, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    emit m_window->browser()->contextMenuRequested(table->viewport()->mapToGlobal(table->visualRect(experiment).center()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QAction *compare = nullptr;
    QStringList texts;
    for (QAction *action : menu->actions()) {
        texts << action->text().remove(QLatin1Char('&'));
        if (texts.back() == QStringLiteral("Compare With Default Branch"))
            compare = action;
    }
    menu->close();
    QVERIFY2(compare, qPrintable(texts.join(u',')));
    QVERIFY(texts.contains(QStringLiteral("Merge Into Default Branch…")));
    compare->trigger();
    QTRY_VERIFY(m_window->compareDock()->isVisible());
    QTRY_VERIFY(m_window->compareView()->model()->isComplete());
    QVERIFY(m_window->compareView()->model()->indexOfPath(QStringLiteral("datasets/taxi/zones.csv")).isValid());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
