// SPDX-License-Identifier: Apache-2.0
#include "core/backends/memory/memorystore.h"
#include "tests/support/faultinjectingstore.h"
#include "tests/support/testassert.h"

#include <QScopeGuard>
#include <QTest>

#include <chrono>
#include <future>

using namespace lakescope;
using namespace lakescope::testing;
using namespace std::chrono_literals;
using Op = FaultOperation;
using Kind = FaultKind;

namespace {

Status putText(ObjectStore &store, const std::string &key, const std::string &text)
{
    StringSource source(text);
    auto put = store.put(key, source);
    return put ? Status() : Status(put.error());
}

// The object's bytes, or "<code>" when it cannot be read.
std::string readText(ObjectStore &store, const std::string &key)
{
    StringSink sink;
    auto got = store.get(key, sink);
    return got ? sink.take() : "<" + std::string(errorCodeName(got.error().code)) + ">";
}

Result<PartInfo> putPart(MultipartUpload &upload, int partNumber, const std::string &text)
{
    StringSource source(text);
    return upload.putPart(partNumber, source);
}

std::string invertedAt(std::string text, std::size_t index)
{
    text[index] = static_cast<char>(~text[index]);
    return text;
}

} // namespace

// The wrapper is what transfer-engine tests trust to fail on cue, so each
// fault kind is shown to do exactly what it says over a real store.
class TstFaultInjectingStore final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<MemoryStore> m_memory;
    std::shared_ptr<FaultInjectingStore> m_store;

private slots:
    void init()
    {
        m_memory = std::make_shared<MemoryStore>();
        m_store = std::make_shared<FaultInjectingStore>(m_memory);
    }

    void forwardsEveryCallAndCountsIt()
    {
        LS_VERIFY_OK(putText(*m_store, "a.txt", "alpha"));
        QCOMPARE(readText(*m_memory, "a.txt"), std::string("alpha"));
        QCOMPARE(readText(*m_store, "a.txt"), std::string("alpha"));
        LS_VERIFY_OK(m_store->head("a.txt"));
        LS_VERIFY_OK(m_store->copy("a.txt", "b.txt"));
        LS_VERIFY_OK(m_store->rename("b.txt", "c.txt"));
        auto page = m_store->list({});
        LS_VERIFY_OK(page);
        QCOMPARE(page->objects.size(), std::size_t(2));
        LS_VERIFY_OK(m_store->removeBatch({ "a.txt" }));
        LS_VERIFY_ERROR(m_memory->head("a.txt"), ErrorCode::NotFound);
        LS_VERIFY_ERROR(m_store->localPath("c.txt"), ErrorCode::NotSupported);

        for (Op operation : { Op::Put, Op::Get, Op::Head, Op::Copy, Op::Rename, Op::List, Op::Remove, Op::LocalPath })
            QCOMPARE(m_store->calls(operation), std::uint64_t(1));
        QCOMPARE(m_store->calls(Op::StartMultipart), std::uint64_t(0));
    }

    void errorOnNthCall()
    {
        const auto rule = m_store->addRule(
            { .operation = Op::Put, .errorCode = ErrorCode::PermissionDenied, .times = 1, .afterCalls = 2 });
        LS_VERIFY_OK(putText(*m_store, "1", "x"));
        LS_VERIFY_OK(putText(*m_store, "2", "x"));
        LS_VERIFY_ERROR(putText(*m_store, "3", "x"), ErrorCode::PermissionDenied);
        LS_VERIFY_OK(putText(*m_store, "4", "x"));
        QCOMPARE(m_store->fired(rule), 1);
        QCOMPARE(m_store->calls(Op::Put), std::uint64_t(4));
        // The failed call never reached the wrapped store.
        LS_VERIFY_ERROR(m_memory->head("3"), ErrorCode::NotFound);
        LS_VERIFY_OK(m_memory->head("4"));
    }

    void timesLimitsFiring()
    {
        LS_VERIFY_OK(putText(*m_memory, "k", "v"));
        const auto twice = m_store->addRule({ .operation = Op::Head, .times = 2 });
        LS_VERIFY_ERROR(m_store->head("k"), ErrorCode::Transient);
        LS_VERIFY_ERROR(m_store->head("k"), ErrorCode::Transient);
        LS_VERIFY_OK(m_store->head("k"));
        QCOMPARE(m_store->fired(twice), 2);

        m_store->clearRules();
        const auto always = m_store->addRule({ .operation = Op::Head, .errorCode = ErrorCode::Fatal });
        for (int i = 0; i < 5; ++i)
            LS_VERIFY_ERROR(m_store->head("k"), ErrorCode::Fatal);
        QCOMPARE(m_store->fired(always), 5);
        QCOMPARE(m_store->fired(twice), 2);
    }

    void rulesMatchKeysAndParts()
    {
        for (const char *key : { "logs/a.txt", "logs/sub/a.txt", "logs/a.csv", "data/x[1].bin", "data/x1.bin" })
            LS_VERIFY_OK(putText(*m_memory, key, "v"));
        m_store->addRule({ .operation = Op::Get, .keyGlob = "logs/*.txt", .errorCode = ErrorCode::PermissionDenied });
        m_store->addRule({ .operation = Op::Get, .key = "data/x[1].bin", .errorCode = ErrorCode::NotFound });
        QCOMPARE(readText(*m_store, "logs/a.txt"), std::string("<permission denied>"));
        QCOMPARE(readText(*m_store, "logs/sub/a.txt"), std::string("v"));
        QCOMPARE(readText(*m_store, "logs/a.csv"), std::string("v"));
        QCOMPARE(readText(*m_store, "data/x[1].bin"), std::string("<not found>"));
        QCOMPARE(readText(*m_store, "data/x1.bin"), std::string("v"));

        // A batch fails as a whole when any of its keys matches.
        m_store->addRule({ .operation = Op::Remove, .keyGlob = "logs/**" });
        LS_VERIFY_ERROR(m_store->removeBatch({ "data/x1.bin", "logs/a.csv" }), ErrorCode::Transient);
        LS_VERIFY_OK(m_memory->head("data/x1.bin"));
        LS_VERIFY_OK(m_store->removeBatch({ "data/x1.bin" }));

        m_store->addRule({ .operation = Op::PutPart, .partNumber = 2, .times = 1 });
        auto upload = m_store->startMultipart("big.bin");
        LS_VERIFY_OK(upload);
        LS_VERIFY_OK(putPart(**upload, 1, "p"));
        LS_VERIFY_ERROR(putPart(**upload, 2, "p"), ErrorCode::Transient);
        LS_VERIFY_OK(putPart(**upload, 3, "p"));
        LS_VERIFY_OK(putPart(**upload, 2, "p"));
        std::vector<int> numbers;
        for (const auto &record : m_store->partsPut())
            numbers.push_back(
                record.key == "big.bin" && record.uploadId == (*upload)->uploadId() ? record.partNumber : 0);
        QCOMPARE(numbers, (std::vector<int> { 1, 3, 2 }));
    }

    void truncatedReadReportsSuccess()
    {
        // Several MiB, so the cut falls inside one of many sink writes.
        std::string body(3 << 20, '\0');
        for (std::size_t i = 0; i < body.size(); ++i)
            body[i] = static_cast<char>(i * 31 + 7);
        LS_VERIFY_OK(putText(*m_memory, "big", body));
        const std::uint64_t cut = (3 << 19) + 7;
        m_store->addRule({ .operation = Op::Get, .kind = Kind::TruncateRead, .bytes = cut, .times = 1 });
        StringSink sink;
        auto got = m_store->get("big", sink);
        LS_VERIFY_OK(got);
        QCOMPARE(got->size, std::uint64_t(body.size()));
        QVERIFY(sink.data() == body.substr(0, cut));
        QVERIFY(readText(*m_store, "big") == body);

        m_store->addRule({ .operation = Op::Get, .kind = Kind::TruncateRead, .bytes = 3 });
        StringSink ranged;
        LS_VERIFY_OK(m_store->get("big", ranged, ByteRange::span(100, 50)));
        QVERIFY(ranged.data() == body.substr(100, 3));
    }

    void failReadAfterReportsTheError()
    {
        LS_VERIFY_OK(putText(*m_memory, "k", "0123456789"));
        m_store->addRule({ .operation = Op::Get, .kind = Kind::FailReadAfter, .bytes = 4, .times = 1 });
        StringSink sink;
        LS_VERIFY_ERROR(m_store->get("k", sink), ErrorCode::Transient);
        QCOMPARE(sink.data(), std::string("0123"));

        // Shorter than the cut-off: every byte arrives, and still the failure.
        m_store->addRule(
            { .operation = Op::Get, .kind = Kind::FailReadAfter, .errorCode = ErrorCode::Fatal, .bytes = 100 });
        StringSink whole;
        LS_VERIFY_ERROR(m_store->get("k", whole), ErrorCode::Fatal);
        QCOMPARE(whole.data(), std::string("0123456789"));
    }

    void corruptReadInvertsOneByte()
    {
        LS_VERIFY_OK(putText(*m_memory, "k", "abcdefghij"));
        m_store->addRule({ .operation = Op::Get, .kind = Kind::CorruptRead, .bytes = 4, .times = 1 });
        StringSink sink;
        LS_VERIFY_OK(m_store->get("k", sink));
        QCOMPARE(sink.data(), invertedAt("abcdefghij", 4));
        QCOMPARE(readText(*m_memory, "k"), std::string("abcdefghij"));

        // The offset counts from the start of the range delivered.
        m_store->addRule({ .operation = Op::Get, .kind = Kind::CorruptRead, .bytes = 0 });
        StringSink ranged;
        LS_VERIFY_OK(m_store->get("k", ranged, ByteRange::span(2, 3)));
        QCOMPARE(ranged.data(), invertedAt("cde", 0));
    }

    void corruptWriteReachesTheStore()
    {
        m_store->addRule({ .operation = Op::Put, .kind = Kind::CorruptWrite, .bytes = 2, .times = 1 });
        StringSource source("abcdef");
        auto put = m_store->put("k", source);
        LS_VERIFY_OK(put);
        QCOMPARE(put->size, std::uint64_t(6));
        QCOMPARE(readText(*m_memory, "k"), invertedAt("abcdef", 2));

        LS_VERIFY_OK(putText(*m_store, "clean", "abcdef"));
        QCOMPARE(readText(*m_memory, "clean"), std::string("abcdef"));
    }

    void corruptPartReachesTheStore()
    {
        m_store->addRule({ .operation = Op::PutPart, .partNumber = 2, .kind = Kind::CorruptWrite, .bytes = 1 });
        auto upload = m_store->startMultipart("k");
        LS_VERIFY_OK(upload);
        std::vector<PartInfo> parts;
        for (int number = 1; number <= 3; ++number) {
            auto put = putPart(**upload, number, std::string(4, static_cast<char>('A' + number - 1)));
            LS_VERIFY_OK(put);
            parts.push_back(*put);
        }
        LS_VERIFY_OK((*upload)->complete(parts));
        QCOMPARE(readText(*m_memory, "k"), invertedAt("AAAABBBBCCCC", 5));
    }

    void delayWaitsUnlessCancelledOrCleared()
    {
        LS_VERIFY_OK(putText(*m_memory, "k", "v"));
        m_store->addRule({ .operation = Op::Head, .kind = Kind::Delay, .delay = 30ms, .times = 1 });
        const auto start = std::chrono::steady_clock::now();
        LS_VERIFY_OK(m_store->head("k"));
        QVERIFY(std::chrono::steady_clock::now() - start >= 30ms);

        m_store->addRule({ .operation = Op::Head, .kind = Kind::Delay, .delay = 1h });
        CancellationSource cancel;
        auto cancelled = std::async(std::launch::async, [&] { return m_store->head("k", cancel.token()); });
        const auto clear = qScopeGuard([&] { m_store->clearRules(); });
        cancel.cancel();
        QVERIFY(cancelled.wait_for(30s) == std::future_status::ready);
        LS_VERIFY_ERROR(cancelled.get(), ErrorCode::Cancelled);

        auto cleared = std::async(std::launch::async, [&] { return m_store->head("k"); });
        m_store->clearRules();
        LS_VERIFY_OK(cleared.get());
    }

    void gateHoldsUntilReleased()
    {
        auto gate = m_store->gate(Op::Put, "held/*");
        auto pending = std::async(std::launch::async, [&] { return putText(*m_store, "held/a", "v"); });
        const auto release = qScopeGuard([&] { gate.release(); });
        QVERIFY(gate.waitForBlocked(1));
        LS_VERIFY_ERROR(m_memory->head("held/a"), ErrorCode::NotFound);
        // Calls the gate does not match pass while it holds one.
        LS_VERIFY_OK(putText(*m_store, "free/b", "v"));
        QCOMPARE(gate.blocked(), 1);

        gate.release();
        LS_VERIFY_OK(pending.get());
        LS_VERIFY_OK(m_memory->head("held/a"));
        LS_VERIFY_OK(putText(*m_store, "held/c", "v"));
        QCOMPARE(gate.arrived(), 2);
    }

    void gateWakesOnCancel()
    {
        LS_VERIFY_OK(putText(*m_memory, "k", "v"));
        auto gate = m_store->gate(Op::Get);
        CancellationSource cancel;
        StringSink sink;
        auto pending = std::async(std::launch::async, [&] { return m_store->get("k", sink, {}, {}, cancel.token()); });
        const auto release = qScopeGuard([&] { gate.release(); });
        QVERIFY(gate.waitForBlocked(1));
        cancel.cancel();
        QVERIFY(pending.wait_for(30s) == std::future_status::ready);
        LS_VERIFY_ERROR(pending.get(), ErrorCode::Cancelled);
        QCOMPARE(gate.blocked(), 0);
    }

    void gateHoldsSeveralCalls()
    {
        auto gate = m_store->gate(Op::PutPart);
        auto upload = m_store->startMultipart("k");
        LS_VERIFY_OK(upload);
        std::vector<std::future<Result<PartInfo>>> pending;
        for (int number = 1; number <= 3; ++number)
            pending.push_back(
                std::async(std::launch::async, [&upload, number] { return putPart(**upload, number, "p"); }));
        const auto release = qScopeGuard([&] { gate.release(); });
        QVERIFY(gate.waitForBlocked(3));
        QVERIFY(m_store->partsPut().empty());
        gate.release();
        for (auto &part : pending)
            LS_VERIFY_OK(part.get());
        QCOMPARE(m_store->partsPut().size(), std::size_t(3));
    }

    void uploadAccounting()
    {
        auto a = m_store->startMultipart("a");
        auto b = m_store->startMultipart("b");
        auto c = m_store->startMultipart("c");
        for (const auto *upload : { &a, &b, &c })
            LS_VERIFY_OK(*upload);
        QCOMPARE(m_store->openUploads().size(), std::size_t(3));
        QCOMPARE(m_store->uploadsStarted(), 3);

        auto part = putPart(**a, 1, "x");
        LS_VERIFY_OK(part);
        LS_VERIFY_OK((*a)->complete({ *part }));
        LS_VERIFY_OK((*b)->abort());
        LS_VERIFY_OK((*b)->abort());
        QCOMPARE(m_store->openUploads(), std::vector<std::string> { (*c)->uploadId() });
        QCOMPARE(m_store->uploadsCompleted(), 1);
        QCOMPARE(m_store->uploadsAborted(), 1);

        LS_VERIFY_OK((*c)->abort());
        QVERIFY(m_store->openUploads().empty());
        QCOMPARE(m_store->uploadsAborted(), 2);
    }

    void failedCompleteOrAbortLeavesUploadOpen()
    {
        m_store->addRule({ .operation = Op::Complete, .errorCode = ErrorCode::PermissionDenied, .times = 1 });
        m_store->addRule({ .operation = Op::Abort, .times = 1 });
        auto upload = m_store->startMultipart("k");
        LS_VERIFY_OK(upload);
        auto part = putPart(**upload, 1, "x");
        LS_VERIFY_OK(part);
        LS_VERIFY_ERROR((*upload)->complete({ *part }), ErrorCode::PermissionDenied);
        LS_VERIFY_ERROR(m_memory->head("k"), ErrorCode::NotFound);
        QCOMPARE(m_store->openUploads(), std::vector<std::string> { (*upload)->uploadId() });

        LS_VERIFY_ERROR((*upload)->abort(), ErrorCode::Transient);
        QCOMPARE(m_store->openUploads().size(), std::size_t(1));
        QCOMPARE(m_store->uploadsAborted(), 0);
        LS_VERIFY_OK((*upload)->complete({ *part }));
        QVERIFY(m_store->openUploads().empty());
        QCOMPARE(readText(*m_memory, "k"), std::string("x"));
    }

    void resumeAndListPartsAreForwarded()
    {
        // Started behind the wrapper's back, as by a process that crashed.
        auto started = m_memory->startMultipart("k");
        LS_VERIFY_OK(started);
        const std::string id = (*started)->uploadId();
        LS_VERIFY_OK(putPart(**started, 1, "x"));
        auto resumed = m_store->resumeMultipart("k", id);
        LS_VERIFY_OK(resumed);
        QCOMPARE(m_store->openUploads(), std::vector<std::string> { id });
        auto parts = (*resumed)->listParts();
        LS_VERIFY_OK(parts);
        QCOMPARE(parts->size(), std::size_t(1));

        m_store->addRule({ .operation = Op::ResumeMultipart, .errorCode = ErrorCode::PermissionDenied });
        m_store->addRule({ .operation = Op::ListParts, .errorCode = ErrorCode::Unauthenticated });
        m_store->addRule({ .operation = Op::LocalPath, .errorCode = ErrorCode::InvalidInput });
        LS_VERIFY_ERROR(m_store->resumeMultipart("k", id), ErrorCode::PermissionDenied);
        LS_VERIFY_ERROR((*resumed)->listParts(), ErrorCode::Unauthenticated);
        LS_VERIFY_ERROR(m_store->localPath("k"), ErrorCode::InvalidInput);
        QCOMPARE(m_store->calls(Op::ResumeMultipart), std::uint64_t(2));
        QCOMPARE(m_store->calls(Op::ListParts), std::uint64_t(2));
        LS_VERIFY_OK((*resumed)->abort());
        QVERIFY(m_store->openUploads().empty());
    }

    void rulesAreThreadSafe()
    {
        const auto rule = m_store->addRule({ .operation = Op::Put, .times = 7, .afterCalls = 20 });
        constexpr int threads = 8;
        constexpr int putsEach = 50;
        std::vector<std::future<int>> failures;
        for (int t = 0; t < threads; ++t) {
            failures.push_back(std::async(std::launch::async, [this, t] {
                int failed = 0;
                for (int i = 0; i < putsEach; ++i) {
                    if (!putText(*m_store, std::to_string(t) + "/" + std::to_string(i), "v"))
                        ++failed;
                }
                return failed;
            }));
        }
        int failed = 0;
        for (auto &count : failures)
            failed += count.get();
        QCOMPARE(failed, 7);
        QCOMPARE(m_store->fired(rule), 7);
        QCOMPARE(m_store->calls(Op::Put), std::uint64_t(threads * putsEach));
    }
};

QTEST_GUILESS_MAIN(TstFaultInjectingStore)
#include "tst_faultinjectingstore.moc"
