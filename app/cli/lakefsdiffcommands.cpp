// SPDX-License-Identifier: Apache-2.0
// The lakeFS verbs that compare refs: diff (a branch's uncommitted changes,
// or two refs) and merge, in lakectl's shape.
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

int printDiff(CliContext &context, const lakefs::Page<lakefs::DiffEntry> &diff, const std::string &heading)
{
    if (context.json())
        return lakefsverbs::printJson(context, Json(diff));
    Output &out = context.out();
    out.write(heading + "\n");
    if (diff.results.empty())
        out.line("No changes.");
    for (const lakefs::DiffEntry &entry : diff.results) {
        out.line(lakefsprint::diffLine(entry));
        if (out.broken())
            break;
    }
    return context.finish();
}

// The error line of a conflicted merge, with the way out.
std::string conflictSummary(const lakefs::MergeResult &result)
{
    const std::size_t count = result.conflicts.size();
    std::string text = "Conflict found";
    if (count > 0)
        text += " in " + std::to_string(count) + (count == 1 ? " path" : " paths");
    return text + "; nothing was merged (--strategy source-wins or dest-wins picks a side)";
}

} // namespace

int runDiff(CliContext &context, const CliArgs &args)
{
    const auto &operands = args.operands();
    auto left = LakeUri::parse(operands[0], Shape::Ref);
    if (!left)
        return context.fail(left.error());
    std::optional<LakeUri> right;
    if (operands.size() == 2) {
        auto parsed = LakeUri::parse(operands[1], Shape::Ref);
        if (!parsed)
            return context.fail(parsed.error());
        if (auto same = lakefsverbs::sameRepository(*left, *parsed); !same)
            return context.fail(same.error());
        right = std::move(*parsed);
    } else if (args.isSet("two-way")) {
        return lakefsverbs::usageError("diff", "diff: --two-way compares two refs");
    }
    auto lake = lakefsverbs::connect(context);
    if (!lake)
        return context.fail(lake.error());

    lakefs::DiffRequest request;
    request.prefix = args.value("prefix").value_or(std::string());
    request.kind = args.isSet("two-way") ? lakefs::DiffKind::TwoDot : lakefs::DiffKind::ThreeDot;
    auto diff = lakefsverbs::fetchAll<lakefs::DiffEntry>([&](const std::string &after, int amount) {
        lakefs::DiffRequest page = request;
        page.after = after;
        page.amount = amount;
        if (right)
            return (*lake)->diffRefs(left->repo, left->ref, right->ref, page);
        return (*lake)->diffBranch(left->repo, left->ref, page);
    });
    if (!diff)
        return context.fail(right ? diff.error() : lakefsverbs::explainNotBranch(**lake, *left, diff.error()));
    const std::string heading = right
        ? "Left ref: " + format::printable(left->refUri()) + "\nRight ref: " + format::printable(right->refUri()) + "\n"
        : "Ref: " + format::printable(left->refUri()) + "\n";
    return printDiff(context, *diff, heading);
}

int runMerge(CliContext &context, const CliArgs &args)
{
    auto source = LakeUri::parse(args.operands()[0], Shape::Ref);
    if (!source)
        return context.fail(source.error());
    auto destination = LakeUri::parse(args.operands()[1], Shape::Ref);
    if (!destination)
        return context.fail(destination.error());
    if (auto same = lakefsverbs::sameRepository(*source, *destination); !same)
        return context.fail(same.error());
    const auto strategy = lakefs::parseMergeStrategy(args.value("strategy").value_or(std::string()));
    if (!strategy)
        return lakefsverbs::usageError("merge",
            "merge: --strategy is dest-wins or source-wins, not \"" + format::printable(*args.value("strategy"))
                + "\"");
    auto metadata = lakefsverbs::parseMetadata(args.values("meta"));
    if (!metadata)
        return context.fail(metadata.error());
    auto lake = lakefsverbs::connect(context);
    if (!lake)
        return context.fail(lake.error());

    lakefs::MergeRequest request;
    request.message = args.value("message").value_or(std::string());
    request.metadata = std::move(*metadata);
    request.strategy = *strategy;
    request.squash = args.isSet("squash");
    request.allowEmpty = args.isSet("allow-empty");
    auto result = (*lake)->merge(source->repo, source->ref, destination->ref, request);
    if (!result)
        return context.fail(lakefsverbs::explainNotBranch(**lake, *destination, result.error()));

    Output &out = context.out();
    if (context.json()) {
        Json document(*result);
        if (result->conflicted())
            document["conflicts"] = result->conflicts;
        out.write(document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
    } else {
        out.line("Source: " + format::printable(source->refUri()));
        out.line("Destination: " + format::printable(destination->refUri()));
        if (result->conflicted()) {
            out.line("Conflict found.");
            for (const std::string &path : result->conflicts)
                out.line("* conflict " + format::printable(path));
        } else {
            out.line("Merged \"" + format::printable(source->ref) + "\" into \"" + format::printable(destination->ref)
                + "\" to get \"" + format::printable(result->reference) + "\".");
        }
    }
    if (result->conflicted())
        return context.fail(std::string_view(conflictSummary(*result)));
    return context.finish();
}

} // namespace lakescope::cli
