// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferprogress.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace lakescope {

class JobRunner;

// The handle a caller keeps for one queued job. Progress lives in atomic
// counters, so progress() is cheap enough to poll from a UI timer; state
// changes also arrive through the engine's event handler. Thread-safe.
class TransferJob
{
public:
    explicit TransferJob(std::shared_ptr<JobRunner> runner);

    const std::string &id() const;
    // Smoothed rate and ETA are updated by this call (at most every 200 ms).
    JobProgress progress() const;
    std::size_t fileCount() const;
    FileProgress file(std::size_t index) const;
    std::vector<FileProgress> files() const;
    // sync --delete: the destination keys removed (or, with --dry-run, that would be).
    std::vector<std::string> deletions() const;

    // Pause stops the job's requests at once; the parts in flight are sent
    // again on resume. Cancel aborts multipart uploads, deletes temporary
    // files and the journal. Interrupt stops like cancel but keeps every
    // upload and the journal, for a resume in a later process.
    void pause();
    void resume();
    void cancel();
    void interrupt();
    // Queue again only the files that failed; false when there were none.
    bool retryFailed();

    // Block until the job ends (Done, Failed, Cancelled, Interrupted).
    TransferState wait() const;
    bool waitFor(std::chrono::milliseconds timeout) const;

    // Where the journal is ("" when the engine keeps none).
    std::string journalPath() const;

private:
    std::shared_ptr<JobRunner> m_runner;
};

using TransferJobPtr = std::shared_ptr<TransferJob>;

} // namespace lakescope
