// SPDX-License-Identifier: Apache-2.0
// Delete: counting, confirming, batching and cancelling, on memory, local and S3 stores.
#include "tests/ui/tst_objectactions_fixture.h"

using namespace lakescope;
using namespace lakescope::ui;
using namespace lakescope::testing;

class TestObjectActionsDelete : public ObjectActionsFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void deletesFolderAfterConfirmation();
    void deleteDeclinedRemovesNothing();
    void deleteOnLakeBranchMentionsCommit();
    void deletesInBatches();
    void deletesLocalFolder();
    void deletesFolderOnS3();
    void stopsDeleteWhileCounting();
};

void TestObjectActionsDelete::deletesFolderAfterConfirmation()
{
    put(*m_store, "x/a/1.txt", "12345");
    put(*m_store, "x/a/2.txt", "123");
    put(*m_store, "x/a/deep/3.txt", "12");
    put(*m_store, "x/a/", "");
    put(*m_store, "x/ab/keep.txt");
    put(*m_store, "x/c.txt", "1234");
    put(*m_store, "x/keep.txt");
    const StoreUrl folder = url("memory://t/x/");
    select(folder, {{url("memory://t/x/a/"), true, {}}, {url("memory://t/x/c.txt"), false, 4}});

    QSignalSpy changed(m_actions, &ObjectActions::changed);
    m_actions->deleteAction()->trigger();
    QVERIFY(m_actions->isBusy());
    QVERIFY(!m_actions->deleteAction()->isEnabled());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.front().front().value<StoreUrl>(), folder);

    QCOMPARE(m_questions.size(), 1);
    const QString question = m_questions.front();
    QVERIFY2(question.contains(QLatin1String("1 object and 1 folder")), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("4 objects")), qPrintable(question)); // 3 below a/ + c.txt
    QVERIFY2(question.contains(QLatin1String("memory://t/x/")), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("cannot be undone")), qPrintable(question));

    const std::vector<std::string> expected{"x/ab/keep.txt", "x/keep.txt"};
    QCOMPARE(allKeys(*m_store), expected);
    QVERIFY(m_errors.isEmpty());
    QVERIFY(!m_actions->isBusy());
}

void TestObjectActionsDelete::deleteDeclinedRemovesNothing()
{
    put(*m_store, "x/a/1.txt");
    put(*m_store, "x/b.txt");
    answerDelete(false);
    select(url("memory://t/x/"), {{url("memory://t/x/a/"), true, {}}, {url("memory://t/x/b.txt"), false, 1}});
    QSignalSpy busy(m_actions, &ObjectActions::busyChanged);
    m_actions->deleteAction()->trigger();
    QTRY_COMPARE(busy.size(), 2);
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(allKeys(*m_store).size(), std::size_t(2));
}

void TestObjectActionsDelete::deleteOnLakeBranchMentionsCommit()
{
    // The resolver maps every URL to the memory store: only the wording for
    // a lakeFS branch is under test here.
    put(*m_store, "tables/t/part-0");
    auto store = m_store;
    makeActions([store](const StoreUrl &where) -> Result<StoreLocation> {
        return StoreLocation{store, where.key(), where};
    });
    const StoreUrl branch = url("lakefs://repo/main/tables/");
    select(branch, {{url("lakefs://repo/main/tables/t/"), true, {}}});
    QSignalSpy changed(m_actions, &ObjectActions::changed);
    m_actions->deleteAction()->trigger();
    QVERIFY(changed.wait(5000));
    QVERIFY2(m_questions.front().contains(QLatin1String("until you commit")), qPrintable(m_questions.front()));
    QVERIFY(!m_questions.front().contains(QLatin1String("cannot be undone")));
    QVERIFY(!exists(*m_store, "tables/t/part-0"));
}

void TestObjectActionsDelete::deletesInBatches()
{
    for (int i = 0; i < 2345; ++i)
        put(*m_store, "big/part-" + std::to_string(i));
    put(*m_store, "other");
    select(url("memory://t/"), {{url("memory://t/big/"), true, {}}});
    QSignalSpy changed(m_actions, &ObjectActions::changed);
    m_actions->deleteAction()->trigger();
    QVERIFY(changed.wait(10000));
    QVERIFY2(m_questions.front().contains(QLatin1String("2,345 objects")), qPrintable(m_questions.front()));
    QCOMPARE(allKeys(*m_store), std::vector<std::string>{"other"});
    // The count was shown while it ran, page by page.
    QVERIFY(m_messages.filter(QStringLiteral("so far")).size() >= 3);
    QVERIFY(!m_messages.filter(QStringLiteral("Counting… 2,345 objects")).isEmpty());
    QVERIFY2(m_messages.last().contains(QLatin1String("2345")) || m_messages.last().contains(QLatin1String("2,345")),
             qPrintable(m_messages.last()));
}

void TestObjectActionsDelete::deletesLocalFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("gone/sub/deeper")));
    QVERIFY(root.mkpath(QStringLiteral("kept")));
    for (const QString &file : {QStringLiteral("gone/a"), QStringLiteral("gone/sub/b"),
                                QStringLiteral("gone/sub/deeper/c"), QStringLiteral("kept/d")}) {
        QFile out(root.filePath(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("data");
    }
    const StoreUrl folder = url(dir.path().toStdString() + "/");
    select(folder, {{url(root.filePath(QStringLiteral("gone")).toStdString()), true, {}}});
    QSignalSpy changed(m_actions, &ObjectActions::changed);
    m_actions->deleteAction()->trigger();
    QVERIFY(changed.wait(5000));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QVERIFY2(m_questions.front().contains(QLatin1String("3 objects")), qPrintable(m_questions.front()));
    QVERIFY(!root.exists(QStringLiteral("gone")));
    QVERIFY(root.exists(QStringLiteral("kept/d")));
}

void TestObjectActionsDelete::deletesFolderOnS3()
{
    QString error;
    auto peer = lakescope::testing::S3Peer::startS3rver(&error);
    QVERIFY2(peer, qPrintable(error));
    lakescope::testing::S3PeerStores stores(*peer);
    auto created = stores.createBucket("actions");
    QVERIFY2(created, created ? "" : created.error().message.c_str());
    std::shared_ptr<ObjectStore> bucket = created.value();
    const std::string name = bucket->displayName().substr(std::string("s3://").size());
    for (int i = 0; i < 12; ++i)
        put(*bucket, "logs/2024/day-" + std::to_string(i) + ".log", "line\n");
    put(*bucket, "logs/", "");
    put(*bucket, "logs-old/keep.log");
    put(*bucket, "readme.txt");

    makeActions([bucket](const StoreUrl &where) -> Result<StoreLocation> {
        return StoreLocation{bucket, where.key(), where};
    });
    const StoreUrl root = url("s3://" + name + "/");
    select(root, {{root.child("logs/"), true, {}}});
    QSignalSpy changed(m_actions, &ObjectActions::changed);
    m_actions->deleteAction()->trigger();
    QVERIFY(changed.wait(20000));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QVERIFY2(m_questions.front().contains(QLatin1String("12 objects")), qPrintable(m_questions.front()));
    const std::vector<std::string> expected{"logs-old/keep.log", "readme.txt"};
    QCOMPARE(allKeys(*bucket), expected);
}

void TestObjectActionsDelete::stopsDeleteWhileCounting()
{
    auto gated = std::make_shared<lakescope::testing::TestStore>("g");
    gated->add("big/1");
    gated->add("big/2");
    gated->closeGate();
    makeActions([gated](const StoreUrl &where) -> Result<StoreLocation> {
        return StoreLocation{gated, where.key(), where};
    });
    select(url("memory://g/"), {{url("memory://g/big/"), true, {}}});
    QSignalSpy busy(m_actions, &ObjectActions::busyChanged);
    m_actions->deleteAction()->trigger();
    QVERIFY(m_actions->stopAction()->isEnabled());
    QTRY_VERIFY(gated->listCalls() >= 1);
    m_actions->stopAction()->trigger();
    QTRY_COMPARE(busy.size(), 2);
    QVERIFY(!m_actions->isBusy());
    QVERIFY(m_questions.isEmpty());
    QVERIFY2(m_messages.last().contains(QLatin1String("nothing was deleted")), qPrintable(m_messages.last()));
    gated->openGate();
    QCOMPARE(allKeys(gated->inner()).size(), std::size_t(2));
}

QTEST_MAIN(TestObjectActionsDelete)
#include "tst_objectactionsdelete.moc"
