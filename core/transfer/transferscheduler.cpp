// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/transferscheduler.h"

#include "core/transfer/jobrunner.h"

#include <algorithm>

namespace lakescope {

TransferScheduler::TransferScheduler(int threads, std::uint64_t memoryBudget)
    : m_buffers(memoryBudget)
{
    m_threads.reserve(static_cast<std::size_t>(std::max(threads, 1)));
    for (int i = 0; i < std::max(threads, 1); ++i)
        m_threads.emplace_back([this] { work(); });
}

TransferScheduler::~TransferScheduler()
{
    stop();
}

void TransferScheduler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    m_buffers.wakeWaiters();
    for (auto &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

void TransferScheduler::add(std::shared_ptr<JobRunner> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_all();
}

void TransferScheduler::notify()
{
    m_wake.notify_all();
}

void TransferScheduler::postLocked(std::function<void()> chore)
{
    m_chores.push_back(std::move(chore));
    m_wake.notify_one();
}

std::vector<std::shared_ptr<JobRunner>> TransferScheduler::jobs() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs;
}

void TransferScheduler::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopping)
            return;
        if (!m_chores.empty()) {
            auto chore = std::move(m_chores.front());
            m_chores.pop_front();
            lock.unlock();
            chore();
            chore = nullptr;
            lock.lock();
            continue;
        }
        std::shared_ptr<JobRunner> job;
        std::optional<TransferTask> task;
        const std::size_t count = m_jobs.size();
        for (std::size_t i = 0; i < count && !task; ++i) {
            const std::size_t index = (m_next + i) % count;
            task = m_jobs[index]->takeTaskLocked();
            if (task) {
                job = m_jobs[index];
                m_next = index + 1;
            }
        }
        // Jobs that ended and hold no running task leave the rotation; their
        // handles keep them alive for whoever still asks about them.
        std::erase_if(m_jobs, [](const std::shared_ptr<JobRunner> &candidate) { return candidate->retiredLocked(); });
        if (!task) {
            m_wake.wait(lock);
            continue;
        }
        lock.unlock();
        job->runTask(*task);
        job.reset();
        lock.lock();
    }
}

} // namespace lakescope
