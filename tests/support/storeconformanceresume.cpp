// SPDX-License-Identifier: Apache-2.0
// The resume half of the multipart cases: an upload found again by its id
// after its handle is gone, as a transfer does after a crash.
#include "tests/support/storeconformance.h"

#include "tests/support/testassert.h"
#include "tests/support/teststreams.h"

#include "core/common/md5.h"

#include <QTest>

#include <algorithm>

namespace lakescope::testing {

void StoreConformance::multipartResumedAfterTheHandleIsGone()
{
    const Capabilities caps = store().capabilities();
    const std::uint64_t partSize = std::max<std::uint64_t>(caps.minPartSize, 256u << 10);
    constexpr std::uint64_t lastSize = 1234;
    const std::uint64_t total = 2 * partSize + lastSize;
    constexpr std::uint32_t seed = 41;
    const std::string k = key("resumed/object.bin");
    PutOptions options;
    options.contentType = "application/x-lakescope-resumed";
    options.metadata = {{"origin", "resume test"}};

    std::string uploadId;
    std::vector<PartInfo> sent;
    {
        auto upload = store().startMultipart(k, options);
        LS_VERIFY_OK(upload);
        uploadId = (*upload)->uploadId();
        QVERIFY(!uploadId.empty());
        // One part streamed, one from memory, which a store may hash.
        GeneratedSource streamed(partSize, seed);
        auto one = (*upload)->putPart(1, streamed);
        LS_VERIFY_OK(one);
        std::string bytes(partSize, '\0');
        GeneratedSource::fill(seed, partSize, bytes);
        StringSource inMemory(bytes);
        auto two = (*upload)->putPart(2, inMemory);
        LS_VERIFY_OK(two);
        if (!two->md5.empty())
            QCOMPARE(two->md5, Md5::hex(bytes));
        if (!one->md5.empty())
            QCOMPARE(one->md5, GeneratedSource::md5(seed, 0, partSize));
        sent = {*one, *two};
    } // the handle is gone, as after a crash

    auto resumed = store().resumeMultipart(k, uploadId);
    if (!resumed) {
        // Where uploads cannot be found again the store says so, and
        // there is nothing more to check.
        LS_VERIFY_ERROR(resumed, ErrorCode::NotSupported);
        QVERIFY(!resumed.error().message.empty());
        return;
    }
    MultipartUpload &upload = **resumed;
    QCOMPARE(upload.key(), k);
    QCOMPARE(upload.uploadId(), uploadId);

    auto listed = upload.listParts();
    LS_VERIFY_OK(listed);
    QCOMPARE(listed->size(), sent.size());
    for (std::size_t i = 0; i < sent.size(); ++i) {
        QCOMPARE(listed->at(i).partNumber, sent[i].partNumber);
        QCOMPARE(listed->at(i).etag, sent[i].etag);
        QCOMPARE(listed->at(i).size, sent[i].size);
        if (!listed->at(i).md5.empty() && !sent[i].md5.empty())
            QCOMPARE(listed->at(i).md5, sent[i].md5);
    }
    LS_VERIFY_ERROR(store().head(k), ErrorCode::NotFound);

    GeneratedSource last(lastSize, seed, 2 * partSize);
    auto three = upload.putPart(3, last);
    LS_VERIFY_OK(three);
    std::vector<PartInfo> parts = *listed;
    parts.push_back(*three);
    auto done = upload.complete(parts);
    LS_VERIFY_OK(done);
    QCOMPARE(done->size, total);

    Md5Sink sink;
    auto got = store().get(k, sink);
    LS_VERIFY_OK(got);
    QCOMPARE(sink.bytes(), total);
    QCOMPARE(sink.finishHex(), GeneratedSource::md5(seed, 0, total));
    // The options given at the start outlive the first handle.
    if (caps.userMetadata) {
        QCOMPARE(got->contentType, options.contentType);
        QVERIFY(got->metadata == options.metadata);
    }
    // Completed, the upload is gone, or still answers for a while so a
    // complete whose answer was lost can be sent again (Swift's s3api
    // does); nothing else.
    auto after = store().resumeMultipart(k, uploadId);
    if (!after)
        QCOMPARE(after.error().code, ErrorCode::NotFound);
    QCOMPARE(listAll(prefix()).objects, std::vector<std::string>{k});
}

void StoreConformance::multipartResumeOfAFinishedUpload()
{
    const std::string k = key("abandoned.bin");
    auto upload = store().startMultipart(k);
    LS_VERIFY_OK(upload);
    const std::string uploadId = (*upload)->uploadId();
    GeneratedSource part(1000, 7);
    LS_VERIFY_OK((*upload)->putPart(1, part));

    auto open = store().resumeMultipart(k, uploadId);
    const bool resumable = open.ok();
    if (!resumable)
        LS_VERIFY_ERROR(open, ErrorCode::NotSupported);
    const ErrorCode gone = resumable ? ErrorCode::NotFound : ErrorCode::NotSupported;
    // An id is only good with the key it was started for.
    LS_VERIFY_ERROR(store().resumeMultipart(key("other.bin"), uploadId), gone);

    LS_VERIFY_OK((*upload)->abort());
    LS_VERIFY_ERROR(store().resumeMultipart(k, uploadId), gone);
    LS_VERIFY_ERROR(store().resumeMultipart(k, "lakescope-no-such-upload"), gone);
    if (resumable) {
        // A handle taken before the abort is just as finished.
        GeneratedSource late(10, 8);
        QVERIFY(!(*open)->putPart(2, late).ok());
        LS_VERIFY_ERROR((*open)->listParts(), ErrorCode::NotFound);
    }
    LS_VERIFY_ERROR(store().head(k), ErrorCode::NotFound);
    QVERIFY(listAll(prefix()).objects.empty());
}

} // namespace lakescope::testing
