// SPDX-License-Identifier: Apache-2.0
#include "core/common/bytestream.h"
#include "core/lakefs/client/lakeconnection.h"
#include "lakepeeraccess.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/changespanel.h"
#include "ui/versioning/commitdialog.h"
#include "ui/versioning/difftreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <map>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

// A LocalLake in a temporary folder, reached as the GUI reaches lakes.
class LakeFixture
{
public:
    LakeFixture()
    {
        StoreOptions options;
        (void)options.set("lakefs_endpoint", "file://" + m_dir.path().toStdString() + "/lake");
        m_access.lake = [options](const StoreUrl &) { return lakefs::connectLake(options); };
        auto lake = lakefs::connectLake(options);
        if (lake)
            m_lake = *lake;
    }

    lakefs::VersionedRepository &lake() { return *m_lake; }
    const StoreAccess &access() const { return m_access; }

    bool createRepo(const std::string &name)
    {
        lakefs::RepositoryCreation creation;
        creation.name = name;
        creation.storageNamespace = "local://" + name;
        return static_cast<bool>(m_lake->createRepository(creation));
    }
    bool put(const std::string &repo, const std::string &path, const std::string &body)
    {
        lakefs::UploadRequest request;
        request.path = path;
        StringSource source(body);
        return static_cast<bool>(m_lake->uploadObject(repo, "main", request, source));
    }
    bool commit(const std::string &repo, const std::string &message)
    {
        lakefs::CommitCreation creation;
        creation.message = message;
        return static_cast<bool>(m_lake->commit(repo, "main", creation));
    }
    std::vector<std::string> changedPaths(const std::string &repo)
    {
        std::vector<std::string> paths;
        lakefs::DiffRequest request;
        request.amount = 1000;
        for (;;) {
            auto page = m_lake->diffBranch(repo, "main", request);
            if (!page)
                return {"<error>"};
            for (const auto &entry : page->results)
                paths.push_back(entry.path);
            if (!page->hasMore)
                return paths;
            request.after = page->nextOffset;
        }
    }
    static StoreUrl url(const std::string &repo)
    {
        return *StoreUrl::parse("lakefs://" + repo + "/main/");
    }

private:
    QTemporaryDir m_dir;
    StoreAccess m_access;
    lakefs::VersionedRepositoryPtr m_lake;
};

// What the seeding of "big" leaves uncommitted, by folder.
struct Expected
{
    std::map<std::string, DiffTreeModel::Counts> folders;
    void add(const std::string &path, DiffTreeModel::Kind kind)
    {
        for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
            folders[path.substr(0, slash + 1)].add(kind);
        }
    }
};

QMessageBox *openConfirmation(ChangesPanel &panel)
{
    return panel.confirmation() && panel.confirmation()->isVisible() ? panel.confirmation() : nullptr;
}

void clickDiscard(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
}

} // namespace

class TestChangesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fifteenHundredChangesByFolder();
    void discardOnePathAndOneFolder();
    void discardTheWholeBranch();
    void keyboardOnlyCommit();
    void missingBranchIsShownInWords();
    void protectedBranchSaysSoAndRefusesWrites();
    void pagesAndDiscardOverServeLakefs();

private:
    LakeFixture m_fixture;
    Expected m_expected;
};

void TestChangesPanel::initTestCase()
{
    QVERIFY(m_fixture.createRepo("big"));
    const std::vector<std::string> folders{"raw/a/", "raw/b/", "curated/", "reports/"};
    std::vector<std::string> base;
    for (const std::string &folder : folders) {
        for (int i = 0; i < 250; ++i)
            base.push_back(folder + "obj-" + std::to_string(1000 + i));
    }
    for (const std::string &path : base)
        QVERIFY(m_fixture.put("big", path, "v1 " + path));
    QVERIFY(m_fixture.commit("big", "base"));
    std::vector<std::string> removed;
    for (std::size_t i = 0; i < base.size(); ++i) {
        if (i % 4 == 0) {
            removed.push_back(base[i]);
            m_expected.add(base[i], DiffTreeModel::Removed);
        } else if (i % 4 == 1) {
            QVERIFY(m_fixture.put("big", base[i], "v2 " + base[i]));
            m_expected.add(base[i], DiffTreeModel::Changed);
        }
    }
    auto failures = m_fixture.lake().deleteObjects("big", "main", removed);
    QVERIFY(failures && failures->empty());
    for (const char *folder : {"raw/a/", "curated/", "reports/", "extra/deep/"}) {
        for (int i = 0; i < 250; ++i) {
            const std::string path = std::string(folder) + "new-" + std::to_string(i);
            QVERIFY(m_fixture.put("big", path, "new"));
            m_expected.add(path, DiffTreeModel::Added);
        }
    }
    QCOMPARE(m_fixture.changedPaths("big").size(), std::size_t(1500));
}

void TestChangesPanel::fifteenHundredChangesByFolder()
{
    AsyncRunner runner;
    ChangesPanel panel(m_fixture.access(), &runner);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setPageSize(100);
    QSignalSpy loaded(panel.model(), &DiffTreeModel::loaded);
    panel.setBranch(LakeFixture::url("big"));
    QVERIFY(panel.statusText().contains(QStringLiteral("loading more")));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(panel.model()->totals().added, 1000);
    QCOMPARE(panel.model()->totals().removed, 250);
    QCOMPARE(panel.model()->totals().changed, 250);
    QCOMPARE(panel.statusText(), QStringLiteral("1,500 changes"));
    QVERIFY(!panel.isEmptyStateShown());
    for (const auto &[folder, counts] : m_expected.folders) {
        const QModelIndex index = panel.model()->indexOfPath(QString::fromStdString(folder));
        QVERIFY2(index.isValid(), folder.c_str());
        const DiffTreeModel::Counts shown = panel.model()->counts(index);
        QVERIFY2(shown.added == counts.added && shown.removed == counts.removed && shown.changed == counts.changed,
                 folder.c_str());
        const QString name = QString::fromStdString(folder).section(QLatin1Char('/'), -2);
        QCOMPARE(index.data().toString(), name + QStringLiteral("  ") + DiffTreeModel::countsText(counts));
    }
    QCOMPARE(panel.model()->rowCount(panel.model()->indexOfPath(QStringLiteral("raw/a/"))),
             int(m_expected.folders["raw/a/"].total()));

    // Filters hide kinds without asking the lake again.
    QAction *added = panel.findChild<QAction *>(QStringLiteral("showAdded"));
    QAction *changed = panel.findChild<QAction *>(QStringLiteral("showChanged"));
    QVERIFY(added && changed);
    added->setChecked(false);
    changed->setChecked(false);
    QVERIFY(!panel.model()->isLoading());
    QVERIFY(!panel.model()->indexOfPath(QStringLiteral("extra/")).isValid());
    QCOMPARE(panel.model()->counts(panel.model()->indexOfPath(QStringLiteral("curated/"))).total(), 63);
    added->setChecked(true);
    QCOMPARE(panel.model()->counts(panel.model()->indexOfPath(QStringLiteral("extra/"))).added, 250);
}

void TestChangesPanel::discardOnePathAndOneFolder()
{
    QVERIFY(m_fixture.createRepo("small"));
    for (const char *path : {"keep/a.csv", "keep/b.csv", "drop/x.csv", "drop/sub/y.csv", "one.txt"})
        QVERIFY(m_fixture.put("small", path, "v1"));
    QVERIFY(m_fixture.commit("small", "base"));
    for (const char *path : {"keep/a.csv", "drop/x.csv", "drop/sub/y.csv", "one.txt"})
        QVERIFY(m_fixture.put("small", path, "v2"));
    QVERIFY(m_fixture.put("small", "keep/new.csv", "new"));
    QVERIFY(m_fixture.put("small", "drop/new.csv", "new"));

    AsyncRunner runner;
    ChangesPanel panel(m_fixture.access(), &runner);
    panel.show();
    QSignalSpy loaded(panel.model(), &DiffTreeModel::loaded);
    panel.setBranch(LakeFixture::url("small"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(panel.model()->totals().total(), 6);

    // One object, with Del on the selection.
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->indexOfPath(QStringLiteral("one.txt")));
    QVERIFY(panel.discardSelectionAction()->isEnabled());
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QTRY_VERIFY(openConfirmation(panel));
    QVERIFY(openConfirmation(panel)->text().contains(QStringLiteral("one.txt")));
    QSignalSpy discarded(&panel, &ChangesPanel::discarded);
    clickDiscard(openConfirmation(panel));
    QVERIFY(discarded.wait(10000));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_fixture.changedPaths("small"),
             (std::vector<std::string>{"drop/new.csv", "drop/sub/y.csv", "drop/x.csv", "keep/a.csv", "keep/new.csv"}));

    // A folder, everything below it.
    const QModelIndex drop = panel.model()->indexOfPath(QStringLiteral("drop/"));
    QVERIFY(drop.isValid());
    panel.view()->selectionModel()->select(drop, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    panel.discardSelection();
    QTRY_VERIFY(openConfirmation(panel));
    QVERIFY2(openConfirmation(panel)->text().contains(QStringLiteral("drop/ (+1 ~2)")),
             qPrintable(openConfirmation(panel)->text()));
    clickDiscard(openConfirmation(panel));
    QVERIFY(discarded.wait(10000));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_fixture.changedPaths("small"), (std::vector<std::string>{"keep/a.csv", "keep/new.csv"}));
    QCOMPARE(panel.model()->totals().total(), 2);
    QVERIFY(panel.statusText().contains(QStringLiteral("Discarded")));
}

void TestChangesPanel::discardTheWholeBranch()
{
    QVERIFY(m_fixture.createRepo("whole"));
    QVERIFY(m_fixture.put("whole", "a.txt", "v1"));
    QVERIFY(m_fixture.commit("whole", "base"));
    QVERIFY(m_fixture.put("whole", "a.txt", "v2"));
    QVERIFY(m_fixture.put("whole", "b/c.txt", "new"));

    AsyncRunner runner;
    ChangesPanel panel(m_fixture.access(), &runner);
    QSignalSpy loaded(panel.model(), &DiffTreeModel::loaded);
    panel.setBranch(LakeFixture::url("whole"));
    QVERIFY(loaded.wait(10000));
    panel.discardAllAction()->trigger();
    QTRY_VERIFY(openConfirmation(panel));
    QVERIFY2(openConfirmation(panel)->text().contains(QStringLiteral("all 2 uncommitted changes on branch main")),
             qPrintable(openConfirmation(panel)->text()));
    // Cancel keeps everything.
    openConfirmation(panel)->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_fixture.changedPaths("whole").size(), std::size_t(2));

    panel.discardAllAction()->trigger();
    QTRY_VERIFY(openConfirmation(panel));
    clickDiscard(openConfirmation(panel));
    QTRY_VERIFY_WITH_TIMEOUT(panel.isEmptyStateShown(), 10000);
    QVERIFY(m_fixture.changedPaths("whole").empty());
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("emptyState"))->text(),
             QStringLiteral("No uncommitted changes on main"));
    QVERIFY(!panel.commitAction()->isEnabled());
}

void TestChangesPanel::protectedBranchSaysSoAndRefusesWrites()
{
    QVERIFY(m_fixture.createRepo("guarded"));
    QVERIFY(m_fixture.put("guarded", "a.txt", "v1"));
    QVERIFY(m_fixture.commit("guarded", "base"));
    // Staged before the rule came: lakeFS keeps the change but refuses to
    // commit or discard it.
    QVERIFY(m_fixture.put("guarded", "a.txt", "v2"));
    QVERIFY(m_fixture.lake().setBranchProtection("guarded", {{"ma*"}}));

    AsyncRunner runner;
    ChangesPanel panel(m_fixture.access(), &runner);
    QSignalSpy loaded(panel.model(), &DiffTreeModel::loaded);
    panel.setBranch(LakeFixture::url("guarded"));
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(panel.protectionText().contains(QStringLiteral("“ma*”")));
    QVERIFY(panel.protectionText().contains(QStringLiteral("commits")));
    QCOMPARE(panel.model()->totals().total(), 1);
    QVERIFY(!panel.commitAction()->isEnabled());
    QVERIFY(!panel.discardAllAction()->isEnabled());

    QVERIFY(m_fixture.lake().setBranchProtection("guarded", {}));
    panel.setBranch(LakeFixture::url("guarded"));
    QVERIFY(loaded.wait(10000));
    QVERIFY(panel.protectionText().isEmpty());
    QTRY_VERIFY(panel.commitAction()->isEnabled());
    QVERIFY(panel.discardAllAction()->isEnabled());
}

void TestChangesPanel::keyboardOnlyCommit()
{
    QVERIFY(m_fixture.createRepo("keys"));
    QVERIFY(m_fixture.put("keys", "a.txt", "v1"));
    QVERIFY(m_fixture.commit("keys", "base"));
    QVERIFY(m_fixture.put("keys", "dir/b.txt", "new"));
    QVERIFY(m_fixture.put("keys", "dir/c.txt", "new"));

    AsyncRunner runner;
    ChangesPanel panel(m_fixture.access(), &runner);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy loaded(panel.model(), &DiffTreeModel::loaded);
    panel.setBranch(LakeFixture::url("keys"));
    QVERIFY(loaded.wait(10000));
    panel.activateWindow();
    panel.view()->setFocus();

    // Arrows and Enter: the folder opens and closes.
    QTest::keyClick(panel.view(), Qt::Key_Down);
    const QModelIndex dir = panel.model()->indexOfPath(QStringLiteral("dir/"));
    QCOMPARE(panel.view()->currentIndex().siblingAtColumn(0), dir);
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QVERIFY(panel.view()->isExpanded(dir));
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QVERIFY(!panel.view()->isExpanded(dir));
    QTest::keyClick(panel.view(), Qt::Key_Right);
    QVERIFY(panel.view()->isExpanded(dir));
    QTest::keyClick(panel.view(), Qt::Key_Down);
    QSignalSpy activated(&panel, &ChangesPanel::objectActivated);
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(QString::fromStdString(activated.first().first().value<StoreUrl>().toString()),
             QStringLiteral("lakefs://keys/main/dir/b.txt"));

    QSignalSpy committed(&panel, &ChangesPanel::committed);
    QTest::keyClick(panel.view(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(panel.commitDialog() && panel.commitDialog()->isVisible());
    CommitDialog *dialog = panel.commitDialog();
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("summary"))->property("text").toString().contains(
        QStringLiteral("2 added")));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->findChild<QLineEdit *>()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Add b and c"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(committed.wait(10000));
    const QString id = committed.first().first().toString();
    QCOMPARE(id.size(), 64);
    QVERIFY(dialog->statusText().contains(id.left(12)));
    auto head = m_fixture.lake().getCommit("keys", "main");
    QVERIFY(head);
    QCOMPARE(QString::fromStdString(head->id), id);
    QCOMPARE(head->message, std::string("Add b and c"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.isEmptyStateShown(), 10000);
    // Enter again closes the dialog.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestChangesPanel::missingBranchIsShownInWords()
{
    AsyncRunner runner;
    ChangesPanel panel(m_fixture.access(), &runner);
    QSignalSpy failed(panel.model(), &DiffTreeModel::failed);
    panel.setBranch(*StoreUrl::parse("lakefs://big/no-such-branch/"));
    QVERIFY(failed.wait(10000));
    QVERIFY2(panel.statusText().startsWith(QStringLiteral("Could not load the changes")), qPrintable(panel.statusText()));
    QVERIFY2(panel.statusText().contains(QStringLiteral("not found"), Qt::CaseInsensitive),
             qPrintable(panel.statusText()));
    QVERIFY(!panel.isEmptyStateShown());
    QVERIFY(!panel.commitAction()->isEnabled());
}

// The same over HTTP: diffBranch paging and a prefix reset through
// LakeFsClient against `lakescope-cli serve lakefs`.
void TestChangesPanel::pagesAndDiscardOverServeLakefs()
{
    QString error;
    auto peer = lakescope::testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
    QVERIFY2(peer, qPrintable(error));
    const StoreOptions options = testing::lakePeerOptions(*peer);
    const StoreAccess access = testing::lakeAccess(options);
    auto lake = lakefs::connectLake(options);
    QVERIFY(lake);
    lakefs::RepositoryCreation creation;
    creation.name = "remote";
    creation.storageNamespace = "local://remote";
    QVERIFY((*lake)->createRepository(creation));
    for (int i = 0; i < 25; ++i) {
        lakefs::UploadRequest request;
        request.path = (i < 10 ? "in/" : i < 20 ? "out/" : "") + std::to_string(100 + i);
        StringSource source("x");
        QVERIFY((*lake)->uploadObject("remote", "main", request, source));
    }

    AsyncRunner runner;
    ChangesPanel panel(access, &runner);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setPageSize(10);
    QSignalSpy loaded(panel.model(), &DiffTreeModel::loaded);
    panel.setBranch(LakeFixture::url("remote"));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(panel.model()->totals().added, 25);
    QCOMPARE(panel.model()->counts(panel.model()->indexOfPath(QStringLiteral("in/"))).added, 10);
    QCOMPARE(panel.model()->rowCount(), 2 + 5);

    panel.view()->selectionModel()->select(panel.model()->indexOfPath(QStringLiteral("out/")),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    panel.discardSelection();
    QTRY_VERIFY(openConfirmation(panel));
    QSignalSpy discarded(&panel, &ChangesPanel::discarded);
    clickDiscard(openConfirmation(panel));
    QVERIFY(discarded.wait(20000));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(panel.model()->totals().added, 15);
    QVERIFY(!panel.model()->indexOfPath(QStringLiteral("out/")).isValid());
    QVERIFY(panel.model()->indexOfPath(QStringLiteral("in/")).isValid());
}

QTEST_MAIN(TestChangesPanel)
#include "tst_changespanel.moc"
