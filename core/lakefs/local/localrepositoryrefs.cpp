// SPDX-License-Identifier: Apache-2.0
// LocalRepository: branches, tags, resetting uncommitted changes and branch
// protection.
#include "core/lakefs/local/localrepository.h"

#include "core/lakefs/local/diskio.h"
#include "core/lakefs/local/lakeerrors.h"
#include "core/lakefs/local/lakejson.h"
#include "core/lakefs/tree/listingpage.h"
#include "core/lakefs/tree/refexpression.h"

namespace lakescope::lakefs {

namespace {

std::vector<Ref> refsOf(const std::map<std::string, std::string> &commitsByName)
{
    std::vector<Ref> refs;
    refs.reserve(commitsByName.size());
    for (const auto &[name, commitId] : commitsByName)
        refs.push_back({name, commitId});
    return refs;
}

const std::string &refId(const Ref &ref)
{
    return ref.id;
}

} // namespace

Status LocalRepository::checkRefNameFreeLocked(const std::string &name, RefKind kind) const
{
    const bool newTag = kind == RefKind::Tag;
    const std::string what = newTag ? "tag" : "branch";
    const std::string other = newTag ? "branch" : "tag";
    const bool branchNamed = m_branches.contains(name);
    const bool tagNamed = m_refs.tag(name) != nullptr;
    if (newTag ? tagNamed : branchNamed)
        return lakeerror::exists(what + " already exists: not unique");
    if (newTag ? branchNamed : tagNamed)
        return lakeerror::exists(what + " name conflicts with an existing " + other + ": not unique");
    if (isFullCommitId(name) && m_commits.contains(name))
        return lakeerror::exists(what + " name conflicts with an existing commit id: not unique");
    return {};
}

Result<Page<Ref>> LocalRepository::listBranches(const PageRequest &request)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    std::vector<Ref> branches;
    branches.reserve(m_branches.size());
    for (const auto &[name, branch] : m_branches)
        branches.push_back({name, branch.record.commitId});
    return pageById(branches, request, refId);
}

Result<std::string> LocalRepository::createBranch(const std::string &name, const std::string &sourceRef, bool force)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    if (auto valid = validateBranchName(name); !valid)
        return lakeerror::withStatus(valid.error());
    if (auto writable = checkWritable(force); !writable)
        return writable.error();
    if (auto free = checkRefNameFreeLocked(name, RefKind::Branch); !free)
        return free.error();
    auto resolved = resolveLocked(sourceRef);
    if (!resolved)
        return resolved.error();
    if (resolved->withStaging)
        return lakeerror::invalid("can't create a branch without commit");
    const BranchRecord record{resolved->commit->id, diskio::randomToken()};
    auto staging = openStaging(record.stagingToken);
    if (!staging)
        return lakeerror::withStatus(staging.error());
    if (auto written = m_refs.putBranch(name, record); !written)
        return lakeerror::withStatus(written.error());
    m_branches[name] = BranchState{record, std::move(staging).value(), nullptr};
    return record.commitId;
}

Result<Ref> LocalRepository::getBranch(const std::string &branch)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = branchLocked(branch);
    if (!state)
        return state.error();
    return Ref{branch, (*state)->record.commitId};
}

Status LocalRepository::deleteBranch(const std::string &branch, bool force)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = writableBranchLocked(branch, force);
    if (!state)
        return state.error();
    if (branch == m_info.defaultBranch)
        return lakeerror::forbidden("cannot delete repository default branch");
    if (auto removed = m_refs.removeBranch(branch); !removed)
        return lakeerror::withStatus(removed.error());
    (*state)->staging->removeLog();
    m_branches.erase(branch);
    return {};
}

Status LocalRepository::resetBranch(const std::string &branch, ResetType type, const std::string &path, bool force)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    auto state = unprotectedBranchLocked(branch, force);
    if (!state)
        return state.error();
    BranchState &target = **state;
    Status reset;
    switch (type) {
    case ResetType::Object:
        if (path.empty())
            return lakeerror::invalid("path is required");
        reset = target.staging->drop(path);
        break;
    case ResetType::CommonPrefix:
        reset = target.staging->dropPrefix(path);
        break;
    case ResetType::Reset:
        if (target.staging->empty())
            return {};
        // A fresh staging token, as a commit makes, drops every change at once.
        reset = switchBranchLocked(branch, target, target.record.commitId);
        break;
    }
    target.view.reset();
    if (!reset)
        return lakeerror::withStatus(reset.error());
    return {};
}

Result<Page<Ref>> LocalRepository::listTags(const PageRequest &request)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    return pageById(refsOf(m_refs.tags()), request, refId);
}

Result<Ref> LocalRepository::createTag(const std::string &id, const std::string &ref, bool force)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    if (auto valid = validateTagName(id); !valid)
        return lakeerror::withStatus(valid.error());
    if (auto writable = checkWritable(force); !writable)
        return writable.error();
    // Tags are immutable: force never replaces one.
    if (auto free = checkRefNameFreeLocked(id, RefKind::Tag); !free)
        return free.error();
    auto commit = commitOfLocked(ref);
    if (!commit)
        return commit.error();
    if (auto written = m_refs.putTag(id, (*commit)->id); !written)
        return lakeerror::withStatus(written.error());
    return Ref{id, (*commit)->id};
}

Result<Ref> LocalRepository::getTag(const std::string &tag)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    const std::string *commitId = m_refs.tag(tag);
    if (!commitId)
        return lakeerror::notFound("tag not found");
    return Ref{tag, *commitId};
}

Status LocalRepository::deleteTag(const std::string &tag, bool force)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    if (auto writable = checkWritable(force); !writable)
        return writable;
    if (!m_refs.tag(tag))
        return lakeerror::notFound("tag not found");
    if (auto removed = m_refs.removeTag(tag); !removed)
        return lakeerror::withStatus(removed.error());
    return {};
}

Result<std::vector<BranchProtectionRule>> LocalRepository::branchProtection()
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    return m_rules;
}

Status LocalRepository::setBranchProtection(const std::vector<BranchProtectionRule> &rules)
{
    auto lock = lockLive();
    if (!lock)
        return lock.error();
    for (const BranchProtectionRule &rule : rules)
        if (rule.pattern.empty())
            return lakeerror::invalid("branch protection pattern must not be empty");
    if (auto written = diskio::writeFileAtomic(m_tmpDir, m_dir + "/branch_protection.json", lakejson::encodeRules(rules));
        !written)
        return lakeerror::withStatus(written.error());
    m_rules = rules;
    return {};
}

} // namespace lakescope::lakefs
