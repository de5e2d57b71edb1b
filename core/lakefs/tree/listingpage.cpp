// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/listingpage.h"

#include <algorithm>
#include <string_view>

namespace lakescope::lakefs {

namespace {

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// The common prefix `path` folds into below `prefix`, or "" when the path
// is an object at this level.
std::string_view groupOf(std::string_view path, std::string_view prefix, std::string_view delimiter)
{
    if (delimiter.empty() || !startsWith(path, prefix))
        return {};
    const std::size_t at = path.find(delimiter, prefix.size());
    if (at == std::string_view::npos)
        return {};
    return path.substr(0, at + delimiter.size());
}

// One walk for objects and diffs: seek by binary search, then fold every
// group into one entry and jump over the rest of it by binary search too,
// so a page costs O(log n) per entry returned, however large the groups.
template<typename Item, typename Out, typename PathOf, typename ToObject, typename ToGroup>
Page<Out> pageSorted(const std::vector<Item> &items, const std::string &prefix, const std::string &delimiter,
                     const std::string &after, int amount, PathOf pathOf, ToObject toObject, ToGroup toGroup)
{
    using Iterator = typename std::vector<Item>::const_iterator;
    const auto before = [&](const Item &item, std::string_view key) { return std::string_view(pathOf(item)) < key; };
    const auto lowerBound = [&](Iterator from, std::string_view key) {
        return std::lower_bound(from, items.end(), key, before);
    };
    // Paths under a prefix are contiguous from its lower bound on.
    const auto pastGroup = [&](Iterator from, std::string_view group) {
        return std::partition_point(from, items.end(),
                                    [&](const Item &item) { return startsWith(pathOf(item), group); });
    };

    Iterator it = lowerBound(items.begin(), prefix);
    if (!after.empty() && std::string_view(after) >= std::string_view(prefix)) {
        it = std::upper_bound(it, items.end(), std::string_view(after), [&](std::string_view key, const Item &item) {
            return key < std::string_view(pathOf(item));
        });
        // `after` names a group (or lies inside one): the group was returned
        // already, so nothing under it comes again.
        const std::string_view afterGroup = groupOf(after, prefix, delimiter);
        if (!afterGroup.empty())
            it = std::max(it, pastGroup(lowerBound(items.begin(), afterGroup), afterGroup));
    }

    Page<Out> page;
    const std::size_t limit = static_cast<std::size_t>(effectiveAmount(amount));
    while (it != items.end() && startsWith(pathOf(*it), prefix)) {
        if (page.results.size() == limit) {
            page.hasMore = true;
            page.nextOffset = page.results.back().path;
            break;
        }
        const std::string_view group = groupOf(pathOf(*it), prefix, delimiter);
        if (group.empty()) {
            page.results.push_back(toObject(*it));
            ++it;
        } else {
            page.results.push_back(toGroup(std::string(group)));
            it = pastGroup(it, group);
        }
    }
    return page;
}

} // namespace

Page<ObjectStats> pageObjects(const EntryList &entries, const ListObjectsRequest &request)
{
    return pageSorted<LakeEntry, ObjectStats>(
        entries, request.prefix, request.delimiter, request.after, request.amount,
        [](const LakeEntry &entry) -> const std::string & { return entry.path; },
        [&](const LakeEntry &entry) { return toObjectStats(entry, request.userMetadata); },
        [](std::string group) {
            ObjectStats stats;
            stats.path = std::move(group);
            stats.pathType = PathType::CommonPrefix;
            return stats;
        });
}

Page<DiffEntry> pageDiff(const std::vector<DiffEntry> &diff, const DiffRequest &request)
{
    return pageSorted<DiffEntry, DiffEntry>(
        diff, request.prefix, request.delimiter, request.after, request.amount,
        [](const DiffEntry &entry) -> const std::string & { return entry.path; },
        [](const DiffEntry &entry) { return entry; },
        [](std::string group) {
            DiffEntry entry;
            entry.type = DiffType::PrefixChanged;
            entry.path = std::move(group);
            entry.pathType = PathType::CommonPrefix;
            return entry;
        });
}

} // namespace lakescope::lakefs
