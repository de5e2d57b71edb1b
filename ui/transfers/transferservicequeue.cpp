// SPDX-License-Identifier: Apache-2.0
// The queue's controls (pause, resume, cancel, retry, discard), a move's
// deletion of its sources and the journals of interrupted jobs; the rest
// of TransferService is in transferservice.cpp.
#include "ui/transfers/transferservice.h"

#include "core/store/storeops.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/session/session.h"
#include "ui/transfers/journalstoreopener.h"

namespace lakescope::ui {

namespace {

std::string joinUrl(const std::string &root, const std::string &key)
{
    if (key.empty())
        return root;
    return root.ends_with('/') ? root + key : root + '/' + key;
}

} // namespace

std::size_t TransferService::fileCount(const QString &id) const
{
    const TransferEntry *found = entry(id);
    std::size_t count = 0;
    if (found) {
        for (const TransferJobPtr &job : found->jobs)
            count += job->fileCount();
    }
    return count;
}

FileProgress TransferService::file(const QString &id, std::size_t index) const
{
    if (const TransferEntry *found = entry(id)) {
        for (const TransferJobPtr &job : found->jobs) {
            const std::size_t count = job->fileCount();
            if (index < count)
                return job->file(index);
            index -= count;
        }
    }
    return {};
}

std::vector<FileProgress> TransferService::failedFiles(const QString &id) const
{
    std::vector<FileProgress> failed;
    if (const TransferEntry *found = entry(id)) {
        for (const TransferJobPtr &job : found->jobs) {
            for (FileProgress &file : job->files()) {
                if (file.state == TransferState::Failed)
                    failed.push_back(std::move(file));
            }
        }
    }
    return failed;
}

bool TransferService::canPause(const QString &id) const
{
    const TransferEntry *found = entry(id);
    return found && !found->awaitingResume && !found->removing && !isFinished(found->state)
        && found->state != TransferState::Paused;
}

bool TransferService::canResume(const QString &id) const
{
    const TransferEntry *found = entry(id);
    return found && (found->awaitingResume || (found->state == TransferState::Paused && !found->preparing));
}

bool TransferService::canCancel(const QString &id) const
{
    const TransferEntry *found = entry(id);
    return found && !found->awaitingResume && !found->removing && !isFinished(found->state);
}

bool TransferService::canRetry(const QString &id) const
{
    const TransferEntry *found = entry(id);
    return found && found->state == TransferState::Failed && found->progress.filesFailed > 0;
}

bool TransferService::canDiscard(const QString &id) const
{
    const TransferEntry *found = entry(id);
    return found && found->awaitingResume;
}

void TransferService::onJobControl(const QString &id, const std::function<void(TransferJob &)> &action)
{
    TransferEntry *found = find(id);
    if (!found)
        return;
    // Stopping a job may abort its multipart uploads (network), so workers
    // do it; progress and the engine's events show the outcome.
    m_runner->runVoid(
        this,
        [jobs = found->jobs, action] {
            for (const TransferJobPtr &job : jobs)
                action(*job);
        },
        [this, id] {
            if (TransferEntry *changed = find(id)) {
                changed->retrying = false;
                refresh(*changed);
                publish({id});
            }
        });
}

void TransferService::pause(const QString &id)
{
    TransferEntry *found = find(id);
    if (!found || !canPause(id))
        return;
    found->pauseRequested = true;
    if (found->preparing) {
        found->state = TransferState::Paused;
        publish({id});
        return;
    }
    // Pausing only raises flags: cheap enough for the GUI thread.
    for (const TransferJobPtr &job : found->jobs)
        job->pause();
    refresh(*found);
    publish({id});
}

void TransferService::resume(const QString &id)
{
    TransferEntry *found = find(id);
    if (!found || !canResume(id))
        return;
    found->pauseRequested = false;
    if (!found->awaitingResume) {
        for (const TransferJobPtr &job : found->jobs)
            job->resume();
        refresh(*found);
        publish({id});
        return;
    }
    found->awaitingResume = false;
    found->preparing = true;
    found->error.clear();
    found->state = TransferState::Queued;
    m_runner->run(
        this,
        [engine = m_engine.get(), journal = found->journalId, open = openerFor(found->journalOptions)] {
            return engine->resume(journal, open);
        },
        [this, id](Result<TransferJobPtr> job) {
            TransferEntry *resumed = find(id);
            if (!resumed)
                return;
            if (!job) {
                resumed->preparing = false;
                resumed->awaitingResume = true;
                resumed->state = TransferState::Interrupted;
                resumed->error = UiErrors::describe(job.error());
                publish({id});
                return;
            }
            attach(id, {*job});
        });
    publish({id});
}

void TransferService::cancel(const QString &id)
{
    TransferEntry *found = find(id);
    if (!found || !canCancel(id))
        return;
    found->cancelRequested = true;
    if (found->preparing) {
        found->state = TransferState::Cancelled;
        publish({id});
        return;
    }
    onJobControl(id, [](TransferJob &job) { job.cancel(); });
}

void TransferService::retryFailed(const QString &id)
{
    TransferEntry *found = find(id);
    if (!found || !canRetry(id))
        return;
    found->error.clear();
    // The retried files may all finish before the next look at the job:
    // announce its end again either way.
    found->announced = false;
    found->retrying = true;
    found->state = TransferState::Queued;
    onJobControl(id, [](TransferJob &job) { (void)job.retryFailed(); });
    publish({id});
}

void TransferService::discard(const QString &id)
{
    TransferEntry *found = find(id);
    if (!found || !canDiscard(id))
        return;
    found->awaitingResume = false;
    found->preparing = true;
    m_runner->run(
        this,
        [engine = m_engine.get(), journal = found->journalId, open = openerFor(found->journalOptions)] {
            return engine->discard(journal, open);
        },
        [this, id](Status discarded) {
            TransferEntry *gone = find(id);
            if (!gone)
                return;
            gone->preparing = false;
            if (!discarded) {
                gone->awaitingResume = true;
                gone->error = UiErrors::describe(discarded.error());
                publish({id});
                return;
            }
            gone->state = TransferState::Cancelled;
            gone->announced = true;
            clearFinished();
        });
    publish({id});
}

void TransferService::clearFinished()
{
    for (std::size_t i = m_entries.size(); i-- > 0;) {
        TransferEntry &candidate = *m_entries[i];
        const bool finished = isFinished(candidate.state) && candidate.state != TransferState::Interrupted
            && !candidate.removing && !candidate.preparing;
        if (!finished)
            continue;
        if (candidate.state == TransferState::Failed)
            forgetJournals(candidate);
        removeEntry(candidate.id);
    }
    publish({});
}

void TransferService::removeEntry(const QString &entryId)
{
    // A copy: callers may pass the id of the entry being erased.
    const QString id = entryId;
    for (auto at = m_entries.begin(); at != m_entries.end(); ++at) {
        if ((*at)->id != id)
            continue;
        m_byId.remove(id);
        m_order.removeAll(id);
        m_entries.erase(at);
        emit jobRemoved(id);
        return;
    }
}

void TransferService::dismiss(const QString &id)
{
    TransferEntry *found = find(id);
    if (!found)
        return;
    found->dismissed = true;
    if (isFinished(found->state) && !found->removing && !found->preparing) {
        removeEntry(id);
        publish({});
        return;
    }
    if (found->awaitingResume)
        return;
    cancel(id);
}

void TransferService::removeSources(TransferEntry &entry)
{
    entry.removing = true;
    entry.state = TransferState::Finalising;
    const QString id = entry.id;
    m_runner->run(
        this,
        [resolver = m_session->resolver(), removals = std::move(entry.removals)]() -> Status {
            for (const TransferPlanner::Removal &removal : removals) {
                Result<StoreLocation> location = resolver(removal.url);
                if (!location)
                    return location.error();
                if (removal.folder) {
                    std::string prefix = location->key;
                    if (!prefix.empty() && !prefix.ends_with('/'))
                        prefix += '/';
                    if (auto removed = storeops::removeRecursive(*location->store, prefix); !removed)
                        return removed.error();
                    continue;
                }
                Result<std::vector<DeleteOutcome>> removed = location->store->removeBatch({location->key});
                if (!removed)
                    return removed.error();
                for (const DeleteOutcome &outcome : *removed) {
                    if (!outcome.ok)
                        return Error{ErrorCode::Fatal, outcome.key + ": " + outcome.error};
                }
            }
            return {};
        },
        [this, id](Status removed) {
            TransferEntry *done = find(id);
            if (!done)
                return;
            done->removing = false;
            done->removals.clear();
            done->state = removed ? TransferState::Done : TransferState::Failed;
            if (!removed)
                done->error = tr("Copied, but the original could not be deleted: %1")
                                  .arg(UiErrors::describe(removed.error()));
            publish({id});
        });
}

void TransferService::forgetJournals(const TransferEntry &entry)
{
    // A failed job keeps its journal for a resume; once the user cleared it
    // from the queue it must not come back as interrupted at the next launch.
    std::vector<std::string> journals;
    for (const TransferJobPtr &job : entry.jobs) {
        if (!job->journalPath().empty())
            journals.push_back(job->id());
    }
    if (journals.empty())
        return;
    m_runner->runVoid(
        this,
        [engine = m_engine.get(), journals, resolver = m_session->resolver(), connections = m_session->connections()] {
            for (const std::string &journal : journals) {
                Result<JournalState> state = TransferJournal::load(engine->stateDirectory(), journal);
                if (!state)
                    continue;
                (void)engine->discard(journal,
                                      JournalStoreOpener::make(resolver, connections, state->header.storeOptions));
            }
        },
        [] {});
}

void TransferService::interruptAll()
{
    // At quit: the journals must be written before the process ends, so
    // this waits for nothing but stops every job at once.
    for (const auto &candidate : m_entries) {
        for (const TransferJobPtr &job : candidate->jobs)
            job->interrupt();
    }
}

TransferEngine::StoreOpener TransferService::openerFor(const std::vector<std::string> &recordedOptions) const
{
    return JournalStoreOpener::make(m_session->resolver(), m_session->connections(), recordedOptions);
}

void TransferService::loadInterrupted()
{
    m_runner->run(
        this, [engine = m_engine.get()] { return engine->interruptedJobs(); },
        [this](std::vector<JournalSummary> journals) {
            QSet<QString> known;
            for (const auto &candidate : m_entries) {
                known.insert(QString::fromStdString(candidate->journalId));
                for (const TransferJobPtr &job : candidate->jobs)
                    known.insert(QString::fromStdString(job->id()));
            }
            int added = 0;
            for (const JournalSummary &journal : journals) {
                if (known.contains(QString::fromStdString(journal.id)))
                    continue;
                const JournalHeader &header = journal.header;
                Result<StoreUrl> source = StoreUrl::parse(joinUrl(header.sourceUrl, header.sourceKey));
                Result<StoreUrl> destination = StoreUrl::parse(joinUrl(header.destinationUrl, header.destinationKey));
                const StoreUrl folder = destination ? (header.kind == "object" ? destination->parent() : *destination)
                                                    : StoreUrl{};
                QString title = source && destination ? TransferPlanner::copyTitle({*source}, folder)
                                                      : QString::fromStdString(journal.id);
                TransferEntry &row = addEntry(title, folder);
                row.journalId = journal.id;
                row.journalOptions = header.storeOptions;
                row.awaitingResume = true;
                row.preparing = false;
                row.announced = true;
                row.state = TransferState::Interrupted;
                row.progress.state = TransferState::Interrupted;
                row.progress.bytesDone = journal.bytesDone;
                row.progress.bytesTotal = journal.bytesTotal;
                row.progress.filesTotal = journal.files;
                row.progress.filesDone = journal.filesDone + journal.filesFailed;
                row.progress.filesFailed = journal.filesFailed;
                row.progress.planned = true;
                ++added;
            }
            emit interruptedLoaded(added);
        });
}

} // namespace lakescope::ui
