// SPDX-License-Identifier: Apache-2.0
#include "tests/lakefs/locallakefixture.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LocalLakeFixture;

namespace fs = std::filesystem;

// What survives a restart, a crash mid-commit or mid-write, stray files,
// many threads at once and a second process.
class TstLocalLakeDurability final : public QObject, private LocalLakeFixture
{
    Q_OBJECT

public:
    TstLocalLakeDurability() : LocalLakeFixture("durable") {}

private:
    std::string repoDir() const { return root() + "/repositories/" + m_repo; }

    std::vector<std::string> stagingLogs() const
    {
        std::vector<std::string> logs;
        for (const auto &entry : fs::directory_iterator(repoDir() + "/staging"))
            logs.push_back(entry.path().string());
        return logs;
    }

    // Runs `body` in a forked child with no lake open here, and returns its
    // exit code.
    int inChild(const std::function<int()> &body)
    {
        m_lake.reset();
        const pid_t pid = ::fork();
        if (pid == 0)
            ::_exit(body());
        int status = 0;
        ::waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    // A child that stages a change and commits, dying at `step`.
    int crashDuringCommit(const std::string &step)
    {
        const std::string lakeRoot = root();
        const std::string repo = m_repo;
        return inChild([=] {
            auto lake = LocalLake::open(lakeRoot);
            if (!lake)
                return 10;
            LocalLake::setCrashPoint([step](std::string_view reached) {
                if (reached == step)
                    ::_exit(42);
            });
            CommitCreation creation;
            creation.message = "interrupted";
            auto made = (*lake)->commit(repo, "main", creation);
            return made ? 11 : 12;
        });
    }

private slots:
    void init() { LS_VERIFY_OK(openLake()); }

    void cleanup()
    {
        LocalLake::setCrashPoint({});
        closeLake();
    }

    void reopenKeepsEverything()
    {
        QVERIFY(put("main", "committed.txt", "c"));
        CommitCreation creation;
        creation.message = "first";
        auto first = m_lake->commit(m_repo, "main", creation);
        LS_VERIFY_OK(first);
        LS_VERIFY_OK(m_lake->createBranch(m_repo, "dev", "main"));
        LS_VERIFY_OK(m_lake->createTag(m_repo, "v1", "main"));
        LS_VERIFY_OK(m_lake->setBranchProtection(m_repo, {{"prod-*"}}));
        QVERIFY(put("dev", "staged.txt", "s"));
        QVERIFY(m_lake->deleteObject(m_repo, "dev", "committed.txt"));

        auto *before = m_lake.get();
        auto again = LocalLake::open(root() + "/.");
        LS_VERIFY_OK(again);
        QCOMPARE(again->get(), before);
        LS_VERIFY_OK(reopen());

        auto tag = m_lake->getTag(m_repo, "v1");
        LS_VERIFY_OK(tag);
        QCOMPARE(tag->commitId, first->id);
        QCOMPARE(read("main", "committed.txt"), std::string("c"));
        QCOMPARE(read("dev", "staged.txt"), std::string("s"));
        QCOMPARE(uncommitted("dev"), (std::vector<std::string>{"removed committed.txt", "added staged.txt"}));
        auto rules = m_lake->branchProtection(m_repo);
        LS_VERIFY_OK(rules);
        QCOMPARE(rules->size(), std::size_t(1));
        auto log = m_lake->logCommits(m_repo, "main", {});
        LS_VERIFY_OK(log);
        QCOMPARE(log->results.size(), std::size_t(2));
    }

    void tornStagingLogTail()
    {
        QVERIFY(put("main", "a", "1"));
        QVERIFY(put("main", "b", "2"));
        QVERIFY(put("main", "c", "3"));
        m_lake.reset();
        const auto logs = stagingLogs();
        QCOMPARE(logs.size(), std::size_t(1));
        const auto fullSize = fs::file_size(logs[0]);
        // A record cut short, as a crash mid-write leaves it.
        fs::resize_file(logs[0], fullSize - 5);
        LS_VERIFY_OK(reopen());
        QCOMPARE(uncommitted("main"), (std::vector<std::string>{"added a", "added b"}));
        // Garbage after the last whole record: ignored, then cut off so new
        // records stay readable.
        m_lake.reset();
        {
            std::ofstream garbage(logs[0], std::ios::app | std::ios::binary);
            garbage << std::string("\x40\x00\x00\x00\x12\x34", 6);
        }
        LS_VERIFY_OK(reopen());
        QCOMPARE(uncommitted("main"), (std::vector<std::string>{"added a", "added b"}));
        QVERIFY(put("main", "d", "4"));
        LS_VERIFY_OK(reopen());
        QCOMPARE(uncommitted("main"), (std::vector<std::string>{"added a", "added b", "added d"}));
        QCOMPARE(read("main", "d"), std::string("4"));
    }

    void stagedEntryWithoutItsBlobIsDropped()
    {
        QVERIFY(put("main", "kept", "kept bytes"));
        QVERIFY(put("main", "lost", "lost bytes"));
        auto lost = m_lake->statObject(m_repo, "main", "lost");
        LS_VERIFY_OK(lost);
        QVERIFY(lost->physicalAddress.starts_with("local://"));
        m_lake.reset();
        // What a power loss leaves when the log record was written but the
        // blob's name never reached the disk.
        QVERIFY(fs::remove(lost->physicalAddress.substr(std::string("local://").size())));
        LS_VERIFY_OK(reopen());
        QCOMPARE(uncommitted("main"), std::vector<std::string>{"added kept"});
        LS_VERIFY_OK(reopen());
        QCOMPARE(uncommitted("main"), std::vector<std::string>{"added kept"});
    }

    void crashBeforeTheBranchMoves_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("tree written") << QStringLiteral("tree-written");
        QTest::newRow("commit written") << QStringLiteral("commit-written");
    }

    void crashBeforeTheBranchMoves()
    {
        QFETCH(QString, step);
        QVERIFY(put("main", "base", "b"));
        CommitCreation creation;
        creation.message = "base";
        auto base = m_lake->commit(m_repo, "main", creation);
        LS_VERIFY_OK(base);
        QVERIFY(put("main", "new", "n"));
        QVERIFY(m_lake->deleteObject(m_repo, "main", "base"));

        QCOMPARE(crashDuringCommit(step.toStdString()), 42);
        LS_VERIFY_OK(reopen());
        auto branch = m_lake->getBranch(m_repo, "main");
        LS_VERIFY_OK(branch);
        QCOMPARE(branch->commitId, base->id);
        QCOMPARE(uncommitted("main"), (std::vector<std::string>{"removed base", "added new"}));
        creation.message = "after the crash";
        auto retried = m_lake->commit(m_repo, "main", creation);
        LS_VERIFY_OK(retried);
        QCOMPARE(read("main", "new"), std::string("n"));
        QCOMPARE(read("main", "base").front(), '<');
    }

    void crashAfterTheBranchMoved()
    {
        QVERIFY(put("main", "new", "n"));
        QCOMPARE(crashDuringCommit("branch-switched"), 42);
        // The old log outlived the switch; loading drops it.
        QCOMPARE(stagingLogs().size(), std::size_t(1));
        LS_VERIFY_OK(reopen());
        auto head = m_lake->getCommit(m_repo, "main");
        LS_VERIFY_OK(head);
        QCOMPARE(stagingLogs().size(), std::size_t(0));
        QCOMPARE(head->message, std::string("interrupted"));
        QCOMPARE(uncommitted("main"), std::vector<std::string>{});
        QCOMPARE(read("main@", "new"), std::string("n"));
    }

    void leftoverFilesAreHarmless()
    {
        QVERIFY(put("main", "a", "1"));
        m_lake.reset();
        QVERIFY(m_dir->writeFile("lake/tmp/repository-half/repository.json", "{"));
        QVERIFY(m_dir->writeFile("lake/repositories/" + m_repo + "/tmp/blob-abc", "partial"));
        QVERIFY(m_dir->writeFile("lake/repositories/" + m_repo + "/tmp/x.tmp", "{\"commit_id\":"));
        QVERIFY(m_dir->writeFile("lake/repositories/" + m_repo + "/staging/orphan.log", "junk"));
        QVERIFY(m_dir->writeFile("lake/repositories/" + m_repo + "/branches/notes.txt", "not a branch"));
        QVERIFY(m_dir->writeFile("lake/repositories/half-made/blobs/x", ""));
        LS_VERIFY_OK(reopen());
        LS_VERIFY_OK(m_lake->getRepository(m_repo)); // repositories load on first use
        QVERIFY(!m_dir->exists("lake/tmp/repository-half"));
        QVERIFY(!m_dir->exists("lake/repositories/" + m_repo + "/tmp/blob-abc"));
        QVERIFY(!m_dir->exists("lake/repositories/" + m_repo + "/staging/orphan.log"));
        auto branches = m_lake->listBranches(m_repo, {});
        LS_VERIFY_OK(branches);
        QCOMPARE(branches->results.size(), std::size_t(1));
        auto repositories = m_lake->listRepositories({});
        LS_VERIFY_OK(repositories);
        QCOMPARE(repositories->results.size(), std::size_t(1));
        QCOMPARE(uncommitted("main"), std::vector<std::string>{"added a"});
        CommitCreation creation;
        creation.message = "still fine";
        LS_VERIFY_OK(m_lake->commit(m_repo, "main", creation));
    }

    void manyThreadsEndConsistent()
    {
        constexpr int kThreads = 8;
        constexpr int kObjects = 40;
        std::atomic<int> failures{0};
        std::atomic<bool> writing{true};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kObjects; ++i) {
                    const std::string path = "t" + std::to_string(t) + "/o" + std::to_string(i);
                    if (!put("main", path, path))
                        ++failures;
                    if (i % 10 == 9) {
                        CommitCreation creation;
                        creation.message = path;
                        auto made = m_lake->commit(m_repo, "main", creation);
                        // Another thread may have committed this thread's changes already.
                        if (!made && made.error().message != "commit: no changes")
                            ++failures;
                    }
                }
            });
        }
        std::thread reader([&] {
            while (writing) {
                ListObjectsRequest request;
                request.amount = 1000;
                auto page = m_lake->listObjects(m_repo, "main", request);
                if (!page || !std::is_sorted(page->results.begin(), page->results.end(),
                                             [](const ObjectStats &a, const ObjectStats &b) { return a.path < b.path; }))
                    ++failures;
            }
        });
        for (auto &thread : threads)
            thread.join();
        writing = false;
        reader.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(uncommitted("main"), std::vector<std::string>{});

        LS_VERIFY_OK(reopen());
        ListObjectsRequest request;
        request.amount = 1000;
        auto page = m_lake->listObjects(m_repo, "main@", request);
        LS_VERIFY_OK(page);
        QCOMPARE(page->results.size(), std::size_t(kThreads * kObjects));
        for (const ObjectStats &object : page->results)
            QCOMPARE(read("main", object.path), object.path);
        // Every commit's first parent is the one before it, back to the start.
        LogRequest log;
        log.amount = 1000;
        auto commits = m_lake->logCommits(m_repo, "main", log);
        LS_VERIFY_OK(commits);
        QVERIFY(commits->results.size() >= 2);
        for (std::size_t i = 0; i + 1 < commits->results.size(); ++i) {
            QCOMPARE(commits->results[i].parents, std::vector<std::string>{commits->results[i + 1].id});
            QCOMPARE(commits->results[i].generation, commits->results[i + 1].generation + 1);
        }
    }

    void secondProcessCannotOpen()
    {
        // This process holds the lake; a child cannot open it.
        const std::string lakeRoot = root();
        const pid_t pid = ::fork();
        if (pid == 0) {
            auto lake = LocalLake::open(lakeRoot);
            const bool refused = !lake
                && lake.error().message.find("is in use by another process") != std::string::npos;
            ::_exit(refused ? 0 : 1);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);

        // The other way round: a child holds it until told to let go.
        int toChild[2];
        int fromChild[2];
        QCOMPARE(::pipe(toChild), 0);
        QCOMPARE(::pipe(fromChild), 0);
        m_lake.reset();
        const pid_t holder = ::fork();
        if (holder == 0) {
            auto lake = LocalLake::open(lakeRoot);
            const char opened = lake ? 'y' : 'n';
            ::write(fromChild[1], &opened, 1);
            char done = 0;
            ::read(toChild[0], &done, 1);
            ::_exit(lake ? 0 : 1);
        }
        char opened = 0;
        QCOMPARE(::read(fromChild[0], &opened, 1), ssize_t(1));
        QCOMPARE(opened, 'y');
        auto refused = LocalLake::open(lakeRoot);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, "local lake " + fs::canonical(lakeRoot).string()
                                              + " is in use by another process");
        const char done = 'x';
        QCOMPARE(::write(toChild[1], &done, 1), ssize_t(1));
        ::waitpid(holder, &status, 0);
        QCOMPARE(WEXITSTATUS(status), 0);
        for (int fd : {toChild[0], toChild[1], fromChild[0], fromChild[1]})
            ::close(fd);
        LS_VERIFY_OK(reopen());
        LS_VERIFY_OK(m_lake->getRepository(m_repo));
    }
};

QTEST_GUILESS_MAIN(TstLocalLakeDurability)
#include "tst_locallake_durability.moc"
