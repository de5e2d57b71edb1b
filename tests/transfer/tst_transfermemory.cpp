// SPDX-License-Identifier: Apache-2.0
// A 2 GiB transfer keeps the process's peak memory within the engine's
// buffer budget plus a small constant, whatever the file size.
#include "tests/support/testassert.h"
#include "tests/transfer/syntheticstores.h"
#include "core/transfer/transferengine.h"

#include <QTest>

#include <fstream>
#include <string>

using namespace lakescope;
using namespace lakescope::testing;

namespace {

// VmHWM (peak) or VmRSS (now) of this process, in bytes.
std::uint64_t statusBytes(const std::string &field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with(field + ":"))
            return std::stoull(line.substr(field.size() + 1)) * 1024;
    }
    return 0;
}

} // namespace

class TestTransferMemory : public QObject
{
    Q_OBJECT

private slots:
    void twoGibibytesStayWithinTheBudget()
    {
        constexpr std::uint64_t kMiB = 1 << 20;
        constexpr std::uint64_t kSize = std::uint64_t{2} << 30;
        constexpr std::uint64_t kBudget = 64 * kMiB;
        // Slack for the thread stacks, allocator arenas and the test runner.
        constexpr std::uint64_t kConstant = 48 * kMiB;
        auto source = std::make_shared<PatternStore>();
        source->add("big.bin", kSize);
        auto destination = std::make_shared<DigestStore>();

        EngineConfig config;
        config.threads = 16;
        config.memoryBudget = kBudget;
        TransferEngine engine(config);
        const std::uint64_t before = statusBytes("VmRSS");
        TransferRequest request;
        request.source = {source, "pattern://", "big.bin"};
        request.destination = {destination, "digest://", "big.bin"};
        request.options.partSize = 8 * kMiB;
        auto job = engine.submit(request);
        QCOMPARE(job->wait(), TransferState::Done);
        const std::uint64_t peak = statusBytes("VmHWM");

        QCOMPARE(destination->storedSize("big.bin"), kSize);
        QCOMPARE(job->file(0).message, std::string("verified: multipart etag"));
        QVERIFY2(engine.bufferBytesPeak() <= kBudget, std::to_string(engine.bufferBytesPeak()).c_str());
        const std::string figures = "peak RSS " + std::to_string(peak / kMiB) + " MiB, before " + std::to_string(before / kMiB)
                                    + " MiB, buffers " + std::to_string(engine.bufferBytesPeak() / kMiB) + " MiB";
        qInfo("%s", figures.c_str());
        QVERIFY2(peak <= before + kBudget + kConstant, figures.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTransferMemory)
#include "tst_transfermemory.moc"
