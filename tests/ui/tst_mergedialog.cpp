// SPDX-License-Identifier: Apache-2.0
#include "core/common/bytestream.h"
#include "core/lakefs/client/lakeconnection.h"
#include "core/store/storeregistry.h"
#include "lakepeeraccess.h"
#include "snapshot.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/mergedialog.h"
#include "ui/versioning/metadataeditor.h"
#include "ui/versioning/objectcomparepane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace lakescope;
using namespace lakescope::ui;

// The merge review against `lakescope-cli serve lakefs`: main and experiment
// both changed conflict/a.csv and conflict/b.csv since they parted;
// experiment also changed data/changed.csv, removed data/removed.csv and
// added data/new/one.csv and data/new/two.csv.
class TestMergeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewCountsChangesAndConflicts();
    void stopOnConflictIsRefused();
    void destWinsKeepsDestination();
    void sourceWinsTakesSource();
    void dirtyDestinationIsExplained();
    void readOnlyRepositoryIsExplained();
    void nothingToMergeIsExplained();
    void tagDestinationIsExplained();
    void keyboardOnlyMerge();
    void screenshotWithConflictSelected();

private:
    bool put(const std::string &repo, const std::string &branch, const std::string &path, const std::string &content,
        bool force = false);
    bool commit(const std::string &repo, const std::string &branch, const std::string &message, bool force = false);
    void makeConflictingRepo(const std::string &repo);
    void createRepo(const std::string &repo, bool readOnly = false);
    std::string read(const std::string &repo, const std::string &ref, const std::string &path);
    std::string head(const std::string &repo, const std::string &branch);
    std::unique_ptr<MergeDialog> dialogFor(
        const std::string &repo, const std::string &source = "experiment", const std::string &destination = "main");
    static StoreUrl url(const std::string &repo, const std::string &ref)
    {
        return *StoreUrl::parse("lakefs://" + repo + "/" + ref + "/");
    }

    std::unique_ptr<lakescope::testing::LakeFsPeer> m_peer;
    StoreAccess m_access;
    lakefs::VersionedRepositoryPtr m_lake;
    AsyncRunner m_runner;
};

void TestMergeDialog::initTestCase()
{
    QString error;
    m_peer = lakescope::testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
    QVERIFY2(m_peer, qPrintable(error));
    const StoreOptions options = testing::lakePeerOptions(*m_peer);
    // The lake for the review and the merge, the lakefs:// store for reading both versions of an object.
    m_access = testing::lakeAccess(options);
    auto lake = lakefs::connectLake(options);
    QVERIFY(lake);
    m_lake = *lake;
}

bool TestMergeDialog::put(
    const std::string &repo, const std::string &branch, const std::string &path, const std::string &content, bool force)
{
    lakefs::UploadRequest request;
    request.path = path;
    request.force = force;
    StringSource source(content);
    return static_cast<bool>(m_lake->uploadObject(repo, branch, request, source));
}

bool TestMergeDialog::commit(const std::string &repo, const std::string &branch, const std::string &message, bool force)
{
    lakefs::CommitCreation creation;
    creation.message = message;
    creation.force = force;
    return static_cast<bool>(m_lake->commit(repo, branch, creation));
}

void TestMergeDialog::createRepo(const std::string &repo, bool readOnly)
{
    lakefs::RepositoryCreation creation;
    creation.name = repo;
    creation.storageNamespace = "local://" + repo;
    creation.readOnly = readOnly;
    QVERIFY(m_lake->createRepository(creation));
}

void TestMergeDialog::makeConflictingRepo(const std::string &repo)
{
    createRepo(repo);
    for (const char *path : { "conflict/a.csv", "conflict/b.csv", "data/changed.csv", "data/removed.csv" })
        QVERIFY(put(repo, "main", path, std::string("base ") + path));
    QVERIFY(commit(repo, "main", "base"));
    QVERIFY(m_lake->createBranch(repo, "experiment", "main"));

    QVERIFY(put(repo, "experiment", "conflict/a.csv", "experiment a"));
    QVERIFY(put(repo, "experiment", "conflict/b.csv", "experiment b"));
    QVERIFY(put(repo, "experiment", "data/changed.csv", "experiment changed"));
    QVERIFY(put(repo, "experiment", "data/new/one.csv", "one"));
    QVERIFY(put(repo, "experiment", "data/new/two.csv", "two"));
    QVERIFY(m_lake->deleteObject(repo, "experiment", "data/removed.csv"));
    QVERIFY(commit(repo, "experiment", "experiment's work"));

    QVERIFY(put(repo, "main", "conflict/a.csv", "main a"));
    QVERIFY(put(repo, "main", "conflict/b.csv", "main b"));
    QVERIFY(put(repo, "main", "main-only.txt", "main only"));
    QVERIFY(commit(repo, "main", "main's work"));
}

std::string TestMergeDialog::read(const std::string &repo, const std::string &ref, const std::string &path)
{
    StringSink sink;
    auto stats = m_lake->getObject(repo, ref, path, sink);
    return stats ? sink.take() : std::string("<missing>");
}

std::string TestMergeDialog::head(const std::string &repo, const std::string &branch)
{
    auto ref = m_lake->getBranch(repo, branch);
    return ref ? ref->commitId : std::string();
}

std::unique_ptr<MergeDialog> TestMergeDialog::dialogFor(
    const std::string &repo, const std::string &source, const std::string &destination)
{
    return std::make_unique<MergeDialog>(m_access, &m_runner, url(repo, source), url(repo, destination));
}

void TestMergeDialog::reviewCountsChangesAndConflicts()
{
    makeConflictingRepo("review");
    auto dialog = dialogFor("review");
    QAbstractItemModelTester tester(dialog->changesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!dialog->mergeButton()->isEnabled()); // until the checks answered
    QVERIFY(dialog->blockingReason().startsWith(QStringLiteral("Checking")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->changesModel()->isComplete(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreflightDone(), 20000);

    const DiffTreeModel::Counts totals = dialog->changesModel()->totals();
    QCOMPARE(totals.added, 2);
    QCOMPARE(totals.removed, 1);
    QCOMPARE(totals.changed, 1);
    QCOMPARE(totals.conflicts, 2);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text(),
        QStringLiteral("Changes that will land: +2 −1 ~1, 2 conflicts"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("header"))->text().contains(QStringLiteral("review")));

    QVERIFY2(dialog->blockingReason().isEmpty(), qPrintable(dialog->blockingReason()));
    QVERIFY(dialog->mergeButton()->isEnabled());
    QCOMPARE(dialog->strategy(), lakefs::MergeStrategy::Default);
    QVERIFY2(dialog->conflictWarning().contains(QStringLiteral("the merge will fail")),
        qPrintable(dialog->conflictWarning()));
    dialog->setStrategy(lakefs::MergeStrategy::DestWins);
    QVERIFY(dialog->conflictWarning().contains(QStringLiteral("keep main's version")));
    QCOMPARE(dialog->message(), QStringLiteral("Merge 'experiment' into 'main'"));

    const QModelIndex conflict = dialog->changesModel()->indexOfPath(QStringLiteral("conflict/a.csv"));
    QVERIFY(conflict.isValid());
    QCOMPARE(dialog->changesModel()->data(conflict, DiffTreeModel::KindRole).toInt(), int(DiffTreeModel::Conflict));

    dialog->setConflictsOnly(true);
    QVERIFY(!dialog->changesModel()->indexOfPath(QStringLiteral("data/changed.csv")).isValid());
    QVERIFY(dialog->changesModel()->indexOfPath(QStringLiteral("conflict/b.csv")).isValid());
    dialog->setConflictsOnly(false);
    QVERIFY(dialog->changesModel()->indexOfPath(QStringLiteral("data/new/one.csv")).isValid());

    // Both versions of a conflicting object, side by side.
    QSignalSpy compared(dialog->comparePane(), &ObjectComparePane::loaded);
    dialog->changesView()->setCurrentIndex(dialog->changesModel()->indexOfPath(QStringLiteral("conflict/a.csv")));
    QVERIFY(compared.wait(20000));
    QVERIFY(dialog->comparePane()->mode() != ObjectComparePane::Mode::Error);
    QVERIFY2(dialog->comparePane()->addedLines() + dialog->comparePane()->removedLines() > 0
            || dialog->comparePane()->mode() == ObjectComparePane::Mode::Summary,
        qPrintable(dialog->comparePane()->statusText()));
}

void TestMergeDialog::stopOnConflictIsRefused()
{
    makeConflictingRepo("refused");
    const std::string before = head("refused", "main");
    auto dialog = dialogFor("refused");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->mergeButton()->isEnabled(), 20000);
    QSignalSpy merged(dialog.get(), &MergeDialog::merged);
    dialog->mergeButton()->click();
    QVERIFY(dialog->isMerging());
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Merging experiment into main")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isMerging(), 20000);
    QCOMPARE(merged.count(), 0);
    QVERIFY(!dialog->isResultShown());
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral(
                 "The merge stopped: 2 paths changed on both sides: conflict/a.csv, conflict/b.csv. Nothing was "
                 "changed.")),
        qPrintable(dialog->statusText()));
    QCOMPARE(dialog->refusedConflicts(), QStringList({ "conflict/a.csv", "conflict/b.csv" }));
    // The conflicts are what the tree shows now, the first one selected.
    QVERIFY(!dialog->changesModel()->indexOfPath(QStringLiteral("data/changed.csv")).isValid());
    QCOMPARE(dialog->changesModel()->path(dialog->changesView()->currentIndex()), QStringLiteral("conflict/a.csv"));
    QCOMPARE(head("refused", "main"), before);
    QCOMPARE(read("refused", "main", "conflict/a.csv"), std::string("main a"));
    QVERIFY(dialog->mergeButton()->isEnabled()); // choose a strategy and try again
}

void TestMergeDialog::destWinsKeepsDestination()
{
    makeConflictingRepo("destwins");
    auto dialog = dialogFor("destwins");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->mergeButton()->isEnabled() && dialog->changesModel()->isComplete(), 20000);
    dialog->setStrategy(lakefs::MergeStrategy::DestWins);
    dialog->setMessage(QStringLiteral("Bring experiment in"));
    dialog->metadataEditor()->addRow(QStringLiteral("ticket"), QStringLiteral("DATA-9"));
    QSignalSpy merged(dialog.get(), &MergeDialog::merged);
    dialog->mergeButton()->click();
    QVERIFY(merged.wait(20000));
    const QString id = dialog->mergeCommitId();
    QCOMPARE(id.size(), 64);
    QCOMPARE(merged.first().first().toString(), id);
    QVERIFY(dialog->isResultShown());
    // Counted from the merge commit itself: the conflicts kept main's version.
    QTRY_COMPARE(dialog->resultSummary(),
        QStringLiteral("2 added, 1 removed, 1 changed. 2 conflicts resolved by keeping "
                       "main's version (dest-wins)."));
    QSignalSpy history(dialog.get(), &MergeDialog::historyRequested);
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Show &History"))
            button->click();
    }
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().first().value<StoreUrl>().ref, std::string("main"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))->text().contains(id.left(12)));
    QLineEdit *full = nullptr;
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Merge commit id"))
            full = edit;
    }
    QVERIFY(full && full->isReadOnly());
    QCOMPARE(full->text(), id);
    QVERIFY(testing::saveSnapshot(dialog.get(), QStringLiteral("mergedialog-result")));

    QCOMPARE(head("destwins", "main"), id.toStdString());
    QCOMPARE(read("destwins", "main", "conflict/a.csv"), std::string("main a"));
    QCOMPARE(read("destwins", "main", "conflict/b.csv"), std::string("main b"));
    QCOMPARE(read("destwins", "main", "data/changed.csv"), std::string("experiment changed"));
    QCOMPARE(read("destwins", "main", "data/new/two.csv"), std::string("two"));
    QCOMPARE(read("destwins", "main", "data/removed.csv"), std::string("<missing>"));
    QCOMPARE(read("destwins", "main", "main-only.txt"), std::string("main only"));
    auto made = m_lake->getCommit("destwins", id.toStdString());
    QVERIFY(made);
    QCOMPARE(made->message, std::string("Bring experiment in"));
    QCOMPARE(made->parents.size(), std::size_t(2));
    QCOMPARE(made->metadata.at(".lakefs.merge.strategy"), std::string("dest-wins"));
    QCOMPARE(made->metadata.at("ticket"), std::string("DATA-9"));
}

void TestMergeDialog::sourceWinsTakesSource()
{
    makeConflictingRepo("sourcewins");
    auto dialog = dialogFor("sourcewins");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->mergeButton()->isEnabled() && dialog->changesModel()->isComplete(), 20000);
    dialog->setStrategy(lakefs::MergeStrategy::SourceWins);
    QVERIFY(dialog->conflictWarning().contains(QStringLiteral("take experiment's version")));
    QSignalSpy merged(dialog.get(), &MergeDialog::merged);
    dialog->mergeButton()->click();
    QVERIFY(merged.wait(20000));
    // The conflicting paths took experiment's version, so they count as changed.
    QTRY_COMPARE(dialog->resultSummary(),
        QStringLiteral("2 added, 1 removed, 3 changed. 2 conflicts resolved by taking "
                       "experiment's version (source-wins)."));
    QCOMPARE(read("sourcewins", "main", "conflict/a.csv"), std::string("experiment a"));
    QCOMPARE(read("sourcewins", "main", "data/new/one.csv"), std::string("one"));
    auto made = m_lake->getCommit("sourcewins", dialog->mergeCommitId().toStdString());
    QVERIFY(made);
    QCOMPARE(made->metadata.at(".lakefs.merge.strategy"), std::string("source-wins"));
    QCOMPARE(made->message, std::string("Merge 'experiment' into 'main'"));
}

void TestMergeDialog::dirtyDestinationIsExplained()
{
    makeConflictingRepo("dirty");
    QVERIFY(put("dirty", "main", "scratch.txt", "not committed"));
    auto dialog = dialogFor("dirty");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreflightDone(), 20000);
    QCOMPARE(dialog->blockingReason(),
        QStringLiteral("main has uncommitted changes. Commit or discard them before merging."));
    QVERIFY(!dialog->mergeButton()->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("preflight"))->text(), dialog->blockingReason());
    // Ctrl+Enter does nothing either.
    dialog->accept();
    QVERIFY(!dialog->isMerging());
}

void TestMergeDialog::readOnlyRepositoryIsExplained()
{
    createRepo("frozen", true);
    QVERIFY(put("frozen", "main", "a.csv", "base", true));
    QVERIFY(commit("frozen", "main", "base", true));
    QVERIFY(m_lake->createBranch("frozen", "experiment", "main", true));
    QVERIFY(put("frozen", "experiment", "a.csv", "changed", true));
    QVERIFY(commit("frozen", "experiment", "change", true));
    auto dialog = dialogFor("frozen");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreflightDone(), 20000);
    QCOMPARE(dialog->blockingReason(), QStringLiteral("Repository frozen is read-only; merges are refused."));
    QVERIFY(!dialog->mergeButton()->isEnabled());
}

void TestMergeDialog::nothingToMergeIsExplained()
{
    createRepo("same");
    QVERIFY(put("same", "main", "a.csv", "base"));
    QVERIFY(commit("same", "main", "base"));
    QVERIFY(m_lake->createBranch("same", "experiment", "main"));
    QVERIFY(put("same", "main", "b.csv", "only on main"));
    QVERIFY(commit("same", "main", "main moves on"));
    auto dialog = dialogFor("same");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreflightDone() && dialog->changesModel()->isComplete(), 20000);
    QCOMPARE(
        dialog->blockingReason(), QStringLiteral("Nothing to merge: main already has every change of experiment."));
    QVERIFY(!dialog->mergeButton()->isEnabled());
    QCOMPARE(dialog->changesModel()->totals().total(), 0);
}

void TestMergeDialog::tagDestinationIsExplained()
{
    makeConflictingRepo("tagged");
    QVERIFY(m_lake->createTag("tagged", "v1", "main"));
    auto dialog = dialogFor("tagged", "experiment", "v1");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreflightDone(), 20000);
    QVERIFY2(dialog->blockingReason().startsWith(QStringLiteral("v1 is not a branch")),
        qPrintable(dialog->blockingReason()));
    QVERIFY(!dialog->mergeButton()->isEnabled());
}

void TestMergeDialog::keyboardOnlyMerge()
{
    makeConflictingRepo("keys");
    auto dialog = dialogFor("keys");
    dialog->resize(1000, 760);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->mergeButton()->isEnabled() && dialog->changesModel()->isComplete(), 20000);
    QTreeView *tree = dialog->changesView();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tree));

    // Enter on a folder opens and closes it instead of merging.
    QTest::keyClick(tree, Qt::Key_Down);
    const QModelIndex folder = tree->currentIndex();
    QCOMPARE(dialog->changesModel()->path(folder), QStringLiteral("conflict/"));
    const bool expanded = tree->isExpanded(folder);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(tree->isExpanded(folder), !expanded);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(tree->isExpanded(folder), expanded);
    QVERIFY(!dialog->isMerging());

    // Tab reaches the strategy; arrows and mnemonics choose one.
    QRadioButton *radio = nullptr;
    for (int i = 0; i < 40 && !radio; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        radio = qobject_cast<QRadioButton *>(QApplication::focusWidget());
    }
    QVERIFY2(radio, "Tab never reached the strategy");
    QCOMPARE(radio->accessibleName(), QStringLiteral("Stop on conflict"));
    QTest::keyClick(radio, Qt::Key_Down);
    QCOMPARE(dialog->strategy(), lakefs::MergeStrategy::DestWins);
    // A mnemonic clicks its button animated, a moment later.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(dialog->strategy(), lakefs::MergeStrategy::SourceWins);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
    QTRY_COMPARE(dialog->strategy(), lakefs::MergeStrategy::DestWins);

    QSignalSpy merged(dialog.get(), &MergeDialog::merged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(merged.wait(20000));
    QVERIFY(dialog->isResultShown());
    QCOMPARE(read("keys", "main", "conflict/a.csv"), std::string("main a"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestMergeDialog::screenshotWithConflictSelected()
{
    makeConflictingRepo("picture");
    auto dialog = dialogFor("picture");
    dialog->resize(1280, 800);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreflightDone() && dialog->changesModel()->isComplete(), 20000);
    QSignalSpy compared(dialog->comparePane(), &ObjectComparePane::loaded);
    dialog->changesView()->setCurrentIndex(dialog->changesModel()->indexOfPath(QStringLiteral("conflict/a.csv")));
    QVERIFY(compared.wait(20000));
    dialog->metadataEditor()->addRow(QStringLiteral("ticket"), QStringLiteral("DATA-9"));
    QCOMPARE(dialog->comparePane()->mode(), ObjectComparePane::Mode::Text);
    QVERIFY(testing::saveSnapshot(dialog.get(), QStringLiteral("mergedialog")));
}

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
