// SPDX-License-Identifier: Apache-2.0
// Interrupted jobs resume from their journal in a new engine without
// moving finished parts again; discarded jobs leave nothing behind.
#include "tests/support/faultinjectingstore.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"
#include "tests/transfer/gatedreadstore.h"
#include "tests/transfer/transfertesthelpers.h"

#include <QTest>

#include <map>

using namespace lakescope;
using namespace lakescope::testing;

namespace {

constexpr std::uint64_t kPart = 256 * 1024;

EngineConfig oneThread(const TempDir &state)
{
    EngineConfig config;
    config.threads = 1; // parts go in order, so a gate stops after an exact number
    config.memoryBudget = 4 * kPart;
    config.stateDirectory = state.filePath("jobs").string();
    return config;
}

// Reopens stores by the URL recorded in the journal.
TransferEngine::StoreOpener openerFor(std::map<std::string, ObjectStorePtr> stores)
{
    return [stores](const std::string &url) -> Result<ObjectStorePtr> {
        const auto it = stores.find(url);
        if (it == stores.end())
            return Error::notFound("no store " + url);
        return it->second;
    };
}

} // namespace

class TestTransferResume : public QObject
{
    Q_OBJECT

private slots:
    void resumedUploadSkipsAcknowledgedParts()
    {
        TempDir state;
        auto source = std::make_shared<MemoryStore>();
        const std::string bytes = patternBytes(8 * kPart + 99, 1);
        QVERIFY(putObject(*source, "big", bytes));
        auto destination = std::make_shared<FaultInjectingStore>(std::make_shared<MemoryStore>());
        TransferRequest request;
        request.source = endpoint(source, "big", "memory://from");
        request.destination = endpoint(destination, "big", "memory://to");
        request.options.partSize = kPart;
        const std::string jobId = interruptAfter(oneThread(state), request, *destination, FaultOperation::PutPart, 3);
        QVERIFY(!jobId.empty());
        LS_VERIFY_ERROR(destination->inner()->head("big"), ErrorCode::NotFound);
        QCOMPARE(destination->openUploads().size(), std::size_t{1});
        const auto partsBefore = destination->calls(FaultOperation::PutPart);

        TransferEngine engine(oneThread(state));
        QCOMPARE(engine.interruptedJobs().size(), std::size_t{1});
        QCOMPARE(engine.interruptedJobs()[0].id, jobId);
        auto resumed = engine.resume(jobId, openerFor({{"memory://from", source}, {"memory://to", destination}}));
        LS_VERIFY_OK(resumed);
        QCOMPARE((*resumed)->wait(), TransferState::Done);
        QCOMPARE(readObject(*destination->inner(), "big"), bytes);
        const JobProgress progress = (*resumed)->progress();
        QCOMPARE(progress.bytesReused, 3 * kPart);
        QCOMPARE(progress.bytesDone, std::uint64_t(bytes.size()));
        // 9 parts in all, 3 acknowledged before the interruption.
        QCOMPARE(destination->calls(FaultOperation::PutPart) - partsBefore, std::uint64_t{6});
        QVERIFY(destination->openUploads().empty());
        QVERIFY(engine.interruptedJobs().empty()); // the journal goes with a finished job
    }

    // An interrupt while the source is still being listed used to end the
    // listing as a failed plan, which the journal recorded as complete: the
    // resumed job then moved only the files listed before the interrupt.
    void anInterruptWhileListingHasTheResumedJobListAgain()
    {
        TempDir state;
        auto inner = std::make_shared<MemoryStore>();
        std::map<std::string, std::string> files;
        for (int i = 0; i < 5; ++i) {
            const std::string key = "f" + std::to_string(i);
            files[key] = patternBytes(1000 + i, 30 + i);
            QVERIFY(putObject(*inner, key, files[key]));
        }
        // Pages of two keys, so the listing takes three requests.
        auto paged = std::make_shared<GatedReadStore>(
            inner, GatedReadStore::Options{.gated = GatedReadStore::Gated::List, .pageSize = 2});
        paged->release();
        auto source = std::make_shared<FaultInjectingStore>(paged);
        auto destination = std::make_shared<MemoryStore>();
        TransferRequest request = treeRequest(source, "", destination, "");
        request.source.url = "memory://from";
        request.destination.url = "memory://to";
        const std::string jobId = interruptAfter(oneThread(state), request, *source, FaultOperation::List, 1);
        QVERIFY(!jobId.empty());

        TransferEngine engine(oneThread(state));
        auto resumed = engine.resume(jobId, openerFor({{"memory://from", source}, {"memory://to", destination}}));
        LS_VERIFY_OK(resumed);
        QCOMPARE((*resumed)->wait(), TransferState::Done);
        QCOMPARE((*resumed)->fileCount(), files.size());
        for (const auto &[key, bytes] : files)
            QCOMPARE(readObject(*destination, key), bytes);
        QVERIFY(engine.interruptedJobs().empty());
    }

    void resumedDownloadKeepsWrittenRanges()
    {
        TempDir state;
        TempDir dir;
        auto inner = std::make_shared<MemoryStore>();
        const std::string bytes = patternBytes(6 * kPart, 2);
        QVERIFY(putObject(*inner, "data/f.bin", bytes));
        auto source = std::make_shared<FaultInjectingStore>(inner);
        auto local = std::make_shared<LocalStore>(dir.path());
        // Planning lists; the file task reads nothing itself: Get calls are the ranges.
        TransferRequest request = treeRequest(source, "data/", local, "out/");
        request.source.url = "memory://from";
        request.destination.url = "file:///dest";
        request.options.partSize = kPart;
        const std::string jobId = interruptAfter(oneThread(state), request, *source, FaultOperation::Get, 2);
        QVERIFY(!jobId.empty());
        // Only the hidden temporary file exists: nothing under the final name.
        const auto leftover = dir.entries("out");
        QCOMPARE(leftover.size(), std::size_t{1});
        QVERIFY(leftover[0].starts_with(".f.bin."));
        const auto readsBefore = source->calls(FaultOperation::Get);

        TransferEngine engine(oneThread(state));
        auto resumed = engine.resume(jobId, openerFor({{"memory://from", source}, {"file:///dest", local}}));
        LS_VERIFY_OK(resumed);
        QCOMPARE((*resumed)->wait(), TransferState::Done);
        QCOMPARE(dir.readFile("out/f.bin"), bytes);
        QCOMPARE(dir.entries("out"), std::vector<std::string>{"f.bin"});
        QCOMPARE((*resumed)->progress().bytesReused, 2 * kPart);
        QCOMPARE(source->calls(FaultOperation::Get) - readsBefore, std::uint64_t{4});
        QCOMPARE((*resumed)->file(0).message, std::string("verified: md5"));
    }

    void discardAbortsTheUploadAndForgetsTheJob()
    {
        TempDir state;
        auto source = std::make_shared<MemoryStore>();
        QVERIFY(putObject(*source, "big", patternBytes(4 * kPart, 3)));
        auto destination = std::make_shared<FaultInjectingStore>(std::make_shared<MemoryStore>());
        TransferRequest request;
        request.source = endpoint(source, "big", "memory://from");
        request.destination = endpoint(destination, "big", "memory://to");
        request.options.partSize = kPart;
        const std::string jobId = interruptAfter(oneThread(state), request, *destination, FaultOperation::PutPart, 1);
        QVERIFY(!jobId.empty());
        QCOMPARE(destination->openUploads().size(), std::size_t{1});
        TransferEngine engine(oneThread(state));
        LS_VERIFY_OK(engine.discard(jobId, openerFor({{"memory://from", source}, {"memory://to", destination}})));
        QVERIFY(destination->openUploads().empty());
        QVERIFY(engine.interruptedJobs().empty());
        LS_VERIFY_ERROR(engine.resume(jobId, openerFor({})), ErrorCode::NotFound);
    }

    void refusesHostileJobIds()
    {
        TempDir state;
        TransferEngine engine(oneThread(state));
        LS_VERIFY_ERROR(engine.resume("../../etc/passwd", openerFor({})), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestTransferResume)
#include "tst_transferresume.moc"
