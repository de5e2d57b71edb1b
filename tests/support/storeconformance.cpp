// SPDX-License-Identifier: Apache-2.0
#include "tests/support/storeconformance.h"

#include "tests/support/testassert.h"
#include "tests/support/teststreams.h"

#include "core/store/storeops.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <latch>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

namespace lakescope::testing {

namespace {

std::string uniqueTag()
{
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%08x%04x", random(), counter++ & 0xffffu);
    return buffer;
}

bool contains(const std::vector<std::string> &values, const std::string &value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

// Records whether every byte it saw was the same, without keeping them.
class UniformSink final : public ByteSink
{
public:
    Status write(std::span<const char> data) override
    {
        for (const char c : data) {
            if (m_bytes++ == 0)
                m_first = c;
            else if (c != m_first)
                m_uniform = false;
        }
        return {};
    }
    bool uniform() const { return m_uniform; }
    char first() const { return m_first; }
    std::uint64_t bytes() const { return m_bytes; }

private:
    std::uint64_t m_bytes = 0;
    char m_first = 0;
    bool m_uniform = true;
};

} // namespace

StoreConformance::StoreConformance(QObject *parent) : QObject(parent) {}

StoreConformance::~StoreConformance() = default;

void StoreConformance::init()
{
    m_store = createStore();
    QVERIFY(m_store);
    m_prefix = "conformance-" + uniqueTag() + "/";
}

void StoreConformance::cleanup()
{
    // Best effort: a failed test may have left the store in any state.
    if (m_store)
        (void)storeops::removeRecursive(*m_store, m_prefix);
    m_store.reset();
}

Result<ObjectInfo> StoreConformance::putString(const std::string &key, std::string data, const PutOptions &options)
{
    StringSource source(std::move(data));
    return m_store->put(key, source, options);
}

Result<std::string> StoreConformance::getString(const std::string &key, const ByteRange &range)
{
    StringSink sink;
    auto info = m_store->get(key, sink, range);
    if (!info)
        return info.error();
    return sink.take();
}

void StoreConformance::putGetHead()
{
    const std::string k = key("hello.txt");
    auto put = putString(k, "hello, world");
    LS_VERIFY_OK(put);
    QCOMPARE(put->key, k);
    QCOMPARE(put->size, std::uint64_t{12});
    QVERIFY(!put->etag.empty());

    auto head = store().head(k);
    LS_VERIFY_OK(head);
    QCOMPARE(head->key, k);
    QCOMPARE(head->size, std::uint64_t{12});
    QCOMPARE(head->etag, put->etag);
    QVERIFY(head->modified.has_value());

    auto got = getString(k);
    LS_VERIFY_OK(got);
    QCOMPARE(*got, std::string("hello, world"));

    const Listing listing = listAll(prefix());
    QVERIFY2(listing.problem.empty(), listing.problem.c_str());
    QCOMPARE(listing.objects, std::vector<std::string>{k});
    QCOMPARE(listing.infos.front().size, std::uint64_t{12});
    QCOMPARE(listing.infos.front().etag, put->etag);
}

void StoreConformance::emptyObject()
{
    const std::string k = key("empty.bin");
    auto put = putString(k, {});
    LS_VERIFY_OK(put);
    QCOMPARE(put->size, std::uint64_t{0});
    auto head = store().head(k);
    LS_VERIFY_OK(head);
    QCOMPARE(head->size, std::uint64_t{0});
    auto whole = getString(k);
    LS_VERIFY_OK(whole);
    QVERIFY(whole->empty());
    auto fromStart = getString(k, ByteRange::from(0));
    LS_VERIFY_OK(fromStart);
    QVERIFY(fromStart->empty());
    const Listing listing = listAll(prefix());
    QCOMPARE(listing.objects, std::vector<std::string>{k});
    QCOMPARE(listing.infos.front().size, std::uint64_t{0});
}

void StoreConformance::overwrite()
{
    const std::string k = key("doc.txt");
    auto first = putString(k, "first version");
    LS_VERIFY_OK(first);
    auto second = putString(k, "the second, longer version");
    LS_VERIFY_OK(second);
    auto got = getString(k);
    LS_VERIFY_OK(got);
    QCOMPARE(*got, std::string("the second, longer version"));
    auto head = store().head(k);
    LS_VERIFY_OK(head);
    QCOMPARE(head->size, std::uint64_t{26});
    QVERIFY(head->etag != first->etag);
    QCOMPARE(listAll(prefix()).objects, std::vector<std::string>{k});
}

void StoreConformance::missingIsNotFound()
{
    LS_VERIFY_ERROR(store().head(key("absent")), ErrorCode::NotFound);
    LS_VERIFY_ERROR(getString(key("absent")), ErrorCode::NotFound);
    LS_VERIFY_OK(putString(key("a/b"), "x"));
    // A prefix of a key is not an object, nor is a path below it.
    LS_VERIFY_ERROR(store().head(key("a")), ErrorCode::NotFound);
    LS_VERIFY_ERROR(store().head(key("a/b/c")), ErrorCode::NotFound);
}

void StoreConformance::rangeReads()
{
    std::string data(1000, '\0');
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>('a' + i % 26);
    const std::string k = key("range.bin");
    LS_VERIFY_OK(putString(k, data));

    auto check = [&](const ByteRange &range, const std::string &expected) {
        auto got = getString(k, range);
        QVERIFY2(got.ok(), got.ok() ? "" : got.error().toString().c_str());
        QCOMPARE(*got, expected);
    };
    check(ByteRange::span(0, 10), data.substr(0, 10));
    check(ByteRange::span(500, 100), data.substr(500, 100));
    check(ByteRange::from(990), data.substr(990));
    check(ByteRange::span(990, 100), data.substr(990)); // clamped at the end
    check(ByteRange::span(999, 1), data.substr(999));
    check(ByteRange::all(), data);
    LS_VERIFY_ERROR(getString(k, ByteRange::from(1000)), ErrorCode::InvalidInput);
    LS_VERIFY_ERROR(getString(k, ByteRange::span(5000, 1)), ErrorCode::InvalidInput);

    const std::string empty = key("empty-range.bin");
    LS_VERIFY_OK(putString(empty, {}));
    auto none = getString(empty, ByteRange::from(0));
    LS_VERIFY_OK(none);
    QVERIFY(none->empty());
    LS_VERIFY_ERROR(getString(empty, ByteRange::from(1)), ErrorCode::InvalidInput);
}

void StoreConformance::specialCharacterKeys_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("space") << QByteArray("with space.txt");
    QTest::newRow("plus") << QByteArray("a+b=c.txt");
    QTest::newRow("percent") << QByteArray("100%25 %zz.txt");
    QTest::newRow("hash") << QByteArray("issue#42");
    QTest::newRow("question mark") << QByteArray("what?.txt");
    QTest::newRow("ampersand") << QByteArray("this&that");
    QTest::newRow("unicode") << QByteArray("donn\xc3\xa9" "es/\xe6\x97\xa5\xe6\x9c\xac.txt");
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x8e\x89 party/\xf0\x9f\x9a\x80.bin");
    QTest::newRow("quotes") << QByteArray("it's \"quoted\"");
    QTest::newRow("brackets") << QByteArray("[draft] (v2) {x}");
    QTest::newRow("shell characters") << QByteArray("$HOME@~user^2,a;b!");
}

void StoreConformance::specialCharacterKeys()
{
    QFETCH(QByteArray, name);
    const std::string k = key(name.toStdString());
    const std::string content = "payload of " + k;
    auto put = putString(k, content);
    LS_VERIFY_OK(put);
    QCOMPARE(put->key, k);
    auto head = store().head(k);
    LS_VERIFY_OK(head);
    QCOMPARE(head->key, k);
    auto got = getString(k);
    LS_VERIFY_OK(got);
    QCOMPARE(*got, content);

    QCOMPARE(listAll(k).objects, std::vector<std::string>{k});
    const std::string folder = k.substr(0, k.rfind('/') + 1);
    const Listing siblings = listAll(folder, "/");
    QVERIFY2(siblings.problem.empty(), siblings.problem.c_str());
    QVERIFY(contains(siblings.objects, k));

    auto removed = store().removeBatch({k});
    LS_VERIFY_OK(removed);
    QVERIFY(removed->at(0).ok);
    LS_VERIFY_ERROR(store().head(k), ErrorCode::NotFound);
}

void StoreConformance::largeObjectStreamed()
{
    constexpr std::uint64_t size = 24u << 20;
    constexpr std::uint32_t seed = 7;
    const std::string k = key("large.bin");
    GeneratedSource source(size, seed);
    auto put = store().put(k, source);
    LS_VERIFY_OK(put);
    QCOMPARE(put->size, size);

    Md5Sink whole;
    LS_VERIFY_OK(store().get(k, whole));
    QCOMPARE(whole.bytes(), size);
    QCOMPARE(whole.finishHex(), GeneratedSource::md5(seed, 0, size));
    QVERIFY2(whole.writes() > 1, "a large body must be streamed in chunks");

    constexpr std::uint64_t offset = (7u << 20) + 3;
    constexpr std::uint64_t length = 5u << 20;
    Md5Sink slice;
    LS_VERIFY_OK(store().get(k, slice, ByteRange::span(offset, length)));
    QCOMPARE(slice.bytes(), length);
    QCOMPARE(slice.finishHex(), GeneratedSource::md5(seed, offset, length));
}

void StoreConformance::deleteMissingIsOk()
{
    const std::vector<std::string> keys = {key("never-existed"), key("nor/this")};
    auto removed = store().removeBatch(keys);
    LS_VERIFY_OK(removed);
    QCOMPARE(removed->size(), keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        QCOMPARE(removed->at(i).key, keys[i]);
        QVERIFY2(removed->at(i).ok, removed->at(i).error.c_str());
    }
}

void StoreConformance::batchDelete()
{
    std::vector<std::string> keys;
    for (int i = 0; i < 10; ++i) {
        keys.push_back(key("item-" + std::to_string(i)));
        LS_VERIFY_OK(putString(keys.back(), "item"));
    }
    const std::vector<std::string> doomed = {keys[0], keys[2], keys[4], keys[6], keys[8], key("item-missing")};
    auto removed = store().removeBatch(doomed);
    LS_VERIFY_OK(removed);
    QCOMPARE(removed->size(), doomed.size());
    for (std::size_t i = 0; i < doomed.size(); ++i) {
        QCOMPARE(removed->at(i).key, doomed[i]);
        QVERIFY2(removed->at(i).ok, removed->at(i).error.c_str());
    }
    QCOMPARE(listAll(prefix()).objects, (std::vector<std::string>{keys[1], keys[3], keys[5], keys[7], keys[9]}));
}

void StoreConformance::contentTypeAndMetadata()
{
    PutOptions csv;
    csv.contentType = "text/csv";
    LS_VERIFY_OK(putString(key("table.csv"), "a,b\n1,2\n", csv));
    auto csvHead = store().head(key("table.csv"));
    LS_VERIFY_OK(csvHead);
    QCOMPARE(csvHead->contentType, std::string("text/csv"));

    PutOptions custom;
    custom.contentType = "application/x-lakescope-test";
    custom.metadata = {{"owner", "ana"}, {"purpose", "conformance run"}, {"percent", "100% sure"}};
    LS_VERIFY_OK(putString(key("blob.bin"), "blob", custom));
    auto head = store().head(key("blob.bin"));
    LS_VERIFY_OK(head);
    StringSink sink;
    auto got = store().get(key("blob.bin"), sink);
    LS_VERIFY_OK(got);
    QCOMPARE(sink.data(), std::string("blob"));
    if (store().capabilities().userMetadata) {
        QCOMPARE(head->contentType, custom.contentType);
        QVERIFY(head->metadata == custom.metadata);
        QCOMPARE(got->contentType, custom.contentType);
        QVERIFY(got->metadata == custom.metadata);
    } else {
        QVERIFY(!head->contentType.empty());
    }
}

void StoreConformance::conditionalPut()
{
    const bool atomic = store().capabilities().conditionalPut;
    const std::string k = key("once.txt");
    PutOptions once;
    once.ifNoneMatch = true;
    LS_VERIFY_OK(putString(k, "first", once));
    auto second = putString(k, "second", once);
    QVERIFY(!second.ok());
    QVERIFY(second.error().code == ErrorCode::AlreadyExists
            || (!atomic && second.error().code == ErrorCode::NotSupported));
    auto got = getString(k);
    LS_VERIFY_OK(got);
    QCOMPARE(*got, std::string("first"));
}

void StoreConformance::conditionalPutRace()
{
    const bool atomic = store().capabilities().conditionalPut;
    const std::string k = key("race.txt");
    constexpr int writers = 8;
    std::vector<std::optional<Result<ObjectInfo>>> results(writers);
    std::latch start(writers);
    std::vector<std::thread> threads;
    for (int i = 0; i < writers; ++i) {
        threads.emplace_back([&, i] {
            PutOptions once;
            once.ifNoneMatch = true;
            StringSource source("writer-" + std::to_string(i));
            start.arrive_and_wait();
            results[i] = store().put(k, source, once);
        });
    }
    for (auto &thread : threads)
        thread.join();

    std::vector<std::string> winners;
    for (int i = 0; i < writers; ++i) {
        if (results[i]->ok())
            winners.push_back("writer-" + std::to_string(i));
        else if (atomic)
            QCOMPARE(results[i]->error().code, ErrorCode::AlreadyExists);
    }
    auto got = getString(k);
    LS_VERIFY_OK(got);
    if (atomic)
        QCOMPARE(winners.size(), std::size_t{1});
    QVERIFY(contains(winners, *got));
}

void StoreConformance::copyWithinStore()
{
    const bool atomic = store().capabilities().conditionalPut;
    const std::string source = key("original.txt");
    const std::string target = key("copies/copied.txt");
    PutOptions typed;
    typed.contentType = "text/plain";
    LS_VERIFY_OK(putString(source, "copy me", typed));

    auto copied = store().copy(source, target);
    LS_VERIFY_OK(copied);
    QCOMPARE(copied->key, target);
    QCOMPARE(copied->size, std::uint64_t{7});
    QCOMPARE(getString(target).valueOr("?"), std::string("copy me"));
    QCOMPARE(getString(source).valueOr("?"), std::string("copy me"));
    auto head = store().head(target);
    LS_VERIFY_OK(head);
    QCOMPARE(head->contentType, std::string("text/plain"));

    const std::string other = key("other.txt");
    LS_VERIFY_OK(putString(other, "other"));
    LS_VERIFY_OK(store().copy(source, other));
    QCOMPARE(getString(other).valueOr("?"), std::string("copy me"));

    LS_VERIFY_OK(putString(other, "kept"));
    CopyOptions once;
    once.ifNoneMatch = true;
    auto refused = store().copy(source, other, once);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().code == ErrorCode::AlreadyExists
            || (!atomic && refused.error().code == ErrorCode::NotSupported));
    QCOMPARE(getString(other).valueOr("?"), std::string("kept"));

    LS_VERIFY_ERROR(store().copy(key("absent.txt"), key("nowhere.txt")), ErrorCode::NotFound);
    LS_VERIFY_ERROR(store().head(key("nowhere.txt")), ErrorCode::NotFound);
}

void StoreConformance::renameViaStoreOps()
{
    const std::string from = key("rename-me.txt");
    const std::string to = key("moved/renamed.txt");
    LS_VERIFY_OK(putString(from, "rename me"));
    auto renamed = storeops::rename(store(), from, to);
    LS_VERIFY_OK(renamed);
    QCOMPARE(renamed->key, to);
    LS_VERIFY_ERROR(store().head(from), ErrorCode::NotFound);
    QCOMPARE(getString(to).valueOr("?"), std::string("rename me"));
    QCOMPARE(listAll(prefix()).objects, std::vector<std::string>{to});
    LS_VERIFY_ERROR(storeops::rename(store(), key("absent.txt"), key("x.txt")), ErrorCode::NotFound);
}

void StoreConformance::multipartOutOfOrder()
{
    const std::uint64_t partSize = std::max<std::uint64_t>(store().capabilities().minPartSize, 256u << 10);
    const std::vector<std::uint64_t> sizes = {partSize, partSize, partSize, 1234};
    std::vector<std::uint64_t> offsets;
    std::uint64_t total = 0;
    for (const auto size : sizes) {
        offsets.push_back(total);
        total += size;
    }
    constexpr std::uint32_t seed = 11;
    const std::string k = key("parts/assembled.bin");
    auto upload = store().startMultipart(k);
    LS_VERIFY_OK(upload);
    MultipartUpload &parts = **upload;

    std::vector<std::optional<Result<PartInfo>>> results(sizes.size());
    auto putPart = [&](int number) {
        GeneratedSource source(sizes[number - 1], seed, offsets[number - 1]);
        results[number - 1] = parts.putPart(number, source);
    };
    std::thread first([&] { putPart(3); putPart(1); });
    std::thread second([&] { putPart(4); putPart(2); });
    first.join();
    second.join();

    std::vector<PartInfo> infos;
    for (std::size_t i = 0; i < results.size(); ++i) {
        LS_VERIFY_OK(*results[i]);
        QCOMPARE((*results[i])->partNumber, static_cast<int>(i + 1));
        QCOMPARE((*results[i])->size, sizes[i]);
        infos.push_back(**results[i]);
    }
    // Nothing is visible before complete().
    LS_VERIFY_ERROR(store().head(k), ErrorCode::NotFound);
    QVERIFY(listAll(prefix()).objects.empty());

    auto done = parts.complete({infos[1], infos[3], infos[0], infos[2]});
    LS_VERIFY_OK(done);
    QCOMPARE(done->size, total);
    Md5Sink sink;
    LS_VERIFY_OK(store().get(k, sink));
    QCOMPARE(sink.bytes(), total);
    QCOMPARE(sink.finishHex(), GeneratedSource::md5(seed, 0, total));
    QCOMPARE(listAll(prefix()).objects, std::vector<std::string>{k});
}

void StoreConformance::multipartAbortLeavesNothing()
{
    const std::string k = key("aborted.bin");
    auto upload = store().startMultipart(k);
    LS_VERIFY_OK(upload);
    GeneratedSource one(1000, 1);
    auto first = (*upload)->putPart(1, one);
    LS_VERIFY_OK(first);
    GeneratedSource two(10, 2);
    LS_VERIFY_OK((*upload)->putPart(2, two));
    LS_VERIFY_OK((*upload)->abort());
    LS_VERIFY_OK((*upload)->abort());

    LS_VERIFY_ERROR(store().head(k), ErrorCode::NotFound);
    const Listing tree = listAll(prefix());
    QVERIFY2(tree.problem.empty(), tree.problem.c_str());
    QVERIFY(tree.objects.empty());
    const Listing folded = listAll(prefix(), "/");
    QVERIFY(folded.objects.empty() && folded.prefixes.empty());

    GeneratedSource late(10, 3);
    QVERIFY(!(*upload)->putPart(3, late).ok());
    QVERIFY(!(*upload)->complete({*first}).ok());
    LS_VERIFY_ERROR(store().head(k), ErrorCode::NotFound);
}

void StoreConformance::cancellation()
{
    constexpr std::uint64_t size = 8u << 20;
    const std::string k = key("cancel.bin");
    GeneratedSource source(size, 5);
    LS_VERIFY_OK(store().put(k, source));

    // A get stops at the next chunk once its token is cancelled.
    CancellationSource reading;
    Md5Sink sink;
    sink.onWrite = [&](std::uint64_t) {
        reading.cancel();
        return Status{};
    };
    LS_VERIFY_ERROR(store().get(k, sink, {}, {}, reading.token()), ErrorCode::Cancelled);
    QVERIFY(sink.bytes() < size);

    // Cancelled before it starts, nothing happens.
    CancellationSource already;
    already.cancel();
    ListOptions options;
    options.prefix = prefix();
    LS_VERIFY_ERROR(store().list(options, already.token()), ErrorCode::Cancelled);
    StringSource small("never");
    LS_VERIFY_ERROR(store().put(key("never.txt"), small, {}, already.token()), ErrorCode::Cancelled);
    LS_VERIFY_ERROR(store().head(key("never.txt")), ErrorCode::NotFound);

    // Cancelled halfway, a put leaves nothing behind.
    CancellationSource writing;
    FailingSource half(3u << 20, writing, size);
    LS_VERIFY_ERROR(store().put(key("half.bin"), half, {}, writing.token()), ErrorCode::Cancelled);
    LS_VERIFY_ERROR(store().head(key("half.bin")), ErrorCode::NotFound);
    QCOMPARE(listAll(prefix()).objects, std::vector<std::string>{k});
}

void StoreConformance::failingSourceKeepsOldVersion()
{
    const std::string k = key("precious.txt");
    LS_VERIFY_OK(putString(k, "old version"));
    FailingSource broken(100u << 10, Error::transient("source broke"), 1u << 20);
    LS_VERIFY_ERROR(store().put(k, broken), ErrorCode::Transient);
    QCOMPARE(getString(k).valueOr("?"), std::string("old version"));

    FailingSource brokenToo(100u << 10, Error::transient("source broke"));
    LS_VERIFY_ERROR(store().put(key("fresh.bin"), brokenToo), ErrorCode::Transient);
    LS_VERIFY_ERROR(store().head(key("fresh.bin")), ErrorCode::NotFound);
    QCOMPARE(listAll(prefix()).objects, std::vector<std::string>{k});
}

void StoreConformance::concurrentWritersDistinctKeys()
{
    constexpr int threads = 4;
    constexpr int perThread = 25;
    auto body = [](int t, int i) {
        std::string text;
        for (int r = 0; r < 100; ++r)
            text += "thread " + std::to_string(t) + " key " + std::to_string(i) + "\n";
        return text;
    };
    auto name = [&](int t, int i) { return key("t" + std::to_string(t) + "/k" + std::to_string(i)); };
    std::atomic<int> failures{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < perThread; ++i) {
                if (!putString(name(t, i), body(t, i)).ok())
                    ++failures;
            }
        });
    }
    for (auto &worker : workers)
        worker.join();
    QCOMPARE(failures.load(), 0);
    const Listing listing = listAll(prefix(), {}, 30);
    QVERIFY2(listing.problem.empty(), listing.problem.c_str());
    QCOMPARE(listing.objects.size(), std::size_t{threads * perThread});
    for (int t = 0; t < threads; ++t) {
        for (int i = 0; i < perThread; ++i)
            QCOMPARE(getString(name(t, i)).valueOr("?"), body(t, i));
    }
}

void StoreConformance::concurrentWritersSameKey()
{
    constexpr std::size_t size = 1u << 20;
    constexpr int writers = 4;
    const std::string k = key("contended.bin");
    std::atomic<bool> writing{true};
    std::atomic<int> writeFailures{0};
    std::atomic<int> mixedReads{0};
    std::atomic<int> goodReads{0};
    std::mutex problemMutex;
    std::string problem;

    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            for (int round = 0; round < 4; ++round) {
                if (!putString(k, std::string(size, static_cast<char>('A' + w))).ok())
                    ++writeFailures;
            }
        });
    }
    std::vector<std::thread> readers;
    for (int r = 0; r < 2; ++r) {
        readers.emplace_back([&] {
            // Read until the writers are done, then once more.
            for (;;) {
                const bool last = !writing.load();
                UniformSink sink;
                auto got = store().get(k, sink);
                if (got && sink.uniform() && sink.bytes() == size) {
                    ++goodReads;
                } else if (got || got.error().code != ErrorCode::NotFound) {
                    ++mixedReads;
                    std::lock_guard lock(problemMutex);
                    problem = got ? "read a mixed or partial version" : got.error().toString();
                }
                if (last)
                    break;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    writing = false;
    for (auto &reader : readers)
        reader.join();

    QCOMPARE(writeFailures.load(), 0);
    QVERIFY2(mixedReads.load() == 0, problem.c_str());
    UniformSink final;
    LS_VERIFY_OK(store().get(k, final));
    QVERIFY(final.uniform());
    QCOMPARE(final.bytes(), std::uint64_t{size});
    QVERIFY(final.first() >= 'A' && final.first() < 'A' + writers);
    QVERIFY(goodReads.load() >= 2); // at least each reader's last read
}

} // namespace lakescope::testing
