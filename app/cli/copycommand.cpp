// SPDX-License-Identifier: Apache-2.0
// cp: one object or a folder tree, as a job of the transfer engine, and
// cp --resume for a job a journal kept.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "app/cli/transfersession.h"
#include "core/common/bytestream.h"

namespace lakescope::cli {

namespace {

std::string folderPrefix(const std::string &key)
{
    return key.empty() || key.back() == '/' ? key : key + '/';
}

bool sameStore(const StoreLocation &a, const StoreLocation &b)
{
    return a.store.get() == b.store.get();
}

TransferEndpoint endpoint(const StoreLocation &location, std::string key)
{
    return { location.store, CliContext::rootUrl(location.url), std::move(key) };
}

int resumeJob(CliContext &context, const TransferArgs &transfer)
{
    TransferSession session(context, transfer);
    auto opener = TransferSession::recordedOpener(context, session.stateDirectory(), transfer.resume);
    if (!opener)
        return context.fail(opener.error());
    auto job = session.engine().resume(transfer.resume, *opener);
    if (!job)
        return context.fail(job.error());
    session.wait(*job);
    return session.report(*job, "as the job's --if-exists asked");
}

// The request for copying SRC to DST as cp(1) would, or the reason not to.
Result<TransferRequest> plan(CliContext &context, const CliArgs &args)
{
    auto source = context.resolve(args.operands()[0]);
    if (!source)
        return source.error();
    auto destination = context.open(args.operands()[1]);
    if (!destination)
        return destination.error();
    auto existing = context.probe(*destination);
    if (!existing)
        return existing.error();

    const std::string &toKey = destination->key;
    const bool intoFolder = toKey.empty() || toKey.back() == '/' || (*existing && (*existing)->folder);
    TransferRequest request;
    request.options = args.transfer().jobOptions();
    request.storeOptions = context.recordableOptions();

    if (!source->folder) {
        const std::string &fromKey = source->location.key;
        const std::string finalKey = intoFolder ? folderPrefix(toKey) + format::baseName(fromKey) : toKey;
        if (sameStore(source->location, *destination) && finalKey == fromKey)
            return Error::invalidInput("source and destination are the same: " + source->url());
        request.kind = TransferKind::Object;
        request.source = endpoint(source->location, fromKey);
        request.destination = endpoint(*destination, finalKey);
        return request;
    }

    if (!args.has('R'))
        return Error::invalidInput("is a folder (use cp -R): " + source->url());
    if (*existing && !(*existing)->folder)
        return Error::conflict("cannot copy a folder onto an object: " + destination->url.toString());
    const std::string fromPrefix = source->prefix();
    // Like cp(1): into an existing folder the tree keeps its own name.
    std::string toPrefix = folderPrefix(toKey);
    if (intoFolder && !fromPrefix.empty())
        toPrefix += format::baseName(fromPrefix) + "/";
    if (sameStore(source->location, *destination) && toPrefix.starts_with(fromPrefix))
        return Error::invalidInput("cannot copy a folder into itself: " + source->url());
    request.kind = TransferKind::Tree;
    request.source = endpoint(source->location, fromPrefix);
    request.destination = endpoint(*destination, toPrefix);
    return request;
}

} // namespace

int runCp(CliContext &context, const CliArgs &args)
{
    const TransferArgs &transfer = args.transfer();
    if (!transfer.resume.empty())
        return resumeJob(context, transfer);
    auto request = plan(context, args);
    if (!request)
        return context.fail(request.error());

    const bool tree = request->kind == TransferKind::Tree;
    const ObjectStorePtr to = request->destination.store;
    const std::string toPrefix = request->destination.key;
    const std::string skipNote = "--if-exists " + std::string(conflictPolicyName(request->options.ifExists));
    TransferSession session(context, transfer);
    const TransferJobPtr job = session.engine().submit(std::move(*request));
    session.wait(job);
    // An empty source folder still makes its copy, as cp -R does.
    if (tree && job->progress().state == TransferState::Done && job->fileCount() == 0 && !toPrefix.empty()) {
        StringSource empty({});
        if (auto made = to->put(toPrefix, empty); !made)
            return context.fail(made.error());
    }
    return session.report(job, skipNote);
}

} // namespace lakescope::cli
