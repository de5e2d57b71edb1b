// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/transfer/bandwidthlimiter.h"
#include "core/transfer/fileslot.h"
#include "core/transfer/ratemeter.h"
#include "core/transfer/transferjournal.h"
#include "core/transfer/transferprogress.h"
#include "core/transfer/transferrequest.h"
#include "core/transfer/transfertask.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lakescope {

class BufferPool;
class FileMover;
class JobPlanner;
class TransferScheduler;

// The engine-side state of one job: its plan (file slots), its task queues,
// its counters and its controls. Queues are guarded by the scheduler's
// mutex (workers take tasks from every job under it); slots by m_filesMutex;
// counters are atomic.
class JobRunner : public std::enable_shared_from_this<JobRunner>
{
public:
    using EventHandler = std::function<void(const TransferEvent &)>;
    enum class Stop { None, Pause, Cancel, Interrupt };

    JobRunner(std::string id, TransferRequest request, std::shared_ptr<TransferScheduler> scheduler,
              std::unique_ptr<TransferJournal> journal, EventHandler handler);
    ~JobRunner();

    // A resumed job takes its plan from the journal instead of listing.
    void restore(const JournalState &state);
    void start();
    // A request that cannot run at all: the job ends Failed at once.
    void failAtStart(const Error &error);

    // --- TransferJob's API
    const std::string &id() const { return m_id; }
    JobProgress progress() const;
    std::size_t fileCount() const;
    FileProgress file(std::size_t index) const;
    std::vector<FileProgress> files() const;
    std::vector<std::string> deletions() const;
    void pause();
    void resume();
    void cancel();
    void interrupt();
    bool retryFailed();
    TransferState wait() const;
    bool waitFor(std::chrono::milliseconds timeout) const;
    std::string journalPath() const;

    // --- The scheduler's side (called with the scheduler mutex held)
    std::optional<TransferTask> takeTaskLocked();
    bool retiredLocked() const;
    void runTask(const TransferTask &task);

    // --- For the planner and the file mover
    const TransferRequest &request() const { return m_request; }
    TransferJournal *journal() { return m_journal.get(); }
    BufferPool &buffers();
    BandwidthLimiter &limiter() { return m_limiter; }
    CancellationToken stopToken() const;
    Stop stopRequested() const { return m_stop.load(); }
    // Why a request made with `token` (a stopToken()) was stopped, decided
    // when it returns: Cancel or Interrupt once the job is ending, Pause if
    // a pause cancelled the token even when resume() has lifted it since,
    // None when nothing stopped it (its failure is its own).
    Stop stoppedBy(const CancellationToken &token) const;
    FileSlot &slot(std::size_t index);
    // Adds a planned file (and its task unless the plan says otherwise).
    std::size_t addFile(std::unique_ptr<FileSlot> slot, bool queue);
    void planFinished(std::vector<std::string> deletions);
    // The source could not be listed: the job fails with the reason.
    void planFailed(const Error &error);
    void recordError(const Error &error);
    // A journal write that failed leaves the transfer itself intact but
    // makes a later resume unreliable: the user is told, not left guessing.
    void journalled(const Status &written);
    void pushParts(std::size_t file, const std::vector<int> &parts);
    void requeue(const TransferTask &task);
    void addBytes(FileSlot &slot, std::int64_t delta);
    void addReused(FileSlot &slot, std::uint64_t bytes);
    void setFileState(std::size_t file, TransferState state, std::string message = {});
    // Done, Skipped, Failed or Cancelled: counted once, journalled, announced.
    void finishFile(std::size_t file, TransferState state, std::string message = {});
    void emit(long file, TransferState state, const std::string &message = {});

private:
    void stop(Stop kind);
    void taskEnded();
    void settleIfIdle();
    void complete();
    void cleanUpAfterCancel();
    void keepForResume();
    void deleteExtraneous();
    void setState(TransferState state, const std::string &message = {});
    void notifyScheduler();

    const std::string m_id;
    const TransferRequest m_request;
    std::shared_ptr<TransferScheduler> m_scheduler;
    std::unique_ptr<TransferJournal> m_journal;
    EventHandler m_handler;
    std::unique_ptr<FileMover> m_mover;
    // Lives from the first Plan task to the end of planning, so a pause
    // keeps what was listed; only the (single) Plan task touches it.
    std::unique_ptr<JobPlanner> m_planner;
    BandwidthLimiter m_limiter;

    // Guarded by the scheduler mutex.
    std::deque<TransferTask> m_partTasks;
    std::deque<TransferTask> m_fileTasks;
    int m_inFlight = 0;
    bool m_settled = false;

    mutable std::mutex m_filesMutex;
    std::vector<std::unique_ptr<FileSlot>> m_files;
    std::vector<std::string> m_deletions;

    mutable std::mutex m_stopMutex;
    CancellationSource m_stopSource;
    std::atomic<Stop> m_stop{Stop::None};

    std::atomic<TransferState> m_state{TransferState::Queued};
    std::atomic<bool> m_planned{false};
    std::atomic<std::uint64_t> m_bytesDone{0};
    std::atomic<std::uint64_t> m_bytesTotal{0};
    std::atomic<std::uint64_t> m_bytesReused{0};
    std::atomic<std::uint64_t> m_filesFinished{0};
    std::atomic<std::uint64_t> m_filesFailed{0};
    std::atomic<std::uint64_t> m_filesSkipped{0};
    mutable std::mutex m_errorMutex;
    std::string m_lastError;
    mutable RateMeter m_rate;

    mutable std::mutex m_waitMutex;
    mutable std::condition_variable m_ended;
};

} // namespace lakescope
