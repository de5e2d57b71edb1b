// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/bufferpool.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace lakescope {

class JobRunner;

// The fixed pool of worker threads shared by every job. Workers take tasks
// from the jobs in turn (round robin, so a huge job cannot starve a small
// one queued after it); within a job, parts of files already started come
// before new files.
class TransferScheduler
{
public:
    TransferScheduler(int threads, std::uint64_t memoryBudget);
    ~TransferScheduler();
    TransferScheduler(const TransferScheduler &) = delete;
    TransferScheduler &operator=(const TransferScheduler &) = delete;

    void add(std::shared_ptr<JobRunner> job);
    // Jobs push tasks under this mutex, then call notify().
    std::mutex &mutex() { return m_mutex; }
    void notify();
    // Run `chore` on a worker before any queued task; for a job's closing
    // work (abort uploads, delete temporary files) that must not run on the
    // caller's thread. Call with mutex() held.
    void postLocked(std::function<void()> chore);
    // Every job, e.g. to interrupt them all at shutdown.
    std::vector<std::shared_ptr<JobRunner>> jobs() const;
    void stop();

    BufferPool &buffers() { return m_buffers; }
    int threads() const { return static_cast<int>(m_threads.size()); }

private:
    void work();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<std::shared_ptr<JobRunner>> m_jobs;
    std::deque<std::function<void()>> m_chores;
    std::size_t m_next = 0;
    bool m_stopping = false;
    BufferPool m_buffers;
    std::vector<std::thread> m_threads;
};

} // namespace lakescope
