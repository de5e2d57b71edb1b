// SPDX-License-Identifier: Apache-2.0
// The engine's small parts: part sizing, the buffer pool's budget, the rate
// meter, the bandwidth limiter, checksum helpers and the filters.
#include "tests/support/testassert.h"

#include "core/common/md5.h"
#include "core/transfer/bandwidthlimiter.h"
#include "core/transfer/bufferpool.h"
#include "core/transfer/contentcheck.h"
#include "core/transfer/jobplanner.h"
#include "core/transfer/partsizing.h"
#include "core/transfer/ratemeter.h"

#include <QTest>

#include <thread>

using namespace lakescope;

namespace {
constexpr std::uint64_t kMiB = 1 << 20;
constexpr std::uint64_t kGiB = kMiB << 10;
} // namespace

class TestTransferUnits : public QObject
{
    Q_OBJECT

private slots:
    void partSizeKeepsWithinTheDestinationsLimits()
    {
        Capabilities s3;
        s3.minPartSize = 5 * kMiB;
        s3.maxPartSize = 5 * kGiB;
        s3.maxParts = 10000;
        QCOMPARE(partsizing::choosePartSize(100 * kMiB, 0, s3), 8 * kMiB);
        QCOMPARE(partsizing::choosePartSize(100 * kMiB, kMiB, s3), 5 * kMiB); // raised to the minimum
        // 1 TiB in 8 MiB parts would be 131,072 parts: raised to whole MiB under 10,000.
        const std::uint64_t tib = 1024 * kGiB;
        const std::uint64_t part = partsizing::choosePartSize(tib, 0, s3);
        QCOMPARE(part % kMiB, std::uint64_t{0});
        QVERIFY(partsizing::partCount(tib, part) <= 10000);
        QCOMPARE(partsizing::choosePartSize(60 * 1024 * kGiB, 0, s3), 5 * kGiB); // capped at the maximum
        QVERIFY(!partsizing::needsParts(8 * kMiB, 8 * kMiB));
        QVERIFY(partsizing::needsParts(8 * kMiB + 1, 8 * kMiB));
        QCOMPARE(partsizing::partCount(0, 8 * kMiB), 1);
    }

    void bufferPoolNeverExceedsItsBudget()
    {
        BufferPool pool(4 * kMiB);
        auto a = pool.acquire(2 * kMiB, {});
        auto b = pool.acquire(2 * kMiB, {});
        LS_VERIFY_OK(a);
        LS_VERIFY_OK(b);
        QCOMPARE(pool.allocated(), 4 * kMiB);
        // A third buffer waits until one comes back.
        Result<PooledBuffer> c = Error::cancelled();
        std::thread waiter([&] { c = pool.acquire(2 * kMiB, {}); });
        *a = PooledBuffer(); // returned: the waiter gets it
        waiter.join();
        LS_VERIFY_OK(c);
        QCOMPARE(pool.peakAllocated(), 4 * kMiB);
        // A cancelled wait gives up.
        CancellationSource cancel;
        cancel.cancel();
        LS_VERIFY_ERROR(pool.acquire(kMiB, cancel.token()), ErrorCode::Cancelled);
    }

    void anOversizedRequestIsGrantedWhenNothingElseIsOut()
    {
        BufferPool pool(kMiB);
        auto big = pool.acquire(8 * kMiB, {});
        LS_VERIFY_OK(big);
        QVERIFY(big->capacity() >= 8 * kMiB);
    }

    void rateIsSmoothedAndEtaFollows()
    {
        RateMeter meter;
        const auto start = RateMeter::Clock::now();
        meter.sample(0, start);
        meter.sample(10 * kMiB, start + std::chrono::seconds(1));
        QCOMPARE(meter.rate(), double(10 * kMiB));
        meter.sample(20 * kMiB, start + std::chrono::seconds(2));
        QVERIFY(meter.rate() > 9.0 * kMiB && meter.rate() < 11.0 * kMiB);
        auto eta = meter.eta(100 * kMiB);
        QVERIFY(eta && *eta > 9 && *eta < 11);
        // A count that moves back (a retried part) is not a negative speed.
        meter.sample(5 * kMiB, start + std::chrono::seconds(10));
        QVERIFY(meter.rate() >= 0);
    }

    void bandwidthLimiterHoldsTheRate()
    {
        BandwidthLimiter limiter(4 * kMiB);
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < 8; ++i)
            QVERIFY(limiter.admit(kMiB / 4, {}));
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // 2 MiB at 4 MiB/s with a quarter-second burst: at least 0.25 s.
        QVERIFY2(seconds >= 0.2, std::to_string(seconds).c_str());
        CancellationSource cancel;
        cancel.cancel();
        QVERIFY(!limiter.admit(64 * kMiB, cancel.token()));
    }

    void multipartEtagIsTheMd5OfPartMd5s()
    {
        const std::string a(5 * kMiB, 'a');
        const std::string b = "tail";
        const std::string etag = contentcheck::multipartEtag({Md5::hex(a), Md5::hex(b)});
        Md5 outer;
        for (const auto &part : {a, b}) {
            Md5 inner;
            inner.update(std::string_view(part));
            const auto digest = inner.finish();
            outer.update(std::string_view(reinterpret_cast<const char *>(digest.data()), digest.size()));
        }
        QCOMPARE(etag, outer.finishHex() + "-2");
        QCOMPARE(contentcheck::multipartParts(etag), std::optional<int>(2));
        QCOMPARE(contentcheck::multipartParts(Md5::hex(a)), std::optional<int>());
        QCOMPARE(contentcheck::multipartParts("not-an-etag-3"), std::optional<int>());
    }

    void partSizeIsInferredFromTheEtag()
    {
        QCOMPARE(contentcheck::partSizeFor(100 * kMiB, 13, 0), std::optional<std::uint64_t>(8 * kMiB));
        QCOMPARE(contentcheck::partSizeFor(100 * kMiB, 20, 0), std::optional<std::uint64_t>(5 * kMiB));
        QCOMPARE(contentcheck::partSizeFor(100 * kMiB, 4, 32 * kMiB), std::optional<std::uint64_t>(32 * kMiB));
        QCOMPARE(contentcheck::partSizeFor(10, 20, 0), std::optional<std::uint64_t>());
    }

    void conflictDecisionsFromListings()
    {
        ObjectInfo source;
        source.size = 10;
        source.modified = Timestamp(std::chrono::seconds(2000));
        ObjectInfo existing = source;
        existing.modified = Timestamp(std::chrono::seconds(1000));
        TransferOptions options;
        using Action = contentcheck::ConflictDecision::Action;
        options.ifExists = ConflictPolicy::NewerOnly;
        QCOMPARE(contentcheck::decideConflict(options, source, existing).action, Action::Copy);
        QCOMPARE(contentcheck::decideConflict(options, existing, source).action, Action::Skip);
        options.ifExists = ConflictPolicy::SkipIdentical;
        QCOMPARE(contentcheck::decideConflict(options, source, existing).action, Action::CompareContent);
        source.checksum = "md5:" + Md5::hex("x");
        existing.checksum = "md5:" + Md5::hex("y");
        QCOMPARE(contentcheck::decideConflict(options, source, existing).action, Action::Copy);
        options.sync = true;
        existing.checksum = source.checksum;
        QCOMPARE(contentcheck::decideConflict(options, source, existing).action, Action::Skip);
        existing.size = 11;
        QCOMPARE(contentcheck::decideConflict(options, source, existing).action, Action::Copy);
    }

    void syncIgnoresSubSecondTimes()
    {
        // A local file keeps nanoseconds; lakeFS and S3 keep whole seconds.
        // Uploaded in the same second, it must not look newer on the next sync.
        using namespace std::chrono;
        ObjectInfo local;
        local.size = 10;
        local.modified = Timestamp(seconds(5000) + milliseconds(730));
        ObjectInfo remote = local;
        remote.modified = Timestamp(seconds(5000));
        remote.checksum = "md5:" + Md5::hex("remote only");
        TransferOptions options;
        options.sync = true;
        using Action = contentcheck::ConflictDecision::Action;
        QCOMPARE(contentcheck::decideConflict(options, local, remote).action, Action::Skip);
        local.modified = Timestamp(seconds(5001));
        QCOMPARE(contentcheck::decideConflict(options, local, remote).action, Action::Copy);
    }

    void filtersMatchNamesOrPaths()
    {
        TransferOptions options;
        options.include = {"*.csv"};
        QVERIFY(JobPlanner::passesFilters(options, "a/b/c.csv"));
        QVERIFY(!JobPlanner::passesFilters(options, "a/b/c.json"));
        options.exclude = {"tmp/**"};
        QVERIFY(!JobPlanner::passesFilters(options, "tmp/x/c.csv"));
        QVERIFY(JobPlanner::passesFilters(options, "keep/tmp/c.csv"));
        options = {};
        options.exclude = {"*.tmp"};
        QVERIFY(JobPlanner::passesFilters(options, "deep/file.txt"));
        QVERIFY(!JobPlanner::passesFilters(options, "deep/file.tmp"));
    }
};

QTEST_GUILESS_MAIN(TestTransferUnits)
#include "tst_transferunits.moc"
