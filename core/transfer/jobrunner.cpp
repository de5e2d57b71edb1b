// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/jobrunner.h"

#include "core/transfer/filemover.h"
#include "core/transfer/jobplanner.h"
#include "core/transfer/transferscheduler.h"

#include <algorithm>
#include <filesystem>

namespace lakescope {

JobRunner::JobRunner(std::string id, TransferRequest request, std::shared_ptr<TransferScheduler> scheduler,
                     std::unique_ptr<TransferJournal> journal, EventHandler handler)
    : m_id(std::move(id))
    , m_request(std::move(request))
    , m_scheduler(std::move(scheduler))
    , m_journal(std::move(journal))
    , m_handler(std::move(handler))
    , m_limiter(m_request.options.bandwidthLimit)
{
    m_mover = std::make_unique<FileMover>(*this);
}

JobRunner::~JobRunner() = default;

void JobRunner::restore(const JournalState &state)
{
    std::lock_guard lock(m_filesMutex);
    for (std::size_t i = 0; i < state.files.size(); ++i) {
        auto slot = std::make_unique<FileSlot>();
        slot->plan = state.files[i];
        const JournalFileState &recorded = state.states[i];
        m_bytesTotal += slot->plan.size;
        switch (recorded.status) {
        case JournalFileState::Status::Done:
        case JournalFileState::Status::Skipped:
            slot->state = recorded.status == JournalFileState::Status::Done ? TransferState::Done : TransferState::Skipped;
            slot->message = recorded.message;
            slot->bytesDone = slot->plan.size;
            m_bytesDone += slot->plan.size;
            m_bytesReused += slot->plan.size;
            ++m_filesFinished;
            if (recorded.status == JournalFileState::Status::Skipped)
                ++m_filesSkipped;
            break;
        case JournalFileState::Status::Failed:
        case JournalFileState::Status::Pending:
            // A resumed job tries its failed files again.
            slot->resumeFrom = recorded;
            break;
        }
        m_files.push_back(std::move(slot));
    }
    m_planned = state.planned;
}

void JobRunner::start()
{
    setState(TransferState::Planning);
    std::vector<TransferTask> tasks;
    {
        std::lock_guard lock(m_filesMutex);
        if (!m_planned && m_files.empty()) {
            tasks.push_back({TransferTask::Kind::Plan});
        } else {
            for (std::size_t i = 0; i < m_files.size(); ++i) {
                if (!isFinished(m_files[i]->state.load()))
                    tasks.push_back({TransferTask::Kind::File, i});
            }
            if (!m_planned)
                tasks.push_back({TransferTask::Kind::Plan});
        }
    }
    {
        std::lock_guard lock(m_scheduler->mutex());
        for (const auto &task : tasks)
            (task.kind == TransferTask::Kind::Plan ? m_partTasks : m_fileTasks).push_back(task);
    }
    if (m_planned)
        setState(TransferState::Running);
    m_scheduler->add(shared_from_this());
    // Everything may already be done (a journal whose files all finished).
    {
        std::lock_guard lock(m_scheduler->mutex());
        settleIfIdle();
    }
}

void JobRunner::failAtStart(const Error &error)
{
    {
        std::lock_guard lock(m_errorMutex);
        m_lastError = error.toString();
    }
    m_planned = true;
    setState(TransferState::Failed, error.toString());
}

JobProgress JobRunner::progress() const
{
    JobProgress p;
    p.state = m_state.load();
    p.bytesTotal = m_bytesTotal.load();
    p.bytesDone = std::min(m_bytesDone.load(), p.bytesTotal);
    p.filesDone = m_filesFinished.load();
    p.filesFailed = m_filesFailed.load();
    p.filesSkipped = m_filesSkipped.load();
    p.bytesReused = m_bytesReused.load();
    p.planned = m_planned.load();
    {
        std::lock_guard lock(m_filesMutex);
        p.filesTotal = m_files.size();
    }
    if (p.state == TransferState::Running || p.state == TransferState::Planning)
        p.rate = m_rate.sample(p.bytesDone - std::min(p.bytesDone, p.bytesReused));
    else
        p.rate = m_rate.rate();
    if (p.planned && !isFinished(p.state))
        p.etaSeconds = m_rate.eta(p.bytesTotal - p.bytesDone);
    std::lock_guard lock(m_errorMutex);
    p.lastError = m_lastError;
    return p;
}

std::size_t JobRunner::fileCount() const
{
    std::lock_guard lock(m_filesMutex);
    return m_files.size();
}

FileProgress JobRunner::file(std::size_t index) const
{
    std::lock_guard lock(m_filesMutex);
    FileProgress progress;
    if (index >= m_files.size())
        return progress;
    const FileSlot &slot = *m_files[index];
    progress.sourceKey = slot.plan.sourceKey;
    progress.destinationKey = slot.plan.destinationKey;
    progress.bytesTotal = slot.plan.size;
    progress.bytesDone = std::min(slot.bytesDone.load(), slot.plan.size);
    progress.state = slot.state.load();
    progress.message = slot.messageCopy();
    return progress;
}

std::vector<FileProgress> JobRunner::files() const
{
    std::vector<FileProgress> all;
    const std::size_t count = fileCount();
    all.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        all.push_back(file(i));
    return all;
}

std::vector<std::string> JobRunner::deletions() const
{
    std::lock_guard lock(m_filesMutex);
    return m_deletions;
}

CancellationToken JobRunner::stopToken() const
{
    std::lock_guard lock(m_stopMutex);
    return m_stopSource.token();
}

JobRunner::Stop JobRunner::stoppedBy(const CancellationToken &token) const
{
    std::lock_guard lock(m_stopMutex);
    const Stop now = m_stop.load();
    if (now != Stop::None)
        return now;
    // Every pause/resume cycle has its own source, and only a pause is ever
    // lifted (cancel and interrupt stay): a cancelled token with no stop in
    // force was cancelled by a pause that has ended while the request was
    // still on its way back.
    return token.isCancelled() ? Stop::Pause : Stop::None;
}

void JobRunner::pause()
{
    const TransferState state = m_state.load();
    if (isFinished(state) || state == TransferState::Paused)
        return;
    {
        std::lock_guard lock(m_stopMutex);
        // A cancel or interrupt already under way must not turn into a pause.
        if (m_stop.load() != Stop::None)
            return;
        m_stop = Stop::Pause;
        m_stopSource.cancel();
    }
    m_scheduler->buffers().wakeWaiters();
    setState(TransferState::Paused);
}

void JobRunner::resume()
{
    if (m_state.load() != TransferState::Paused)
        return;
    {
        std::lock_guard lock(m_stopMutex);
        // Cancel or interrupt after the pause: the job is ending, and a new
        // source would let its tasks run on (and stoppedBy() relies on
        // only pauses being lifted).
        if (m_stop.load() != Stop::Pause)
            return;
        m_stopSource = CancellationSource();
        m_stop = Stop::None;
    }
    setState(m_planned ? TransferState::Running : TransferState::Planning);
    notifyScheduler();
}

void JobRunner::cancel()
{
    stop(Stop::Cancel);
}

void JobRunner::interrupt()
{
    stop(Stop::Interrupt);
}

// Stops every request of the job at once; the job settles (cleans up or
// keeps its state) when its last running task has returned.
void JobRunner::stop(Stop kind)
{
    if (isFinished(m_state.load()))
        return;
    {
        std::lock_guard lock(m_stopMutex);
        m_stop = kind;
        m_stopSource.cancel();
    }
    m_scheduler->buffers().wakeWaiters();
    std::lock_guard lock(m_scheduler->mutex());
    m_fileTasks.clear();
    m_partTasks.clear();
    settleIfIdle();
}

bool JobRunner::retryFailed()
{
    if (m_state.load() != TransferState::Failed || !m_planned)
        return false;
    std::vector<TransferTask> tasks;
    {
        std::lock_guard lock(m_filesMutex);
        for (std::size_t i = 0; i < m_files.size(); ++i) {
            FileSlot &slot = *m_files[i];
            if (slot.state.load() != TransferState::Failed)
                continue;
            slot.state = TransferState::Queued;
            slot.failed = false;
            slot.attempts = 0;
            slot.setMessage({});
            m_bytesDone -= std::min(m_bytesDone.load(), slot.bytesDone.exchange(0));
            --m_filesFailed;
            --m_filesFinished;
            tasks.push_back({TransferTask::Kind::File, i});
        }
    }
    if (tasks.empty())
        return false;
    {
        std::lock_guard lock(m_scheduler->mutex());
        m_fileTasks.insert(m_fileTasks.end(), tasks.begin(), tasks.end());
        m_settled = false;
    }
    {
        std::lock_guard lock(m_errorMutex);
        m_lastError.clear();
    }
    setState(TransferState::Running);
    m_scheduler->add(shared_from_this());
    return true;
}

TransferState JobRunner::wait() const
{
    std::unique_lock lock(m_waitMutex);
    m_ended.wait(lock, [this] { return isFinished(m_state.load()); });
    return m_state.load();
}

bool JobRunner::waitFor(std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_waitMutex);
    return m_ended.wait_for(lock, timeout, [this] { return isFinished(m_state.load()); });
}

std::string JobRunner::journalPath() const
{
    return m_journal ? m_journal->path() : std::string();
}

std::optional<TransferTask> JobRunner::takeTaskLocked()
{
    const TransferState state = m_state.load();
    if (state == TransferState::Paused || isFinished(state) || m_stop.load() != Stop::None)
        return std::nullopt;
    std::deque<TransferTask> &queue = m_partTasks.empty() ? m_fileTasks : m_partTasks;
    if (queue.empty())
        return std::nullopt;
    TransferTask task = queue.front();
    queue.pop_front();
    ++m_inFlight;
    return task;
}

bool JobRunner::retiredLocked() const
{
    return m_inFlight == 0 && isFinished(m_state.load());
}

void JobRunner::runTask(const TransferTask &task)
{
    switch (task.kind) {
    case TransferTask::Kind::Plan:
        if (!m_planner)
            m_planner = std::make_unique<JobPlanner>(*this);
        if (m_planner->run())
            m_planner.reset();
        else
            requeue(task); // stopped by a pause: planning goes on after the resume
        break;
    case TransferTask::Kind::File:
        m_mover->runFile(task.file);
        break;
    case TransferTask::Kind::Part:
        m_mover->runPart(task.file, task.part);
        break;
    }
    taskEnded();
}

void JobRunner::taskEnded()
{
    std::lock_guard lock(m_scheduler->mutex());
    --m_inFlight;
    settleIfIdle();
}

BufferPool &JobRunner::buffers()
{
    return m_scheduler->buffers();
}

FileSlot &JobRunner::slot(std::size_t index)
{
    std::lock_guard lock(m_filesMutex);
    return *m_files.at(index);
}

std::size_t JobRunner::addFile(std::unique_ptr<FileSlot> slot, bool queue)
{
    std::size_t index = 0;
    m_bytesTotal += slot->plan.size;
    {
        std::lock_guard lock(m_filesMutex);
        index = m_files.size();
        m_files.push_back(std::move(slot));
    }
    if (queue) {
        {
            std::lock_guard lock(m_scheduler->mutex());
            m_fileTasks.push_back({TransferTask::Kind::File, index});
        }
        notifyScheduler();
    }
    if (m_state.load() == TransferState::Planning)
        setState(TransferState::Running);
    return index;
}

void JobRunner::planFinished(std::vector<std::string> deletions)
{
    {
        std::lock_guard lock(m_filesMutex);
        m_deletions = std::move(deletions);
    }
    if (m_journal) {
        if (auto recorded = m_journal->planComplete(); !recorded) {
            std::lock_guard lock(m_errorMutex);
            m_lastError = recorded.error().toString();
        }
    }
    m_planned = true;
    if (m_state.load() == TransferState::Planning)
        setState(TransferState::Running);
}

void JobRunner::planFailed(const Error &error)
{
    recordError(error);
    ++m_filesFailed;
    planFinished({});
}

void JobRunner::recordError(const Error &error)
{
    std::lock_guard lock(m_errorMutex);
    m_lastError = error.toString();
}

void JobRunner::journalled(const Status &written)
{
    if (!written)
        recordError(Error(written.error().code, "progress not recorded for a resume: " + written.error().message));
}

void JobRunner::pushParts(std::size_t file, const std::vector<int> &parts)
{
    {
        std::lock_guard lock(m_scheduler->mutex());
        for (int part : parts)
            m_partTasks.push_back({TransferTask::Kind::Part, file, part});
    }
    notifyScheduler();
}

void JobRunner::requeue(const TransferTask &task)
{
    {
        std::lock_guard lock(m_scheduler->mutex());
        if (m_stop.load() == Stop::Cancel || m_stop.load() == Stop::Interrupt)
            return;
        auto &queue = task.kind == TransferTask::Kind::File ? m_fileTasks : m_partTasks;
        queue.push_front(task);
    }
    notifyScheduler();
}

void JobRunner::addBytes(FileSlot &slot, std::int64_t delta)
{
    if (delta >= 0) {
        slot.bytesDone += static_cast<std::uint64_t>(delta);
        m_bytesDone += static_cast<std::uint64_t>(delta);
        return;
    }
    const auto back = static_cast<std::uint64_t>(-delta);
    slot.bytesDone -= std::min(slot.bytesDone.load(), back);
    m_bytesDone -= std::min(m_bytesDone.load(), back);
}

void JobRunner::addReused(FileSlot &slot, std::uint64_t bytes)
{
    addBytes(slot, static_cast<std::int64_t>(bytes));
    m_bytesReused += bytes;
}

void JobRunner::setFileState(std::size_t file, TransferState state, std::string message)
{
    FileSlot &target = slot(file);
    target.state = state;
    if (!message.empty())
        target.setMessage(message);
    emit(static_cast<long>(file), state, message);
}

void JobRunner::finishFile(std::size_t file, TransferState state, std::string message)
{
    FileSlot &target = slot(file);
    const TransferState before = target.state.exchange(state);
    if (isFinished(before) && before != TransferState::Interrupted)
        return;
    target.setMessage(message);
    if (state == TransferState::Done || state == TransferState::Skipped) {
        // Progress of a finished file is its whole size, whatever the
        // counting along the way said.
        const std::uint64_t counted = target.bytesDone.exchange(target.plan.size);
        if (counted < target.plan.size)
            m_bytesDone += target.plan.size - counted;
        else
            m_bytesDone -= std::min(m_bytesDone.load(), counted - target.plan.size);
    }
    ++m_filesFinished;
    if (state == TransferState::Skipped)
        ++m_filesSkipped;
    if (state == TransferState::Failed) {
        ++m_filesFailed;
        std::lock_guard lock(m_errorMutex);
        m_lastError = target.plan.destinationKey + ": " + message;
    }
    if (m_journal) {
        Status recorded;
        if (state == TransferState::Done)
            recorded = m_journal->fileDone(file);
        else if (state == TransferState::Skipped)
            recorded = m_journal->fileSkipped(file, message);
        else if (state == TransferState::Failed)
            recorded = m_journal->fileFailed(file, message);
        if (!recorded) {
            std::lock_guard lock(m_errorMutex);
            m_lastError = recorded.error().toString();
        }
    }
    emit(static_cast<long>(file), state, message);
}

void JobRunner::emit(long file, TransferState state, const std::string &message)
{
    if (m_handler)
        m_handler(TransferEvent{m_id, file, state, message});
}

// Called with the scheduler mutex held, after every task and every stop.
void JobRunner::settleIfIdle()
{
    if (m_inFlight > 0 || m_settled)
        return;
    const Stop stop = m_stop.load();
    if (stop == Stop::Pause)
        return;
    if (stop == Stop::None) {
        if (!m_planned || !m_fileTasks.empty() || !m_partTasks.empty())
            return;
        if (m_filesFinished.load() < fileCount() && !m_request.options.dryRun)
            return;
    }
    m_settled = true;
    // The rest touches stores and the journal: never under the scheduler
    // mutex. Holding no task, this job gets no more work meanwhile.
    auto self = shared_from_this();
    m_scheduler->postLocked([self, stop] {
        if (stop == Stop::Cancel)
            self->cleanUpAfterCancel();
        else if (stop == Stop::Interrupt)
            self->keepForResume();
        else
            self->complete();
    });
}

void JobRunner::complete()
{
    if (m_filesFailed.load() == 0 && !m_request.options.dryRun && m_request.options.deleteExtraneous)
        deleteExtraneous();
    if (m_filesFailed.load() > 0) {
        std::string error;
        {
            std::lock_guard lock(m_errorMutex);
            error = m_lastError;
        }
        setState(TransferState::Failed, error);
        return;
    }
    if (m_journal)
        (void)TransferJournal::remove(std::filesystem::path(m_journal->path()).parent_path().string(), m_id);
    setState(TransferState::Done);
}

void JobRunner::cleanUpAfterCancel()
{
    const std::size_t count = fileCount();
    for (std::size_t i = 0; i < count; ++i) {
        m_mover->discard(i);
        FileSlot &target = slot(i);
        if (!isFinished(target.state.load()))
            target.state = TransferState::Cancelled;
    }
    if (m_journal)
        (void)TransferJournal::remove(std::filesystem::path(m_journal->path()).parent_path().string(), m_id);
    setState(TransferState::Cancelled);
}

void JobRunner::keepForResume()
{
    // Uploads, temporary files and the journal stay; only descriptors go.
    const std::size_t count = fileCount();
    for (std::size_t i = 0; i < count; ++i)
        m_mover->release(i);
    setState(TransferState::Interrupted);
}

void JobRunner::deleteExtraneous()
{
    std::vector<std::string> keys = deletions();
    ObjectStore &store = *m_request.destination.store;
    const auto batch = static_cast<std::size_t>(std::max(1, store.capabilities().maxDeleteBatch));
    for (std::size_t from = 0; from < keys.size(); from += batch) {
        std::vector<std::string> chunk(keys.begin() + static_cast<long>(from),
                                       keys.begin() + static_cast<long>(std::min(keys.size(), from + batch)));
        auto removed = store.removeBatch(chunk, stopToken());
        if (!removed) {
            ++m_filesFailed;
            std::lock_guard lock(m_errorMutex);
            m_lastError = "could not delete extraneous files: " + removed.error().toString();
            return;
        }
        for (const auto &outcome : *removed) {
            if (!outcome.ok) {
                ++m_filesFailed;
                std::lock_guard lock(m_errorMutex);
                m_lastError = "could not delete " + outcome.key + ": " + outcome.error;
            }
        }
    }
}

void JobRunner::setState(TransferState state, const std::string &message)
{
    // Announce first, so whoever wait()s sees the job's last event already delivered.
    if (isFinished(state))
        emit(-1, state, message);
    {
        std::lock_guard lock(m_waitMutex);
        m_state = state;
    }
    if (isFinished(state))
        m_ended.notify_all();
    else
        emit(-1, state, message);
}

void JobRunner::notifyScheduler()
{
    m_scheduler->notify();
}

} // namespace lakescope
