// SPDX-License-Identifier: Apache-2.0
// The history panel against `lakescope-cli serve lakefs` holding the demo
// lake: blame, revert, browsing and keyboard-only use.
#include "core/lakefs/demolake.h"
#include "lakepeeraccess.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/commitlogmodel.h"
#include "ui/versioning/historypanel.h"
#include "ui/versioning/referrors.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
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

bool put(lakefs::VersionedRepository &lake, const std::string &branch, const std::string &path,
         const std::string &body)
{
    StringSource source(body);
    lakefs::UploadRequest request;
    request.path = path;
    return static_cast<bool>(lake.uploadObject("demo", branch, request, source));
}

std::string commit(lakefs::VersionedRepository &lake, const std::string &branch, const std::string &message)
{
    lakefs::CommitCreation creation;
    creation.message = message;
    auto made = lake.commit("demo", branch, creation);
    return made ? made->id : std::string();
}

// A fresh server per test, seeded with the demo lake over the API.
struct Fixture
{
    std::unique_ptr<testing::LakeFsPeer> peer;
    QString error;
    LakeResolver resolver;
    lakefs::VersionedRepositoryPtr lake;
    AsyncRunner runner;
    std::unique_ptr<HistoryPanel> panel;

    bool start()
    {
        peer = testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
        if (!peer)
            return false;
        resolver = testing::lakeAccess(testing::lakePeerOptions(*peer)).lake;
        auto opened = resolver(lakeUrl("main"));
        if (!opened) {
            error = QString::fromStdString(opened.error().toString());
            return false;
        }
        lake = *opened;
        if (Status seeded = lakefs::seedDemoLake(*lake); !seeded) {
            error = QString::fromStdString(seeded.error().toString());
            return false;
        }
        panel = std::make_unique<HistoryPanel>(&runner, resolver);
        return true;
    }

    bool show(const StoreUrl &url)
    {
        QSignalSpy loaded(panel->model(), &CommitLogModel::pageLoaded);
        panel->setRef(url);
        return loaded.wait(20000);
    }
};

} // namespace

class HistoryPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsDetailsAndBrowses();
    void blamesAPath();
    void revertsOnABranch();
    void revertsThroughTheBranchQuestion();
    void explainsRevertErrors();
    void showsProtection();
    void worksWithKeyboardOnly();
};

void HistoryPanelTest::showsDetailsAndBrowses()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.error));
    QVERIFY(fixture.show(lakeUrl("main")));
    const lakefs::Commit *head = fixture.panel->currentCommit();
    QVERIFY(head);
    QCOMPARE(fixture.panel->model()->commitAt(0)->id, head->id);
    auto *id = fixture.panel->findChild<QLineEdit *>();
    QVERIFY(id);
    QCOMPARE(id->text(), QString::fromStdString(head->id));
    QVERIFY(fixture.panel->blameText().isEmpty());

    QSignalSpy browse(fixture.panel.get(), &HistoryPanel::browseRequested);
    fixture.panel->browseAction()->trigger();
    QCOMPARE(browse.size(), 1);
    const auto url = browse.at(0).at(0).value<StoreUrl>();
    QCOMPARE(url.scheme, Scheme::LakeFs);
    QCOMPARE(url.bucket, std::string("demo"));
    QCOMPARE(url.ref, head->id);
    QVERIFY(url.path.empty());
}

void HistoryPanelTest::blamesAPath()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.error));
    QVERIFY(put(*fixture.lake, "main", "blame/target.txt", "one"));
    QVERIFY(!commit(*fixture.lake, "main", "first target").empty());
    QVERIFY(put(*fixture.lake, "main", "blame/target.txt", "two"));
    const std::string last = commit(*fixture.lake, "main", "second target\n\nwith a body");
    QVERIFY(put(*fixture.lake, "main", "blame/unrelated.txt", "x"));
    QVERIFY(!commit(*fixture.lake, "main", "unrelated change").empty());

    QSignalSpy blamed(fixture.panel.get(), &HistoryPanel::blameChanged);
    QVERIFY(fixture.show(lakeUrl("main", "blame/target.txt")));
    QVERIFY(blamed.size() > 0 || blamed.wait(20000));
    QVERIFY(fixture.panel->blameCommit());
    QCOMPARE(fixture.panel->blameCommit()->id, last);
    const QString text = fixture.panel->blameText();
    QVERIFY2(text.startsWith(QStringLiteral("Last changed in %1 by ").arg(QString::fromStdString(last.substr(0, 12)))),
             qPrintable(text));
    QVERIFY(text.endsWith(QStringLiteral(": second target")));
    QCOMPARE(fixture.panel->model()->rowCount(), 2);
}

void HistoryPanelTest::revertsOnABranch()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.error));
    QVERIFY(put(*fixture.lake, "main", "revert/me.txt", "mistake"));
    const std::string mistake = commit(*fixture.lake, "main", "add a mistake");
    QVERIFY(!mistake.empty());
    QVERIFY(fixture.show(lakeUrl("main")));
    QCOMPARE(fixture.panel->currentCommit()->id, mistake);

    QSignalSpy reverted(fixture.panel.get(), &HistoryPanel::reverted);
    QSignalSpy reloaded(fixture.panel->model(), &CommitLogModel::pageLoaded);
    fixture.panel->revertOnBranch(QString::fromStdString(mistake), QStringLiteral("main"));
    QVERIFY(reverted.wait(20000));
    QVERIFY(reloaded.wait(20000));
    auto stat = fixture.lake->statObject("demo", "main", "revert/me.txt");
    QVERIFY(!stat);
    QCOMPARE(stat.error().code, ErrorCode::NotFound);
    auto head = fixture.lake->getCommit("demo", "main");
    QVERIFY(head);
    QVERIFY(head->id != mistake);
    QCOMPARE(head->parents, std::vector<std::string>{mistake});
    QCOMPARE(fixture.panel->model()->commitAt(0)->id, head->id);
}

void HistoryPanelTest::revertsThroughTheBranchQuestion()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.error));
    // A merge commit on main, undone against its first parent on another branch.
    QVERIFY(fixture.lake->createBranch("demo", "side", "main"));
    QVERIFY(put(*fixture.lake, "side", "merged/in.txt", "from side"));
    QVERIFY(!commit(*fixture.lake, "side", "side work").empty());
    QVERIFY(put(*fixture.lake, "main", "main/own.txt", "main"));
    QVERIFY(!commit(*fixture.lake, "main", "main work").empty());
    auto merged = fixture.lake->merge("demo", "side", "main", {});
    QVERIFY(merged && !merged->conflicted());
    QVERIFY(fixture.lake->createBranch("demo", "undo", "main"));
    QVERIFY(fixture.show(lakeUrl("main")));
    QCOMPARE(fixture.panel->currentCommit()->id, merged->reference);
    QCOMPARE(fixture.panel->currentCommit()->parents.size(), std::size_t(2));

    QSignalSpy reverted(fixture.panel.get(), &HistoryPanel::reverted);
    fixture.panel->revertAction()->trigger();
    QInputDialog *question = nullptr;
    QTRY_VERIFY((question = fixture.panel->findChild<QInputDialog *>(QStringLiteral("revertBranchDialog"))) != nullptr);
    QVERIFY(question->comboBoxItems().contains(QStringLiteral("undo")));
    QCOMPARE(question->textValue(), QStringLiteral("main")); // the ref shown comes first
    question->setTextValue(QStringLiteral("undo"));
    question->accept();
    QVERIFY(reverted.wait(20000));
    QCOMPARE(reverted.at(0).at(0).toString(), QStringLiteral("undo"));
    QCOMPARE(fixture.lake->statObject("demo", "undo", "merged/in.txt").error().code, ErrorCode::NotFound);
    QVERIFY(fixture.lake->statObject("demo", "undo", "main/own.txt"));
    QVERIFY(fixture.lake->statObject("demo", "main", "merged/in.txt"));
}

void HistoryPanelTest::showsProtection()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.error));
    lakefs::BranchProtectionRule rule;
    rule.pattern = "ma*";
    QVERIFY(fixture.lake->setBranchProtection("demo", {rule}));
    QVERIFY(fixture.show(lakeUrl("main")));
    QTRY_VERIFY(fixture.panel->protectionText().contains(QStringLiteral("“ma*”")));
    QVERIFY(fixture.show(lakeUrl("experiment")));
    QTRY_VERIFY(fixture.panel->protectionText().isEmpty());
}

void HistoryPanelTest::explainsRevertErrors()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.error));
    QVERIFY(fixture.show(lakeUrl("experiment")));
    const QString head = QString::fromStdString(fixture.panel->currentCommit()->id);

    // The demo's experiment branch has uncommitted changes.
    QSignalSpy failed(fixture.panel.get(), &HistoryPanel::operationFailed);
    fixture.panel->revertOnBranch(head, QStringLiteral("experiment"));
    QVERIFY(failed.wait(20000));
    QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("uncommitted changes. Commit or reset them")), qPrintable(message));

    // Later changes to the same object make the revert conflict.
    QVERIFY(put(*fixture.lake, "main", "conflict/x.txt", "a"));
    const std::string first = commit(*fixture.lake, "main", "x is a");
    QVERIFY(put(*fixture.lake, "main", "conflict/x.txt", "b"));
    QVERIFY(!commit(*fixture.lake, "main", "x is b").empty());
    fixture.panel->revertOnBranch(QString::fromStdString(first), QStringLiteral("main"));
    QVERIFY(failed.wait(20000));
    message = failed.at(1).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("cannot be reverted on “main” automatically")), qPrintable(message));

    // lakeFS refuses commits on protected branches with 403 and its own words.
    message = RefErrors::revert(Error::permissionDenied("cannot commit to protected branch"), QStringLiteral("abc"),
                                QStringLiteral("main"));
    QVERIFY2(message.contains(QStringLiteral("Branch “main” is protected")), qPrintable(message));
}

void HistoryPanelTest::worksWithKeyboardOnly()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.error));
    fixture.panel->resize(800, 600);
    fixture.panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(fixture.panel.get()));
    QVERIFY(fixture.show(lakeUrl("main")));
    QVERIFY(fixture.panel->model()->rowCount() >= 3);
    QTableView *view = fixture.panel->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    // Arrows select, Enter browses the selected commit.
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 2);
    const std::string second = fixture.panel->model()->commitAt(2)->id;
    QSignalSpy browse(fixture.panel.get(), &HistoryPanel::browseRequested);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(browse.size(), 1);
    QCOMPARE(browse.at(0).at(0).value<StoreUrl>().ref, second);

    // Shift+F10 opens the menu; its first entry browses.
    QTest::keyClick(view, Qt::Key_Up);
    const std::string first = fixture.panel->model()->commitAt(1)->id;
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QCOMPARE(menu->actions().first(), fixture.panel->browseAction());
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE(browse.size(), 2);
    QCOMPARE(browse.at(1).at(0).value<StoreUrl>().ref, first);
    QTRY_VERIFY(!QApplication::activePopupWidget());

    // The Menu key opens it too; "Create Tag Here…" opens the dialog at the commit.
    QTest::keyClick(view, Qt::Key_Menu);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    for (int i = 0; i < 3; ++i) // browse, create branch, create tag (separators are skipped)
        QTest::keyClick(menu, Qt::Key_Down);
    QCOMPARE(menu->activeAction(), fixture.panel->createTagAction());
    QTest::keyClick(menu, Qt::Key_Return);
    CreateRefDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = fixture.panel->findChild<CreateRefDialog *>()) != nullptr);
    QCOMPARE(dialog->kind(), CreateRefDialog::Kind::Tag);
    QCOMPARE(dialog->source(), QString::fromStdString(first));
    QSignalSpy created(dialog, &CreateRefDialog::refCreated);
    QSignalSpy refsChanged(fixture.panel.get(), &HistoryPanel::refsChanged);
    dialog->setRefName(QStringLiteral("keyboard-tag"));
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(created.wait(20000));
    QCOMPARE(refsChanged.size(), 1);
    auto tag = fixture.lake->getTag("demo", "keyboard-tag");
    QVERIFY(tag);
    QCOMPARE(tag->commitId, first);
}

QTEST_MAIN(HistoryPanelTest)
#include "tst_historypanel.moc"
