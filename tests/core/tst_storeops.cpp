// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/localstore.h"
#include "core/backends/memory/memorystore.h"
#include "core/common/bytepipe.h"
#include "core/store/storeops.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"
#include "tests/support/teststreams.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace lakescope;
using lakescope::testing::GeneratedSource;
using lakescope::testing::Md5Sink;
using lakescope::testing::TempDir;

namespace {

// Forwards to a real store, with the faults a test switches on, and counts
// the calls that matter to storeops.
class FaultyStore final : public ObjectStore
{
public:
    explicit FaultyStore(ObjectStorePtr inner) : m_inner(std::move(inner)) {}

    bool noRename = false;
    bool noCopy = false;
    int maxDeleteBatch = 0;                       // 0: the inner store's
    std::optional<std::uint64_t> failPutAfter;    // bytes read before put fails
    std::optional<std::uint64_t> failGetAfter;    // bytes sent before get fails
    std::optional<std::uint64_t> cancelPutAfter;  // bytes read before `canceller` fires
    CancellationSource canceller;

    std::atomic<int> renameCalls{0};
    std::atomic<int> copyCalls{0};
    std::atomic<std::uint64_t> bytesServed{0};
    std::mutex mutex;
    std::vector<std::size_t> deleteBatches;
    std::vector<std::string> listedPrefixes;

    std::string displayName() const override { return "faulty+" + m_inner->displayName(); }
    Capabilities capabilities() const override
    {
        Capabilities caps = m_inner->capabilities();
        if (maxDeleteBatch > 0)
            caps.maxDeleteBatch = maxDeleteBatch;
        return caps;
    }
    Result<ListPage> list(const ListOptions &options, CancellationToken cancel = {}) override
    {
        std::lock_guard lock(mutex);
        listedPrefixes.push_back(options.prefix);
        return m_inner->list(options, cancel);
    }
    Result<ObjectInfo> head(const std::string &key, CancellationToken cancel = {}) override
    {
        return m_inner->head(key, cancel);
    }
    Result<ObjectInfo> get(const std::string &key, ByteSink &sink, const ByteRange &range = {},
                           const GetOptions &options = {}, CancellationToken cancel = {}) override
    {
        Relay relay{sink, failGetAfter, bytesServed};
        return m_inner->get(key, relay, range, options, cancel);
    }
    Result<ObjectInfo> put(const std::string &key, ByteSource &data, const PutOptions &options = {},
                           CancellationToken cancel = {}) override
    {
        Intake intake{data, failPutAfter, cancelPutAfter, canceller};
        return m_inner->put(key, intake, options, cancel);
    }
    Result<std::unique_ptr<MultipartUpload>> startMultipart(const std::string &key, const PutOptions &options = {}) override
    {
        return m_inner->startMultipart(key, options);
    }
    Result<ObjectInfo> copy(const std::string &from, const std::string &to, const CopyOptions &options = {},
                            CancellationToken cancel = {}) override
    {
        ++copyCalls;
        if (noCopy)
            return Error::notSupported("copy is switched off");
        return m_inner->copy(from, to, options, cancel);
    }
    Result<ObjectInfo> rename(const std::string &from, const std::string &to, CancellationToken cancel = {}) override
    {
        ++renameCalls;
        if (noRename)
            return Error::notSupported("rename is switched off");
        return m_inner->rename(from, to, cancel);
    }
    Result<std::vector<DeleteOutcome>> removeBatch(const std::vector<std::string> &keys,
                                                   CancellationToken cancel = {}) override
    {
        {
            std::lock_guard lock(mutex);
            deleteBatches.push_back(keys.size());
        }
        if (maxDeleteBatch > 0 && keys.size() > static_cast<std::size_t>(maxDeleteBatch))
            return Error::invalidInput("batch too large");
        return m_inner->removeBatch(keys, cancel);
    }
    Result<std::string> presign(const std::string &key, PresignMethod method, std::chrono::seconds expiry) override
    {
        return m_inner->presign(key, method, expiry);
    }

private:
    // Passes a download through, failing once `limit` bytes went by.
    struct Relay final : ByteSink
    {
        Relay(ByteSink &sink, std::optional<std::uint64_t> limit, std::atomic<std::uint64_t> &served)
            : sink(sink), limit(limit), served(served) {}
        Status write(std::span<const char> data) override
        {
            if (limit && served.load() >= *limit)
                return Error::transient("connection reset while downloading");
            served += data.size();
            return sink.write(data);
        }
        ByteSink &sink;
        std::optional<std::uint64_t> limit;
        std::atomic<std::uint64_t> &served;
    };

    // Passes an upload through, failing or cancelling past a byte count.
    struct Intake final : ByteSource
    {
        Intake(ByteSource &source, std::optional<std::uint64_t> failAfter, std::optional<std::uint64_t> cancelAfter,
               CancellationSource &canceller)
            : source(source), failAfter(failAfter), cancelAfter(cancelAfter), canceller(canceller) {}
        Result<std::size_t> read(std::span<char> buffer) override
        {
            if (failAfter && taken >= *failAfter)
                return Error::fatal("disk full while uploading");
            if (cancelAfter && taken >= *cancelAfter)
                canceller.cancel();
            auto n = source.read(buffer);
            if (n)
                taken += *n;
            return n;
        }
        std::optional<std::uint64_t> size() const override { return source.size(); }
        ByteSource &source;
        std::optional<std::uint64_t> failAfter;
        std::optional<std::uint64_t> cancelAfter;
        CancellationSource &canceller;
        std::uint64_t taken = 0;
    };

    ObjectStorePtr m_inner;
};

Status putText(ObjectStore &store, const std::string &key, std::string text, const PutOptions &options = {})
{
    StringSource source(std::move(text));
    auto put = store.put(key, source, options);
    return put ? Status{} : Status(put.error());
}

std::vector<std::string> keysOf(const std::vector<ObjectInfo> &objects)
{
    std::vector<std::string> keys;
    for (const auto &object : objects)
        keys.push_back(object.key);
    return keys;
}

} // namespace

class TstStoreOps final : public QObject
{
    Q_OBJECT

private slots:
    void walkVisitsEveryObjectInOrder()
    {
        MemoryStore store;
        std::vector<std::string> expected;
        for (int i = 0; i < 2500; ++i) {
            expected.push_back("w/" + std::to_string(i % 7) + "/" + std::to_string(10000 + i));
            LS_VERIFY_OK(putText(store, expected.back(), "x"));
        }
        LS_VERIFY_OK(putText(store, "w-sibling", "not under w/"));
        std::sort(expected.begin(), expected.end());

        std::vector<std::string> seen;
        LS_VERIFY_OK(storeops::walk(store, "w/", [&](const ObjectInfo &object) {
            seen.push_back(object.key);
            return true;
        }));
        QCOMPARE(seen, expected);

        // The visitor stops the walk early; that is not an error.
        int visited = 0;
        LS_VERIFY_OK(storeops::walk(store, "w/", [&](const ObjectInfo &) { return ++visited < 10; }));
        QCOMPARE(visited, 10);

        CancellationSource cancel;
        cancel.cancel();
        LS_VERIFY_ERROR(storeops::walk(store, "w/", [](const ObjectInfo &) { return true; }, cancel.token()),
                        ErrorCode::Cancelled);
    }

    void duSumsObjectsAndBytes()
    {
        MemoryStore store;
        std::uint64_t bytes = 0;
        for (int i = 0; i < 1500; ++i) {
            const std::string text(static_cast<std::size_t>(i % 13), 'b');
            bytes += text.size();
            LS_VERIFY_OK(putText(store, "d/" + std::to_string(i), text));
        }
        LS_VERIFY_OK(putText(store, "elsewhere", "not counted"));
        auto usage = storeops::du(store, "d/");
        LS_VERIFY_OK(usage);
        QCOMPARE(usage->objects, std::uint64_t{1500});
        QCOMPARE(usage->bytes, bytes);

        TempDir dir;
        QVERIFY(dir.writeFile("tree/a.txt", "12345"));
        QVERIFY(dir.writeFile("tree/sub/b.txt", "123"));
        QVERIFY(dir.makeDir("tree/empty"));
        LocalStore local(dir.filePath("tree"));
        auto localUsage = storeops::du(local, "");
        LS_VERIFY_OK(localUsage);
        QCOMPARE(localUsage->objects, std::uint64_t{2});
        QCOMPARE(localUsage->bytes, std::uint64_t{8});
    }

    void globMatch_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star") << QByteArray("*.csv") << QByteArray("a.csv") << true;
        QTest::newRow("star stops at slash") << QByteArray("*.csv") << QByteArray("dir/a.csv") << false;
        QTest::newRow("star in a folder") << QByteArray("a/*/c") << QByteArray("a/b/c") << true;
        QTest::newRow("star is one level") << QByteArray("a/*/c") << QByteArray("a/b/x/c") << false;
        QTest::newRow("globstar crosses folders") << QByteArray("**/*.csv") << QByteArray("d/s/a.csv") << true;
        QTest::newRow("globstar may be empty") << QByteArray("**/*.csv") << QByteArray("a.csv") << true;
        QTest::newRow("globstar tail") << QByteArray("data/**") << QByteArray("data/x/y/z") << true;
        QTest::newRow("globstar other root") << QByteArray("data/**") << QByteArray("other/x") << false;
        QTest::newRow("globstar no folder") << QByteArray("data/**/part-?.parquet")
                                            << QByteArray("data/part-1.parquet") << true;
        QTest::newRow("globstar partitions") << QByteArray("data/**/part-?.parquet")
                                             << QByteArray("data/y=2024/m=01/part-7.parquet") << true;
        QTest::newRow("question is one char") << QByteArray("data/**/part-?.parquet")
                                              << QByteArray("data/y=2024/part-12.parquet") << false;
        QTest::newRow("globstar inside a name") << QByteArray("a**b") << QByteArray("a/x/b") << true;
        QTest::newRow("question") << QByteArray("file?.txt") << QByteArray("file1.txt") << true;
        QTest::newRow("question not slash") << QByteArray("file?.txt") << QByteArray("file/.txt") << false;
        QTest::newRow("question utf-8") << QByteArray("donn?es/*") << QByteArray("donn\xc3\xa9" "es/x") << true;
        QTest::newRow("class") << QByteArray("[abc].txt") << QByteArray("b.txt") << true;
        QTest::newRow("class miss") << QByteArray("[abc].txt") << QByteArray("d.txt") << false;
        QTest::newRow("negated class") << QByteArray("[!abc].txt") << QByteArray("d.txt") << true;
        QTest::newRow("negated class miss") << QByteArray("[!abc].txt") << QByteArray("a.txt") << false;
        QTest::newRow("caret negation") << QByteArray("[^a]x") << QByteArray("bx") << true;
        QTest::newRow("range") << QByteArray("[a-c]x") << QByteArray("bx") << true;
        QTest::newRow("range miss") << QByteArray("[a-c]x") << QByteArray("dx") << false;
        QTest::newRow("bracket first") << QByteArray("[]]x") << QByteArray("]x") << true;
        QTest::newRow("class utf-8") << QByteArray("[\xc3\xa9]t\xc3\xa9") << QByteArray("\xc3\xa9t\xc3\xa9") << true;
        QTest::newRow("class not slash") << QByteArray("a[/]b") << QByteArray("a/b") << false;
        QTest::newRow("escaped star") << QByteArray("\\*literal") << QByteArray("*literal") << true;
        QTest::newRow("escaped star miss") << QByteArray("\\*literal") << QByteArray("xliteral") << false;
        QTest::newRow("escaped question") << QByteArray("a\\?b") << QByteArray("a?b") << true;
        QTest::newRow("escaped question miss") << QByteArray("a\\?b") << QByteArray("axb") << false;
        QTest::newRow("unterminated class") << QByteArray("odd[") << QByteArray("odd[") << true;
        QTest::newRow("exact") << QByteArray("exact/key.txt") << QByteArray("exact/key.txt") << true;
        QTest::newRow("exact is whole") << QByteArray("exact/key.txt") << QByteArray("exact/key.txt2") << false;
        QTest::newRow("everything") << QByteArray("**") << QByteArray("any/thing/at/all") << true;
        QTest::newRow("backtracking") << QByteArray("*a*a*a*a*a*b") << QByteArray(64, 'a') << false;
    }

    void globMatch()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, key);
        QFETCH(bool, matches);
        QCOMPARE(storeops::globMatch(pattern.toStdString(), key.toStdString()), matches);
    }

    void globPrefix_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("globstar") << QByteArray("data/**/*.csv") << QByteArray("data/");
        QTest::newRow("no wildcard") << QByteArray("exact.txt") << QByteArray("exact.txt");
        QTest::newRow("escape") << QByteArray("a\\*b*") << QByteArray("a*b");
        QTest::newRow("class first") << QByteArray("[x]") << QByteArray("");
        QTest::newRow("mid name") << QByteArray("logs/2024-0?-*") << QByteArray("logs/2024-0");
        QTest::newRow("star only") << QByteArray("*") << QByteArray("");
    }

    void globPrefix()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, prefix);
        QCOMPARE(storeops::globPrefix(pattern.toStdString()), prefix.toStdString());
    }

    void globListsOnlyUnderItsPrefix()
    {
        auto store = std::make_shared<FaultyStore>(std::make_shared<MemoryStore>());
        for (const char *key : {"data/a.csv", "data/x/b.csv", "data/x/c.json", "other/d.csv", "data.csv"})
            LS_VERIFY_OK(putText(*store, key, "x"));
        auto found = storeops::glob(*store, "data/**/*.csv");
        LS_VERIFY_OK(found);
        QCOMPARE(keysOf(*found), (std::vector<std::string>{"data/a.csv", "data/x/b.csv"}));
        QCOMPARE(store->listedPrefixes, std::vector<std::string>{"data/"});

        auto exact = storeops::glob(*store, "data/x/c.json");
        LS_VERIFY_OK(exact);
        QCOMPARE(keysOf(*exact), std::vector<std::string>{"data/x/c.json"});
        auto none = storeops::glob(*store, "data/x/c");
        LS_VERIFY_OK(none);
        QVERIFY(none->empty());
    }

    void renameFallsBackToCopyAndDelete()
    {
        auto store = std::make_shared<FaultyStore>(std::make_shared<MemoryStore>());
        store->noRename = true;
        PutOptions typed;
        typed.contentType = "text/csv";
        typed.metadata = {{"owner", "ana"}};
        LS_VERIFY_OK(putText(*store, "from.csv", "a,b", typed));
        auto renamed = storeops::rename(*store, "from.csv", "to/renamed.csv");
        LS_VERIFY_OK(renamed);
        QCOMPARE(store->renameCalls.load(), 1);
        QCOMPARE(store->copyCalls.load(), 1);
        LS_VERIFY_ERROR(store->head("from.csv"), ErrorCode::NotFound);
        auto head = store->head("to/renamed.csv");
        LS_VERIFY_OK(head);
        QCOMPARE(head->contentType, typed.contentType);
        QVERIFY(head->metadata == typed.metadata);

        // Without a server-side copy either, the bytes are streamed.
        store->noCopy = true;
        auto streamed = storeops::rename(*store, "to/renamed.csv", "again.csv");
        LS_VERIFY_OK(streamed);
        StringSink sink;
        LS_VERIFY_OK(store->get("again.csv", sink));
        QCOMPARE(sink.data(), std::string("a,b"));
        LS_VERIFY_ERROR(store->head("to/renamed.csv"), ErrorCode::NotFound);
        QCOMPARE(store->head("again.csv").value().contentType, typed.contentType);

        // A failed copy deletes nothing.
        LS_VERIFY_ERROR(storeops::rename(*store, "absent.csv", "x.csv"), ErrorCode::NotFound);
        LS_VERIFY_ERROR(store->head("x.csv"), ErrorCode::NotFound);
        LS_VERIFY_OK(store->head("again.csv"));
    }

    void removeRecursiveDeletesInBatches()
    {
        auto store = std::make_shared<FaultyStore>(std::make_shared<MemoryStore>());
        store->maxDeleteBatch = 7;
        std::uint64_t bytes = 0;
        for (int i = 0; i < 250; ++i) {
            const std::string text(static_cast<std::size_t>(i % 5 + 1), 'r');
            bytes += text.size();
            LS_VERIFY_OK(putText(*store, "gone/" + std::to_string(i % 3) + "/" + std::to_string(i), text));
        }
        for (const char *key : {"gone-not", "keep/x", "gone"})
            LS_VERIFY_OK(putText(*store, key, "stays"));
        auto removed = storeops::removeRecursive(*store, "gone/");
        LS_VERIFY_OK(removed);
        QCOMPARE(removed->objects, std::uint64_t{250});
        QCOMPARE(removed->bytes, bytes);
        std::size_t total = 0;
        for (const auto size : store->deleteBatches) {
            QVERIFY(size <= 7);
            total += size;
        }
        QCOMPARE(total, std::size_t{250});
        auto left = storeops::du(*store, "");
        LS_VERIFY_OK(left);
        QCOMPARE(left->objects, std::uint64_t{3});
    }

    void copyObjectBetweenMemoryAndLocal()
    {
        constexpr std::uint64_t size = 20u << 20;
        constexpr std::uint32_t seed = 21;
        MemoryStore memory;
        TempDir dir;
        LocalStore local(dir.path());
        PutOptions typed;
        typed.contentType = "application/vnd.apache.parquet";
        typed.metadata = {{"owner", "ana"}, {"rows", "1000000"}};
        GeneratedSource source(size, seed);
        LS_VERIFY_OK(memory.put("big.bin", source, typed));

        auto copied = storeops::copyObject(memory, "big.bin", local, "landed/big.bin");
        LS_VERIFY_OK(copied);
        QCOMPARE(copied->size, size);
        Md5Sink onDisk;
        LS_VERIFY_OK(local.get("landed/big.bin", onDisk));
        QCOMPARE(onDisk.finishHex(), GeneratedSource::md5(seed, 0, size));
        if (local.capabilities().userMetadata) {
            auto head = local.head("landed/big.bin");
            LS_VERIFY_OK(head);
            QCOMPARE(head->contentType, typed.contentType);
            QVERIFY(head->metadata == typed.metadata);
        }

        auto back = storeops::copyObject(local, "landed/big.bin", memory, "returned.bin");
        LS_VERIFY_OK(back);
        Md5Sink inMemory;
        LS_VERIFY_OK(memory.get("returned.bin", inMemory));
        QCOMPARE(inMemory.finishHex(), GeneratedSource::md5(seed, 0, size));
        QCOMPARE(inMemory.bytes(), size);
    }

    void copyObjectWithinOneStoreIsServerSide()
    {
        auto store = std::make_shared<FaultyStore>(std::make_shared<MemoryStore>());
        LS_VERIFY_OK(putText(*store, "a", "same store"));
        LS_VERIFY_OK(storeops::copyObject(*store, "a", *store, "b"));
        QCOMPARE(store->copyCalls.load(), 1);
        QCOMPARE(store->bytesServed.load(), std::uint64_t{0}); // nothing went through us
        store->noCopy = true;
        LS_VERIFY_OK(storeops::copyObject(*store, "a", *store, "c"));
        QCOMPARE(store->bytesServed.load(), std::uint64_t{10});
        StringSink sink;
        LS_VERIFY_OK(store->get("c", sink));
        QCOMPARE(sink.data(), std::string("same store"));
    }

    void copyObjectFailingDestinationReleasesSource()
    {
        constexpr std::uint64_t size = 20u << 20;
        auto from = std::make_shared<FaultyStore>(std::make_shared<MemoryStore>());
        GeneratedSource source(size, 3);
        LS_VERIFY_OK(from->put("big.bin", source, {}, {}));
        auto to = std::make_shared<FaultyStore>(std::make_shared<MemoryStore>());
        to->failPutAfter = 3u << 20;

        LS_VERIFY_ERROR(storeops::copyObject(*from, "big.bin", *to, "big.bin"), ErrorCode::Fatal);
        LS_VERIFY_ERROR(to->head("big.bin"), ErrorCode::NotFound);
        // The download stopped soon after the upload did: it never ran
        // further ahead than the pipe holds.
        QVERIFY(from->bytesServed.load() < size);
    }

    void copyObjectFailingSourceReleasesDestination()
    {
        auto from = std::make_shared<FaultyStore>(std::make_shared<MemoryStore>());
        GeneratedSource source(20u << 20, 4);
        LS_VERIFY_OK(from->put("big.bin", source, {}, {}));
        from->failGetAfter = 5u << 20;
        MemoryStore to;
        LS_VERIFY_ERROR(storeops::copyObject(*from, "big.bin", to, "big.bin"), ErrorCode::Transient);
        LS_VERIFY_ERROR(to.head("big.bin"), ErrorCode::NotFound);
        LS_VERIFY_ERROR(storeops::copyObject(*from, "absent", to, "absent"), ErrorCode::NotFound);
    }

    void copyObjectCancelledMidway()
    {
        MemoryStore from;
        GeneratedSource source(20u << 20, 5);
        LS_VERIFY_OK(from.put("big.bin", source));
        auto to = std::make_shared<FaultyStore>(std::make_shared<MemoryStore>());
        to->cancelPutAfter = 2u << 20;
        LS_VERIFY_ERROR(storeops::copyObject(from, "big.bin", *to, "big.bin", to->canceller.token()),
                        ErrorCode::Cancelled);
        LS_VERIFY_ERROR(to->head("big.bin"), ErrorCode::NotFound);
    }

    void bytePipeStaysBounded()
    {
        constexpr std::size_t capacity = 1u << 20;
        constexpr std::uint64_t total = 32u << 20;
        BytePipe pipe(capacity);
        std::atomic<std::uint64_t> written{0};
        std::thread producer([&] {
            GeneratedSource source(total, 9);
            std::vector<char> chunk(200'000);
            for (;;) {
                auto n = source.read(chunk);
                if (!n || *n == 0)
                    break;
                if (!pipe.write({chunk.data(), *n}))
                    return;
                written += *n;
            }
            pipe.close();
        });
        Md5Sink consumed;
        std::uint64_t read = 0;
        std::uint64_t worstLead = 0;
        std::vector<char> buffer(64 << 10);
        bool readFailed = false;
        for (;;) {
            auto n = pipe.read(buffer);
            if (!n) {
                readFailed = true;
                pipe.abandon(n.error());
                break;
            }
            if (*n == 0)
                break;
            read += *n;
            LS_VERIFY_OK(consumed.write({buffer.data(), *n}));
            worstLead = std::max(worstLead, written.load() - std::min(written.load(), read));
        }
        producer.join();
        QVERIFY(!readFailed);
        QVERIFY(worstLead <= capacity);
        QCOMPARE(read, total);
        QCOMPARE(consumed.finishHex(), GeneratedSource::md5(9, 0, total));
        QVERIFY(pipe.finished());
    }

    void bytePipeSidesReleaseEachOther()
    {
        // A reader that gives up unblocks a writer waiting for room.
        BytePipe full(64 << 10);
        std::optional<Status> writeResult;
        std::thread writer([&] {
            std::string block(1u << 20, 'w');
            writeResult = full.write({block.data(), block.size()});
        });
        std::vector<char> buffer(1000);
        QVERIFY(full.read(buffer).ok());
        full.abandon(Error::fatal("reader gave up"));
        writer.join();
        QVERIFY(writeResult.has_value());
        QVERIFY(!writeResult->ok());
        QCOMPARE(writeResult->error().message, std::string("reader gave up"));

        // A writer that fails unblocks a reader waiting for data.
        BytePipe empty(64 << 10);
        std::thread failer([&] { empty.fail(Error::transient("writer broke")); });
        auto readResult = empty.read(buffer);
        failer.join();
        LS_VERIFY_ERROR(readResult, ErrorCode::Transient);

        // So does cancellation, for both sides.
        CancellationSource cancel;
        BytePipe watched(16, cancel.token());
        std::thread canceller([&] { cancel.cancel(); });
        auto cancelledRead = watched.read(buffer);
        canceller.join();
        LS_VERIFY_ERROR(cancelledRead, ErrorCode::Cancelled);
        LS_VERIFY_ERROR(watched.write(std::string_view("more than sixteen bytes")), ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TstStoreOps)
#include "tst_storeops.moc"
