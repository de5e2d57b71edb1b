// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/transfer/transferjob.h"
#include "core/transfer/transferjournal.h"
#include "core/transfer/transferrequest.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace lakescope {

class TransferScheduler;

struct EngineConfig
{
    // Worker threads shared by every job; 0 = sized from the machine
    // (16 per core, at least 16, at most 64: workers mostly wait on the
    // network, and small files need many requests in flight).
    int threads = 0;
    // Upper bound on part buffers in memory for every job together; the
    // part size times the buffers in flight never exceeds it. 0 = 256 MiB.
    std::uint64_t memoryBudget = 0;
    // Where journals go; "" keeps none (nothing to resume after a crash).
    std::string stateDirectory;
};

// Runs transfer jobs on a fixed pool of worker threads. A job is planned
// into file tasks; large files split into part tasks (multipart upload
// parts, ranged GETs) that run in parallel, ahead of new files, so started
// files finish first. Every finished file is verified before it counts as
// done: its size always, and a checksum wherever the stores give one.
class TransferEngine
{
public:
    using EventHandler = std::function<void(const TransferEvent &)>;
    // Reopens a store from the URL a journal recorded.
    using StoreOpener = std::function<Result<ObjectStorePtr>(const std::string &url)>;

    explicit TransferEngine(EngineConfig config = {});
    // Interrupts running jobs (their journals stay) and joins the workers.
    ~TransferEngine();
    TransferEngine(const TransferEngine &) = delete;
    TransferEngine &operator=(const TransferEngine &) = delete;

    int threads() const;
    std::uint64_t memoryBudget() const;
    const std::string &stateDirectory() const;
    // The most part-buffer memory held at once so far: never above
    // memoryBudget() (plus one buffer when a single part is larger).
    std::uint64_t bufferBytesPeak() const;

    // Called from worker threads, one call per state change; keep it short.
    void setEventHandler(EventHandler handler);

    // Queue a job; it starts planning at once. Invalid requests come back as
    // a job that failed with the reason.
    TransferJobPtr submit(TransferRequest request);

    // Continue an interrupted job from its journal: finished files and
    // acknowledged parts are not sent again.
    Result<TransferJobPtr> resume(const std::string &jobId, const StoreOpener &open);
    // Give up an interrupted job: abort its multipart uploads, delete its
    // temporary files and its journal.
    Status discard(const std::string &jobId, const StoreOpener &open);
    // Interrupted jobs with journals in the state directory; never one this
    // engine submitted or resumed (its journal exists while it runs).
    std::vector<JournalSummary> interruptedJobs() const;

private:
    EngineConfig m_config;
    std::shared_ptr<TransferScheduler> m_scheduler;
    EventHandler m_handler;
    mutable std::mutex m_ownMutex;
    std::set<std::string> m_own; // ids of the jobs this engine runs or ran
};

} // namespace lakescope
