// SPDX-License-Identifier: Apache-2.0
#include "core/common/bytestream.h"
#include "core/lakefs/client/lakeconnection.h"
#include "core/store/storeregistry.h"
#include "lakepeeraccess.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/objectcomparepane.h"
#include "ui/versioning/sidebysidetextview.h"

#include <QAccessible>
#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMouseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;

// Both sides of an object read over `lakescope-cli serve lakefs`, as the
// GUI reads them: through the lakefs:// store the registry opens.
namespace {

// LAKESCOPE_SNAPSHOT_DIR/objectcomparepane, or empty: pictures only when asked for.
QString snapshotPrefix()
{
    const QString dir = qEnvironmentVariable("LAKESCOPE_SNAPSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/objectcomparepane");
}

} // namespace

class TestObjectComparePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changedTextCountsLines();
    void objectOnOneSideSaysWhereItIsMissing();
    void imagesAreShownSideBySide();
    void binaryObjectsShowTheirFacts();
    void textLimitIsSaid();
    void tooDifferentTextIsShownUnmarked();
    void newCompareDropsTheOldResult();
    void clearReturnsToEmpty();
    void unreachableLakeIsExplained();
    void keyboardSelectsAndCopiesLinesOfOneSide();
    void mouseDragSelectsLinesOfTheSideClicked();
    void copyRightSideGivesTheWholeText();
    void changedPartOfAModifiedLineIsMarked();

private:
    bool put(const std::string &branch, const std::string &path, const std::string &body);
    static StoreUrl url(const std::string &ref, const std::string &path)
    {
        return *StoreUrl::parse("lakefs://compare/" + ref + "/" + path);
    }
    static std::string png(QColor color, int width, int height);
    bool compare(ObjectComparePane &pane, const std::string &path);

    std::unique_ptr<lakescope::testing::LakeFsPeer> m_peer;
    StoreAccess m_access;
    lakefs::VersionedRepositoryPtr m_lake;
};

void TestObjectComparePane::initTestCase()
{
    QString error;
    m_peer = lakescope::testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
    QVERIFY2(m_peer, qPrintable(error));
    const StoreOptions options = testing::lakePeerOptions(*m_peer);
    m_access = testing::lakeAccess(options);
    auto lake = lakefs::connectLake(options);
    QVERIFY(lake);
    m_lake = *lake;
    lakefs::RepositoryCreation creation;
    creation.name = "compare";
    creation.storageNamespace = "local://compare";
    QVERIFY(m_lake->createRepository(creation));

    QVERIFY(put("main", "data/notes.txt", "alpha\nbeta\ngamma\ndelta\nepsilon\n"));
    QVERIFY(put("main", "img/chart.png", png(Qt::red, 40, 30)));
    QVERIFY(put("main", "bin/blob.bin", std::string(100, '\0')));
    std::string log;
    for (int i = 0; i < 400; ++i)
        log += "line " + std::to_string(i) + "\n";
    QVERIFY(put("main", "logs/big.log", log));
    std::string left;
    std::string right;
    for (int i = 0; i < 1100; ++i) {
        left += "left " + std::to_string(i) + "\n";
        right += "right " + std::to_string(i) + "\n";
    }
    QVERIFY(put("main", "logs/far.log", left));
    QVERIFY(m_lake->commit("compare", "main", {"Seed", {}}));
    QVERIFY(m_lake->createBranch("compare", "experiment", "main"));

    QVERIFY(put("experiment", "data/notes.txt", "alpha\nBETA\ngamma\ndelta\nepsilon\nzeta\neta\n"));
    QVERIFY(put("experiment", "data/new.csv", "id,name\n1,a\n2,b\n"));
    QVERIFY(put("experiment", "img/chart.png", png(Qt::blue, 80, 60)));
    QVERIFY(put("experiment", "bin/blob.bin", std::string(200, '\x01') + std::string(10, '\0')));
    QVERIFY(put("experiment", "logs/big.log", "changed first line\n" + log));
    QVERIFY(put("experiment", "logs/far.log", right));
}

bool TestObjectComparePane::put(const std::string &branch, const std::string &path, const std::string &body)
{
    lakefs::UploadRequest request;
    request.path = path;
    StringSource source(body);
    return static_cast<bool>(m_lake->uploadObject("compare", branch, request, source));
}

std::string TestObjectComparePane::png(QColor color, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes.toStdString();
}

bool TestObjectComparePane::compare(ObjectComparePane &pane, const std::string &path)
{
    QSignalSpy loaded(&pane, &ObjectComparePane::loaded);
    pane.compare(url("main", path), url("experiment", path), QStringLiteral("main"), QStringLiteral("experiment"));
    if (pane.mode() != ObjectComparePane::Mode::Loading)
        return false;
    return loaded.wait(20000);
}

void TestObjectComparePane::changedTextCountsLines()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "data/notes.txt"));
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Text);
    QCOMPARE(pane.addedLines(), 3);
    QCOMPARE(pane.removedLines(), 1);
    QCOMPARE(pane.statusText(), QStringLiteral("3 lines added, 1 removed"));
    auto *view = pane.findChild<SideBySideTextView *>();
    QVERIFY(view);
    QCOMPARE(view->rowCount(), 7);
    QVERIFY(view->isVisibleTo(&pane));
    QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!view->accessibleName().isEmpty());

    // A picture for eyes, when asked for: light and dark palettes.
    const QString snapshot = snapshotPrefix();
    if (!snapshot.isEmpty()) {
        pane.resize(1000, 400);
        QVERIFY(pane.grab().save(snapshot + QStringLiteral(".png")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Mid, QColor(80, 80, 80));
        pane.setPalette(dark);
        QVERIFY(pane.grab().save(snapshot + QStringLiteral("-dark.png")));
    }
}

void TestObjectComparePane::objectOnOneSideSaysWhereItIsMissing()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "data/new.csv"));
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Text);
    QVERIFY2(pane.statusText().startsWith(QStringLiteral("Not in main")), qPrintable(pane.statusText()));
    QCOMPARE(pane.addedLines(), 3);
    QCOMPARE(pane.removedLines(), 0);
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("leftTitle"))->text(), QStringLiteral("Not in main"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("rightTitle"))->text(), QStringLiteral("experiment"));
}

void TestObjectComparePane::imagesAreShownSideBySide()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "img/chart.png"));
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Image);
    QCOMPARE(pane.addedLines(), 0);
    QVERIFY2(pane.statusText().contains(QStringLiteral("40 × 30 to 80 × 60")), qPrintable(pane.statusText()));
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("leftCaption"))->text().contains(QStringLiteral("40 × 30")));
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("rightCaption"))->text().contains(QStringLiteral("PNG")));
    const QString snapshot = snapshotPrefix();
    if (!snapshot.isEmpty()) {
        pane.resize(1000, 400);
        QVERIFY(pane.grab().save(snapshot + QStringLiteral("-image.png")));
    }
}

void TestObjectComparePane::binaryObjectsShowTheirFacts()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "bin/blob.bin"));
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Summary);
    const QString left = pane.findChild<QLabel *>(QStringLiteral("leftSummary"))->text();
    const QString right = pane.findChild<QLabel *>(QStringLiteral("rightSummary"))->text();
    QVERIFY2(left.contains(QStringLiteral("100 bytes")), qPrintable(left));
    QVERIFY2(right.contains(QStringLiteral("210 bytes")), qPrintable(right));
    QVERIFY(left.contains(QStringLiteral("ETag")) || left.contains(QStringLiteral("Checksum")));
    QVERIFY2(pane.statusText().contains(QStringLiteral("The size changed from 100 bytes to 210 bytes")),
             qPrintable(pane.statusText()));
    const QString snapshot = snapshotPrefix();
    if (!snapshot.isEmpty()) {
        pane.resize(1000, 400);
        QVERIFY(pane.grab().save(snapshot + QStringLiteral("-summary.png")));
    }
}

void TestObjectComparePane::textLimitIsSaid()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    pane.setTextLimit(1024);
    QVERIFY(compare(pane, "logs/big.log"));
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Text);
    QVERIFY2(pane.statusText().contains(QStringLiteral("Only the first 1 KiB of each side are compared")),
             qPrintable(pane.statusText()));
    // The changed first line is seen; the prefixes' ends differ too.
    QVERIFY(pane.addedLines() >= 1);

    // Both columns scroll as one, from the keyboard.
    auto *view = pane.findChild<SideBySideTextView *>();
    pane.resize(600, 200);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    view->setFocus();
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    QTest::keyClick(view, Qt::Key_PageDown);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum() - 1);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
}

void TestObjectComparePane::tooDifferentTextIsShownUnmarked()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "logs/far.log"));
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Text);
    QCOMPARE(pane.statusText(), QStringLiteral("Too different to compare line by line"));
    QCOMPARE(pane.addedLines(), 0);
    QCOMPARE(pane.removedLines(), 0);
    QCOMPARE(pane.findChild<SideBySideTextView *>()->rowCount(), 1100);
}

void TestObjectComparePane::newCompareDropsTheOldResult()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QSignalSpy loaded(&pane, &ObjectComparePane::loaded);
    pane.compare(url("main", "img/chart.png"), url("experiment", "img/chart.png"), QStringLiteral("main"),
                 QStringLiteral("experiment"));
    pane.compare(url("main", "data/new.csv"), url("experiment", "data/new.csv"), QStringLiteral("main"),
                 QStringLiteral("experiment"));
    QVERIFY(loaded.wait(20000));
    // Every task's result has reached the pane by now; only one was shown.
    QTRY_COMPARE(runner.pendingTasks(), 0);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Text);
    QVERIFY(pane.statusText().startsWith(QStringLiteral("Not in main")));
}

void TestObjectComparePane::clearReturnsToEmpty()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QSignalSpy loaded(&pane, &ObjectComparePane::loaded);
    pane.compare(url("main", "data/notes.txt"), url("experiment", "data/notes.txt"), QStringLiteral("main"),
                 QStringLiteral("experiment"));
    pane.clear();
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Empty);
    QTRY_COMPARE(runner.pendingTasks(), 0);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Empty);
    QVERIFY(pane.statusText().isEmpty());
}

void TestObjectComparePane::unreachableLakeIsExplained()
{
    StoreOptions options = testing::lakePeerOptions(*m_peer);
    QVERIFY(options.set("lakefs_endpoint", "http://127.0.0.1:1"));
    const StoreAccess access = testing::lakeAccess(options);
    AsyncRunner runner;
    ObjectComparePane pane(access, &runner);
    QVERIFY(compare(pane, "data/notes.txt"));
    QCOMPARE(pane.mode(), ObjectComparePane::Mode::Error);
    QVERIFY2(pane.statusText().startsWith(QStringLiteral("Cannot compare: ")), qPrintable(pane.statusText()));
    QVERIFY(pane.statusText().size() > QStringLiteral("Cannot compare: ").size() + 5);
    QVERIFY(!pane.statusText().contains(m_peer->secretAccessKey()));
    QCOMPARE(pane.addedLines(), 0);
}

namespace {

// A left-button drag from one point of the view's viewport to another.
void drag(SideBySideTextView *view, QPoint from, QPoint to)
{
    QWidget *viewport = view->viewport();
    QMouseEvent press(QEvent::MouseButtonPress, from, viewport->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &press);
    QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, viewport->mapToGlobal(to), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &release);
}

QPoint rowPoint(SideBySideTextView *view, int row, bool rightSide)
{
    const int rowHeight = view->fontMetrics().height() + 2;
    const int half = view->viewport()->width() / 2;
    return {rightSide ? half + half / 2 : half / 2, row * rowHeight + rowHeight / 2};
}

} // namespace

void TestObjectComparePane::keyboardSelectsAndCopiesLinesOfOneSide()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "data/notes.txt"));
    auto *view = pane.findChild<SideBySideTextView *>();
    QVERIFY(view);
    // Something to tab to, as the window around the pane has.
    auto *next = new QLineEdit(&pane);
    pane.resize(800, 400);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentRow(), -1);
    QVERIFY(view->accessibleDescription().startsWith(QStringLiteral("7 lines, 3 added, 1 removed")));

    // Rows: alpha, beta|BETA, gamma, delta, epsilon, (none)|zeta, (none)|eta.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentRow(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentRow(), 1);
    QCOMPARE(view->currentSide(), SideBySideTextView::Side::Left);
    QCOMPARE(view->accessibleDescription(),
             QStringLiteral("7 lines, 3 added, 1 removed; current line 2: removed 'beta', added 'BETA' (left side)"));

    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(view->currentSide(), SideBySideTextView::Side::Right);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view->selectedRows(), std::make_pair(1, 3));
    QVERIFY2(view->accessibleDescription().endsWith(QStringLiteral("3 lines selected on the right")),
             qPrintable(view->accessibleDescription()));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("BETA\ngamma\ndelta"));

    // The other side starts its own selection; its gaps are left out of the copy.
    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(view->selectedRows(), std::make_pair(3, 3));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier); // past the end: stays on the last row
    QCOMPARE(view->selectedRows(), std::make_pair(3, 6));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("delta\nepsilon"));

    // Up without Shift collapses the selection to the current line.
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->selectedRows(), std::make_pair(5, 5));
    QCOMPARE(view->selectedText(), QString()); // the left side has no line in this row
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->selectedText(), QStringLiteral("alpha\nbeta\ngamma\ndelta\nepsilon"));

    // Tab still leaves the view.
    QTest::keyClick(view, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
}

void TestObjectComparePane::mouseDragSelectsLinesOfTheSideClicked()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "data/notes.txt"));
    auto *view = pane.findChild<SideBySideTextView *>();
    pane.resize(800, 400);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    drag(view, rowPoint(view, 4, true), rowPoint(view, 6, true));
    QCOMPARE(view->currentSide(), SideBySideTextView::Side::Right);
    QCOMPARE(view->selectedRows(), std::make_pair(4, 6));
    QVERIFY(view->hasFocus());
    view->copyLinesAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("epsilon\nzeta\neta"));

    drag(view, rowPoint(view, 2, false), rowPoint(view, 0, false));
    QCOMPARE(view->currentSide(), SideBySideTextView::Side::Left);
    QCOMPARE(view->selectedRows(), std::make_pair(0, 2));
    QCOMPARE(view->selectedText(), QStringLiteral("alpha\nbeta\ngamma"));
}

void TestObjectComparePane::copyRightSideGivesTheWholeText()
{
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "data/notes.txt"));
    auto *view = pane.findChild<SideBySideTextView *>();
    auto *copyRight = view->findChild<QAction *>(QStringLiteral("copyRightSide"));
    QVERIFY(copyRight);
    QVERIFY(copyRight->isEnabled());
    QVERIFY(!view->copyLinesAction()->isEnabled()); // nothing selected yet
    copyRight->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("alpha\nBETA\ngamma\ndelta\nepsilon\nzeta\neta\n"));
    view->copyLeftSideAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("alpha\nbeta\ngamma\ndelta\nepsilon\n"));

    // A side the object is not on has nothing to copy.
    QVERIFY(compare(pane, "data/new.csv"));
    QVERIFY(!view->copyLeftSideAction()->isEnabled());
    view->copyRightSideAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("id,name\n1,a\n2,b\n"));
}

void TestObjectComparePane::changedPartOfAModifiedLineIsMarked()
{
    QVERIFY(put("main", "data/settings.txt",
                "name = lake\nsize = 17\ncouleur = \xC3\xA9t\xC3\xA9\nmood: \xF0\x9F\x98\x80 ok\n\tdepth = 3\n"));
    QVERIFY(put("experiment", "data/settings.txt",
                "name = lake\nsize = 200\ncouleur = \xC3\xA9t\xC3\xA8\nmood: \xF0\x9F\x98\x81 ok\n\tdepth = 4\n"));
    AsyncRunner runner;
    ObjectComparePane pane(m_access, &runner);
    QVERIFY(compare(pane, "data/settings.txt"));
    auto *view = pane.findChild<SideBySideTextView *>();
    QCOMPARE(view->rowCount(), 5);
    using Side = SideBySideTextView::Side;
    // An unchanged row has nothing marked.
    QCOMPARE(view->changedSpan(0, Side::Left).length, std::size_t(0));
    // "17" → "200".
    QCOMPARE(view->changedSpan(1, Side::Left), (Span{7, 2}));
    QCOMPARE(view->changedSpan(1, Side::Right), (Span{7, 3}));
    // "é" → "è", one UTF-16 unit each.
    QCOMPARE(view->changedSpan(2, Side::Left), (Span{12, 1}));
    QCOMPARE(view->changedSpan(2, Side::Right), (Span{12, 1}));
    // An emoji is a surrogate pair: both units are marked.
    QCOMPARE(view->changedSpan(3, Side::Left), (Span{6, 2}));
    QCOMPARE(view->changedSpan(3, Side::Right), (Span{6, 2}));
    // Positions are in the line as shown, its tab expanded to four spaces.
    QCOMPARE(view->changedSpan(4, Side::Right), (Span{12, 1}));

    // "beta" → "BETA" is a rewrite: the whole line is changed, nothing stronger.
    QVERIFY(compare(pane, "data/notes.txt"));
    QCOMPARE(view->changedSpan(1, Side::Left).length, std::size_t(0));
    QCOMPARE(view->changedSpan(1, Side::Right).length, std::size_t(0));

    const QString snapshot = snapshotPrefix();
    if (!snapshot.isEmpty()) {
        QVERIFY(compare(pane, "data/settings.txt"));
        pane.resize(1000, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        view->setFocus();
        view->setCurrentRow(1, Side::Right);
        view->setCurrentRow(2, Side::Right, true);
        QVERIFY(pane.grab().save(snapshot + QStringLiteral("-spans.png")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Mid, QColor(80, 80, 80));
        pane.setPalette(dark);
        QVERIFY(pane.grab().save(snapshot + QStringLiteral("-spans-dark.png")));
    }
}

QTEST_MAIN(TestObjectComparePane)
#include "tst_objectcomparepane.moc"
