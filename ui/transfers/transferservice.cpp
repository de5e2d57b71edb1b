// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/transferservice.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/session/session.h"
#include "ui/transfers/journalstoreopener.h"


#include <cstdlib>
#include <mutex>
#include <set>

namespace lakescope::ui {

namespace {

constexpr int kPollMs = 300;

TransferState aggregateState(const std::vector<JobProgress> &jobs)
{
    bool anyOpen = false;
    bool allOpenPaused = true;
    bool anyMoving = false;
    bool anyPlanning = false;
    bool cancelled = false;
    bool interrupted = false;
    bool failed = false;
    for (const JobProgress &job : jobs) {
        if (!isFinished(job.state)) {
            anyOpen = true;
            allOpenPaused = allOpenPaused && job.state == TransferState::Paused;
            anyMoving = anyMoving || job.state == TransferState::Running || job.state == TransferState::Verifying
                || job.state == TransferState::Finalising;
            anyPlanning = anyPlanning || job.state == TransferState::Planning;
            continue;
        }
        cancelled = cancelled || job.state == TransferState::Cancelled;
        interrupted = interrupted || job.state == TransferState::Interrupted;
        failed = failed || job.state == TransferState::Failed || job.filesFailed > 0;
    }
    if (anyOpen) {
        if (allOpenPaused)
            return TransferState::Paused;
        if (anyMoving)
            return TransferState::Running;
        return anyPlanning ? TransferState::Planning : TransferState::Queued;
    }
    if (cancelled)
        return TransferState::Cancelled;
    if (interrupted)
        return TransferState::Interrupted;
    return failed ? TransferState::Failed : TransferState::Done;
}

} // namespace

// Engine events come from worker threads. They are kept here, under the
// mutex, until the GUI thread drains them; `closed` stops new posts while
// the service is destroyed.
struct TransferService::Inbox
{
    std::mutex mutex;
    std::set<std::string> jobs;
    bool scheduled = false;
    bool closed = false;
    TransferService *owner = nullptr;
};

TransferService::TransferService(Session *session, QObject *parent)
    : TransferService(session, EngineConfig{}, parent)
{
}

TransferService::TransferService(Session *session, EngineConfig config, QObject *parent)
    : QObject(parent), m_session(session), m_runner(std::make_unique<AsyncRunner>(4)),
      m_inbox(std::make_shared<Inbox>())
{
    qRegisterMetaType<lakescope::ui::TransferTotals>();
    if (config.stateDirectory.empty())
        config.stateDirectory = defaultStateDirectory();
    m_engine = std::make_unique<TransferEngine>(config);
    m_inbox->owner = this;
    m_engine->setEventHandler([inbox = m_inbox](const TransferEvent &event) {
        // File events are many (four per small file); the poll shows them.
        if (event.file >= 0)
            return;
        std::lock_guard lock(inbox->mutex);
        if (inbox->closed)
            return;
        inbox->jobs.insert(event.jobId);
        if (inbox->scheduled)
            return;
        inbox->scheduled = true;
        QMetaObject::invokeMethod(inbox->owner, [owner = inbox->owner] { owner->drainEvents(); }, Qt::QueuedConnection);
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &TransferService::poll);
    loadInterrupted();
}

TransferService::~TransferService()
{
    {
        std::lock_guard lock(m_inbox->mutex);
        m_inbox->closed = true;
    }
    m_shuttingDown = true;
    // Planning work may still hand jobs to the engine: let it finish first,
    // then the engine interrupts every job and keeps its journal.
    m_runner->waitForDone();
    interruptAll();
    m_engine.reset();
}

std::string TransferService::defaultStateDirectory()
{
    if (const char *fromEnv = std::getenv("LAKESCOPE_STATE_DIR"); fromEnv && *fromEnv)
        return fromEnv;
    return TransferJournal::defaultDirectory();
}

QString TransferService::stateDirectory() const
{
    return QString::fromStdString(m_engine->stateDirectory());
}

TransferEntry &TransferService::addEntry(const QString &title, const StoreUrl &destinationFolder)
{
    auto entry = std::make_unique<TransferEntry>();
    entry->id = QStringLiteral("t%1").arg(m_nextId++);
    entry->title = title;
    entry->destinationFolder = destinationFolder;
    TransferEntry &added = *entry;
    m_byId.insert(added.id, entry.get());
    m_order.append(added.id);
    m_entries.push_back(std::move(entry));
    emit jobAdded(added.id);
    return added;
}

TransferEntry *TransferService::find(const QString &id)
{
    return m_byId.value(id, nullptr);
}

const TransferEntry *TransferService::entry(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

QString TransferService::copy(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder, ConflictPolicy policy)
{
    TransferOptions options;
    options.ifExists = policy;
    return copyWith(sources, destinationFolder, options);
}

QString TransferService::copyWith(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder,
                                  TransferOptions options, const QString &title)
{
    if (sources.isEmpty() || m_shuttingDown)
        return {};
    TransferEntry &entry = addEntry(title.isEmpty() ? TransferPlanner::copyTitle(sources, destinationFolder) : title,
                                    destinationFolder);
    const QString id = entry.id;
    updateTimer();
    m_runner->run(
        this,
        [planner = TransferPlanner(m_session->resolver()), sources, destinationFolder, options] {
            return planner.copy(sources, destinationFolder, options);
        },
        [this, id](Result<TransferPlanner::Plan> plan) { start(id, std::move(plan)); });
    return id;
}

QString TransferService::moveTo(const StoreUrl &source, const StoreUrl &target)
{
    if (m_shuttingDown)
        return {};
    TransferEntry &entry = addEntry(TransferPlanner::moveTitle(source, target), target.parent());
    const QString id = entry.id;
    updateTimer();
    m_runner->run(
        this, [planner = TransferPlanner(m_session->resolver()), source, target] { return planner.move(source, target); },
        [this, id](Result<TransferPlanner::Plan> plan) { start(id, std::move(plan)); });
    return id;
}

void TransferService::start(const QString &id, Result<TransferPlanner::Plan> plan)
{
    TransferEntry *entry = find(id);
    if (!entry)
        return;
    entry->preparing = false;
    if (!plan) {
        entry->state = TransferState::Failed;
        entry->error = UiErrors::describe(plan.error());
    } else if (entry->cancelRequested) {
        entry->state = TransferState::Cancelled;
    } else if (plan->nativeRename) {
        entry->state = TransferState::Finalising;
        entry->removing = true;
        m_runner->run(
            this,
            [source = plan->renameSource, to = plan->renameTargetKey] { return source.store->rename(source.key, to); },
            [this, id](Result<ObjectInfo> renamed) {
                if (TransferEntry *done = find(id)) {
                    done->removing = false;
                    done->state = renamed ? TransferState::Done : TransferState::Failed;
                    if (!renamed)
                        done->error = UiErrors::describe(renamed.error());
                    publish({id});
                }
            });
    } else if (plan->requests.empty()) {
        entry->state = TransferState::Done;
    } else {
        entry->removals = std::move(plan->removals);
        entry->state = TransferState::Planning;
        // Submitting creates the journal file: disk, so a worker.
        m_runner->run(
            this,
            [engine = m_engine.get(), requests = std::move(plan->requests)]() mutable {
                std::vector<TransferJobPtr> jobs;
                for (TransferRequest &request : requests)
                    jobs.push_back(engine->submit(std::move(request)));
                return jobs;
            },
            [this, id](std::vector<TransferJobPtr> jobs) { attach(id, std::move(jobs)); });
    }
    publish({id});
}

void TransferService::attach(const QString &id, std::vector<TransferJobPtr> jobs)
{
    TransferEntry *entry = find(id);
    if (!entry) {
        for (const TransferJobPtr &job : jobs)
            job->cancel();
        return;
    }
    entry->preparing = false;
    entry->jobs = std::move(jobs);
    if (entry->cancelRequested) {
        onJobControl(id, [](TransferJob &job) { job.cancel(); });
    } else if (entry->pauseRequested) {
        for (const TransferJobPtr &job : entry->jobs)
            job->pause();
    }
    refresh(*entry);
    publish({id});
}

void TransferService::drainEvents()
{
    std::set<std::string> jobs;
    {
        std::lock_guard lock(m_inbox->mutex);
        jobs.swap(m_inbox->jobs);
        m_inbox->scheduled = false;
    }
    ++m_drainedBatches;
    QStringList changed;
    for (const auto &entry : m_entries) {
        for (const TransferJobPtr &job : entry->jobs) {
            if (jobs.count(job->id())) {
                refresh(*entry);
                changed.append(entry->id);
                break;
            }
        }
    }
    if (!changed.isEmpty())
        publish(changed);
}

void TransferService::poll()
{
    QStringList changed;
    for (const auto &entry : m_entries) {
        if (entry->jobs.empty() || (isFinished(entry->state) && !entry->removing && entry->announced))
            continue;
        refresh(*entry);
        changed.append(entry->id);
    }
    publish(changed);
}

void TransferService::pollNow()
{
    poll();
}

void TransferService::refresh(TransferEntry &entry)
{
    if (entry.preparing || entry.retrying || entry.awaitingResume || entry.removing || entry.jobs.empty())
        return;
    std::vector<JobProgress> parts;
    parts.reserve(entry.jobs.size());
    JobProgress sum;
    sum.planned = true;
    for (const TransferJobPtr &job : entry.jobs) {
        JobProgress one = job->progress();
        sum.bytesDone += one.bytesDone;
        sum.bytesTotal += one.bytesTotal;
        sum.filesDone += one.filesDone;
        sum.filesTotal += one.filesTotal;
        sum.filesFailed += one.filesFailed;
        sum.filesSkipped += one.filesSkipped;
        sum.bytesReused += one.bytesReused;
        sum.planned = sum.planned && one.planned;
        if (!isFinished(one.state) && one.state != TransferState::Paused)
            sum.rate += one.rate;
        if (sum.lastError.empty())
            sum.lastError = one.lastError;
        parts.push_back(std::move(one));
    }
    if (sum.planned && sum.rate > 0)
        sum.etaSeconds = double(sum.bytesTotal - std::min(sum.bytesTotal, sum.bytesDone)) / sum.rate;
    sum.state = aggregateState(parts);
    entry.progress = sum;
    entry.state = sum.state;
    if (entry.state == TransferState::Failed && entry.error.isEmpty() && sum.filesFailed == 0)
        entry.error = QString::fromStdString(sum.lastError);
    if (!isFinished(entry.state))
        entry.announced = false;
}

void TransferService::publish(const QStringList &changed)
{
    for (const QString &id : changed) {
        if (TransferEntry *entry = find(id))
            settle(*entry);
    }
    if (!changed.isEmpty())
        emit jobsChanged(changed);

    TransferTotals totals;
    for (const auto &entry : m_entries) {
        if (isFinished(entry->state) || entry->awaitingResume)
            continue;
        ++totals.activeJobs;
        totals.bytesDone += entry->progress.bytesDone;
        totals.bytesTotal += entry->progress.bytesTotal;
        totals.rate += entry->progress.rate;
    }
    if (totals.activeJobs > 0 && totals.bytesTotal > 0)
        totals.percent = int(std::min<std::uint64_t>(100, totals.bytesDone * 100 / totals.bytesTotal));
    if (totals.rate > 0)
        totals.etaSeconds = double(totals.bytesTotal - std::min(totals.bytesTotal, totals.bytesDone)) / totals.rate;
    if (!(totals == m_totals)) {
        m_totals = totals;
        emit totalsChanged(m_totals);
    }
    updateTimer();
}

void TransferService::settle(TransferEntry &entry)
{
    if (!isFinished(entry.state) || entry.announced || entry.removing)
        return;
    if (entry.dismissed) {
        entry.announced = true;
        // Not from inside the caller's loop over the queue.
        QMetaObject::invokeMethod(this, [this, id = entry.id] { removeEntry(id); }, Qt::QueuedConnection);
        return;
    }
    const bool clean = entry.state == TransferState::Done && entry.progress.filesFailed == 0
        && entry.progress.filesSkipped == 0;
    if (!entry.removals.empty() && clean) {
        removeSources(entry);
        return;
    }
    entry.announced = true;
    emit jobFinished(entry.id, entry.state, entry.destinationFolder);
}

void TransferService::updateTimer()
{
    bool busy = false;
    for (const auto &entry : m_entries)
        busy = busy || (!entry->jobs.empty() && !isFinished(entry->state));
    if (busy && !m_poll.isActive())
        m_poll.start();
    else if (!busy && m_poll.isActive())
        m_poll.stop();
}

} // namespace lakescope::ui
