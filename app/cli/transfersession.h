// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/interruptguard.h"
#include "core/transfer/transferengine.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace lakescope::cli {

class CliContext;
struct TransferArgs;

// The engine of one cp or sync run and everything around waiting for its
// job: signals, the --progress line and the report at the end.
class TransferSession
{
public:
    TransferSession(CliContext &context, const TransferArgs &args);

    TransferEngine &engine() { return m_engine; }
    const std::string &stateDirectory() const { return m_stateDirectory; }

    // Wait for the job to end, drawing --progress. SIGINT or SIGTERM
    // interrupt the job, which keeps its journal for --resume.
    void wait(const TransferJobPtr &job);

    // After wait(): with --json the summary, plus `extra`'s fields, on
    // stdout; "failed: KEY: ERROR" on stderr per failed file, the count of
    // skipped ones ("skipped 2 existing files (<skipNote>)"; none when
    // skipNote is empty) and how to resume. Returns the exit status: 1 when
    // anything failed, kExitInterrupted after a signal.
    int report(const TransferJobPtr &job, std::string_view skipNote, nlohmann::ordered_json extra = {});

    // For resume and discard: opens the stores a job's journal names, with
    // the options it recorded. NotFound when there is no such job.
    static Result<TransferEngine::StoreOpener> recordedOpener(
        CliContext &context, const std::string &stateDirectory, const std::string &jobId);

private:
    std::string resumeHint(const std::string &jobId) const;

    CliContext &m_context;
    const TransferArgs &m_args;
    std::string m_stateDirectory;
    // Before the engine, whose workers must start with the signals blocked.
    InterruptGuard m_guard;
    TransferEngine m_engine;
    std::chrono::steady_clock::time_point m_started;
    double m_seconds = 0;
};

} // namespace lakescope::cli
