// SPDX-License-Identifier: Apache-2.0
// LocalRepository: committing, reading commits and the log.
#include "core/lakefs/local/localrepository.h"

#include "core/lakefs/local/lakeerrors.h"
#include "core/lakefs/tree/commitid.h"
#include "core/lakefs/tree/treediff.h"

#include <algorithm>
#include <queue>
#include <unordered_set>

namespace lakescope::lakefs {

namespace {

bool entriesDiffer(const LakeEntry *a, const LakeEntry *b)
{
    if (!a || !b)
        return a != b;
    return !sameIdentity(*a, *b);
}

// Whether anything under `prefix` differs between two sorted trees.
bool prefixChanged(const EntryList &before, const EntryList &after, std::string_view prefix)
{
    const auto byPath = [](const LakeEntry &entry, std::string_view path) { return entry.path < path; };
    auto left = std::lower_bound(before.begin(), before.end(), prefix, byPath);
    auto right = std::lower_bound(after.begin(), after.end(), prefix, byPath);
    for (;;) {
        const bool leftIn = left != before.end() && left->path.starts_with(prefix);
        const bool rightIn = right != after.end() && right->path.starts_with(prefix);
        if (!leftIn || !rightIn)
            return leftIn != rightIn;
        if (left->path != right->path || !sameIdentity(*left, *right))
            return true;
        ++left;
        ++right;
    }
}

} // namespace

Result<Commit> LocalRepository::commit(const std::string &branch, const CommitCreation &creation)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = unprotectedBranchLocked(branch, creation.force, true);
    if (!state)
        return state.error();
    BranchState &target = **state;
    auto head = headLocked(target);
    if (!head)
        return lakeerror::withStatus(head.error());
    const auto staged = target.staging->entries();
    TreePtr tree = head->tree;
    std::string id = head->commit->metaRangeId;
    if (!staged->empty()) {
        tree = std::make_shared<const EntryList>(applyStaging(*head->tree, *staged));
        id = treeId(*tree);
    }
    // Tree ids cover entry identities only, so an equal id means no change
    // (nothing staged, identical re-uploads, deletes of new files).
    if (!creation.allowEmpty && id == head->commit->metaRangeId)
        return lakeerror::invalid("commit: no changes");
    auto made = commitTreeLocked(branch, target, std::move(tree), std::move(id), {target.record.commitId},
                                 creation.message, creation.metadata, creation.date);
    if (!made)
        return lakeerror::withStatus(made.error());
    return **made;
}

Result<Commit> LocalRepository::getCommit(const std::string &ref)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto commit = commitOfLocked(ref);
    if (!commit)
        return commit.error();
    return **commit;
}

Result<Page<Commit>> LocalRepository::logCommits(const std::string &ref, const LogRequest &request)
{
    CommitPtr start;
    std::string stopAt;
    {
        auto lock = lockLive();
        if (!lock)
            return lock.error();
        auto commit = commitOfLocked(ref);
        if (!commit)
            return commit.error();
        start = *commit;
        if (!request.stopAt.empty()) {
            auto stop = commitOfLocked(request.stopAt);
            if (!stop)
                return stop.error();
            stopAt = (*stop)->id;
        }
    }
    // Commits and trees are immutable: the walk needs no lock.
    const bool filtered = !request.objects.empty() || !request.prefixes.empty();
    auto touchesPaths = [&](const Commit &commit) -> Result<bool> {
        if (commit.parents.size() > 1)
            return false;
        auto tree = treeOf(commit);
        if (!tree)
            return tree.error();
        TreePtr parentTree = TreeStore::empty();
        if (!commit.parents.empty()) {
            auto parent = m_commits.get(commit.parents.front());
            if (!parent)
                return parent.error();
            if ((*parent)->metaRangeId == commit.metaRangeId)
                return false;
            auto loaded = treeOf(**parent);
            if (!loaded)
                return loaded.error();
            parentTree = *loaded;
        }
        for (const std::string &object : request.objects)
            if (entriesDiffer(findEntry(*parentTree, object), findEntry(**tree, object)))
                return true;
        for (const std::string &prefix : request.prefixes)
            if (prefixChanged(*parentTree, **tree, prefix))
                return true;
        return false;
    };

    // lakeFS's order: highest generation first, then the newer commit.
    auto older = [](const CommitPtr &a, const CommitPtr &b) {
        if (a->generation != b->generation)
            return a->generation < b->generation;
        if (a->creationDate != b->creationDate)
            return a->creationDate < b->creationDate;
        return a->id < b->id;
    };
    std::priority_queue<CommitPtr, std::vector<CommitPtr>, decltype(older)> queue(older);
    std::unordered_set<std::string> queued{start->id};
    queue.push(start);
    const std::size_t amount = static_cast<std::size_t>(effectiveAmount(request.amount));
    bool skipping = !request.after.empty();
    Page<Commit> page;
    while (!queue.empty()) {
        const CommitPtr current = queue.top();
        queue.pop();
        if (request.since && current->creationDate < *request.since)
            break;
        const std::size_t followed = request.firstParent ? std::min<std::size_t>(1, current->parents.size())
                                                         : current->parents.size();
        for (std::size_t i = 0; i < followed; ++i) {
            const std::string &parentId = current->parents[i];
            if (!queued.insert(parentId).second)
                continue;
            auto parent = m_commits.get(parentId);
            if (!parent)
                return lakeerror::withStatus(parent.error());
            queue.push(*parent);
        }
        if (skipping) {
            skipping = current->id != request.after;
        } else {
            bool include = true;
            if (filtered) {
                auto touches = touchesPaths(*current);
                if (!touches)
                    return lakeerror::withStatus(touches.error());
                include = *touches;
            }
            if (include) {
                if (page.results.size() == amount) {
                    page.hasMore = !request.limit;
                    break;
                }
                page.results.push_back(*current);
            }
        }
        if (!stopAt.empty() && current->id == stopAt)
            break;
    }
    if (page.hasMore)
        page.nextOffset = page.results.back().id;
    return page;
}

} // namespace lakescope::lakefs
