// SPDX-License-Identifier: Apache-2.0
#include "core/backends/memory/memorystore.h"
#include "tests/support/storeconformance.h"
#include "tests/support/testassert.h"

#include <QTest>

using namespace lakescope;

// The memory store is the reference backend: it runs the whole conformance
// suite and nothing else needs saying about it.
class TstMemoryStore final : public testing::StoreConformance
{
    Q_OBJECT

protected:
    ObjectStorePtr createStore() override { return std::make_shared<MemoryStore>(); }

private slots:
    void storesAreSeparate()
    {
        // Two memory stores share nothing, even under the same name.
        MemoryStore other;
        StringSource source("only here");
        LS_VERIFY_OK(store().put(key("mine.txt"), source));
        LS_VERIFY_ERROR(other.head(key("mine.txt")), ErrorCode::NotFound);
        LS_VERIFY_ERROR(store().presign(key("mine.txt"), PresignMethod::Get, std::chrono::seconds(60)),
                        ErrorCode::NotSupported);
    }
};

QTEST_GUILESS_MAIN(TstMemoryStore)
#include "tst_memorystore.moc"
