// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/transferjob.h"

#include "core/transfer/jobrunner.h"

namespace lakescope {

TransferJob::TransferJob(std::shared_ptr<JobRunner> runner)
    : m_runner(std::move(runner))
{}

const std::string &TransferJob::id() const { return m_runner->id(); }
JobProgress TransferJob::progress() const { return m_runner->progress(); }
std::size_t TransferJob::fileCount() const { return m_runner->fileCount(); }
FileProgress TransferJob::file(std::size_t index) const { return m_runner->file(index); }
std::vector<FileProgress> TransferJob::files() const { return m_runner->files(); }
std::vector<std::string> TransferJob::deletions() const { return m_runner->deletions(); }
void TransferJob::pause() { m_runner->pause(); }
void TransferJob::resume() { m_runner->resume(); }
void TransferJob::cancel() { m_runner->cancel(); }
void TransferJob::interrupt() { m_runner->interrupt(); }
bool TransferJob::retryFailed() { return m_runner->retryFailed(); }
TransferState TransferJob::wait() const { return m_runner->wait(); }
bool TransferJob::waitFor(std::chrono::milliseconds timeout) const { return m_runner->waitFor(timeout); }
std::string TransferJob::journalPath() const { return m_runner->journalPath(); }

} // namespace lakescope
