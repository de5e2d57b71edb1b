// SPDX-License-Identifier: Apache-2.0
// FileMover's large-file half: ranged downloads and multipart uploads,
// which run as one task per part and finish in whichever part ends last.
#include "core/transfer/filemover.h"

#include "core/transfer/buffersink.h"
#include "core/transfer/bufferpool.h"
#include "core/transfer/contentcheck.h"
#include "core/transfer/jobrunner.h"
#include "core/transfer/localfile.h"

#include <algorithm>
#include <map>

namespace lakescope {

namespace {

bool plainMd5(const std::string &etag)
{
    return etag.size() == 32 && std::all_of(etag.begin(), etag.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

} // namespace

void FileMover::startRangedDownload(std::size_t file, FileSlot &slot)
{
    const bool keep = slot.resumeFrom && !slot.resumeFrom->tempPath.empty()
                      && slot.resumeFrom->partSize == slot.partSize;
    if (!openTemporary(file, slot, keep ? slot.resumeFrom->tempPath : std::string()))
        return;
    std::vector<int> pending;
    {
        std::lock_guard lock(slot.mutex);
        slot.rangeDone.assign(static_cast<std::size_t>(slot.partCount), false);
        slot.rangeMd5.assign(static_cast<std::size_t>(slot.partCount), {});
        if (keep) {
            for (int range : slot.resumeFrom->rangesDone) {
                if (range >= 0 && range < slot.partCount)
                    slot.rangeDone[static_cast<std::size_t>(range)] = true;
            }
        }
        for (int range = 0; range < slot.partCount; ++range) {
            if (!slot.rangeDone[static_cast<std::size_t>(range)])
                pending.push_back(range);
        }
    }
    if (!keep && m_job.journal())
        m_job.journalled(m_job.journal()->downloadStarted(file, slot.tempPath, slot.partSize));
    slot.resumeFrom.reset();
    queueParts(file, slot, pending);
}

void FileMover::queueParts(std::size_t file, FileSlot &slot, const std::vector<int> &pending)
{
    for (int part = 0; part < slot.partCount; ++part) {
        if (std::find(pending.begin(), pending.end(), part) == pending.end())
            m_job.addReused(slot, partLength(slot, part));
    }
    // Everything was already there (a resume): the finishing step runs now.
    if (pending.empty()) {
        slot.partsPending = 1;
        partEnded(file, slot);
        return;
    }
    slot.partsPending = static_cast<int>(pending.size());
    m_job.pushParts(file, pending);
}

void FileMover::runPart(std::size_t file, int part)
{
    FileSlot &slot = m_job.slot(file);
    if (slot.failed.load() || isFinished(slot.state.load())) {
        partEnded(file, slot);
        return;
    }
    if (slot.route == FileRoute::Download)
        downloadRange(file, slot, part);
    else
        uploadPart(file, slot, part);
}

void FileMover::downloadRange(std::size_t file, FileSlot &slot, int range)
{
    const TransferRequest &request = m_job.request();
    const CancellationToken token = m_job.stopToken();
    const std::uint64_t offset = static_cast<std::uint64_t>(range) * slot.partSize;
    const std::uint64_t length = partLength(slot, range);
    GetOptions options;
    options.ifMatch = slot.plan.etag;
    options.direct = true;
    std::uint64_t counted = 0;
    std::string md5;
    auto got = withRetries(token, [&]() -> Result<ObjectInfo> {
        m_job.addBytes(slot, -static_cast<std::int64_t>(std::exchange(counted, 0)));
        localfile::OffsetSink sink(slot.fd, slot.tempPath, offset, slot.hashRanges, progressFor(slot, counted, token));
        auto read = request.source.store->get(slot.plan.sourceKey, sink, ByteRange::span(offset, length), options, token);
        if (!read)
            return read.error();
        if (sink.written() != length)
            return Error::transient("range " + std::to_string(range + 1) + " brought " + std::to_string(sink.written())
                                    + " of " + std::to_string(length) + " bytes");
        md5 = sink.md5Hex();
        return read;
    });
    if (!got) {
        m_job.addBytes(slot, -static_cast<std::int64_t>(counted));
        if (handleStop({TransferTask::Kind::Part, file, range}, token))
            return;
        slot.failed = true;
        slot.setMessage(got.error().code == ErrorCode::PreconditionFailed
                            ? "the source changed during the transfer: " + got.error().toString()
                            : got.error().toString());
        partEnded(file, slot);
        return;
    }
    {
        std::lock_guard lock(slot.mutex);
        slot.rangeDone[static_cast<std::size_t>(range)] = true;
        slot.rangeMd5[static_cast<std::size_t>(range)] = md5;
        if (slot.sourceInfo.etag.empty())
            slot.sourceInfo = *got;
    }
    if (m_job.journal())
        m_job.journalled(m_job.journal()->rangeDone(file, range));
    partEnded(file, slot);
}

void FileMover::finishDownload(std::size_t file, FileSlot &slot)
{
    const CancellationToken token = m_job.stopToken();
    if (slot.failed.load()) {
        if (m_job.stopRequested() == JobRunner::Stop::Interrupt)
            return release(file);
        localfile::discardTemporary(slot.fd, slot.tempPath);
        m_job.finishFile(file, TransferState::Failed, slot.messageCopy());
        return;
    }
    m_job.setFileState(file, TransferState::Verifying);
    ObjectInfo source;
    {
        std::lock_guard lock(slot.mutex);
        source = slot.sourceInfo;
    }
    if (source.etag.empty())
        source.etag = slot.plan.etag;
    Status verified;
    std::string how = "size";
    if (auto expected = contentcheck::md5Of(source)) {
        // A single-part object's MD5 covers the whole file: one sequential
        // pass once every range is on disk (the ranges arrived in parallel).
        auto actual = localfile::md5OfRange(slot.fd, 0, slot.plan.size, token);
        how = "md5";
        if (!actual)
            verified = actual.error();
        else if (*actual != *expected)
            verified = Error::transient("downloaded bytes do not match the source's MD5");
    } else if (slot.hashRanges && contentcheck::multipartParts(source.etag)) {
        std::vector<std::string> md5s;
        {
            std::lock_guard lock(slot.mutex);
            md5s = slot.rangeMd5;
        }
        // Ranges restored from a journal were written by an earlier process: read them back.
        for (std::size_t range = 0; range < md5s.size() && verified; ++range) {
            if (!md5s[range].empty())
                continue;
            auto hashed = localfile::md5OfRange(slot.fd, range * slot.partSize, partLength(slot, static_cast<int>(range)), token);
            if (!hashed)
                verified = hashed.error();
            else
                md5s[range] = *hashed;
        }
        // The part size is inferred from the size and the part count, and
        // more than one size can fit: a mismatch is inconclusive, not proof
        // of damage.
        if (verified)
            how = contentcheck::multipartEtag(md5s) == source.etag ? "multipart etag" : "size (part size of the multipart ETag unknown)";
    }
    if (verified) {
        m_job.setFileState(file, TransferState::Finalising);
        verified = localfile::finishTemporary(slot.fd, slot.tempPath, slot.finalPath, slot.plan.size,
                                              slot.modified ? slot.modified : source.modified);
    }
    if (!verified) {
        localfile::discardTemporary(slot.fd, slot.tempPath);
        if (!handleStop({TransferTask::Kind::File, file}, token))
            retryWholeFile(file, verified.error());
        return;
    }
    slot.tempPath.clear();
    m_job.finishFile(file, TransferState::Done, "verified: " + how);
}

void FileMover::startMultipart(std::size_t file, FileSlot &slot)
{
    const TransferRequest &request = m_job.request();
    ObjectStore &source = *request.source.store;
    ObjectStore &destination = *request.destination.store;
    const CancellationToken token = m_job.stopToken();
    const TransferTask task{TransferTask::Kind::File, file};
    auto head = withRetries(token, [&] { return source.head(slot.plan.sourceKey, token); });
    if (!head) {
        if (!handleStop(task, token))
            fail(file, head.error());
        return;
    }
    if (head->etag != slot.plan.etag || head->size != slot.plan.size) {
        fail(file, Error::conflict("the source changed since the job was planned; run the copy again"));
        return;
    }
    slot.sourceInfo = *head;
    std::vector<PartInfo> reused;
    if (slot.resumeFrom && !slot.resumeFrom->uploadId.empty()) {
        auto resumed = destination.resumeMultipart(slot.plan.destinationKey, slot.resumeFrom->uploadId);
        if (resumed) {
            // Trust a journalled part only if the store still holds it unchanged.
            std::map<int, std::string> held;
            if (auto listed = (*resumed)->listParts(token)) {
                for (const PartInfo &part : *listed)
                    held[part.partNumber] = part.etag;
                for (const PartInfo &part : slot.resumeFrom->parts) {
                    if (held.contains(part.partNumber) && held[part.partNumber] == part.etag && !part.md5.empty())
                        reused.push_back(part);
                }
            }
            std::lock_guard lock(slot.mutex);
            slot.upload = std::move(*resumed);
        } else if (m_job.journal()) {
            m_job.journalled(m_job.journal()->fileReset(file));
        }
    }
    if (!slot.upload) {
        PutOptions options;
        options.contentType = head->contentType;
        options.metadata = head->metadata;
        auto started = withRetries(token, [&] {
            return destination.startMultipart(slot.plan.destinationKey, options);
        });
        if (!started) {
            if (!handleStop(task, token))
                fail(file, started.error());
            return;
        }
        {
            std::lock_guard lock(slot.mutex);
            slot.upload = std::move(*started);
        }
        if (m_job.journal())
            m_job.journalled(m_job.journal()->uploadStarted(file, slot.upload->uploadId(), slot.partSize));
    }
    slot.resumeFrom.reset();
    std::vector<int> pending;
    {
        std::lock_guard lock(slot.mutex);
        slot.parts.assign(static_cast<std::size_t>(slot.partCount), {});
        for (const PartInfo &part : reused) {
            if (part.partNumber >= 1 && part.partNumber <= slot.partCount)
                slot.parts[static_cast<std::size_t>(part.partNumber - 1)] = part;
        }
        for (int part = 0; part < slot.partCount; ++part) {
            if (slot.parts[static_cast<std::size_t>(part)].partNumber == 0)
                pending.push_back(part);
        }
    }
    queueParts(file, slot, pending);
}

void FileMover::uploadPart(std::size_t file, FileSlot &slot, int part)
{
    const TransferRequest &request = m_job.request();
    const CancellationToken token = m_job.stopToken();
    const TransferTask task{TransferTask::Kind::Part, file, part};
    const std::uint64_t offset = static_cast<std::uint64_t>(part) * slot.partSize;
    const std::uint64_t length = partLength(slot, part);
    auto buffer = m_job.buffers().acquire(std::max<std::uint64_t>(length, 1), token);
    if (!buffer) {
        if (handleStop(task, token))
            return;
        slot.failed = true;
        slot.setMessage(buffer.error().toString());
        partEnded(file, slot);
        return;
    }
    GetOptions options;
    options.ifMatch = slot.plan.etag;
    options.direct = true;
    auto sent = withRetries(token, [&]() -> Result<PartInfo> {
        BufferSink sink(buffer->data(), buffer->capacity(), m_job.limiter(), token);
        auto read = request.source.store->get(slot.plan.sourceKey, sink, ByteRange::span(offset, length), options, token);
        if (!read)
            return read.error();
        if (sink.size() != length)
            return Error::transient("read " + std::to_string(sink.size()) + " of " + std::to_string(length)
                                    + " bytes of part " + std::to_string(part + 1));
        const std::string md5 = sink.md5Hex();
        ViewSource view(std::string_view(buffer->data(), sink.size()), md5);
        auto put = slot.upload->putPart(part + 1, view, token);
        if (!put)
            return put.error();
        // S3-style stores answer a part's MD5 as its ETag: a mismatch means
        // the bytes were damaged on the way.
        if ((plainMd5(put->etag) && put->etag != md5) || (!put->md5.empty() && put->md5 != md5))
            return Error::transient("part " + std::to_string(part + 1) + " arrived damaged (MD5 mismatch)");
        PartInfo info = *put;
        info.md5 = md5;
        info.size = length;
        return info;
    });
    *buffer = PooledBuffer(); // hand the buffer back before the journal write
    if (!sent) {
        if (handleStop(task, token))
            return;
        slot.failed = true;
        slot.setMessage(sent.error().toString());
        partEnded(file, slot);
        return;
    }
    {
        std::lock_guard lock(slot.mutex);
        slot.parts[static_cast<std::size_t>(part)] = *sent;
    }
    if (m_job.journal())
        m_job.journalled(m_job.journal()->partDone(file, *sent));
    m_job.addBytes(slot, static_cast<std::int64_t>(length));
    partEnded(file, slot);
}

void FileMover::finishMultipart(std::size_t file, FileSlot &slot)
{
    const TransferRequest &request = m_job.request();
    const CancellationToken token = m_job.stopToken();
    std::unique_ptr<MultipartUpload> upload;
    std::vector<PartInfo> parts;
    {
        std::lock_guard lock(slot.mutex);
        parts = slot.parts;
        if (slot.failed.load() && m_job.stopRequested() == JobRunner::Stop::Interrupt)
            return; // the upload stays open for a resume
        upload = std::move(slot.upload);
    }
    if (slot.failed.load()) {
        if (upload)
            (void)upload->abort();
        m_job.finishFile(file, TransferState::Failed, slot.messageCopy());
        return;
    }
    m_job.setFileState(file, TransferState::Finalising);
    auto completed = withRetries(token, [&] { return upload->complete(parts); });
    if (!completed) {
        (void)upload->abort();
        fail(file, completed.error());
        return;
    }
    m_job.setFileState(file, TransferState::Verifying);
    std::vector<std::string> md5s;
    for (const PartInfo &part : parts)
        md5s.push_back(part.md5);
    const std::string expected = contentcheck::multipartEtag(md5s);
    std::string how = "size";
    Status verified;
    if (contentcheck::multipartParts(completed->etag)) {
        how = "multipart etag";
        if (completed->etag != expected)
            verified = Error::fatal("the assembled object's ETag " + completed->etag + " does not match the parts sent ("
                                    + expected + ")");
    }
    if (verified) {
        auto landed = withRetries(token, [&] { return request.destination.store->head(slot.plan.destinationKey, {}); });
        if (!landed)
            verified = landed.error();
        else if (landed->size != slot.plan.size)
            verified = Error::fatal("the assembled object has " + std::to_string(landed->size) + " bytes, the source "
                                    + std::to_string(slot.plan.size));
    }
    if (!verified) {
        // Never leave damaged bytes under the final name.
        (void)request.destination.store->removeBatch({slot.plan.destinationKey});
        fail(file, verified.error());
        return;
    }
    m_job.finishFile(file, TransferState::Done, "verified: " + how);
}

} // namespace lakescope
