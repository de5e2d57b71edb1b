// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/lakefsuri.h"
#include "core/common/result.h"
#include "core/lakefs/lakefsjson.h"
#include "core/lakefs/versionedrepository.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope::cli {

class CliArgs;
class CliContext;

// What the lakeFS verbs (repo, branch, tag, commit, diff, merge, log,
// revert, reset) share: the lake, whole listings, and their argument checks.
namespace lakefsverbs {

// The lake the connection options name (lakefs_endpoint, LAKECTL_* or
// ~/.lakectl.yaml): a lakeFS server or a local lake folder.
Result<lakefs::VersionedRepositoryPtr> connect(CliContext &context);

// Every page of a listing, or the first `limit` results when limit > 0.
// `fetch(after, amount)` returns one page; paging that does not advance is
// an error rather than an endless loop.
template<typename T, typename Fetch>
Result<lakefs::Page<T>> fetchAll(Fetch &&fetch, std::size_t limit = 0)
{
    lakefs::Page<T> all;
    std::string after;
    for (;;) {
        int amount = lakefs::kMaxPageAmount;
        if (limit > 0)
            amount = static_cast<int>(std::min<std::size_t>(limit - all.results.size(), lakefs::kMaxPageAmount));
        Result<lakefs::Page<T>> page = fetch(after, amount);
        if (!page)
            return page.error();
        std::size_t taken = 0;
        for (T &item : page->results) {
            if (limit > 0 && all.results.size() == limit)
                break;
            all.results.push_back(std::move(item));
            ++taken;
        }
        const bool full = limit > 0 && all.results.size() >= limit;
        if (!page->hasMore || full) {
            // A server that ignored `amount` may leave results unread, and
            // then no offset to continue from.
            const bool complete = taken == page->results.size();
            all.hasMore = page->hasMore || !complete;
            all.nextOffset = page->hasMore && complete ? page->nextOffset : std::string();
            return all;
        }
        if (page->nextOffset.empty() || page->nextOffset == after)
            return Error::fatal("the lake's listing did not advance past \"" + after + "\"");
        after = page->nextOffset;
    }
}

// --meta key=value pairs; InvalidInput for one without '=' or a key.
Result<Metadata> parseMetadata(const std::vector<std::string> &pairs);

// --amount N and the like: a positive whole number, or nullopt when the
// option is absent.
Result<std::optional<int>> positiveNumber(const CliArgs &args, std::string_view option);

// A write that names a tag (or anything else that is not a branch) fails
// in the lake with "branch not found"; say what is wrong instead.
Error explainNotBranch(lakefs::VersionedRepository &lake, const LakeUri &uri, Error error);

// Both operands must name the same repository (lakeFS compares refs only
// within one).
Status sameRepository(const LakeUri &first, const LakeUri &second);

// A verb's own usage error ("repo: unknown subcommand"), printed as the
// argument parser prints its own: the message, then the usage line. Exit 2.
int usageError(std::string_view verb, std::string_view message);

// One JSON document on standard output, then the exit status.
int printJson(CliContext &context, const lakefs::Json &document);

} // namespace lakefsverbs

} // namespace lakescope::cli
