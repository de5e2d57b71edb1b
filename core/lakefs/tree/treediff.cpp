// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/treediff.h"

#include <string_view>

namespace lakescope::lakefs {

namespace {

// Walks two sorted lists in step and hands each path to `visit` with the
// entry of either side (nullptr where that side lacks the path).
template<typename Visit>
void walkPairs(const EntryList &left, const EntryList &right, Visit visit)
{
    std::size_t l = 0;
    std::size_t r = 0;
    while (l < left.size() || r < right.size()) {
        if (r == right.size() || (l < left.size() && left[l].path < right[r].path)) {
            visit(&left[l++], nullptr);
        } else if (l == left.size() || right[r].path < left[l].path) {
            visit(nullptr, &right[r++]);
        } else {
            visit(&left[l++], &right[r++]);
        }
    }
}

// A forward-only lookup into a sorted list for keys visited in order, so a
// walk that consults a third list stays linear.
class ForwardLookup
{
public:
    explicit ForwardLookup(const EntryList &entries) : m_entries(entries) {}

    const LakeEntry *find(std::string_view path)
    {
        while (m_next < m_entries.size() && m_entries[m_next].path < path)
            ++m_next;
        if (m_next < m_entries.size() && m_entries[m_next].path == path)
            return &m_entries[m_next];
        return nullptr;
    }

private:
    const EntryList &m_entries;
    std::size_t m_next = 0;
};

// Identity equality where "absent" is a state of its own.
bool sameState(const LakeEntry *a, const LakeEntry *b)
{
    if (a == nullptr || b == nullptr)
        return a == b;
    return sameIdentity(*a, *b);
}

DiffEntry objectDiff(DiffType type, const std::string &path, std::uint64_t size)
{
    DiffEntry entry;
    entry.type = type;
    entry.path = path;
    entry.pathType = PathType::Object;
    entry.sizeBytes = size;
    return entry;
}

} // namespace

EntryList applyStaging(const EntryList &committed, const EntryList &staging)
{
    EntryList result;
    result.reserve(committed.size() + staging.size());
    walkPairs(committed, staging, [&](const LakeEntry *head, const LakeEntry *staged) {
        if (staged == nullptr)
            result.push_back(*head);
        else if (!staged->tombstone)
            result.push_back(*staged);
    });
    return result;
}

std::vector<DiffEntry> diffTwoDot(const EntryList &left, const EntryList &right)
{
    std::vector<DiffEntry> diff;
    walkPairs(left, right, [&](const LakeEntry *l, const LakeEntry *r) {
        if (r == nullptr)
            diff.push_back(objectDiff(DiffType::Removed, l->path, l->size));
        else if (l == nullptr)
            diff.push_back(objectDiff(DiffType::Added, r->path, r->size));
        else if (!sameIdentity(*l, *r))
            diff.push_back(objectDiff(DiffType::Changed, r->path, r->size));
    });
    return diff;
}

// Follows lakeFS's compare iterator: walk left -> right and consult the base
// for each difference. Where only right moved away from the base, left still
// equals the base, so the left -> right type is also the base -> right type.
std::vector<DiffEntry> diffThreeDot(const EntryList &base, const EntryList &left, const EntryList &right)
{
    std::vector<DiffEntry> diff;
    ForwardLookup baseLookup(base);
    walkPairs(left, right, [&](const LakeEntry *l, const LakeEntry *r) {
        if (sameState(l, r))
            return;
        const std::string &path = r != nullptr ? r->path : l->path;
        const LakeEntry *b = baseLookup.find(path);
        const bool rightMoved = !sameState(b, r);
        const bool leftMoved = !sameState(b, l);
        if (!rightMoved)
            return; // only left changed it: nothing for right to bring
        if (leftMoved) {
            // Both moved, to different states (equal states were skipped above).
            diff.push_back(objectDiff(DiffType::Conflict, path, r != nullptr ? r->size : l->size));
            return;
        }
        if (r == nullptr)
            diff.push_back(objectDiff(DiffType::Removed, path, b->size));
        else if (b == nullptr)
            diff.push_back(objectDiff(DiffType::Added, path, r->size));
        else
            diff.push_back(objectDiff(DiffType::Changed, path, r->size));
    });
    return diff;
}

std::vector<DiffEntry> diffStaging(const EntryList &head, const EntryList &staging)
{
    std::vector<DiffEntry> diff;
    ForwardLookup headLookup(head);
    for (const LakeEntry &staged : staging) {
        const LakeEntry *committed = headLookup.find(staged.path);
        if (staged.tombstone) {
            if (committed != nullptr)
                diff.push_back(objectDiff(DiffType::Removed, staged.path, 0));
        } else if (committed == nullptr) {
            diff.push_back(objectDiff(DiffType::Added, staged.path, staged.size));
        } else if (!sameIdentity(*committed, staged)) {
            diff.push_back(objectDiff(DiffType::Changed, staged.path, staged.size));
        }
    }
    return diff;
}

} // namespace lakescope::lakefs
