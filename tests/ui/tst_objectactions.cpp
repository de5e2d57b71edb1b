// SPDX-License-Identifier: Apache-2.0
#include "tests/ui/tst_objectactions_fixture.h"
#include "ui/browser/urlmime.h"

using namespace lakescope;
using namespace lakescope::ui;
using namespace lakescope::testing;

class TestObjectActions : public ObjectActionsFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void enablesBySelection();
    void refusesReadOnlyPlaces();
    void renamesObject();
    void renamesFolderThroughLauncher();
    void renamesWithTransferService();
    void createsFolder();
    void copyPasteRoundTrip();
    void contextMenuHoldsActions();
    void uploadsAndDownloadsThroughLauncher();
};

void TestObjectActions::enablesBySelection()
{
    const StoreUrl folder = url("memory://t/x/");
    select(folder, {});
    QVERIFY(!m_actions->openAction()->isEnabled());
    QVERIFY(!m_actions->deleteAction()->isEnabled());
    QVERIFY(!m_actions->renameAction()->isEnabled());
    QVERIFY(!m_actions->copyAction()->isEnabled());
    QVERIFY(!m_actions->downloadAction()->isEnabled());
    QVERIFY(m_actions->newFolderAction()->isEnabled());
    QVERIFY(m_actions->uploadFilesAction()->isEnabled());
    QVERIFY(m_actions->propertiesAction()->isEnabled()); // of the folder itself
    QVERIFY(m_actions->copyUrlAction()->isEnabled());

    select(folder, {{url("memory://t/x/a.txt"), false, 3}});
    QVERIFY(m_actions->openAction()->isEnabled());
    QVERIFY(m_actions->renameAction()->isEnabled());
    QVERIFY(m_actions->deleteAction()->isEnabled());
    QVERIFY(m_actions->propertiesAction()->isEnabled());
    QVERIFY(m_actions->downloadAction()->isEnabled());

    select(folder, {{url("memory://t/x/a.txt"), false, 3}, {url("memory://t/x/sub/"), true, {}}});
    QVERIFY(!m_actions->openAction()->isEnabled());
    QVERIFY(!m_actions->renameAction()->isEnabled());
    QVERIFY(!m_actions->propertiesAction()->isEnabled());
    QVERIFY(m_actions->deleteAction()->isEnabled());
    QVERIFY(m_actions->copyAction()->isEnabled());

    // Without a transfer queue nothing that needs one is offered.
    m_actions->setTransferLauncher(nullptr);
    QVERIFY(!m_actions->downloadAction()->isEnabled());
    QVERIFY(!m_actions->uploadFilesAction()->isEnabled());
    QVERIFY(m_actions->deleteAction()->isEnabled());

    QCOMPARE(m_actions->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(m_actions->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(m_actions->copyUrlAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(m_actions->newFolderAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QVERIFY(m_actions->previewAction()->shortcuts().contains(QKeySequence(Qt::Key_Space)));
    QVERIFY(m_actions->previewAction()->shortcuts().contains(QKeySequence(Qt::Key_F3)));
}

void TestObjectActions::refusesReadOnlyPlaces()
{
    QVERIFY(!WritePolicy::refusal(*StoreUrl::parseAccount("s3://")).isEmpty());
    QVERIFY(WritePolicy::refusal(url("lakefs://repo/main/data/")).isEmpty());
    QVERIFY(!WritePolicy::refusal(url("lakefs://repo/a1b2c3d4e5f6/data/")).isEmpty());
    QVERIFY(!WritePolicy::refusal(url("lakefs://repo/main~1/data/")).isEmpty());

    const StoreUrl commit = url("lakefs://repo/0123456789abcdef/data/");
    select(commit, {{commit.child("a.csv"), false, 1}});
    QVERIFY(!m_actions->deleteAction()->isEnabled());
    QVERIFY(!m_actions->renameAction()->isEnabled());
    QVERIFY(!m_actions->newFolderAction()->isEnabled());
    QVERIFY(!m_actions->pasteAction()->isEnabled());
    QVERIFY(m_actions->deleteAction()->statusTip().contains(QLatin1String("commit")));
    QVERIFY(m_actions->copyAction()->isEnabled());
    QVERIFY(m_actions->downloadAction()->isEnabled());

    // The operations refuse too when called directly.
    m_actions->rename({commit.child("a.csv"), false, 1}, QStringLiteral("b.csv"));
    m_actions->createFolder(QStringLiteral("new"));
    QCOMPARE(m_errors.size(), 2);
    QVERIFY(m_errors.front().contains(QLatin1String("branch")));

    const StoreUrl account = *StoreUrl::parseAccount("s3://");
    select(account, {});
    QVERIFY(!m_actions->newFolderAction()->isEnabled());
    QVERIFY(!m_actions->uploadFilesAction()->isEnabled());
}

void TestObjectActions::renamesObject()
{
    put(*m_store, "x/old.txt", "body");
    put(*m_store, "x/taken.txt", "other");
    const ActionEntry entry{url("memory://t/x/old.txt"), false, 4};
    select(url("memory://t/x/"), {entry});

    ObjectActions::Prompts prompts;
    prompts.askText = [](const QString &, const QString &, const QString &initial,
                         std::function<void(const QString &)> answer) {
        QCOMPARE(initial, QStringLiteral("old.txt"));
        answer(QStringLiteral("new.txt"));
    };
    m_actions->setPrompts(prompts);
    QSignalSpy changed(m_actions, &ObjectActions::changed);
    m_actions->renameAction()->trigger();
    QVERIFY(changed.wait(5000));
    QVERIFY(!exists(*m_store, "x/old.txt"));
    QVERIFY(exists(*m_store, "x/new.txt"));
    QVERIFY(m_launcher->moves.isEmpty()); // the memory store renames natively

    // Never onto an existing object.
    m_actions->rename({url("memory://t/x/new.txt"), false, 4}, QStringLiteral("taken.txt"));
    QTRY_COMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.front().contains(QLatin1String("exists")));
    QVERIFY(exists(*m_store, "x/new.txt"));

    m_actions->rename({url("memory://t/x/new.txt"), false, 4}, QStringLiteral("a/b"));
    QCOMPARE(m_errors.size(), 2);
}

void TestObjectActions::renamesFolderThroughLauncher()
{
    put(*m_store, "x/dir/1");
    put(*m_store, "x/dir/sub/2");
    put(*m_store, "x/dirt");
    m_actions->rename({url("memory://t/x/dir/"), true, {}}, QStringLiteral("renamed"));
    QCOMPARE(m_launcher->moves.size(), 1);
    QCOMPARE(m_launcher->moves.front().first, url("memory://t/x/dir/"));
    QCOMPARE(m_launcher->moves.front().second, url("memory://t/x/renamed/"));
    const std::vector<std::string> expected{"x/dirt", "x/renamed/1", "x/renamed/sub/2"};
    QCOMPARE(allKeys(*m_store), expected);
}

void TestObjectActions::renamesWithTransferService()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("album/inner")));
    for (const QString &file : {QStringLiteral("album/a.jpg"), QStringLiteral("album/inner/b.jpg")}) {
        QFile out(root.filePath(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("pixels");
    }
    TransferService transfers(m_session.get());
    m_actions->setTransferLauncher(&transfers);
    QSignalSpy finished(&transfers, &TransferService::jobFinished);
    const StoreUrl folder = url(dir.path().toStdString() + "/");
    select(folder, {});
    m_actions->rename({folder.child("album/"), true, {}}, QStringLiteral("photos"));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.front().at(1).value<TransferState>(), TransferState::Done);
    QVERIFY(!root.exists(QStringLiteral("album/a.jpg")));
    QVERIFY(!root.exists(QStringLiteral("album/inner/b.jpg")));
    QVERIFY(root.exists(QStringLiteral("photos/a.jpg")));
    QVERIFY(root.exists(QStringLiteral("photos/inner/b.jpg")));
    m_actions->setTransferLauncher(m_launcher.get());
}

void TestObjectActions::createsFolder()
{
    select(url("memory://t/x/"), {});
    ObjectActions::Prompts prompts;
    prompts.askText = [](const QString &, const QString &, const QString &, std::function<void(const QString &)> answer) {
        answer(QStringLiteral("fresh"));
    };
    m_actions->setPrompts(prompts);
    QSignalSpy changed(m_actions, &ObjectActions::changed);
    m_actions->newFolderAction()->trigger();
    QVERIFY(changed.wait(5000));
    QVERIFY(exists(*m_store, "x/fresh/"));

    m_actions->createFolder(QStringLiteral("fresh"));
    QTRY_COMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.front().contains(QLatin1String("exists")));

    QTemporaryDir dir;
    select(url(dir.path().toStdString() + "/"), {});
    m_actions->createFolder(QStringLiteral("made here"));
    QVERIFY(changed.wait(5000));
    QVERIFY(QDir(dir.path()).exists(QStringLiteral("made here")));
}

void TestObjectActions::copyPasteRoundTrip()
{
    StoreUrl remote = url("s3://data/some key+#.csv");
    remote.connection = "work";
    const StoreUrl local = url("/tmp/a file.txt");
    const QList<StoreUrl> decoded = UrlMime::decode(UrlMime::encode({remote, local}));
    QCOMPARE(decoded.size(), 2);
    QCOMPARE(decoded.front(), remote);
    QCOMPARE(decoded.front().connection, std::string("work"));
    QCOMPARE(decoded.back(), local);

    select(url("memory://t/x/"), {{remote, false, 1}, {local, false, 1}});
    m_actions->copyAction()->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime->hasFormat(UrlMime::mimeType()));
    QVERIFY(mime->text().contains(QLatin1String("s3://data/")));
    QCOMPARE(mime->urls().size(), 1);
    QCOMPARE(mime->urls().front().toLocalFile(), QStringLiteral("/tmp/a file.txt"));

    select(url("memory://t/y/"), {});
    QVERIFY(m_actions->pasteAction()->isEnabled());
    m_actions->pasteAction()->trigger();
    QCOMPARE(m_launcher->copies.size(), 1);
    QCOMPARE(m_launcher->copies.front().sources, (QList<StoreUrl>{remote, local}));
    QCOMPARE(m_launcher->copies.front().sources.front().connection, std::string("work"));
    QCOMPARE(m_launcher->copies.front().destination, url("memory://t/y/"));

    // Files copied in a desktop file manager paste as uploads.
    auto *desktop = new QMimeData;
    desktop->setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/from desktop.png"))});
    QApplication::clipboard()->setMimeData(desktop);
    m_actions->pasteAction()->trigger();
    QCOMPARE(m_launcher->copies.size(), 2);
    QCOMPARE(m_launcher->copies.back().sources, (QList<StoreUrl>{url("/tmp/from desktop.png")}));

    // Copy URL puts text only.
    select(url("memory://t/x/"), {{remote, false, 1}});
    m_actions->copyUrlAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromStdString(remote.toString()));
}

void TestObjectActions::contextMenuHoldsActions()
{
    QMenu menu;
    m_actions->populateMenu(&menu);
    const QList<QAction *> inMenu = menu.actions();
    for (QAction *action : {m_actions->openAction(), m_actions->renameAction(), m_actions->deleteAction(),
                            m_actions->copyAction(), m_actions->pasteAction(), m_actions->propertiesAction(),
                            m_actions->newFolderAction(), m_actions->downloadAction()}) {
        QVERIFY2(inMenu.contains(action), qPrintable(action->objectName()));
    }
}

void TestObjectActions::uploadsAndDownloadsThroughLauncher()
{
    ObjectActions::Prompts prompts;
    prompts.chooseFiles = [](const QString &, std::function<void(const QStringList &)> answer) {
        answer({QStringLiteral("/tmp/in/a.txt"), QStringLiteral("/tmp/in/b c.txt")});
    };
    prompts.chooseFolder = [](const QString &, std::function<void(const QString &)> answer) {
        answer(QStringLiteral("/tmp/out"));
    };
    m_actions->setPrompts(prompts);
    m_actions->setConflictPolicy(ConflictPolicy::Skip);
    const StoreUrl folder = url("memory://t/up/");
    select(folder, {{url("memory://t/up/x.bin"), false, 3}});

    m_actions->uploadFilesAction()->trigger();
    QCOMPARE(m_launcher->copies.size(), 1);
    QCOMPARE(m_launcher->copies.front().sources, (QList<StoreUrl>{url("/tmp/in/a.txt"), url("/tmp/in/b c.txt")}));
    QCOMPARE(m_launcher->copies.front().destination, folder);
    QCOMPARE(m_launcher->copies.front().policy, ConflictPolicy::Skip);

    m_actions->uploadFolderAction()->trigger();
    QCOMPARE(m_launcher->copies.size(), 2);
    QCOMPARE(m_launcher->copies.back().sources, (QList<StoreUrl>{url("/tmp/out/")}));

    m_actions->downloadAction()->trigger();
    QCOMPARE(m_launcher->copies.size(), 3);
    QCOMPARE(m_launcher->copies.back().sources, (QList<StoreUrl>{url("memory://t/up/x.bin")}));
    QCOMPARE(m_launcher->copies.back().destination, url("/tmp/out/"));
}

QTEST_MAIN(TestObjectActions)
#include "tst_objectactions.moc"
