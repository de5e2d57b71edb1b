// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/filemover.h"

#include "core/transfer/buffersink.h"
#include "core/transfer/bufferpool.h"
#include "core/transfer/contentcheck.h"
#include "core/transfer/jobrunner.h"
#include "core/transfer/localfile.h"
#include "core/transfer/partsizing.h"

#include <algorithm>
#include <random>
#include <thread>
#include <unistd.h>

namespace lakescope {

namespace {

constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;

GetOptions sameVersion(const FileSlot &slot)
{
    // Every range and every retry must read the version that was planned.
    GetOptions options;
    options.ifMatch = slot.plan.etag;
    options.direct = true;
    return options;
}

std::optional<Timestamp> plannedTime(const FileSlot &slot)
{
    if (slot.modified)
        return slot.modified;
    if (slot.plan.modifiedUnix == 0)
        return std::nullopt;
    return Timestamp(std::chrono::seconds(slot.plan.modifiedUnix));
}

} // namespace

FileMover::FileMover(JobRunner &job)
    : m_job(job)
{}

void FileMover::backoff(int attempt, const CancellationToken &token)
{
    // Full jitter over an exponential ceiling, as the AWS SDKs do, in short
    // slices so a pause or cancel is not held up.
    thread_local std::minstd_rand random(std::random_device{}());
    const auto ceiling = std::min<std::int64_t>(5000, std::int64_t{100} << std::min(attempt - 1, 6));
    const auto delay = std::chrono::milliseconds(std::uniform_int_distribution<std::int64_t>(ceiling / 2, ceiling)(random));
    const auto until = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < until && !token.isCancelled())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

bool FileMover::handleStop(const TransferTask &task, const CancellationToken &token)
{
    // Not stopRequested(): a pause and resume can both happen while the
    // request is out, and its "cancelled" must still send it again.
    const JobRunner::Stop stop = m_job.stoppedBy(token);
    if (stop == JobRunner::Stop::None)
        return false;
    if (stop == JobRunner::Stop::Pause) {
        if (task.kind == TransferTask::Kind::File)
            m_job.slot(task.file).state = TransferState::Queued;
        m_job.requeue(task);
    }
    return true;
}

void FileMover::fail(std::size_t file, const Error &error)
{
    FileSlot &slot = m_job.slot(file);
    slot.failed = true;
    m_job.finishFile(file, TransferState::Failed, error.toString());
}

bool FileMover::retryWholeFile(std::size_t file, const Error &error)
{
    FileSlot &slot = m_job.slot(file);
    if (++slot.attempts >= std::max(1, m_job.request().options.maxAttempts) || !error.retryable()) {
        fail(file, error);
        return false;
    }
    m_job.addBytes(slot, -static_cast<std::int64_t>(slot.bytesDone.load()));
    if (TransferJournal *journal = m_job.journal())
        m_job.journalled(journal->fileReset(file));
    {
        std::lock_guard lock(slot.mutex);
        slot.resumeFrom.reset();
        slot.parts.clear();
        slot.rangeDone.clear();
        slot.rangeMd5.clear();
        slot.tempPath.clear();
    }
    slot.failed = false;
    m_job.setFileState(file, TransferState::Queued, error.toString() + "; trying again");
    m_job.requeue({TransferTask::Kind::File, file});
    return true;
}

std::function<bool(std::uint64_t)> FileMover::progressFor(FileSlot &slot, std::uint64_t &counted,
                                                          const CancellationToken &token)
{
    return [this, &slot, &counted, token](std::uint64_t bytes) {
        m_job.addBytes(slot, static_cast<std::int64_t>(bytes));
        counted += bytes;
        return m_job.limiter().admit(bytes, token);
    };
}

std::uint64_t FileMover::partLength(const FileSlot &slot, int part) const
{
    const std::uint64_t offset = static_cast<std::uint64_t>(part) * slot.partSize;
    return std::min(slot.partSize, slot.plan.size - std::min(slot.plan.size, offset));
}

void FileMover::runFile(std::size_t file)
{
    FileSlot &slot = m_job.slot(file);
    if (isFinished(slot.state.load()))
        return;
    const TransferTask task{TransferTask::Kind::File, file};
    const CancellationToken token = m_job.stopToken();
    m_job.setFileState(file, TransferState::Running);
    if (slot.compareContent && !checkIdentical(file, slot))
        return;
    const TransferRequest &request = m_job.request();
    if (slot.plan.destinationKey.ends_with('/')) {
        // A folder marker: make the folder, there are no bytes to move.
        StringSource empty({});
        auto made = withRetries(token, [&] {
            return request.destination.store->put(slot.plan.destinationKey, empty, {}, token);
        });
        if (!made && !handleStop(task, token))
            fail(file, made.error());
        else if (made)
            m_job.finishFile(file, TransferState::Done, "folder");
        return;
    }
    if (auto routed = chooseRoute(file, slot); !routed) {
        fail(file, routed.error());
        return;
    }
    switch (slot.route) {
    case FileRoute::ServerCopy:
        serverCopy(file, slot);
        break;
    case FileRoute::LocalCopy:
        localCopy(file, slot);
        break;
    case FileRoute::Download:
    case FileRoute::Stream: {
        const bool download = slot.route == FileRoute::Download;
        const bool canSplit = download ? request.source.store->capabilities().rangeReads
                                       : request.destination.store->capabilities().multipart;
        if (canSplit && partsizing::needsParts(slot.plan.size, slot.partSize))
            download ? startRangedDownload(file, slot) : startMultipart(file, slot);
        else
            download ? downloadWhole(file, slot) : streamWhole(file, slot);
        break;
    }
    }
}

bool FileMover::checkIdentical(std::size_t file, FileSlot &slot)
{
    const TransferRequest &request = m_job.request();
    const CancellationToken token = m_job.stopToken();
    ObjectInfo source;
    source.key = slot.plan.sourceKey;
    source.size = slot.plan.size;
    source.etag = slot.plan.etag;
    if (auto head = request.source.store->head(slot.plan.sourceKey, token))
        source = *head;
    const ObjectInfo &existing = *slot.existing;
    auto same = contentcheck::sameContent(*request.source.store, source, *request.destination.store, existing, token);
    if (!same) {
        if (!handleStop({TransferTask::Kind::File, file}, token))
            fail(file, same.error());
        return false;
    }
    if (same->has_value()) {
        if (**same) {
            m_job.finishFile(file, TransferState::Skipped, "identical (checksum)");
            return false;
        }
        return true;
    }
    // Nothing to hash against: the same size and a destination at least as
    // new is as close to "identical" as the stores let us tell.
    if (source.modified && existing.modified && *existing.modified >= *source.modified) {
        m_job.finishFile(file, TransferState::Skipped, "identical (same size, not older)");
        return false;
    }
    return true;
}

Status FileMover::chooseRoute(std::size_t file, FileSlot &slot)
{
    (void)file;
    const TransferRequest &request = m_job.request();
    ObjectStore &source = *request.source.store;
    ObjectStore &destination = *request.destination.store;
    auto destinationPath = destination.localPath(slot.plan.destinationKey);
    if (!destinationPath && destinationPath.error().code != ErrorCode::NotSupported)
        return Error::invalidInput("refused: " + destinationPath.error().message);
    // Local folders first, even within one store: the engine's own copy
    // shows progress, keeps to the bandwidth limit and renames into place.
    if (destinationPath) {
        slot.finalPath = *destinationPath;
        slot.route = source.localPath(slot.plan.sourceKey) ? FileRoute::LocalCopy : FileRoute::Download;
    } else if (destination.canCopyFrom(source) && !slot.serverCopyRefused) {
        slot.route = FileRoute::ServerCopy;
    } else {
        slot.route = FileRoute::Stream;
    }
    const Capabilities limits = slot.route == FileRoute::Stream ? destination.capabilities() : Capabilities{};
    const bool resuming = slot.resumeFrom && slot.resumeFrom->partSize > 0;
    slot.partSize = resuming ? slot.resumeFrom->partSize
                             : partsizing::choosePartSize(slot.plan.size, request.options.partSize, limits);
    slot.hashRanges = false;
    if (slot.route == FileRoute::Download && !resuming) {
        // Ranges cut at the source's own part boundaries make its multipart
        // ETag checkable from per-range MD5s, hashed as the bytes arrive.
        if (auto parts = contentcheck::multipartParts(slot.plan.etag)) {
            auto aligned = contentcheck::partSizeFor(slot.plan.size, *parts, slot.partSize);
            if (aligned && *aligned >= kMiB && *aligned <= 1024 * kMiB) {
                slot.partSize = *aligned;
                slot.hashRanges = true;
            }
        }
    } else if (slot.route == FileRoute::Download) {
        if (auto parts = contentcheck::multipartParts(slot.plan.etag))
            slot.hashRanges = partsizing::partCount(slot.plan.size, slot.partSize) == *parts;
    }
    slot.partCount = partsizing::partCount(slot.plan.size, slot.partSize);
    if (slot.route == FileRoute::Stream
        && (slot.plan.size > limits.maxObjectSize
            || (partsizing::needsParts(slot.plan.size, slot.partSize) && slot.partCount > limits.maxParts)))
        return Error::invalidInput("too large for " + destination.displayName() + ": "
                                   + std::to_string(slot.plan.size) + " bytes");
    return {};
}

void FileMover::serverCopy(std::size_t file, FileSlot &slot)
{
    ObjectStore &source = *m_job.request().source.store;
    ObjectStore &store = *m_job.request().destination.store;
    const CancellationToken token = m_job.stopToken();
    auto copied = withRetries(token, [&] {
        return store.copyFrom(source, slot.plan.sourceKey, slot.plan.destinationKey, token);
    });
    if (!copied) {
        const ErrorCode code = copied.error().code;
        if (handleStop({TransferTask::Kind::File, file}, token))
            return;
        // The server would not copy between these two (another account's
        // bucket, a policy): move the bytes through this machine instead.
        if ((code == ErrorCode::PermissionDenied || code == ErrorCode::NotSupported) && &source != &store) {
            slot.serverCopyRefused = true;
            m_job.requeue({TransferTask::Kind::File, file});
            return;
        }
        fail(file, copied.error());
        return;
    }
    m_job.setFileState(file, TransferState::Verifying);
    auto landed = withRetries(token, [&] { return store.head(slot.plan.destinationKey, token); });
    if (!landed) {
        fail(file, landed.error());
        return;
    }
    if (landed->size != slot.plan.size) {
        fail(file, Error::fatal("the copy has " + std::to_string(landed->size) + " bytes, the source "
                                + std::to_string(slot.plan.size)));
        return;
    }
    m_job.finishFile(file, TransferState::Done, "verified: size (server-side copy)");
}

void FileMover::localCopy(std::size_t file, FileSlot &slot)
{
    const TransferRequest &request = m_job.request();
    auto sourcePath = request.source.store->localPath(slot.plan.sourceKey);
    if (!sourcePath) {
        fail(file, sourcePath.error());
        return;
    }
    if (!openTemporary(file, slot, {}))
        return;
    const CancellationToken token = m_job.stopToken();
    std::uint64_t counted = 0;
    Status copied = localfile::copyFile(*sourcePath, slot.fd, slot.plan.size, progressFor(slot, counted, token));
    if (copied) {
        m_job.setFileState(file, TransferState::Verifying);
        copied = localfile::finishTemporary(slot.fd, slot.tempPath, slot.finalPath, slot.plan.size, plannedTime(slot));
    }
    if (!copied) {
        localfile::discardTemporary(slot.fd, slot.tempPath);
        m_job.addBytes(slot, -static_cast<std::int64_t>(counted));
        if (!handleStop({TransferTask::Kind::File, file}, token))
            retryWholeFile(file, copied.error());
        return;
    }
    slot.tempPath.clear();
    m_job.finishFile(file, TransferState::Done, "verified: size");
}

void FileMover::downloadWhole(std::size_t file, FileSlot &slot)
{
    const TransferRequest &request = m_job.request();
    const CancellationToken token = m_job.stopToken();
    if (!openTemporary(file, slot, {}))
        return;
    std::uint64_t counted = 0;
    std::string md5;
    auto got = withRetries(token, [&]() -> Result<ObjectInfo> {
        m_job.addBytes(slot, -static_cast<std::int64_t>(std::exchange(counted, 0)));
        localfile::OffsetSink sink(slot.fd, slot.tempPath, 0, true, progressFor(slot, counted, token));
        auto read = request.source.store->get(slot.plan.sourceKey, sink, {}, sameVersion(slot), token);
        if (!read)
            return read.error();
        if (sink.written() != slot.plan.size)
            return Error::transient("received " + std::to_string(sink.written()) + " of "
                                    + std::to_string(slot.plan.size) + " bytes");
        md5 = sink.md5Hex();
        return read;
    });
    Status verified = got ? Status() : Status(got.error());
    std::string how = "size";
    if (got) {
        m_job.setFileState(file, TransferState::Verifying);
        if (auto expected = contentcheck::md5Of(*got)) {
            how = "md5";
            if (*expected != md5)
                verified = Error::transient("downloaded bytes do not match the source's MD5");
        } else if (auto parts = contentcheck::multipartParts(got->etag)) {
            if (auto partSize = contentcheck::partSizeFor(slot.plan.size, *parts, slot.partSize)) {
                std::vector<std::string> md5s;
                for (std::uint64_t offset = 0; offset < slot.plan.size && verified; offset += *partSize) {
                    auto part = localfile::md5OfRange(slot.fd, offset, std::min(*partSize, slot.plan.size - offset), token);
                    if (!part)
                        verified = part.error();
                    else
                        md5s.push_back(*part);
                }
                // An inferred part size can be wrong: only a match proves anything.
                if (verified)
                    how = contentcheck::multipartEtag(md5s) == got->etag ? "multipart etag"
                                                                         : "size (part size of the multipart ETag unknown)";
            }
        }
    }
    if (verified) {
        m_job.setFileState(file, TransferState::Finalising);
        verified = localfile::finishTemporary(slot.fd, slot.tempPath, slot.finalPath, slot.plan.size,
                                              slot.modified ? slot.modified : got->modified);
    }
    if (!verified) {
        localfile::discardTemporary(slot.fd, slot.tempPath);
        m_job.addBytes(slot, -static_cast<std::int64_t>(counted));
        if (!handleStop({TransferTask::Kind::File, file}, token))
            retryWholeFile(file, verified.error());
        return;
    }
    slot.tempPath.clear();
    m_job.finishFile(file, TransferState::Done, "verified: " + how);
}

void FileMover::streamWhole(std::size_t file, FileSlot &slot)
{
    const TransferRequest &request = m_job.request();
    const CancellationToken token = m_job.stopToken();
    auto buffer = m_job.buffers().acquire(std::max<std::uint64_t>(slot.plan.size, 1), token);
    if (!buffer) {
        if (!handleStop({TransferTask::Kind::File, file}, token))
            fail(file, buffer.error());
        return;
    }
    std::string how = "size";
    bool landedWrong = false;
    auto stored = withRetries(token, [&]() -> Result<ObjectInfo> {
        landedWrong = false;
        BufferSink sink(buffer->data(), buffer->capacity(), m_job.limiter(), token);
        auto read = request.source.store->get(slot.plan.sourceKey, sink, {}, sameVersion(slot), token);
        if (!read)
            return read.error();
        if (sink.size() != slot.plan.size)
            return Error::transient("read " + std::to_string(sink.size()) + " of " + std::to_string(slot.plan.size)
                                    + " bytes from the source");
        const std::string md5 = sink.md5Hex();
        if (auto expected = contentcheck::md5Of(*read); expected && *expected != md5)
            return Error::transient("bytes read do not match the source's MD5");
        ViewSource view(std::string_view(buffer->data(), sink.size()), md5);
        PutOptions options;
        options.contentType = read->contentType;
        options.metadata = read->metadata;
        auto put = request.destination.store->put(slot.plan.destinationKey, view, options, token);
        if (!put)
            return put.error();
        if (auto landed = contentcheck::md5Of(*put)) {
            if (*landed != md5) {
                landedWrong = true;
                return Error::transient("the destination stored bytes that differ from the source (MD5)");
            }
            how = "md5";
        }
        return put;
    });
    if (!stored) {
        if (handleStop({TransferTask::Kind::File, file}, token))
            return;
        // A put that landed wrong bytes must not stay under the final name.
        if (landedWrong)
            (void)request.destination.store->removeBatch({slot.plan.destinationKey});
        fail(file, stored.error());
        return;
    }
    m_job.finishFile(file, TransferState::Done, "verified: " + how);
}

bool FileMover::openTemporary(std::size_t file, FileSlot &slot, const std::string &kept)
{
    slot.tempPath = kept.empty() ? localfile::temporaryPath(slot.finalPath, m_job.id() + "-" + std::to_string(file)) : kept;
    auto fd = localfile::openTemporary(slot.tempPath, slot.plan.size, !kept.empty());
    if (!fd) {
        fail(file, fd.error());
        return false;
    }
    slot.fd = *fd;
    return true;
}

void FileMover::partEnded(std::size_t file, FileSlot &slot)
{
    if (--slot.partsPending > 0)
        return;
    if (slot.route == FileRoute::Download)
        finishDownload(file, slot);
    else
        finishMultipart(file, slot);
}

void FileMover::discard(std::size_t file)
{
    FileSlot &slot = m_job.slot(file);
    std::unique_ptr<MultipartUpload> upload;
    {
        std::lock_guard lock(slot.mutex);
        upload = std::move(slot.upload);
    }
    if (upload)
        (void)upload->abort();
    if (slot.fd >= 0 || !slot.tempPath.empty())
        localfile::discardTemporary(slot.fd, slot.tempPath);
}

void FileMover::release(std::size_t file)
{
    FileSlot &slot = m_job.slot(file);
    if (slot.fd >= 0)
        ::close(slot.fd);
    slot.fd = -1;
}

} // namespace lakescope
