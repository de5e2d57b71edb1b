// SPDX-License-Identifier: Apache-2.0
#include "app/cli/transfersession.h"

#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "app/cli/progressprinter.h"
#include "app/cli/transferargs.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <optional>

namespace lakescope::cli {

namespace {

constexpr auto kPoll = std::chrono::milliseconds(250);
constexpr auto kJsonErrors = nlohmann::ordered_json::error_handler_t::replace;

EngineConfig engineConfig(const TransferArgs &args, const std::string &stateDirectory)
{
    EngineConfig config;
    config.threads = args.threads;
    config.memoryBudget = args.memoryBudget;
    config.stateDirectory = stateDirectory;
    return config;
}

// Quoted for a POSIX shell when it holds more than plain path characters,
// so the printed resume command can be pasted as it is.
std::string shellWord(const std::string &word)
{
    const bool plain = !word.empty()
        && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                  "0123456789_-./:=@%+,")
            == std::string::npos;
    if (plain)
        return word;
    std::string quoted = "'";
    for (const char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string plural(std::uint64_t count, std::string_view noun)
{
    return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

} // namespace

TransferSession::TransferSession(CliContext &context, const TransferArgs &args)
    : m_context(context)
    , m_args(args)
    , m_stateDirectory(args.resolvedStateDirectory())
    , m_engine(engineConfig(args, m_stateDirectory))
    , m_started(std::chrono::steady_clock::now())
{
    m_guard.arm();
}

void TransferSession::wait(const TransferJobPtr &job)
{
    std::optional<ProgressPrinter> printer;
    if (m_args.progress)
        printer.emplace();
    bool finished = false;
    while (!(finished = job->waitFor(kPoll)) && m_guard.signal() == 0) {
        if (printer)
            printer->update(job->progress());
    }
    if (!finished) {
        job->interrupt();
        while (!job->waitFor(kPoll)) {
            // A second Ctrl-C: stop waiting for the first to settle. The
            // journal survives even a kill -9, so the job still resumes.
            if (m_guard.count() > 1) {
                m_context.out().flush();
                m_context.fail("interrupted; resume with: " + resumeHint(job->id()));
                std::_Exit(kExitInterrupted);
            }
        }
    }
    m_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    if (printer)
        printer->finish(job->progress());
}

int TransferSession::report(const TransferJobPtr &job, std::string_view skipNote, nlohmann::ordered_json extra)
{
    const JobProgress progress = job->progress();
    const std::vector<FileProgress> files = job->files();
    std::uint64_t done = 0;
    std::uint64_t skipped = 0;
    auto failures = nlohmann::ordered_json::array();
    for (const auto &file : files) {
        if (file.state == TransferState::Done)
            ++done;
        else if (file.state == TransferState::Skipped)
            ++skipped;
        else if (file.state == TransferState::Failed)
            failures.push_back({ { "key", file.destinationKey }, { "error", file.message } });
    }

    if (m_context.json()) {
        nlohmann::ordered_json summary { { "job", job->id() },
            { "state", std::string(transferStateName(progress.state)) }, { "files", files.size() },
            { "filesDone", done }, { "filesFailed", failures.size() }, { "filesSkipped", skipped },
            { "bytes", progress.bytesDone }, { "bytesReused", progress.bytesReused },
            { "seconds", std::round(m_seconds * 1000) / 1000 } };
        if (!progress.lastError.empty() && failures.empty() && progress.state != TransferState::Done)
            summary["error"] = progress.lastError;
        summary["failures"] = failures;
        for (auto &[name, value] : extra.items())
            summary[name] = std::move(value);
        m_context.out().write(summary.dump(2, ' ', false, kJsonErrors) + "\n");
    }
    m_context.out().flush();

    for (const auto &failure : failures)
        m_context.fail("failed: " + failure["key"].get<std::string>() + ": " + failure["error"].get<std::string>());
    if (skipped > 0 && !skipNote.empty())
        m_context.fail("skipped " + plural(skipped, "existing file") + " (" + std::string(skipNote) + ")");

    // Without a journal (the state directory was not writable) the engine
    // still ran the job, but there is nothing to resume from.
    const std::string journal = job->journalPath();
    std::error_code ignored;
    const bool resumable = !journal.empty() && std::filesystem::exists(journal, ignored);
    if (progress.state == TransferState::Interrupted) {
        m_context.fail(resumable ? "interrupted; resume with: " + resumeHint(job->id())
                                 : std::string("interrupted; no journal was kept to resume from"));
        return kExitInterrupted;
    }
    if (progress.state == TransferState::Done && failures.empty())
        return m_context.finish();
    if (failures.empty())
        m_context.fail(progress.lastError.empty() ? "transfer " + std::string(transferStateName(progress.state))
                                                  : progress.lastError);
    if (progress.state != TransferState::Cancelled && resumable)
        m_context.fail("resume with: " + resumeHint(job->id()));
    const int status = m_context.finish();
    return status == kExitOk ? kExitFailure : status;
}

Result<TransferEngine::StoreOpener> TransferSession::recordedOpener(
    CliContext &context, const std::string &stateDirectory, const std::string &jobId)
{
    auto state = TransferJournal::load(stateDirectory, jobId);
    if (!state && state.error().code == ErrorCode::NotFound)
        return Error::notFound("no job " + jobId + " in " + stateDirectory);
    if (!state)
        return state.error();
    return TransferEngine::StoreOpener([&context, recorded = std::move(state->header.storeOptions)](
                                           const std::string &url) { return context.openRecorded(url, recorded); });
}

std::string TransferSession::resumeHint(const std::string &jobId) const
{
    std::string command = "lakescope-cli cp --resume " + shellWord(jobId);
    // The environment's LAKESCOPE_STATE_DIR is still there next time; a
    // flag is not.
    if (!m_args.stateDirectory.empty())
        command += " --state-dir " + shellWord(m_args.stateDirectory);
    return command;
}

} // namespace lakescope::cli
