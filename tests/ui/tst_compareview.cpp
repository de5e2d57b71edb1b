// SPDX-License-Identifier: Apache-2.0
#include "core/common/bytestream.h"
#include "core/lakefs/client/lakeconnection.h"
#include "core/store/storeregistry.h"
#include "lakepeeraccess.h"
#include "snapshot.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/compareview.h"
#include "ui/versioning/difftreemodel.h"
#include "ui/versioning/objectcomparepane.h"
#include "ui/versioning/refpicker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <map>
#include <memory>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

const std::string kRepo = "review";

// What main...review shows, by folder.
struct Expected
{
    std::map<std::string, DiffTreeModel::Counts> folders;
    void add(const std::string &path, DiffTreeModel::Kind kind)
    {
        for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
            folders[path.substr(0, slash + 1)].add(kind);
    }
};

bool put(lakefs::VersionedRepository &lake, const std::string &branch, const std::string &path, const std::string &body)
{
    lakefs::UploadRequest request;
    request.path = path;
    StringSource source(body);
    return static_cast<bool>(lake.uploadObject(kRepo, branch, request, source));
}

std::string commit(lakefs::VersionedRepository &lake, const std::string &branch, const std::string &message)
{
    lakefs::CommitCreation creation;
    creation.message = message;
    auto made = lake.commit(kRepo, branch, creation);
    return made ? made->id : std::string();
}

StoreUrl repoUrl()
{
    return *StoreUrl::parse("lakefs://" + kRepo + "/");
}

QString urlText(const QVariant &argument)
{
    return QString::fromStdString(argument.value<StoreUrl>().toString());
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fifteenHundredChangesThreeDot();
    void twoDotAlsoShowsWhatBaseChanged();
    void tagsCommitIdsAndExpressions();
    void identicalRefsAndBadRefsInWords();
    void contentDiffOfAChangeAndAConflict();
    void mergeRequestCarriesBothRefs();
    void keyboardOnlyReview();
    void screenshot();

private:
    // A view on the seeded repository, its diff loaded for base...compare.
    std::unique_ptr<CompareView> openView(const QString &base, const QString &compare, bool twoDot = false);

    QTemporaryDir m_dir;
    std::unique_ptr<testing::LakeFsPeer> m_peer;
    StoreAccess m_access;
    AsyncRunner m_runner;
    Expected m_expected;
    std::string m_splitCommit;
    std::string m_reviewHead;
};

// Seeds a LocalLake in a folder (quick), then serves that folder over HTTP:
// the view reaches it as it reaches any lakeFS server.
void TestCompareView::initTestCase()
{
    const QString root = m_dir.filePath(QStringLiteral("lake"));
    {
        StoreOptions local;
        QVERIFY(local.set("lakefs_endpoint", "file://" + root.toStdString()));
        auto opened = lakefs::connectLake(local);
        QVERIFY(opened);
        lakefs::VersionedRepository &lake = **opened;
        lakefs::RepositoryCreation creation;
        creation.name = kRepo;
        creation.storageNamespace = "local://" + kRepo;
        QVERIFY(lake.createRepository(creation));
        std::vector<std::string> base;
        for (const std::string folder : { "raw/a/", "raw/b/", "curated/", "reports/" }) {
            for (int i = 0; i < 250; ++i)
                base.push_back(folder + "obj-" + std::to_string(1000 + i));
        }
        for (const std::string &path : base)
            QVERIFY(put(lake, "main", path, "v1 " + path));
        QVERIFY(put(lake, "main", "docs/plan.txt", "alpha\nbeta\ngamma\n"));
        QVERIFY(put(lake, "main", "docs/shared.txt", "one\ntwo\n"));
        m_splitCommit = commit(lake, "main", "base");
        QVERIFY(!m_splitCommit.empty());
        QVERIFY(lake.createTag(kRepo, "v1.0", "main"));
        QVERIFY(lake.createBranch(kRepo, "review", "main"));

        // 1,498 changes in one commit, then two text edits in another.
        std::vector<std::string> removed;
        int changed = 0;
        for (std::size_t i = 0; i < base.size(); ++i) {
            if (i % 4 == 0) {
                removed.push_back(base[i]);
                m_expected.add(base[i], DiffTreeModel::Removed);
            } else if (i % 4 == 1 && changed < 248) {
                ++changed;
                QVERIFY(put(lake, "review", base[i], "v2 " + base[i]));
                m_expected.add(base[i], DiffTreeModel::Changed);
            }
        }
        auto failures = lake.deleteObjects(kRepo, "review", removed);
        QVERIFY(failures && failures->empty());
        for (const std::string folder : { "raw/a/", "curated/", "reports/", "extra/deep/" }) {
            for (int i = 0; i < 250; ++i) {
                const std::string path = folder + "new-" + std::to_string(i);
                QVERIFY(put(lake, "review", path, "new"));
                m_expected.add(path, DiffTreeModel::Added);
            }
        }
        QVERIFY(!commit(lake, "review", "bulk").empty());
        QVERIFY(put(lake, "review", "docs/plan.txt", "alpha\nBETA\ngamma\ndelta\n"));
        m_expected.add("docs/plan.txt", DiffTreeModel::Changed);
        QVERIFY(put(lake, "review", "docs/shared.txt", "one\ntwo review\nthree\n"));
        m_expected.add("docs/shared.txt", DiffTreeModel::Conflict);
        m_reviewHead = commit(lake, "review", "docs");
        QVERIFY(!m_reviewHead.empty());

        // main moves on too: one conflicting edit and one object of its own.
        QVERIFY(put(lake, "main", "docs/shared.txt", "one\n"));
        QVERIFY(put(lake, "main", "main-only/new.txt", "main"));
        QVERIFY(!commit(lake, "main", "main moves").empty());
        QVERIFY(lake.createTag(kRepo, "v2.0", "main"));
    } // the lake folder is released for the server

    QString error;
    testing::LakeFsPeer::Options options;
    options.root = root;
    m_peer = testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), options, &error);
    QVERIFY2(m_peer, qPrintable(error));
    m_access = testing::lakeAccess(testing::lakePeerOptions(*m_peer));
}

std::unique_ptr<CompareView> TestCompareView::openView(const QString &base, const QString &compare, bool twoDot)
{
    auto view = std::make_unique<CompareView>(m_access, &m_runner);
    view->setPageSize(1000);
    view->setRepository(repoUrl());
    view->setTwoDot(twoDot);
    QSignalSpy loaded(view->model(), &DiffTreeModel::loaded);
    view->compare(base, compare);
    if (!loaded.wait(30000))
        return nullptr;
    return view;
}

void TestCompareView::fifteenHundredChangesThreeDot()
{
    CompareView view(m_access, &m_runner);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setPageSize(100);
    view.setRepository(repoUrl());
    QVERIFY(!view.isTwoDot());
    QSignalSpy started(&view, &CompareView::comparisonStarted);
    QSignalSpy loaded(view.model(), &DiffTreeModel::loaded);
    view.compare(QStringLiteral("main"), QStringLiteral("review"));
    QVERIFY(started.wait(20000));
    QVERIFY2(view.statusText().endsWith(QStringLiteral("(loading more…)")), qPrintable(view.statusText()));
    QVERIFY(view.findChild<QToolButton *>(QStringLiteral("stopLoading"))->isVisibleTo(&view));
    QVERIFY(loaded.wait(30000));

    const DiffTreeModel::Counts totals = view.model()->totals();
    QCOMPARE(totals.added, 1000);
    QCOMPARE(totals.removed, 250);
    QCOMPARE(totals.changed, 249);
    QCOMPARE(totals.conflicts, 1);
    QCOMPARE(view.statusText(), QStringLiteral("1,500 changes: +1000 \u2212250 ~249 !1"));
    // 100 entries a page; the 15th says there is no more.
    QCOMPARE(view.pagesLoaded(), 15);
    for (const auto &[folder, counts] : m_expected.folders) {
        const QModelIndex index = view.model()->indexOfPath(QString::fromStdString(folder));
        QVERIFY2(index.isValid(), folder.c_str());
        const DiffTreeModel::Counts shown = view.model()->counts(index);
        QVERIFY2(shown.added == counts.added && shown.removed == counts.removed && shown.changed == counts.changed
                && shown.conflicts == counts.conflicts,
            folder.c_str());
    }
    QCOMPARE(view.model()->counts(view.model()->indexOfPath(QStringLiteral("raw/a/"))).total(), 63 + 63 + 250);
    QCOMPARE(view.model()->indexOfPath(QStringLiteral("docs/shared.txt")).data(DiffTreeModel::KindRole).toInt(),
        int(DiffTreeModel::Conflict));
    // What only main did is no part of what review would bring.
    QVERIFY(!view.model()->indexOfPath(QStringLiteral("main-only/")).isValid());
    QCOMPARE(view.mergeBase(), QString::fromStdString(m_splitCommit));

    // Filters hide kinds without asking the lake again.
    QAction *added = view.findChild<QAction *>(QStringLiteral("showAdded"));
    QVERIFY(added);
    added->setChecked(false);
    QVERIFY(!view.model()->isLoading());
    QCOMPARE(view.pagesLoaded(), 15);
    QVERIFY(!view.model()->indexOfPath(QStringLiteral("extra/")).isValid());
    QVERIFY2(view.statusText().contains(QStringLiteral("(500 shown)")), qPrintable(view.statusText()));
    added->setChecked(true);
    QCOMPARE(view.model()->counts(view.model()->indexOfPath(QStringLiteral("extra/"))).added, 250);
}

void TestCompareView::twoDotAlsoShowsWhatBaseChanged()
{
    auto view = openView(QStringLiteral("main"), QStringLiteral("review"), true);
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DiffTreeModel::Counts totals = view->model()->totals();
    QCOMPARE(totals.total(), 1501);
    QCOMPARE(totals.removed, 251);
    QCOMPARE(totals.changed, 250);
    QCOMPARE(totals.conflicts, 0);
    QCOMPARE(view->model()->counts(view->model()->indexOfPath(QStringLiteral("main-only/"))).removed, 1);
    QCOMPARE(view->model()->indexOfPath(QStringLiteral("docs/shared.txt")).data(DiffTreeModel::KindRole).toInt(),
        int(DiffTreeModel::Changed));
    QVERIFY(view->mergeBase().isEmpty());

    // Unchecking Two-dot reloads as three-dot.
    QSignalSpy loaded(view->model(), &DiffTreeModel::loaded);
    view->findChild<QCheckBox *>(QStringLiteral("twoDot"))->setChecked(false);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view->model()->totals().total(), 1500);
    QVERIFY(!view->model()->indexOfPath(QStringLiteral("main-only/")).isValid());
}

void TestCompareView::tagsCommitIdsAndExpressions()
{
    // The tag at the split point: no conflict, main's later edit is not in it.
    auto view = openView(QStringLiteral("v1.0"), QStringLiteral("review"));
    QVERIFY(view);
    QCOMPARE(view->model()->totals().total(), 1500);
    QCOMPARE(view->model()->totals().conflicts, 0);
    QCOMPARE(view->model()->totals().changed, 250);
    QVERIFY(!view->mergeAction()->isEnabled());
    QVERIFY2(view->mergeAction()->toolTip().contains(QStringLiteral("v1.0 is not a branch")),
        qPrintable(view->mergeAction()->toolTip()));

    // A commit id prefix as base, review's first commit as compare.
    QSignalSpy loaded(view->model(), &DiffTreeModel::loaded);
    view->compare(QString::fromStdString(m_splitCommit.substr(0, 12)), QStringLiteral("review~1"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view->model()->totals().total(), 1498);
    QVERIFY(!view->model()->indexOfPath(QStringLiteral("docs/")).isValid());

    // A full commit id as compare.
    view->compare(QStringLiteral("main"), QString::fromStdString(m_reviewHead));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view->model()->totals().total(), 1500);
    QCOMPARE(view->model()->totals().conflicts, 1);
}

void TestCompareView::identicalRefsAndBadRefsInWords()
{
    auto view = openView(QStringLiteral("main"), QStringLiteral("v2.0"));
    QVERIFY(view);
    QTRY_VERIFY(view->isEmptyStateShown());
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("emptyState"))->text(),
        QStringLiteral("Nothing to compare: main and v2.0 hold the same objects."));
    QVERIFY(!view->mergeAction()->isEnabled());

    QSignalSpy started(view.get(), &CompareView::comparisonStarted);
    view->compare(QStringLiteral("mian"), QStringLiteral("review"));
    QVERIFY(started.wait(20000));
    QVERIFY2(
        view->statusText().startsWith(QStringLiteral("No such ref: “mian” is not a branch, tag or commit of review")),
        qPrintable(view->statusText()));
    QVERIFY(!view->isEmptyStateShown());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!view->mergeAction()->isEnabled());

    view->compare(QStringLiteral("main"), QStringLiteral("review~99"));
    QVERIFY(started.wait(20000));
    QVERIFY2(view->statusText().contains(QStringLiteral("“review~99”")), qPrintable(view->statusText()));
}

void TestCompareView::contentDiffOfAChangeAndAConflict()
{
    auto view = openView(QStringLiteral("main"), QStringLiteral("review"));
    QVERIFY(view);
    ObjectComparePane *pane = view->contentPane();
    QSignalSpy paneLoaded(pane, &ObjectComparePane::loaded);

    // Against the merge base: beta became BETA, delta was added.
    view->view()->setCurrentIndex(view->model()->indexOfPath(QStringLiteral("docs/plan.txt")));
    QVERIFY(paneLoaded.wait(20000));
    QCOMPARE(pane->mode(), ObjectComparePane::Mode::Text);
    QCOMPARE(pane->addedLines(), 2);
    QCOMPARE(pane->removedLines(), 1);

    // A conflict is shown against main itself, whose "two" is gone.
    view->view()->setCurrentIndex(view->model()->indexOfPath(QStringLiteral("docs/shared.txt")));
    QVERIFY(paneLoaded.wait(20000));
    QCOMPARE(pane->mode(), ObjectComparePane::Mode::Text);
    QCOMPARE(pane->addedLines(), 2);
    QCOMPARE(pane->removedLines(), 0);

    // Activating a removed object opens the version it had at the merge base.
    QSignalSpy activated(view.get(), &CompareView::objectActivated);
    view->view()->setCurrentIndex(view->model()->indexOfPath(QStringLiteral("raw/a/obj-1000")));
    QTest::keyClick(view->view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(urlText(activated.first().first()),
        QStringLiteral("lakefs://review/%1/raw/a/obj-1000").arg(QString::fromStdString(m_splitCommit)));
    QVERIFY(paneLoaded.wait(20000));
    QVERIFY2(pane->statusText().contains(QStringLiteral("review")), qPrintable(pane->statusText()));

    // Two-dot compares with main for every object.
    QSignalSpy loaded(view->model(), &DiffTreeModel::loaded);
    view->setTwoDot(true);
    QVERIFY(loaded.wait(30000));
    view->view()->setCurrentIndex(view->model()->indexOfPath(QStringLiteral("docs/plan.txt")));
    QVERIFY(paneLoaded.wait(20000));
    QCOMPARE(pane->addedLines(), 2);

    // A folder clears the pane.
    view->view()->setCurrentIndex(view->model()->indexOfPath(QStringLiteral("docs/")));
    QCOMPARE(pane->mode(), ObjectComparePane::Mode::Empty);
}

void TestCompareView::mergeRequestCarriesBothRefs()
{
    auto view = openView(QStringLiteral("main"), QStringLiteral("review"));
    QVERIFY(view);
    QVERIFY(view->mergeAction()->isEnabled());
    QSignalSpy requested(view.get(), &CompareView::mergeRequested);
    view->mergeAction()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(urlText(requested.first().at(0)), QStringLiteral("lakefs://review/review"));
    QCOMPARE(urlText(requested.first().at(1)), QStringLiteral("lakefs://review/main"));

    // Swapped, the base is review and main would be merged into it.
    QSignalSpy loaded(view->model(), &DiffTreeModel::loaded);
    view->swapAction()->trigger();
    QCOMPARE(view->baseRef(), QStringLiteral("review"));
    QCOMPARE(view->compareRef(), QStringLiteral("main"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view->model()->totals().total(), 2); // main-only/new.txt and the conflict
    view->mergeAction()->trigger();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(urlText(requested.last().at(0)), QStringLiteral("lakefs://review/main"));
    QCOMPARE(urlText(requested.last().at(1)), QStringLiteral("lakefs://review/review"));

    // A tag cannot receive a merge.
    view->compare(QStringLiteral("v1.0"), QStringLiteral("review"));
    QVERIFY(loaded.wait(30000));
    QVERIFY(!view->mergeAction()->isEnabled());
    view->mergeAction()->trigger();
    QCOMPARE(requested.count(), 2);
}

void TestCompareView::keyboardOnlyReview()
{
    CompareView view(m_access, &m_runner);
    view.resize(1200, 500);
    view.setRepository(repoUrl());
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTRY_VERIFY_WITH_TIMEOUT(!view.basePicker()->isLoading() && view.basePicker()->count() == 4, 20000);
    QCOMPARE(view.basePicker()->loadError(), QString());
    QVERIFY(view.basePicker()->isBranch(QStringLiteral("review")));
    QVERIFY(!view.basePicker()->isBranch(QStringLiteral("v1.0")));

    // Alt+B, type, Tab past swap to compare (Alt+C would do too), type, Enter.
    QTest::keyClick(&view, Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.basePicker()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("main"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
        static_cast<QWidget *>(view.findChild<QToolButton *>(QStringLiteral("swapButton"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.comparePicker()));
    QTest::keyClick(&view, Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.comparePicker()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("review~1"));
    QCOMPARE(view.compareRef(), QStringLiteral("review~1"));
    QSignalSpy loaded(view.model(), &DiffTreeModel::loaded);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view.baseRef(), QStringLiteral("main"));
    QCOMPARE(view.model()->totals().total(), 1498);

    // Back to the field, make it "review", Enter again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view.compareRef(), QStringLiteral("review"));
    QCOMPARE(view.model()->totals().total(), 1500);

    // Tab: two-dot, then the tree.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.findChild<QCheckBox *>()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.view()));

    // Arrows to docs/, Right opens it, Down reaches plan.txt and shows it.
    const QModelIndex docs = view.model()->indexOfPath(QStringLiteral("docs/"));
    QVERIFY(docs.isValid());
    QTest::keyClick(view.view(), Qt::Key_Home);
    for (int i = 0; i < 10 && view.view()->currentIndex().siblingAtColumn(0) != docs; ++i)
        QTest::keyClick(view.view(), Qt::Key_Down);
    QCOMPARE(view.view()->currentIndex().siblingAtColumn(0), docs);
    QTest::keyClick(view.view(), Qt::Key_Return);
    QVERIFY(view.view()->isExpanded(docs));
    QSignalSpy paneLoaded(view.contentPane(), &ObjectComparePane::loaded);
    QTest::keyClick(view.view(), Qt::Key_Down);
    QCOMPARE(view.model()->path(view.view()->currentIndex()), QStringLiteral("docs/plan.txt"));
    QVERIFY(paneLoaded.wait(20000));
    QCOMPARE(view.contentPane()->addedLines(), 2);
    QSignalSpy activated(&view, &CompareView::objectActivated);
    QTest::keyClick(view.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(urlText(activated.first().first()), QStringLiteral("lakefs://review/review/docs/plan.txt"));

    // Tab reaches the content pane; F5 and Ctrl+M work from anywhere inside.
    QTest::keyClick(view.view(), Qt::Key_Tab);
    QVERIFY(view.contentPane()->isAncestorOf(QApplication::focusWidget())
        || QApplication::focusWidget() == view.contentPane());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view.model()->totals().total(), 1500);
    QSignalSpy requested(&view, &CompareView::mergeRequested);
    view.view()->setFocus();
    QTest::keyClick(view.view(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(requested.count(), 1);
}

void TestCompareView::screenshot()
{
    auto view = openView(QStringLiteral("main"), QStringLiteral("review"));
    QVERIFY(view);
    view->resize(1200, 500);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    const QModelIndex docs = view->model()->indexOfPath(QStringLiteral("docs/"));
    view->view()->expand(docs);
    QSignalSpy paneLoaded(view->contentPane(), &ObjectComparePane::loaded);
    view->view()->setCurrentIndex(view->model()->indexOfPath(QStringLiteral("docs/plan.txt")));
    QVERIFY(paneLoaded.wait(20000));
    QCOMPARE(view->contentPane()->mode(), ObjectComparePane::Mode::Text);
    QVERIFY(testing::saveSnapshot(view.get(), QStringLiteral("compareview")));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
