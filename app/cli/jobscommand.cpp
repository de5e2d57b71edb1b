// SPDX-License-Identifier: Apache-2.0
// jobs: the transfers whose journals wait for a resume, and --discard to
// give one up.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "app/cli/transfersession.h"

#include <nlohmann/json.hpp>

namespace lakescope::cli {

namespace {

constexpr auto kJsonErrors = nlohmann::ordered_json::error_handler_t::replace;

std::string_view stateOf(const JournalSummary &job)
{
    return job.filesFailed > 0 ? "failed" : "interrupted";
}

std::uint64_t percentOf(const JournalSummary &job)
{
    if (job.bytesTotal > 0)
        return job.bytesDone * 100 / job.bytesTotal;
    return job.files > 0 ? job.filesDone * 100 / job.files : 0;
}

// The store's root plus the object or folder inside it.
std::string location(const JournalSummary &job, bool source)
{
    const std::string &root = source ? job.header.sourceUrl : job.header.destinationUrl;
    const std::string &key = source ? job.header.sourceKey : job.header.destinationKey;
    if (key.empty())
        return root;
    return root + (root.ends_with('/') ? "" : "/") + key;
}

void printLine(Output &out, const JournalSummary &job)
{
    std::string line = format::printable(job.id);
    line += "  " + std::string(stateOf(job)) + " " + std::to_string(percentOf(job)) + "%";
    line += "  " + std::to_string(job.filesDone) + "/" + std::to_string(job.files) + " files";
    line += "  " + format::humanSize(job.bytesDone) + "/" + format::humanSize(job.bytesTotal) + "  ";
    format::appendPrintable(line, location(job, true));
    line += " -> ";
    format::appendPrintable(line, location(job, false));
    out.line(line);
}

nlohmann::ordered_json toJson(const JournalSummary &job)
{
    const auto created = std::chrono::system_clock::time_point(std::chrono::seconds(job.header.createdUnix));
    return { { "job", job.id }, { "state", std::string(stateOf(job)) }, { "kind", job.header.kind },
        { "source", location(job, true) }, { "destination", location(job, false) },
        { "created", format::isoTime(created) }, { "files", job.files }, { "filesDone", job.filesDone },
        { "filesFailed", job.filesFailed }, { "bytes", job.bytesTotal }, { "bytesDone", job.bytesDone } };
}

} // namespace

int runJobs(CliContext &context, const CliArgs &args)
{
    const TransferArgs &transfer = args.transfer();
    EngineConfig config;
    config.threads = 1; // nothing runs here but a discard's cleanup
    config.stateDirectory = transfer.resolvedStateDirectory();
    TransferEngine engine(config);

    if (!transfer.discard.empty()) {
        auto opener = TransferSession::recordedOpener(context, config.stateDirectory, transfer.discard);
        if (!opener)
            return context.fail(opener.error());
        if (auto discarded = engine.discard(transfer.discard, *opener); !discarded)
            return context.fail(discarded.error());
        if (context.json())
            context.out().line(nlohmann::ordered_json { { "job", transfer.discard }, { "discarded", true } }.dump(
                -1, ' ', false, kJsonErrors));
        return context.finish();
    }

    const std::vector<JournalSummary> jobs = engine.interruptedJobs();
    if (context.json()) {
        auto list = nlohmann::ordered_json::array();
        for (const auto &job : jobs)
            list.push_back(toJson(job));
        context.out().write(list.dump(2, ' ', false, kJsonErrors) + "\n");
        return context.finish();
    }
    for (const auto &job : jobs)
        printLine(context.out(), job);
    return context.finish();
}

} // namespace lakescope::cli
