// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/treemerge.h"

#include <string_view>

namespace lakescope::lakefs {

namespace {

bool sameState(const LakeEntry *a, const LakeEntry *b)
{
    if (a == nullptr || b == nullptr)
        return a == b;
    return sameIdentity(*a, *b);
}

// A cursor over one sorted list, taken in step with the other two.
struct Cursor
{
    const EntryList &entries;
    std::size_t next = 0;

    bool done() const { return next == entries.size(); }
    const std::string &path() const { return entries[next].path; }

    // The entry at `key`, consumed, or nullptr when this list lacks it.
    const LakeEntry *take(std::string_view key)
    {
        if (done() || entries[next].path != key)
            return nullptr;
        return &entries[next++];
    }
};

const std::string *smallestPath(const Cursor &a, const Cursor &b, const Cursor &c)
{
    const std::string *smallest = nullptr;
    for (const Cursor *cursor : { &a, &b, &c }) {
        if (!cursor->done() && (smallest == nullptr || cursor->path() < *smallest))
            smallest = &cursor->path();
    }
    return smallest;
}

} // namespace

// lakeFS's merge iterator, path by path: a side that left the base wins over
// one that did not; sides that arrive at the same state agree; anything else
// is a conflict the strategy settles (or reports, with Default).
TreeMerge mergeTrees(const EntryList &base, const EntryList &source, const EntryList &destination,
                     MergeStrategy strategy)
{
    TreeMerge result;
    result.merged.reserve(destination.size());
    Cursor baseCursor { base };
    Cursor sourceCursor { source };
    Cursor destCursor { destination };

    while (const std::string *smallest = smallestPath(baseCursor, sourceCursor, destCursor)) {
        const std::string_view key = *smallest; // stays valid: the lists are not modified
        const LakeEntry *b = baseCursor.take(key);
        const LakeEntry *s = sourceCursor.take(key);
        const LakeEntry *d = destCursor.take(key);

        const LakeEntry *chosen = d;
        if (sameState(b, s)) {
            chosen = d;
        } else if (sameState(b, d)) {
            chosen = s;
        } else if (!sameState(s, d)) {
            switch (strategy) {
            case MergeStrategy::Default:
                result.conflicts.emplace_back(key);
                break;
            case MergeStrategy::DestWins:
                chosen = d;
                break;
            case MergeStrategy::SourceWins:
                chosen = s;
                break;
            }
        }

        if (!sameState(chosen, d))
            result.changed = true;
        if (chosen != nullptr && result.conflicts.empty())
            result.merged.push_back(*chosen);
    }

    if (!result.conflicts.empty()) {
        result.merged.clear();
        result.changed = false;
    }
    return result;
}

} // namespace lakescope::lakefs
