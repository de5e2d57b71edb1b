// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/transfer/jobrunner.h"
#include "core/transfer/fileslot.h"
#include "core/transfer/transfertask.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lakescope {

// Moves the bytes of one file along its route and verifies them before the
// file counts as done. File tasks do small files whole and set large ones
// up (start the multipart upload, reserve the temporary file, queue the
// parts); part tasks move one part each; whichever part finishes last
// completes, verifies and renames. A task stopped by a pause goes back on
// the queue; one stopped by cancel or interrupt just ends.
class FileMover
{
public:
    explicit FileMover(JobRunner &job);

    void runFile(std::size_t file);
    void runPart(std::size_t file, int part);
    // After a cancel: abort the file's upload and delete its temporary file.
    void discard(std::size_t file);
    // After an interrupt: close descriptors, keep everything for a resume.
    void release(std::size_t file);

private:
    // Runs `operation` up to the job's maxAttempts while it fails with a
    // transient error, backing off in between; stops early on a stop.
    template<typename Operation>
    auto withRetries(Operation &&operation) -> decltype(operation())
    {
        const int maxAttempts = std::max(1, m_job.request().options.maxAttempts);
        for (int attempt = 1;; ++attempt) {
            auto result = operation();
            if (result || !result.error().retryable() || attempt >= maxAttempts
                || m_job.stopRequested() != JobRunner::Stop::None)
                return result;
            backoff(attempt);
        }
    }

    bool handleStop(const TransferTask &task);
    void fail(std::size_t file, const Error &error);
    bool retryWholeFile(std::size_t file, const Error &error);
    void backoff(int attempt);

    Status chooseRoute(std::size_t file, FileSlot &slot);
    bool checkIdentical(std::size_t file, FileSlot &slot);

    void serverCopy(std::size_t file, FileSlot &slot);
    void localCopy(std::size_t file, FileSlot &slot);
    void downloadWhole(std::size_t file, FileSlot &slot);
    void startRangedDownload(std::size_t file, FileSlot &slot);
    void downloadRange(std::size_t file, FileSlot &slot, int range);
    void finishDownload(std::size_t file, FileSlot &slot);
    void streamWhole(std::size_t file, FileSlot &slot);
    void startMultipart(std::size_t file, FileSlot &slot);
    void uploadPart(std::size_t file, FileSlot &slot, int part);
    void finishMultipart(std::size_t file, FileSlot &slot);
    void partEnded(std::size_t file, FileSlot &slot);
    // The hidden temporary file beside the target (`kept`: one a journal
    // recorded, reopened as it is); fails the file when it cannot be made.
    bool openTemporary(std::size_t file, FileSlot &slot, const std::string &kept);
    // Queue the parts still to move; the others count as reused.
    void queueParts(std::size_t file, FileSlot &slot, const std::vector<int> &pending);

    std::uint64_t partLength(const FileSlot &slot, int part) const;
    std::function<bool(std::uint64_t)> progressFor(FileSlot &slot, std::uint64_t &counted);

    JobRunner &m_job;
};

} // namespace lakescope
