// SPDX-License-Identifier: Apache-2.0
// sync: make a destination folder match a source folder, copying only what
// differs; --delete removes what the source lacks, --dry-run only tells.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "app/cli/transfersession.h"

namespace lakescope::cli {

namespace {

std::string_view relative(std::string_view key, std::string_view prefix)
{
    return key.starts_with(prefix) ? key.substr(prefix.size()) : key;
}

// A dry run ends with the files it would copy still queued and the ones
// that match skipped; deletions() holds what --delete would remove.
void printPlan(
    CliContext &context, const TransferJob &job, const TransferRequest &request, nlohmann::ordered_json &extra)
{
    auto copies = nlohmann::ordered_json::array();
    auto deletes = nlohmann::ordered_json::array();
    std::string line;
    for (const auto &file : job.files()) {
        if (file.state == TransferState::Skipped || file.state == TransferState::Failed)
            continue;
        const std::string_view path = relative(file.sourceKey, request.source.key);
        if (context.json()) {
            copies.push_back(std::string(path));
            continue;
        }
        line = "copy ";
        format::appendPrintable(line, path);
        context.out().line(line);
    }
    for (const auto &key : job.deletions()) {
        const std::string_view path = relative(key, request.destination.key);
        if (context.json()) {
            deletes.push_back(std::string(path));
            continue;
        }
        line = "delete ";
        format::appendPrintable(line, path);
        context.out().line(line);
    }
    extra["copy"] = std::move(copies);
    extra["delete"] = std::move(deletes);
}

Result<TransferRequest> plan(CliContext &context, const CliArgs &args)
{
    auto source = context.resolve(args.operands()[0]);
    if (!source)
        return source.error();
    if (!source->folder)
        return Error::invalidInput("not a folder (sync copies folders; use cp for one object): " + source->url());
    auto destination = context.open(args.operands()[1]);
    if (!destination)
        return destination.error();
    auto existing = context.probe(*destination);
    if (!existing)
        return existing.error();
    if (*existing && !(*existing)->folder)
        return Error::conflict("cannot sync a folder onto an object: " + destination->url.toString());

    const std::string fromPrefix = source->prefix();
    const std::string &key = destination->key;
    const std::string toPrefix = key.empty() || key.back() == '/' ? key : key + '/';
    // Nested folders would copy into themselves, and --delete would remove
    // the source from under the destination.
    if (source->location.store.get() == destination->store.get()
        && (toPrefix.starts_with(fromPrefix) || fromPrefix.starts_with(toPrefix)))
        return Error::invalidInput("cannot sync a folder with itself or a folder inside it: " + source->url());

    TransferRequest request;
    request.kind = TransferKind::Tree;
    request.source = { source->location.store, CliContext::rootUrl(source->location.url), fromPrefix };
    request.destination = { destination->store, CliContext::rootUrl(destination->url), toPrefix };
    request.options = args.transfer().jobOptions();
    request.options.sync = true;
    request.storeOptions = context.recordableOptions();
    return request;
}

} // namespace

int runSync(CliContext &context, const CliArgs &args)
{
    auto request = plan(context, args);
    if (!request)
        return context.fail(request.error());
    TransferSession session(context, args.transfer());
    const TransferJobPtr job = session.engine().submit(*request);
    session.wait(job);

    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    const bool done = job->progress().state == TransferState::Done;
    if (request->options.dryRun && done)
        printPlan(context, *job, *request, extra);
    else if (request->options.deleteExtraneous)
        extra["deleted"] = job->deletions().size();
    extra["dryRun"] = request->options.dryRun;
    // Unchanged files are what sync is meant to leave alone, not news.
    return session.report(job, "", std::move(extra));
}

} // namespace lakescope::cli
