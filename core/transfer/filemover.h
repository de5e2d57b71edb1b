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
    // Runs `operation` (whose requests use `token`) up to the job's
    // maxAttempts while it fails with a transient error, backing off in
    // between; stops early once `token` was stopped, even by a pause that
    // has been lifted since: every retry would fail on the same token.
    template<typename Operation>
    auto withRetries(const CancellationToken &token, Operation &&operation) -> decltype(operation())
    {
        const int maxAttempts = std::max(1, m_job.request().options.maxAttempts);
        for (int attempt = 1;; ++attempt) {
            auto result = operation();
            if (result || !result.error().retryable() || attempt >= maxAttempts
                || m_job.stoppedBy(token) != JobRunner::Stop::None)
                return result;
            backoff(attempt, token);
        }
    }

    // For a task whose request failed: true when the failure is the job's
    // stop rather than the request's own, and then re-queues the task if
    // that stop was a pause. `token` is the one the request ran with, so
    // the answer does not depend on whether the pause is still on.
    bool handleStop(const TransferTask &task, const CancellationToken &token);
    void fail(std::size_t file, const Error &error);
    bool retryWholeFile(std::size_t file, const Error &error);
    void backoff(int attempt, const CancellationToken &token);

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
    // Counts progress and applies the bandwidth limit; stops the copy once
    // `token` (the request's) is cancelled.
    std::function<bool(std::uint64_t)> progressFor(FileSlot &slot, std::uint64_t &counted,
                                                   const CancellationToken &token);

    JobRunner &m_job;
};

} // namespace lakescope
