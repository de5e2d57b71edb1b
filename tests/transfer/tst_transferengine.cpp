// SPDX-License-Identifier: Apache-2.0
// The engine's routes, verification, filters, conflict policies and sync,
// over the in-memory and local-folder stores.
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"
#include "tests/transfer/transfertesthelpers.h"

#include "core/common/md5.h"
#include "core/store/storeops.h"

#include <QTest>

#include <filesystem>
#include <mutex>

using namespace lakescope;
using namespace lakescope::testing;

namespace {

constexpr std::uint64_t kPart = 256 * 1024;

EngineConfig smallEngine()
{
    EngineConfig config;
    config.threads = 4;
    config.memoryBudget = 4 * kPart;
    return config;
}

} // namespace

class TestTransferEngine : public QObject
{
    Q_OBJECT

private slots:
    void uploadsATreeInPartsAndVerifies()
    {
        TempDir dir;
        QVERIFY(dir.writeFile("data/small.txt", "hello"));
        QVERIFY(dir.writeFile("data/sub/big.bin", patternBytes(5 * kPart + 123, 1)));
        QVERIFY(dir.writeFile("data/sub/empty", ""));
        auto local = std::make_shared<LocalStore>(dir.path());
        auto memory = std::make_shared<MemoryStore>();

        TransferEngine engine(smallEngine());
        std::mutex mutex;
        std::vector<TransferEvent> events;
        engine.setEventHandler([&](const TransferEvent &event) {
            std::lock_guard lock(mutex);
            events.push_back(event);
        });
        TransferRequest request = treeRequest(local, "data/", memory, "copy/");
        request.options.partSize = kPart;
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);

        QCOMPARE(readObject(*memory, "copy/small.txt"), std::string("hello"));
        QCOMPARE(readObject(*memory, "copy/sub/big.bin"), patternBytes(5 * kPart + 123, 1));
        QCOMPARE(readObject(*memory, "copy/sub/empty"), std::string());
        const JobProgress progress = job->progress();
        QCOMPARE(progress.filesTotal, std::uint64_t{3});
        QCOMPARE(progress.filesDone, std::uint64_t{3});
        QCOMPARE(progress.bytesDone, progress.bytesTotal);
        QCOMPARE(progress.bytesTotal, std::uint64_t{5 * kPart + 128});
        for (const FileProgress &file : job->files()) {
            QCOMPARE(file.state, TransferState::Done);
            QVERIFY2(file.message.starts_with("verified: "), file.message.c_str());
        }
        // The big file went in parts: its ETag is the multipart one, and it was checked.
        auto big = memory->head("copy/sub/big.bin");
        LS_VERIFY_OK(big);
        QVERIFY2(big->etag.ends_with("-6"), big->etag.c_str());
        std::lock_guard lock(mutex);
        const bool sawVerifying = std::any_of(events.begin(), events.end(), [](const TransferEvent &e) {
            return e.file >= 0 && e.state == TransferState::Verifying;
        });
        QVERIFY(sawVerifying);
        QCOMPARE(events.back().file, -1L);
        QCOMPARE(events.back().state, TransferState::Done);
    }

    void downloadsInAlignedRangesAndChecksTheMultipartEtag()
    {
        auto memory = std::make_shared<MemoryStore>();
        // Parts of whole MiB, as every common tool cuts them.
        constexpr std::uint64_t kMiB = 1 << 20;
        const std::string bytes = patternBytes(4 * kMiB + 17, 2);
        auto upload = memory->startMultipart("big.bin");
        LS_VERIFY_OK(upload);
        std::vector<PartInfo> parts;
        for (int i = 0; i < 5; ++i) {
            ViewSource part(std::string_view(bytes).substr(i * kMiB, kMiB));
            auto put = (*upload)->putPart(i + 1, part);
            LS_VERIFY_OK(put);
            parts.push_back(*put);
        }
        LS_VERIFY_OK((*upload)->complete(parts));
        QVERIFY(putObject(*memory, "plain.bin", patternBytes(3 * kPart, 3)));

        TempDir dir;
        auto local = std::make_shared<LocalStore>(dir.path());
        TransferEngine engine(smallEngine());
        TransferRequest request = treeRequest(memory, "", local, "out/");
        // A different requested size: the engine must cut ranges at the source's parts.
        request.options.partSize = 100 * 1024;
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(dir.readFile("out/big.bin"), bytes);
        QCOMPARE(dir.readFile("out/plain.bin"), patternBytes(3 * kPart, 3));
        const auto files = job->files();
        const auto big = std::find_if(files.begin(), files.end(), [](const FileProgress &f) { return f.sourceKey == "big.bin"; });
        QCOMPARE(big->message, std::string("verified: multipart etag"));
        const auto plain = std::find_if(files.begin(), files.end(), [](const FileProgress &f) { return f.sourceKey == "plain.bin"; });
        QCOMPARE(plain->message, std::string("verified: md5"));
        // No temporary file is left behind.
        QCOMPARE(dir.entries("out"), (std::vector<std::string>{"big.bin", "plain.bin"}));
    }

    void copiesBetweenLocalFolders()
    {
        TempDir dir;
        QVERIFY(dir.writeFile("a/one.bin", patternBytes(3 * kPart + 5, 4)));
        QVERIFY(dir.writeFile("a/deep/two.txt", "two"));
        auto from = std::make_shared<LocalStore>(dir.filePath("a"));
        auto to = std::make_shared<LocalStore>(dir.filePath("b"));
        TransferEngine engine(smallEngine());
        auto job = engine.submit(treeRequest(from, "", to, ""));
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(dir.readFile("b/one.bin"), patternBytes(3 * kPart + 5, 4));
        QCOMPARE(dir.readFile("b/deep/two.txt"), std::string("two"));
        QCOMPARE(dir.entries("b"), (std::vector<std::string>{"deep/", "deep/two.txt", "one.bin"}));
    }

    void copiesServerSideWithinOneStore()
    {
        auto memory = std::make_shared<MemoryStore>();
        QVERIFY(putObject(*memory, "src/x", "x-bytes"));
        TransferEngine engine(smallEngine());
        TransferRequest request;
        request.source = endpoint(memory, "src/x");
        request.destination = endpoint(memory, "dst/x");
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(readObject(*memory, "dst/x"), std::string("x-bytes"));
        QVERIFY(job->file(0).message.find("server-side") != std::string::npos);
    }

    void filtersByIncludeAndExclude()
    {
        auto from = std::make_shared<MemoryStore>();
        for (const char *key : {"a.csv", "b.json", "sub/c.csv", "sub/tmp/d.csv", "sub/e.txt"})
            QVERIFY(putObject(*from, key, key));
        auto to = std::make_shared<MemoryStore>();
        TransferEngine engine(smallEngine());
        TransferRequest request = treeRequest(from, "", to, "");
        request.options.include = {"*.csv"};
        request.options.exclude = {"sub/tmp/**"};
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        std::vector<std::string> keys;
        LS_VERIFY_OK(storeops::walk(*to, "", [&](const ObjectInfo &info) {
            keys.push_back(info.key);
            return true;
        }));
        QCOMPARE(keys, (std::vector<std::string>{"a.csv", "sub/c.csv"}));
    }

    void appliesTheConflictPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QString>("expectSame");
        QTest::addColumn<QString>("expectDifferent");
        QTest::addColumn<int>("expectSkipped");
        QTest::newRow("overwrite") << int(ConflictPolicy::Overwrite) << "new-same" << "new-diff!" << 0;
        QTest::newRow("skip") << int(ConflictPolicy::Skip) << "new-same" << "old" << 2;
        QTest::newRow("identical") << int(ConflictPolicy::SkipIdentical) << "new-same" << "new-diff!" << 1;
    }

    void appliesTheConflictPolicies()
    {
        QFETCH(int, policy);
        QFETCH(QString, expectSame);
        QFETCH(QString, expectDifferent);
        QFETCH(int, expectSkipped);
        auto from = std::make_shared<MemoryStore>();
        auto to = std::make_shared<MemoryStore>();
        QVERIFY(putObject(*from, "same", "new-same"));
        QVERIFY(putObject(*to, "same", "new-same"));
        QVERIFY(putObject(*from, "different", "new-diff!"));
        QVERIFY(putObject(*to, "different", "old"));
        QVERIFY(putObject(*from, "fresh", "fresh"));
        TransferEngine engine(smallEngine());
        TransferRequest request = treeRequest(from, "", to, "");
        request.options.ifExists = static_cast<ConflictPolicy>(policy);
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(readObject(*to, "same"), expectSame.toStdString());
        QCOMPARE(readObject(*to, "different"), expectDifferent.toStdString());
        QCOMPARE(readObject(*to, "fresh"), std::string("fresh"));
        QCOMPARE(job->progress().filesSkipped, std::uint64_t(expectSkipped));
        for (const FileProgress &file : job->files()) {
            if (file.state == TransferState::Skipped)
                QVERIFY2(!file.message.empty(), "a skip must say why");
        }
    }

    void newerOnlyComparesModificationTimes()
    {
        TempDir dir;
        QVERIFY(dir.writeFile("src/old.txt", "source, older"));
        QVERIFY(dir.writeFile("src/new.txt", "source, newer"));
        QVERIFY(dir.writeFile("dst/old.txt", "destination, newer"));
        QVERIFY(dir.writeFile("dst/new.txt", "destination, older"));
        const auto now = std::filesystem::file_time_type::clock::now();
        std::filesystem::last_write_time(dir.filePath("src/old.txt"), now - std::chrono::hours(2));
        std::filesystem::last_write_time(dir.filePath("dst/old.txt"), now - std::chrono::hours(1));
        std::filesystem::last_write_time(dir.filePath("dst/new.txt"), now - std::chrono::hours(3));
        TransferEngine engine(smallEngine());
        TransferRequest request = treeRequest(std::make_shared<LocalStore>(dir.filePath("src")), "",
                                              std::make_shared<LocalStore>(dir.filePath("dst")), "");
        request.options.ifExists = ConflictPolicy::NewerOnly;
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(dir.readFile("dst/old.txt"), std::string("destination, newer"));
        QCOMPARE(dir.readFile("dst/new.txt"), std::string("source, newer"));
        QCOMPARE(job->progress().filesSkipped, std::uint64_t{1});
    }

    void copiesAListOfObjectsUnderTheirFolder()
    {
        auto from = std::make_shared<MemoryStore>();
        for (const char *key : {"base/a.txt", "base/sub/b.txt", "base/c.txt"})
            QVERIFY(putObject(*from, key, key));
        auto to = std::make_shared<MemoryStore>();
        TransferEngine engine(smallEngine());
        TransferRequest request;
        request.kind = TransferKind::Objects;
        request.source = endpoint(from, "base/");
        request.keys = {"base/a.txt", "base/sub/b.txt"};
        request.destination = endpoint(to, "picked/");
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(readObject(*to, "picked/a.txt"), std::string("base/a.txt"));
        QCOMPARE(readObject(*to, "picked/sub/b.txt"), std::string("base/sub/b.txt"));
        QVERIFY(!memoryHas(*to, "picked/c.txt"));
        QCOMPARE(job->progress().filesTotal, std::uint64_t{2});
    }

    void skipsIdenticalLocalFilesByHashing()
    {
        TempDir dir;
        QVERIFY(dir.writeFile("same", "identical bytes"));
        QVERIFY(dir.writeFile("changed", "local version"));
        auto local = std::make_shared<LocalStore>(dir.path());
        auto memory = std::make_shared<MemoryStore>();
        QVERIFY(putObject(*memory, "same", "identical bytes"));
        QVERIFY(putObject(*memory, "changed", "other version"));
        TransferEngine engine(smallEngine());
        TransferRequest request = treeRequest(memory, "", local, "");
        request.options.ifExists = ConflictPolicy::SkipIdentical;
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(dir.readFile("changed"), std::string("other version"));
        QCOMPARE(job->progress().filesSkipped, std::uint64_t{1});
    }

    void renamesBesideAnExistingFile()
    {
        auto from = std::make_shared<MemoryStore>();
        auto to = std::make_shared<MemoryStore>();
        QVERIFY(putObject(*from, "dir/report.csv", "new"));
        QVERIFY(putObject(*to, "dir/report.csv", "old"));
        QVERIFY(putObject(*to, "dir/report (1).csv", "older"));
        TransferEngine engine(smallEngine());
        TransferRequest request = treeRequest(from, "", to, "");
        request.options.ifExists = ConflictPolicy::Rename;
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(readObject(*to, "dir/report.csv"), std::string("old"));
        QCOMPARE(readObject(*to, "dir/report (2).csv"), std::string("new"));
        QCOMPARE(job->file(0).destinationKey, std::string("dir/report (2).csv"));
    }

    void syncCopiesWhatDiffersAndDeletesExtraneous()
    {
        auto from = std::make_shared<MemoryStore>();
        auto to = std::make_shared<MemoryStore>();
        QVERIFY(putObject(*from, "keep", "same"));
        QVERIFY(putObject(*to, "keep", "same"));
        QVERIFY(putObject(*from, "change", "v2-longer"));
        QVERIFY(putObject(*to, "change", "v1"));
        QVERIFY(putObject(*from, "add", "added"));
        QVERIFY(putObject(*to, "stale", "gone"));
        TransferEngine engine(smallEngine());

        TransferRequest dry = treeRequest(from, "", to, "");
        dry.options.sync = true;
        dry.options.deleteExtraneous = true;
        dry.options.dryRun = true;
        auto planned = engine.submit(dry);
        QCOMPARE(planned->wait(), TransferState::Done);
        QCOMPARE(planned->deletions(), std::vector<std::string>{"stale"});
        QCOMPARE(readObject(*to, "change"), std::string("v1")); // a dry run changes nothing
        QCOMPARE(readObject(*to, "stale"), std::string("gone"));
        std::vector<std::string> wouldCopy;
        for (const FileProgress &file : planned->files()) {
            if (file.state == TransferState::Queued)
                wouldCopy.push_back(file.sourceKey);
        }
        std::sort(wouldCopy.begin(), wouldCopy.end());
        QCOMPARE(wouldCopy, (std::vector<std::string>{"add", "change"}));

        TransferRequest real = dry;
        real.options.dryRun = false;
        auto job = engine.submit(real);
        QCOMPARE(job->wait(), TransferState::Done);
        QCOMPARE(readObject(*to, "change"), std::string("v2-longer"));
        QCOMPARE(readObject(*to, "add"), std::string("added"));
        QVERIFY(!memoryHas(*to, "stale"));
        QCOMPARE(job->progress().filesSkipped, std::uint64_t{1});
    }

    void refusesAKeyThatWouldEscapeTheDestination()
    {
        auto memory = std::make_shared<MemoryStore>();
        QVERIFY(putObject(*memory, "in/../../escape.txt", "evil"));
        QVERIFY(putObject(*memory, "in/good.txt", "good"));
        TempDir dir;
        QVERIFY(dir.makeDir("dest"));
        auto local = std::make_shared<LocalStore>(dir.filePath("dest"));
        TransferEngine engine(smallEngine());
        auto job = engine.submit(treeRequest(memory, "in/", local, ""));
        QCOMPARE(job->wait(), TransferState::Failed);
        QCOMPARE(dir.readFile("dest/good.txt"), std::string("good"));
        QCOMPARE(dir.entries(), (std::vector<std::string>{"dest/", "dest/good.txt"}));
        const JobProgress progress = job->progress();
        QCOMPARE(progress.filesFailed, std::uint64_t{1});
        QVERIFY2(progress.lastError.find("refused") != std::string::npos, progress.lastError.c_str());
    }

    void failsClearlyWhenTheSourceIsMissing()
    {
        auto memory = std::make_shared<MemoryStore>();
        TransferEngine engine(smallEngine());
        TransferRequest request;
        request.source = endpoint(memory, "nope");
        request.destination = endpoint(std::make_shared<MemoryStore>(), "x");
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Failed);
        QVERIFY2(job->progress().lastError.find("nope") != std::string::npos, job->progress().lastError.c_str());
    }

private:
    static bool memoryHas(ObjectStore &store, const std::string &key) { return store.head(key).ok(); }
};

QTEST_GUILESS_MAIN(TestTransferEngine)
#include "tst_transferengine.moc"
