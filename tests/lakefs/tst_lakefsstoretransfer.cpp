// SPDX-License-Identifier: Apache-2.0
// The transfer engine with lakefs:// on one side, through LakeFsClient and
// `lakescope-cli serve lakefs`: a local folder up to a branch and back
// down, checked by lakeFS's MD5s; a large file that goes up in spooled
// parts within the engine's memory budget; a sync that finds everything
// identical; and a copy between branches that stays on the server.
#include "core/backends/lakefs/lakefsstore.h"
#include "core/backends/local/localstore.h"
#include "core/common/md5.h"
#include "core/transfer/transferengine.h"
#include "tests/lakefs/lakefsclientfixture.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"
#include "tests/transfer/transfertesthelpers.h"

#include <QTest>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LakeFsClientFixture;
using lakescope::testing::TempDir;
using lakescope::testing::patternBytes;

namespace {

constexpr std::uint64_t kPart = 256 * 1024;

EngineConfig smallEngine()
{
    EngineConfig config;
    config.threads = 4;
    config.memoryBudget = 4 * kPart;
    return config;
}

TransferRequest tree(const ObjectStorePtr &from, const std::string &fromKey, const std::string &fromUrl,
                     const ObjectStorePtr &to, const std::string &toKey, const std::string &toUrl)
{
    TransferRequest request;
    request.kind = TransferKind::Tree;
    request.source = TransferEndpoint{from, fromUrl, fromKey};
    request.destination = TransferEndpoint{to, toUrl, toKey};
    request.options.partSize = kPart;
    return request;
}

std::string messagesOf(const std::vector<FileProgress> &files)
{
    std::string all;
    for (const auto &file : files)
        all += file.sourceKey + ": " + file.message + "\n";
    return all;
}

} // namespace

class TstLakeFsStoreTransfer final : public QObject, private LakeFsClientFixture
{
    Q_OBJECT

public:
    TstLakeFsStoreTransfer() : LakeFsClientFixture("transfers") {}

private slots:
    // Every test works in the one repository "transfers".
    void initTestCase()
    {
        const std::string failure = start();
        QVERIFY2(failure.empty(), failure.c_str());
        RepositoryCreation creation;
        creation.name = "transfers";
        creation.storageNamespace = "local://transfers";
        LS_VERIFY_OK(client().createRepository(creation));
    }

    void localToLakeAndBack()
    {
        TempDir dir;
        const std::string big = patternBytes(5 * kPart + 123, 7);
        QVERIFY(dir.writeFile("up/small.txt", "hello lake"));
        QVERIFY(dir.writeFile("up/sub/big.bin", big));
        QVERIFY(dir.writeFile("up/sub/empty", ""));
        QVERIFY(dir.writeFile("up/donn\xc3\xa9" "es #1.csv", "a,b\n"));
        auto local = std::make_shared<LocalStore>(dir.path().string());
        auto lake = std::make_shared<LakeFsStore>(sharedClient(), "transfers", "main");

        TransferEngine engine(smallEngine());
        auto up = engine.submit(tree(local, "up/", "file://" + dir.path().string(), lake, "in/",
                                     "lakefs://transfers/main"));
        QCOMPARE(up->wait(), TransferState::Done);
        const auto upFiles = up->files();
        QCOMPARE(upFiles.size(), std::size_t{4});
        for (const auto &file : upFiles)
            QVERIFY2(file.state == TransferState::Done && file.message.starts_with("verified"), messagesOf(upFiles).c_str());
        // The engine's part buffers stayed within its budget although the
        // big file is larger: its parts were spooled, then sent as one.
        QVERIFY(engine.bufferBytesPeak() <= engine.memoryBudget());

        auto stats = client().statObject("transfers", "main", "in/sub/big.bin");
        LS_VERIFY_OK(stats);
        QCOMPARE(stats->checksum, Md5::hex(big));
        QCOMPARE(stats->sizeBytes, std::uint64_t{big.size()});
        auto diff = client().diffBranch("transfers", "main", {});
        LS_VERIFY_OK(diff);
        QCOMPARE(diff->results.size(), std::size_t{4});
        CommitCreation commit;
        commit.message = "uploaded by the transfer engine";
        LS_VERIFY_OK(client().commit("transfers", "main", commit));

        auto down = engine.submit(tree(lake, "in/", "lakefs://transfers/main", local, "down/",
                                       "file://" + dir.path().string()));
        QCOMPARE(down->wait(), TransferState::Done);
        QCOMPARE(dir.readFile("down/small.txt"), std::string("hello lake"));
        QCOMPARE(dir.readFile("down/sub/big.bin"), big);
        QVERIFY(dir.exists("down/sub/empty"));
        QCOMPARE(dir.readFile("down/donn\xc3\xa9" "es #1.csv"), std::string("a,b\n"));
        const auto downFiles = down->files();
        for (const auto &file : downFiles) {
            QVERIFY2(file.state == TransferState::Done, messagesOf(downFiles).c_str());
            if (file.bytesTotal > 0)
                QVERIFY2(file.message == "verified: md5", messagesOf(downFiles).c_str());
        }

        // Again, skipping what is identical: lakeFS's MD5s show everything
        // is already there, without moving a byte up.
        TransferRequest skip = tree(local, "up/", "file://" + dir.path().string(), lake, "in/",
                                    "lakefs://transfers/main");
        skip.options.ifExists = ConflictPolicy::SkipIdentical;
        auto again = engine.submit(skip);
        QCOMPARE(again->wait(), TransferState::Done);
        for (const auto &file : again->files()) {
            QVERIFY2(file.state == TransferState::Skipped && file.message.starts_with("identical"),
                     messagesOf(again->files()).c_str());
        }
        QVERIFY(client().diffBranch("transfers", "main", {})->results.empty());
    }

    void betweenBranchesOnTheServer()
    {
        LS_VERIFY_OK(client().createBranch("transfers", "copy-target", "main"));
        auto main = std::make_shared<LakeFsStore>(sharedClient(), "transfers", "main");
        QVERIFY(testing::putObject(*main, "branchcopy/a.txt", "branch copy"));
        auto target = std::make_shared<LakeFsStore>(sharedClient(), "transfers", "copy-target");
        TransferEngine engine(smallEngine());
        auto job = engine.submit(tree(main, "branchcopy/", "lakefs://transfers/main", target, "copied/",
                                      "lakefs://transfers/copy-target"));
        QCOMPARE(job->wait(), TransferState::Done);
        const auto files = job->files();
        QCOMPARE(files.size(), std::size_t{1});
        QVERIFY2(files[0].message.find("server-side copy") != std::string::npos, files[0].message.c_str());
        QCOMPARE(testing::readObject(*target, "copied/a.txt"), std::string("branch copy"));
    }

    void tagDestinationFailsClearly()
    {
        LS_VERIFY_OK(client().createTag("transfers", "frozen", "main"));
        TempDir dir;
        QVERIFY(dir.writeFile("x/file.txt", "x"));
        auto local = std::make_shared<LocalStore>(dir.path().string());
        auto tag = std::make_shared<LakeFsStore>(sharedClient(), "transfers", "frozen");
        TransferEngine engine(smallEngine());
        auto job = engine.submit(tree(local, "x/", "file://" + dir.path().string(), tag, "", "lakefs://transfers/frozen"));
        QCOMPARE(job->wait(), TransferState::Failed);
        const auto files = job->files();
        QCOMPARE(files.size(), std::size_t{1});
        QVERIFY2(files[0].message.find("is a tag: writes need a branch") != std::string::npos, files[0].message.c_str());
    }

    void cleanupTestCase() { stop(); }
};

QTEST_GUILESS_MAIN(TstLakeFsStoreTransfer)
#include "tst_lakefsstoretransfer.moc"
