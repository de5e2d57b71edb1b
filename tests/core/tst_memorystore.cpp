// SPDX-License-Identifier: Apache-2.0
#include "core/backends/memory/memorystore.h"
#include "core/common/md5.h"
#include "tests/support/storeconformance.h"
#include "tests/support/testassert.h"

#include <QTest>

using namespace lakescope;

// The memory store is the reference backend: it runs the whole conformance
// suite, plus what only an in-process store has (uploads that resume only
// within the process).
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

    void uploadsResumeWithinTheProcess()
    {
        auto memory = std::dynamic_pointer_cast<MemoryStore>(storePtr());
        QVERIFY(memory);
        const std::string k = key("resumed.bin");
        std::string uploadId;
        PartInfo first;
        {
            auto upload = memory->startMultipart(k);
            LS_VERIFY_OK(upload);
            uploadId = (*upload)->uploadId();
            StringSource part("first part, ");
            auto put = (*upload)->putPart(1, part);
            LS_VERIFY_OK(put);
            QCOMPARE(put->md5, Md5::hex("first part, "));
            first = *put;
        }
        // Two handles to one upload see the same parts.
        auto one = memory->resumeMultipart(k, uploadId);
        auto two = memory->resumeMultipart(k, uploadId);
        LS_VERIFY_OK(one);
        LS_VERIFY_OK(two);
        StringSource rest("then the rest");
        auto second = (*one)->putPart(2, rest);
        LS_VERIFY_OK(second);
        auto listed = (*two)->listParts();
        LS_VERIFY_OK(listed);
        QCOMPARE(listed->size(), std::size_t{2});
        QCOMPARE(listed->at(0).md5, first.md5);
        QCOMPARE(listed->at(1).md5, Md5::hex("then the rest"));
        LS_VERIFY_OK((*two)->complete(*listed));
        QCOMPARE(getString(k).valueOr("?"), std::string("first part, then the rest"));
        // Done through one handle, done for all; and no other store knows it.
        LS_VERIFY_ERROR((*one)->listParts(), ErrorCode::NotFound);
        LS_VERIFY_ERROR(memory->resumeMultipart(k, uploadId), ErrorCode::NotFound);
        MemoryStore other;
        auto open = memory->startMultipart(k);
        LS_VERIFY_OK(open);
        LS_VERIFY_ERROR(other.resumeMultipart(k, (*open)->uploadId()), ErrorCode::NotFound);
        LS_VERIFY_OK((*open)->abort());
    }
};

QTEST_GUILESS_MAIN(TstMemoryStore)
#include "tst_memorystore.moc"
