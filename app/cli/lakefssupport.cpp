// SPDX-License-Identifier: Apache-2.0
#include "app/cli/lakefssupport.h"

#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "app/cli/usage.h"
#include "core/lakefs/client/lakeconnection.h"

#include <cstdio>

namespace lakescope::cli::lakefsverbs {

Result<lakefs::VersionedRepositoryPtr> connect(CliContext &context)
{
    if (context.verbose())
        return lakefs::connectLake(context.options(), &CliContext::httpTrace);
    return lakefs::connectLake(context.options());
}

Result<Metadata> parseMetadata(const std::vector<std::string> &pairs)
{
    Metadata metadata;
    for (const std::string &pair : pairs) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos || eq == 0)
            return Error::invalidInput("--meta: expected KEY=VALUE, got \"" + format::printable(pair) + "\"");
        metadata[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
    return metadata;
}

Result<std::optional<int>> positiveNumber(const CliArgs &args, std::string_view option)
{
    const std::optional<std::string> text = args.value(option);
    if (!text)
        return std::optional<int>();
    long long value = 0;
    bool valid = !text->empty() && text->size() <= 9;
    for (const char c : *text) {
        valid = valid && c >= '0' && c <= '9';
        value = value * 10 + (c - '0');
    }
    if (!valid || value <= 0)
        return Error::invalidInput(
            "--" + std::string(option) + ": expected a positive number, got \"" + format::printable(*text) + "\"");
    return std::optional<int>(static_cast<int>(value));
}

Error explainNotBranch(lakefs::VersionedRepository &lake, const LakeUri &uri, Error error)
{
    if (error.code != ErrorCode::NotFound)
        return error;
    if (lake.getTag(uri.repo, uri.ref))
        return Error::invalidInput(
            "\"" + uri.ref + "\" is a tag, and tags never change: " + uri.refUri() + " must name a branch");
    // A commit id or a ref expression is no branch either; a missing name
    // keeps the lake's own words ("branch not found").
    if (!lake.getBranch(uri.repo, uri.ref) && lake.getCommit(uri.repo, uri.ref))
        return Error::invalidInput(uri.refUri() + " is a commit, not a branch");
    return error;
}

Status sameRepository(const LakeUri &first, const LakeUri &second)
{
    if (first.repo == second.repo)
        return {};
    return Error::invalidInput(
        "both refs must be in the same repository (" + first.refUri() + ", " + second.refUri() + ")");
}

int usageError(std::string_view verb, std::string_view message)
{
    const std::string text = "lakescope-cli: " + format::oneLine(message) + "\n" + usage::shortUsage(verb);
    std::fputs(text.c_str(), stderr);
    return kExitUsage;
}

int printJson(CliContext &context, const lakefs::Json &document)
{
    context.out().write(document.dump(2, ' ', false, lakefs::Json::error_handler_t::replace) + "\n");
    return context.finish();
}

} // namespace lakescope::cli::lakefsverbs
