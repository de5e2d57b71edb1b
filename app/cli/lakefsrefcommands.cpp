// SPDX-License-Identifier: Apache-2.0
// The lakeFS verbs that write history or read it: commit, log, revert and
// reset, in lakectl's shape.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "app/cli/lakefsprinter.h"
#include "app/cli/lakefssupport.h"

namespace lakescope::cli {

namespace {

using lakefs::Json;
using Shape = LakeUri::Shape;

// The commit operand of revert: a bare ref ("1a2b3c", "main~1") as lakectl
// takes it, or a lakefs:// URL of the same repository.
Result<std::string> commitRef(const LakeUri &branch, const std::string &text)
{
    if (!text.starts_with("lakefs://"))
        return text;
    auto uri = LakeUri::parse(text, Shape::Ref);
    if (!uri)
        return uri.error();
    if (auto same = lakefsverbs::sameRepository(branch, *uri); !same)
        return same.error();
    return uri->ref;
}

} // namespace

int runCommit(CliContext &context, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands().front(), Shape::Ref);
    if (!uri)
        return context.fail(uri.error());
    const std::optional<std::string> message = args.value("message");
    if (!message && !args.isSet("allow-empty-message"))
        return lakefsverbs::usageError("commit", "commit: a message is required (-m MSG, or --allow-empty-message)");
    auto metadata = lakefsverbs::parseMetadata(args.values("meta"));
    if (!metadata)
        return context.fail(metadata.error());
    auto lake = lakefsverbs::connect(context);
    if (!lake)
        return context.fail(lake.error());

    lakefs::CommitCreation creation;
    creation.message = message.value_or(std::string());
    creation.metadata = std::move(*metadata);
    creation.allowEmpty = args.isSet("allow-empty");
    auto commit = (*lake)->commit(uri->repo, uri->ref, creation);
    if (!commit)
        return context.fail(lakefsverbs::explainNotBranch(**lake, *uri, commit.error()));
    if (context.json())
        return lakefsverbs::printJson(context, Json(*commit));
    context.out().write(lakefsprint::commitReport(uri->refUri(), uri->ref, *commit));
    return context.finish();
}

int runLog(CliContext &context, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands().front(), Shape::Ref);
    if (!uri)
        return context.fail(uri.error());
    auto amount = lakefsverbs::positiveNumber(args, "amount");
    if (!amount)
        return context.fail(amount.error());
    auto lake = lakefsverbs::connect(context);
    if (!lake)
        return context.fail(lake.error());

    lakefs::LogRequest request;
    request.objects = args.values("objects");
    request.prefixes = args.values("prefixes");
    request.firstParent = args.isSet("first-parent");
    const std::size_t limit = amount->value_or(0);
    auto commits = lakefsverbs::fetchAll<lakefs::Commit>(
        [&](const std::string &after, int pageAmount) {
            lakefs::LogRequest page = request;
            page.after = after;
            page.amount = pageAmount;
            return (*lake)->logCommits(uri->repo, uri->ref, page);
        },
        limit);
    if (!commits)
        return context.fail(commits.error());
    if (context.json())
        return lakefsverbs::printJson(context, Json(*commits));
    for (const lakefs::Commit &commit : commits->results) {
        context.out().write(lakefsprint::logEntry(commit));
        if (context.out().broken())
            break;
    }
    return context.finish();
}

int runRevert(CliContext &context, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands()[0], Shape::Ref);
    if (!uri)
        return context.fail(uri.error());
    auto ref = commitRef(*uri, args.operands()[1]);
    if (!ref)
        return context.fail(ref.error());
    auto parent = lakefsverbs::positiveNumber(args, "parent-number");
    if (!parent)
        return context.fail(parent.error());
    auto lake = lakefsverbs::connect(context);
    if (!lake)
        return context.fail(lake.error());

    lakefs::RevertRequest request;
    request.ref = *ref;
    request.parentNumber = parent->value_or(0);
    request.allowEmpty = args.isSet("allow-empty");
    if (auto reverted = (*lake)->revertBranch(uri->repo, uri->ref, request); !reverted)
        return context.fail(lakefsverbs::explainNotBranch(**lake, *uri, reverted.error()));
    if (context.json()) {
        // lakeFS answers a revert with no body; the commit it made is the
        // branch's head now.
        auto head = (*lake)->getCommit(uri->repo, uri->ref + "@");
        if (!head)
            return context.fail(head.error());
        return lakefsverbs::printJson(context, Json(*head));
    }
    context.out().line("Branch: " + format::printable(uri->refUri()));
    context.out().line("commit " + format::printable(*ref) + " successfully reverted");
    return context.finish();
}

int runReset(CliContext &context, const CliArgs &args)
{
    auto uri = LakeUri::parse(args.operands().front(), Shape::RefWithPath);
    if (!uri)
        return context.fail(uri.error());
    auto lake = lakefsverbs::connect(context);
    if (!lake)
        return context.fail(lake.error());

    lakefs::ResetType type = lakefs::ResetType::Reset;
    if (!uri->path.empty())
        type = uri->path.back() == '/' ? lakefs::ResetType::CommonPrefix : lakefs::ResetType::Object;
    if (auto reset = (*lake)->resetBranch(uri->repo, uri->ref, type, uri->path); !reset)
        return context.fail(lakefsverbs::explainNotBranch(**lake, *uri, reset.error()));
    if (context.json()) {
        Json document { { "type", type } };
        if (!uri->path.empty())
            document["path"] = uri->path;
        return lakefsverbs::printJson(context, document);
    }
    Output &out = context.out();
    out.line("Branch: " + format::printable(uri->refUri()));
    switch (type) {
    case lakefs::ResetType::Reset:
        out.line("Reset all uncommitted changes.");
        break;
    case lakefs::ResetType::CommonPrefix:
        out.line("Reset uncommitted changes below \"" + format::printable(uri->path) + "\".");
        break;
    case lakefs::ResetType::Object:
        out.line("Reset uncommitted changes of \"" + format::printable(uri->path) + "\".");
        break;
    }
    return context.finish();
}

} // namespace lakescope::cli
