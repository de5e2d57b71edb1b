// SPDX-License-Identifier: Apache-2.0
#include "core/common/bytestream.h"
#include "core/lakefs/client/lakeconnection.h"
#include "lakepeeraccess.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/commitdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace lakescope;
using namespace lakescope::ui;

// The dialog against `lakescope-cli serve lakefs`, so lakeFS's answers
// (400 "commit: no changes", 403 protected branch) come over HTTP.
class TestCommitDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void messageAndMetadataAreValidated();
    void commitWithMetadataLands();
    void noChangesIsExplained();
    void protectedBranchIsExplained();

private:
    bool stage(const std::string &repo, const std::string &path);
    QPushButton *commitButton(CommitDialog &dialog);
    static StoreUrl url(const std::string &repo) { return *StoreUrl::parse("lakefs://" + repo + "/main/"); }

    std::unique_ptr<lakescope::testing::LakeFsPeer> m_peer;
    StoreAccess m_access;
    lakefs::VersionedRepositoryPtr m_lake;
};

void TestCommitDialog::initTestCase()
{
    QString error;
    m_peer = lakescope::testing::LakeFsPeer::start(QStringLiteral(LAKESCOPE_CLI_PATH), &error);
    QVERIFY2(m_peer, qPrintable(error));
    const StoreOptions options = testing::lakePeerOptions(*m_peer);
    m_access = testing::lakeAccess(options);
    auto lake = lakefs::connectLake(options);
    QVERIFY(lake);
    m_lake = *lake;
    for (const char *repo : {"commits", "clean", "guarded"}) {
        lakefs::RepositoryCreation creation;
        creation.name = repo;
        creation.storageNamespace = std::string("local://") + repo;
        QVERIFY(m_lake->createRepository(creation));
    }
}

bool TestCommitDialog::stage(const std::string &repo, const std::string &path)
{
    lakefs::UploadRequest request;
    request.path = path;
    StringSource source("content of " + path);
    return static_cast<bool>(m_lake->uploadObject(repo, "main", request, source));
}

QPushButton *TestCommitDialog::commitButton(CommitDialog &dialog)
{
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons()) {
        if (button->accessibleName() == QStringLiteral("Commit"))
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

void TestCommitDialog::messageAndMetadataAreValidated()
{
    AsyncRunner runner;
    CommitDialog dialog(m_access, &runner, url("commits"), {3, 1, 2});
    QPushButton *commit = commitButton(dialog);
    QVERIFY(commit);
    QVERIFY(!commit->isEnabled());
    QCOMPARE(dialog.blockingReason(), QStringLiteral("Enter a commit message."));
    QCOMPARE(dialog.statusText(), dialog.blockingReason());
    dialog.setMessage(QStringLiteral("   "));
    QVERIFY(!commit->isEnabled());
    dialog.setMessage(QStringLiteral("Load March"));
    QVERIFY(commit->isEnabled());
    dialog.addMetadataRow(); // blank rows are ignored
    QVERIFY(commit->isEnabled());
    dialog.addMetadataRow(QString(), QStringLiteral("orphan"));
    QVERIFY(!commit->isEnabled());
    QVERIFY(dialog.blockingReason().contains(QStringLiteral("no key")));
    dialog.addMetadataRow(QStringLiteral("source"), QStringLiteral("a"));
    dialog.addMetadataRow(QStringLiteral("source"), QStringLiteral("b"));
    QVERIFY(dialog.blockingReason().contains(QStringLiteral("orphan")) == false);
    QVERIFY(!commit->isEnabled());
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("summary"))->property("text").toString().contains(
        QStringLiteral("3 added, 1 removed and 2 changed")));
}

void TestCommitDialog::commitWithMetadataLands()
{
    QVERIFY(stage("commits", "raw/one.csv"));
    QVERIFY(stage("commits", "raw/two.csv"));
    AsyncRunner runner;
    CommitDialog dialog(m_access, &runner, url("commits"), {2, 0, 0});
    dialog.show();
    dialog.setMessage(QStringLiteral("Load March"));
    dialog.addMetadataRow(QStringLiteral("source"), QStringLiteral("ingest"));
    dialog.addMetadataRow(QStringLiteral("ticket"), QStringLiteral("DATA-7"));
    QSignalSpy committed(&dialog, &CommitDialog::committed);
    commitButton(dialog)->click();
    QVERIFY(dialog.isCommitting());
    QVERIFY(dialog.statusText().contains(QStringLiteral("Committing")));
    QVERIFY(!commitButton(dialog)->isEnabled());
    QVERIFY(committed.wait(20000));
    QVERIFY(dialog.isVisible());
    const QString id = dialog.commitId();
    QCOMPARE(id.size(), 64);
    QCOMPARE(committed.first().first().toString(), id);
    QCOMPARE(dialog.statusText(), QStringLiteral("Committed %1 to main.").arg(id.left(12)));
    QLineEdit *full = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("New commit id"))
            full = edit;
    }
    QVERIFY(full && full->isVisible() && full->isReadOnly());
    QCOMPARE(full->text(), id);

    lakefs::LogRequest request;
    request.amount = 1;
    auto log = m_lake->logCommits("commits", "main", request);
    QVERIFY(log && !log->results.empty());
    const lakefs::Commit &head = log->results.front();
    QCOMPARE(QString::fromStdString(head.id), id);
    QCOMPARE(head.message, std::string("Load March"));
    QCOMPARE(head.metadata.at("source"), std::string("ingest"));
    QCOMPARE(head.metadata.at("ticket"), std::string("DATA-7"));
}

void TestCommitDialog::noChangesIsExplained()
{
    AsyncRunner runner;
    CommitDialog dialog(m_access, &runner, url("clean"), {});
    dialog.setMessage(QStringLiteral("Nothing here"));
    QSignalSpy committed(&dialog, &CommitDialog::committed);
    commitButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCommitting(), 20000);
    QCOMPARE(committed.count(), 0);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Nothing to commit: branch main has no uncommitted changes")),
             qPrintable(dialog.statusText()));
    // The user may try again, e.g. after someone staged changes.
    QVERIFY(commitButton(dialog)->isEnabled());
}

void TestCommitDialog::protectedBranchIsExplained()
{
    QVERIFY(stage("guarded", "a.txt"));
    QVERIFY(m_lake->setBranchProtection("guarded", {{"main"}}));
    AsyncRunner runner;
    CommitDialog dialog(m_access, &runner, url("guarded"), {1, 0, 0});
    dialog.setMessage(QStringLiteral("Sneak in"));
    commitButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCommitting(), 20000);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Branch main is protected")),
             qPrintable(dialog.statusText()));
    QVERIFY(dialog.commitId().isEmpty());
}

QTEST_MAIN(TestCommitDialog)
#include "tst_commitdialog.moc"
