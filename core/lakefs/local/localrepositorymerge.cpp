// SPDX-License-Identifier: Apache-2.0
// LocalRepository: diffs, merge, revert, cherry-pick and applying an import.
#include "core/lakefs/local/localrepository.h"

#include "core/lakefs/local/lakeerrors.h"
#include "core/lakefs/tree/listingpage.h"
#include "core/lakefs/tree/treediff.h"
#include "core/lakefs/tree/treemerge.h"

#include <algorithm>
#include <queue>
#include <set>
#include <unordered_map>

namespace lakescope::lakefs {

Result<CommitPtr> LocalRepository::mergeBaseOf(const CommitPtr &left, const CommitPtr &right)
{
    // Walk both histories newest generation first; the first commit reached
    // from both sides is their lowest common ancestor, as a commit's
    // generation is above all of its ancestors'.
    enum Side : unsigned { Left = 1, Right = 2, Both = 3 };
    std::unordered_map<std::string, unsigned> reached;
    std::set<std::string> done;
    auto order = [](const CommitPtr &a, const CommitPtr &b) {
        return a->generation != b->generation ? a->generation < b->generation : a->id < b->id;
    };
    std::priority_queue<CommitPtr, std::vector<CommitPtr>, decltype(order)> queue(order);
    reached[left->id] |= Left;
    reached[right->id] |= Right;
    queue.push(left);
    queue.push(right);
    while (!queue.empty()) {
        CommitPtr current = queue.top();
        queue.pop();
        if (!done.insert(current->id).second)
            continue;
        const unsigned sides = reached[current->id];
        if (sides == Both)
            return current;
        for (const std::string &parentId : current->parents) {
            unsigned &parentSides = reached[parentId];
            if ((parentSides | sides) == parentSides)
                continue;
            parentSides |= sides;
            auto parent = m_commits.get(parentId);
            if (!parent)
                return parent.error();
            queue.push(*parent);
        }
    }
    return CommitPtr{};
}

Result<TreePtr> LocalRepository::parentTreeOf(const Commit &commit, int parentNumber)
{
    if (commit.parents.empty() && parentNumber <= 0)
        return TreeStore::empty(); // a root commit undoes or applies everything
    const std::size_t index = parentNumber <= 0 ? 0 : static_cast<std::size_t>(parentNumber - 1);
    if (index >= commit.parents.size())
        return lakeerror::invalid("parent number out of range");
    auto parent = m_commits.get(commit.parents[index]);
    if (!parent)
        return lakeerror::withStatus(parent.error());
    auto tree = treeOf(**parent);
    if (!tree)
        return lakeerror::withStatus(tree.error());
    return tree;
}

Result<Page<DiffEntry>> LocalRepository::diffBranch(const std::string &branch, const DiffRequest &request)
{
    TreePtr head;
    std::shared_ptr<const EntryList> staged;
    {
        auto lock = lockLive();
        if (!lock)
            return lock.error();
        auto state = branchLocked(branch);
        if (!state)
            return state.error();
        auto current = headLocked(**state);
        if (!current)
            return lakeerror::withStatus(current.error());
        head = current->tree;
        staged = (*state)->staging->entries();
    }
    return pageDiff(diffStaging(*head, *staged), request);
}

Result<Page<DiffEntry>> LocalRepository::diffRefs(const std::string &leftRef, const std::string &rightRef,
                                                  const DiffRequest &request)
{
    TreePtr left;
    TreePtr right;
    TreePtr base;
    std::string cacheKey; // set when both sides are commits
    {
        auto lock = lockLive();
        if (!lock)
            return lock.error();
        auto leftResolved = resolveLocked(leftRef);
        if (!leftResolved)
            return leftResolved.error();
        if (leftResolved->withStaging)
            return lakeerror::invalid("ref: invalid value: the left side of a diff must be a commit");
        auto rightResolved = resolveLocked(rightRef);
        if (!rightResolved)
            return rightResolved.error();
        auto leftTree = treeOf(*leftResolved->commit);
        if (!leftTree)
            return lakeerror::withStatus(leftTree.error());
        left = *leftTree;
        // A plain branch on the right means its last commit; branch$ adds
        // its uncommitted changes, which only a two-dot diff can show.
        Result<TreePtr> rightTree = TreePtr{};
        if (rightResolved->withStaging) {
            if (request.kind == DiffKind::ThreeDot)
                return lakeerror::invalid("ref: invalid value: uncommitted changes need a two_dot diff");
            rightTree = branchViewLocked(*rightResolved->branch);
        } else {
            rightTree = treeOf(*rightResolved->commit);
            cacheKey = leftResolved->commit->metaRangeId + ":" + rightResolved->commit->metaRangeId;
        }
        if (!rightTree)
            return lakeerror::withStatus(rightTree.error());
        right = *rightTree;
        if (request.kind == DiffKind::ThreeDot) {
            auto baseCommit = mergeBaseOf(leftResolved->commit, rightResolved->commit);
            if (!baseCommit)
                return lakeerror::withStatus(baseCommit.error());
            base = TreeStore::empty();
            if (*baseCommit) {
                auto baseTree = treeOf(**baseCommit);
                if (!baseTree)
                    return lakeerror::withStatus(baseTree.error());
                base = *baseTree;
                if (!cacheKey.empty())
                    cacheKey += ":" + (*baseCommit)->metaRangeId;
            }
        }
    }
    if (!cacheKey.empty())
        cacheKey = (request.kind == DiffKind::TwoDot ? "2:" : "3:") + cacheKey;
    DiffPtr diff = cacheKey.empty() ? nullptr : cachedDiff(cacheKey);
    if (!diff) {
        diff = std::make_shared<const std::vector<DiffEntry>>(
            request.kind == DiffKind::TwoDot ? diffTwoDot(*left, *right) : diffThreeDot(*base, *left, *right));
        if (!cacheKey.empty())
            rememberDiff(cacheKey, diff);
    }
    return pageDiff(*diff, request);
}

Result<MergeResult> LocalRepository::merge(const std::string &sourceRef, const std::string &destinationBranch,
                                           const MergeRequest &request)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    if (auto writable = checkWritable(request.force); !writable)
        return writable.error();
    auto destination = branchLocked(destinationBranch);
    if (!destination)
        return destination.error();
    auto source = commitOfLocked(sourceRef);
    if (!source)
        return source.error();
    BranchState &target = **destination;
    if (auto clean = checkCleanLocked(target); !clean)
        return clean.error();
    auto head = m_commits.get(target.record.commitId);
    if (!head)
        return lakeerror::withStatus(head.error());
    auto base = mergeBaseOf(*head, *source);
    if (!base)
        return lakeerror::withStatus(base.error());
    TreePtr baseTree = TreeStore::empty();
    if (*base) {
        auto loaded = treeOf(**base);
        if (!loaded)
            return lakeerror::withStatus(loaded.error());
        baseTree = *loaded;
    }
    // Nothing new on the source since the base (lakeFS compares meta-ranges).
    if (*base && (*source)->metaRangeId == (*base)->metaRangeId && !request.allowEmpty && !request.force)
        return lakeerror::noChanges();
    auto sourceTree = treeOf(**source);
    auto headTree = treeOf(**head);
    if (!sourceTree || !headTree)
        return lakeerror::withStatus(!sourceTree ? sourceTree.error() : headTree.error());
    TreeMerge merged = mergeTrees(*baseTree, **sourceTree, **headTree, request.strategy);
    if (!merged.conflicts.empty())
        return MergeResult{{}, std::move(merged.conflicts)};
    std::string message = request.message.empty()
        ? "Merge '" + sourceRef + "' into '" + destinationBranch + "'"
        : request.message;
    Metadata metadata = request.metadata;
    metadata[".lakefs.merge.strategy"] = std::string(mergeStrategyName(request.strategy));
    std::vector<std::string> parents{(*head)->id};
    if (!request.squash)
        parents.push_back((*source)->id);
    // The merged tree's id is known when one side is all there is.
    std::string mergedId;
    if (!merged.changed)
        mergedId = (*head)->metaRangeId;
    else if (*base && (*head)->metaRangeId == (*base)->metaRangeId)
        mergedId = (*source)->metaRangeId;
    auto tree = std::make_shared<const EntryList>(std::move(merged.merged));
    auto made = commitTreeLocked(destinationBranch, target, std::move(tree), std::move(mergedId), std::move(parents),
                                 std::move(message), std::move(metadata), std::nullopt);
    if (!made)
        return lakeerror::withStatus(made.error());
    return MergeResult{(*made)->id, {}};
}

Result<MergeBase> LocalRepository::findMergeBase(const std::string &sourceRef, const std::string &destinationBranch)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto source = commitOfLocked(sourceRef);
    if (!source)
        return source.error();
    auto destination = commitOfLocked(destinationBranch);
    if (!destination)
        return destination.error();
    auto base = mergeBaseOf(*destination, *source);
    if (!base)
        return lakeerror::withStatus(base.error());
    if (!*base)
        return lakeerror::notFound("no merge base found");
    return MergeBase{(*source)->id, (*destination)->id, (*base)->id};
}

Result<LocalRepository::Replay> LocalRepository::replayLocked(const std::string &branch, const std::string &ref,
                                                              int parentNumber, bool force, bool undo)
{
    auto state = writableBranchLocked(branch, force);
    if (!state)
        return state.error();
    if (auto clean = checkCleanLocked(**state); !clean)
        return clean.error();
    auto replayed = commitOfLocked(ref);
    if (!replayed)
        return replayed.error();
    const Commit &commit = **replayed;
    // lakeFS answers a revert of a merge commit without a parent with 409,
    // the same cherry-pick with 400.
    if (commit.parents.size() > 1 && parentNumber <= 0)
        return undo ? lakeerror::conflict("must specify 1-based parent number for reverting merge commit")
                    : lakeerror::invalid("must specify 1-based parent number for cherry-picking merge commit");
    auto parentTree = parentTreeOf(commit, parentNumber);
    if (!parentTree)
        return parentTree.error();
    auto commitTree = treeOf(commit);
    auto head = headLocked(**state);
    if (!commitTree || !head)
        return lakeerror::withStatus(!commitTree ? commitTree.error() : head.error());
    // Cherry-pick applies parent -> commit to the head; revert applies the
    // opposite, commit -> parent.
    TreeMerge merged = undo ? mergeTrees(**commitTree, **parentTree, *head->tree, MergeStrategy::Default)
                            : mergeTrees(**parentTree, **commitTree, *head->tree, MergeStrategy::Default);
    if (!merged.conflicts.empty())
        return lakeerror::conflict("conflict found");
    return Replay{*state, *replayed, head->commit, std::move(merged)};
}

Status LocalRepository::revertBranch(const std::string &branch, const RevertRequest &request)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto replay = replayLocked(branch, request.ref, request.parentNumber, request.force, true);
    if (!replay)
        return replay.error();
    if (!replay->merge.changed && !request.allowEmpty)
        return lakeerror::noChanges();
    std::string message = request.overrides.message.value_or("Revert " + request.ref);
    auto made = commitTreeLocked(branch, *replay->branch,
                                 std::make_shared<const EntryList>(std::move(replay->merge.merged)), {},
                                 {replay->head->id}, std::move(message), request.overrides.metadata, std::nullopt);
    if (!made)
        return lakeerror::withStatus(made.error());
    return {};
}

Result<Commit> LocalRepository::cherryPick(const std::string &branch, const CherryPickRequest &request)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto replay = replayLocked(branch, request.ref, request.parentNumber, request.force, false);
    if (!replay)
        return replay.error();
    if (!replay->merge.changed)
        return lakeerror::noChanges();
    const Commit &original = *replay->commit;
    Metadata metadata = original.metadata;
    for (const auto &[key, value] : request.overrides.metadata)
        metadata[key] = value;
    metadata["cherry-pick-origin"] = original.id;
    metadata["cherry-pick-committer"] = original.committer;
    auto made = commitTreeLocked(branch, *replay->branch,
                                 std::make_shared<const EntryList>(std::move(replay->merge.merged)), {},
                                 {replay->head->id}, request.overrides.message.value_or(original.message),
                                 std::move(metadata), std::nullopt);
    if (!made)
        return lakeerror::withStatus(made.error());
    return **made;
}

Status LocalRepository::checkImport(const std::string &branch, bool force)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = writableBranchLocked(branch, force);
    if (!state)
        return state.error();
    return checkCleanLocked(**state);
}

Result<Commit> LocalRepository::applyImport(const std::string &branch, const std::vector<ImportLocation> &locations,
                                            EntryList imported, const CommitCreation &creation)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = branchLocked(branch);
    if (!state)
        return state.error();
    BranchState &target = **state;
    if (auto clean = checkCleanLocked(target); !clean)
        return clean.error();
    auto head = headLocked(target);
    if (!head)
        return lakeerror::withStatus(head.error());
    // Everything under each destination is replaced by what was imported.
    const auto replaced = [&](const std::string &path) {
        return std::any_of(locations.begin(), locations.end(), [&](const ImportLocation &location) {
            return location.type == PathType::Object ? path == location.destination
                                                     : path.starts_with(location.destination);
        });
    };
    EntryList kept;
    kept.reserve(head->tree->size());
    for (const LakeEntry &entry : *head->tree)
        if (!replaced(entry.path))
            kept.push_back(entry);
    std::sort(imported.begin(), imported.end(),
              [](const LakeEntry &a, const LakeEntry &b) { return a.path < b.path; });
    imported.erase(std::unique(imported.begin(), imported.end(),
                               [](const LakeEntry &a, const LakeEntry &b) { return a.path == b.path; }),
                   imported.end());
    auto tree = std::make_shared<const EntryList>(applyStaging(kept, imported));
    auto made = commitTreeLocked(branch, target, std::move(tree), {}, {head->commit->id}, creation.message,
                                 creation.metadata, creation.date);
    if (!made)
        return lakeerror::withStatus(made.error());
    return **made;
}

} // namespace lakescope::lakefs
