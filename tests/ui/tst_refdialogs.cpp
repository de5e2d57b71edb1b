// SPDX-License-Identifier: Apache-2.0
// Creating and deleting branches and tags, and branch protection, over a
// local demo lake.
#include "teststore.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/branchprotection.h"
#include "ui/versioning/createrefdialog.h"
#include "ui/versioning/deleterefdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;

namespace {

StoreUrl repositoryUrl()
{
    StoreUrl url;
    url.scheme = Scheme::LakeFs;
    url.bucket = "demo";
    return url;
}

lakefs::BranchProtectionRule rule(const std::string &pattern)
{
    lakefs::BranchProtectionRule made;
    made.pattern = pattern;
    return made;
}

struct Fixture
{
    testing::TestAccess access;
    lakefs::VersionedRepositoryPtr lake;
    AsyncRunner runner;

    bool start()
    {
        if (!access.ok())
            return false;
        StoreUrl url = repositoryUrl();
        url.ref = "main";
        auto opened = access.access().lake(url);
        lake = opened ? *opened : nullptr;
        return lake != nullptr;
    }

    std::unique_ptr<DeleteRefDialog> checkDeletion(DeleteRefDialog::Kind kind, const QString &name)
    {
        auto dialog = std::make_unique<DeleteRefDialog>(&runner, access.access().lake, repositoryUrl(), kind, name);
        QSignalSpy checked(dialog.get(), &DeleteRefDialog::checked);
        if (!checked.wait(20000))
            return nullptr;
        return dialog;
    }
};

} // namespace

class RefDialogsTest : public QObject
{
    Q_OBJECT

private slots:
    void createsBranchAtCommit();
    void createsTagAndRefusesDuplicate();
    void refusesInvalidNames();
    void refusesDeletingDefaultBranch();
    void deletesBranchAndTag();
    void explainsProtection();
    void keyboardOnly();
};

void RefDialogsTest::createsBranchAtCommit()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.access.error()));
    auto older = fixture.lake->getCommit("demo", "main~1");
    QVERIFY(older);
    CreateRefDialog dialog(&fixture.runner, fixture.access.access().lake, repositoryUrl());
    dialog.setKind(CreateRefDialog::Kind::Branch);
    dialog.setRefName(QStringLiteral("from_old-commit"));
    dialog.setSource(QString::fromStdString(older->id));
    QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
    QSignalSpy created(&dialog, &CreateRefDialog::refCreated);
    dialog.submit();
    QVERIFY(dialog.isBusy());
    QVERIFY(created.wait(20000));
    QCOMPARE(created.at(0).at(2).toString(), QString::fromStdString(older->id));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto branch = fixture.lake->getBranch("demo", "from_old-commit");
    QVERIFY(branch);
    QCOMPARE(branch->commitId, older->id);
}

void RefDialogsTest::createsTagAndRefusesDuplicate()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.access.error()));
    CreateRefDialog dialog(&fixture.runner, fixture.access.access().lake, repositoryUrl());
    dialog.setKind(CreateRefDialog::Kind::Tag);
    dialog.setRefName(QStringLiteral("v2.0"));
    dialog.setSource(QStringLiteral("main~1"));
    QSignalSpy created(&dialog, &CreateRefDialog::refCreated);
    dialog.submit();
    QVERIFY(created.wait(20000));
    auto tag = fixture.lake->getTag("demo", "v2.0");
    auto expected = fixture.lake->getCommit("demo", "main~1");
    QVERIFY(tag && expected);
    QCOMPARE(tag->commitId, expected->id);

    CreateRefDialog again(&fixture.runner, fixture.access.access().lake, repositoryUrl());
    again.setKind(CreateRefDialog::Kind::Tag);
    again.setRefName(QStringLiteral("v1.0")); // the demo's tag
    again.setSource(QStringLiteral("main"));
    QSignalSpy failed(&again, &CreateRefDialog::failed);
    again.submit();
    QVERIFY(failed.wait(20000));
    QVERIFY2(again.errorText().contains(QStringLiteral("“v1.0” already exists")), qPrintable(again.errorText()));
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QVERIFY(!again.isBusy());
}

void RefDialogsTest::refusesInvalidNames()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.access.error()));
    CreateRefDialog dialog(&fixture.runner, fixture.access.access().lake, repositoryUrl());
    auto *create = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.setSource(QStringLiteral("main"));
    dialog.setKind(CreateRefDialog::Kind::Branch);
    dialog.setRefName(QStringLiteral("has space"));
    QVERIFY(dialog.validationError().contains(QStringLiteral("letters, digits")));
    QCOMPARE(dialog.errorText(), dialog.validationError());
    QVERIFY(!create->isEnabled());
    dialog.setRefName(QStringLiteral("-leading"));
    QVERIFY(!dialog.validationError().isEmpty());
    dialog.setRefName(QStringLiteral("feature/x"));
    QVERIFY(!dialog.validationError().isEmpty());
    dialog.setRefName(QStringLiteral("good_name-1"));
    QVERIFY(dialog.validationError().isEmpty());
    QVERIFY(create->isEnabled());

    dialog.setKind(CreateRefDialog::Kind::Tag);
    dialog.setRefName(QStringLiteral("v1..2"));
    QVERIFY(dialog.validationError().contains(QStringLiteral("“..”")));
    dialog.setRefName(QStringLiteral("release.lock"));
    QVERIFY(!dialog.validationError().isEmpty());
    dialog.setRefName(QStringLiteral("v1.2-rc"));
    QVERIFY(dialog.validationError().isEmpty());
    dialog.setSource(QStringLiteral("main~x"));
    QVERIFY(dialog.validationError().contains(QStringLiteral("not a branch, tag, commit id")));

    // Submitting an invalid name never reaches the lake.
    dialog.setKind(CreateRefDialog::Kind::Branch);
    dialog.setSource(QStringLiteral("main"));
    dialog.setRefName(QStringLiteral("bad name"));
    QSignalSpy failed(&dialog, &CreateRefDialog::failed);
    dialog.submit();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!dialog.isBusy());
    QCOMPARE(fixture.lake->getBranch("demo", "bad name").error().code, ErrorCode::InvalidInput);
}

void RefDialogsTest::refusesDeletingDefaultBranch()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.access.error()));
    auto dialog = fixture.checkDeletion(DeleteRefDialog::Kind::Branch, QStringLiteral("main"));
    QVERIFY(dialog);
    QVERIFY(!dialog->canDelete());
    QVERIFY2(dialog->refusal().contains(QStringLiteral("default branch")), qPrintable(dialog->refusal()));
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QSignalSpy failed(dialog.get(), &DeleteRefDialog::failed);
    dialog->confirm();
    QCOMPARE(failed.size(), 1);
    QVERIFY(fixture.lake->getBranch("demo", "main"));
}

void RefDialogsTest::deletesBranchAndTag()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.access.error()));
    auto branch = fixture.checkDeletion(DeleteRefDialog::Kind::Branch, QStringLiteral("experiment"));
    QVERIFY(branch);
    QVERIFY2(branch->canDelete(), qPrintable(branch->refusal()));
    QVERIFY(branch->messageText().contains(QStringLiteral("Delete branch “experiment”?")));
    QSignalSpy deleted(branch.get(), &DeleteRefDialog::refDeleted);
    branch->confirm();
    QVERIFY(deleted.wait(20000));
    QCOMPARE(fixture.lake->getBranch("demo", "experiment").error().code, ErrorCode::NotFound);

    auto tag = fixture.checkDeletion(DeleteRefDialog::Kind::Tag, QStringLiteral("v1.0"));
    QVERIFY(tag);
    QVERIFY(tag->canDelete());
    QSignalSpy tagDeleted(tag.get(), &DeleteRefDialog::refDeleted);
    tag->confirm();
    QVERIFY(tagDeleted.wait(20000));
    QCOMPARE(fixture.lake->getTag("demo", "v1.0").error().code, ErrorCode::NotFound);
}

void RefDialogsTest::explainsProtection()
{
    BranchProtection protection({rule("main"), rule("rel*"), rule("release-?")});
    QCOMPARE(protection.matchingPatterns(QStringLiteral("release-1")),
             QStringList({QStringLiteral("rel*"), QStringLiteral("release-?")}));
    QVERIFY(!protection.isProtected(QStringLiteral("feature")));
    QVERIFY(protection.describe(QStringLiteral("feature")).isEmpty());
    QVERIFY(protection.describe(QStringLiteral("main")).contains(QStringLiteral("“main”")));

    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.access.error()));
    QVERIFY(fixture.lake->createBranch("demo", "release-1", "main"));
    QVERIFY(fixture.lake->setBranchProtection("demo", {rule("rel*")}));
    auto dialog = fixture.checkDeletion(DeleteRefDialog::Kind::Branch, QStringLiteral("release-1"));
    QVERIFY(dialog);
    QVERIFY(!dialog->canDelete());
    QVERIFY2(dialog->protection().contains(QStringLiteral("“rel*”")), qPrintable(dialog->protection()));
    QVERIFY(dialog->messageText().contains(QStringLiteral("cannot be deleted")));
    QVERIFY(fixture.lake->getBranch("demo", "release-1"));
}

void RefDialogsTest::keyboardOnly()
{
    Fixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.access.error()));
    CreateRefDialog create(&fixture.runner, fixture.access.access().lake, repositoryUrl());
    create.show();
    QVERIFY(QTest::qWaitForWindowExposed(&create));
    QSignalSpy created(&create, &CreateRefDialog::refCreated);
    QTest::keyClick(&create, Qt::Key_K, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(create.kind(), CreateRefDialog::Kind::Tag);
    QTest::keyClick(&create, Qt::Key_N, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kb-1"));
    QTest::keyClick(&create, Qt::Key_S, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("main~1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(created.wait(20000));
    auto tag = fixture.lake->getTag("demo", "kb-1");
    auto expected = fixture.lake->getCommit("demo", "main~1");
    QVERIFY(tag && expected);
    QCOMPARE(tag->commitId, expected->id);

    // Deleting: Enter is Cancel, the safe default; Delete takes a deliberate Tab.
    auto remove = fixture.checkDeletion(DeleteRefDialog::Kind::Tag, QStringLiteral("kb-1"));
    QVERIFY(remove && remove->canDelete());
    remove->show();
    QVERIFY(QTest::qWaitForWindowExposed(remove.get()));
    QSignalSpy deleted(remove.get(), &DeleteRefDialog::refDeleted);
    QTest::keyClick(remove.get(), Qt::Key_Return);
    QVERIFY(!remove->isVisible());
    QVERIFY(fixture.lake->getTag("demo", "kb-1"));
    remove->show();
    QVERIFY(QTest::qWaitForWindowExposed(remove.get()));
    auto *deleteButton = remove->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    for (int tab = 0; tab < 4 && QApplication::focusWidget() != deleteButton; ++tab)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), deleteButton);
    QTest::keyClick(deleteButton, Qt::Key_Space);
    QVERIFY(deleted.wait(20000));
    QCOMPARE(fixture.lake->getTag("demo", "kb-1").error().code, ErrorCode::NotFound);
}

QTEST_MAIN(RefDialogsTest)
#include "tst_refdialogs.moc"
