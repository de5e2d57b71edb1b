// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/tree/lakeentry.h"

#include <vector>

// lakeFS paging over sorted lists: `after` is exclusive and may be a common
// prefix; with a delimiter, keys with the delimiter after the prefix fold
// into one common-prefix entry ending in it; nextOffset is the last path
// returned, set only when more follow. Seeks by binary search, so a page of
// a 100,000-entry tree costs O(log n + amount).
namespace lakescope::lakefs {

Page<ObjectStats> pageObjects(const EntryList &entries, const ListObjectsRequest &request);

// Diff entries grouped with a delimiter become {path: "<prefix>", type:
// prefix_changed, path_type: common_prefix}.
Page<DiffEntry> pageDiff(const std::vector<DiffEntry> &diff, const DiffRequest &request);

// Generic page over items sorted by `idOf`, filtered by prefix (for
// repositories, branches, tags).
template<typename T, typename IdOf>
Page<T> pageById(const std::vector<T> &sorted, const PageRequest &request, IdOf idOf)
{
    Page<T> page;
    const std::size_t amount = static_cast<std::size_t>(effectiveAmount(request.amount));
    for (const T &item : sorted) {
        const std::string &id = idOf(item);
        if (!request.after.empty() && id <= request.after)
            continue;
        if (id.compare(0, request.prefix.size(), request.prefix) != 0)
            continue;
        if (page.results.size() == amount) {
            page.hasMore = true;
            page.nextOffset = idOf(page.results.back());
            break;
        }
        page.results.push_back(item);
    }
    return page;
}

} // namespace lakescope::lakefs
