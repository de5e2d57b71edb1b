// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/localrepository.h"

#include "core/lakefs/local/diskio.h"
#include "core/lakefs/local/lakeerrors.h"
#include "core/lakefs/local/lakejson.h"
#include "core/lakefs/tree/commitid.h"
#include "core/lakefs/tree/refexpression.h"
#include "core/lakefs/tree/treediff.h"

#include <algorithm>
#include <set>

namespace lakescope::lakefs {

namespace {

constexpr const char *kSubfolders[] = {"blobs", "trees", "commits", "branches", "tags", "staging", "tmp"};

std::mutex s_crashPointMutex;
LocalRepository::CrashPoint s_crashPoint;

void reachCrashPoint(std::string_view step)
{
    LocalRepository::CrashPoint hook;
    {
        std::lock_guard lock(s_crashPointMutex);
        hook = s_crashPoint;
    }
    if (hook)
        hook(step);
}

std::string stagingLogPath(const std::string &dir, const std::string &token)
{
    return dir + "/staging/" + token + ".log";
}

} // namespace

void LocalRepository::setCrashPoint(CrashPoint hook)
{
    std::lock_guard lock(s_crashPointMutex);
    s_crashPoint = std::move(hook);
}

LocalRepository::LocalRepository(std::string dir)
    : m_dir(std::move(dir)), m_tmpDir(m_dir + "/tmp"), m_blobs(m_dir + "/blobs", m_tmpDir),
      m_trees(m_dir + "/trees", m_tmpDir), m_commits(m_dir + "/commits", m_tmpDir), m_refs(m_dir, m_tmpDir)
{}

LocalRepository::~LocalRepository() = default;

Status LocalRepository::create(const std::string &dir, const Repository &info, bool bare)
{
    for (const char *sub : kSubfolders)
        if (auto made = diskio::makeDirs(dir + "/" + sub); !made)
            return made;
    const std::string tmpDir = dir + "/tmp";
    if (auto written = diskio::writeFileAtomic(tmpDir, dir + "/repository.json", lakejson::encodeRepository(info));
        !written)
        return written;
    if (bare)
        return {};
    // lakeFS's initial commit: empty tree, no parents, no committer.
    TreeStore trees(dir + "/trees", tmpDir);
    auto emptyTree = trees.put(TreeStore::empty());
    if (!emptyTree)
        return emptyTree.error();
    Commit initial;
    initial.committer = "";
    initial.message = "Repository created";
    initial.creationDate = info.creationDate;
    initial.metaRangeId = *emptyTree;
    initial.generation = 1;
    CommitStore commits(dir + "/commits", tmpDir);
    auto stored = commits.put(std::move(initial));
    if (!stored)
        return stored.error();
    RefStore refs(dir, tmpDir);
    return refs.putBranch(info.defaultBranch, {(*stored)->id, diskio::randomToken()});
}

Result<std::shared_ptr<LocalRepository>> LocalRepository::load(const std::string &dir)
{
    std::shared_ptr<LocalRepository> repository(new LocalRepository(dir));
    if (auto loaded = repository->loadState(); !loaded)
        return loaded.error();
    return repository;
}

Status LocalRepository::loadState()
{
    auto text = diskio::readFile(m_dir + "/repository.json");
    if (!text)
        return text.error();
    auto info = lakejson::decodeRepository(*text);
    if (!info)
        return info.error();
    m_info = std::move(info).value();
    if (auto rules = diskio::readFile(m_dir + "/branch_protection.json")) {
        auto decoded = lakejson::decodeRules(*rules);
        if (!decoded)
            return decoded.error();
        m_rules = std::move(decoded).value();
    }
    // Whatever a crash left half-written is in tmp/ and means nothing.
    for (const char *sub : kSubfolders)
        if (auto made = diskio::makeDirs(m_dir + "/" + sub); !made)
            return made;
    for (const std::string &name : diskio::listNames(m_tmpDir))
        static_cast<void>(diskio::removeTree(m_tmpDir + "/" + name));
    if (auto loaded = m_refs.load(); !loaded)
        return loaded;
    if (auto loaded = m_commits.load(); !loaded)
        return loaded;
    std::set<std::string> liveLogs;
    for (const auto &[name, record] : m_refs.branches()) {
        auto staging = openStaging(record.stagingToken);
        if (!staging)
            return staging.error();
        // A staged entry whose blob a power loss took (its name was not yet
        // synced; the log record was) is dropped rather than committed.
        std::vector<std::string> lost;
        for (const LakeEntry &entry : *(*staging)->entries())
            if (!entry.tombstone && !m_blobs.contains(entry.address))
                lost.push_back(entry.path);
        for (const std::string &path : lost)
            if (auto dropped = (*staging)->drop(path); !dropped)
                return dropped;
        m_branches[name] = BranchState{record, std::move(staging).value(), nullptr};
        liveLogs.insert(record.stagingToken + ".log");
    }
    // Logs of tokens no branch uses any more: a commit that switched the
    // branch but stopped before removing the old log.
    for (const std::string &name : diskio::listNames(m_dir + "/staging"))
        if (!liveLogs.contains(name))
            static_cast<void>(diskio::removeFile(m_dir + "/staging/" + name));
    return {};
}

Result<std::unique_ptr<StagingArea>> LocalRepository::openStaging(const std::string &token)
{
    return StagingArea::open(stagingLogPath(m_dir, token));
}

Repository LocalRepository::info() const
{
    std::lock_guard lock(m_mutex);
    return m_info;
}

void LocalRepository::setCommitter(std::string committer)
{
    std::lock_guard lock(m_mutex);
    m_committer = std::move(committer);
}

void LocalRepository::markDeleted()
{
    std::lock_guard lock(m_mutex);
    m_deleted = true;
}

bool LocalRepository::readOnly() const
{
    std::lock_guard lock(m_mutex);
    return m_info.readOnly;
}

Result<LocalRepository::Lock> LocalRepository::lockLive()
{
    Lock lock(m_mutex);
    if (m_deleted)
        return lakeerror::notFound("repository not found");
    return lock;
}

Status LocalRepository::checkWritable(bool force) const
{
    if (m_info.readOnly && !force)
        return lakeerror::readOnly();
    return {};
}

bool LocalRepository::isProtected(const std::string &branch) const
{
    return std::any_of(m_rules.begin(), m_rules.end(),
                       [&](const BranchProtectionRule &rule) { return globMatch(rule.pattern, branch); });
}

Result<LocalRepository::BranchState *> LocalRepository::branchLocked(const std::string &name)
{
    if (auto valid = validateBranchName(name); !valid)
        return lakeerror::withStatus(valid.error());
    auto found = m_branches.find(name);
    if (found == m_branches.end())
        return lakeerror::notFound("branch not found");
    return &found->second;
}

Result<LocalRepository::BranchState *> LocalRepository::writableBranchLocked(const std::string &name, bool force)
{
    auto state = branchLocked(name);
    if (!state)
        return state.error();
    if (auto writable = checkWritable(force); !writable)
        return writable.error();
    return state;
}

Result<LocalRepository::BranchState *> LocalRepository::unprotectedBranchLocked(const std::string &name, bool force,
                                                                                bool committing)
{
    auto state = writableBranchLocked(name, force);
    if (!state)
        return state.error();
    if (isProtected(name))
        return committing ? lakeerror::protectedCommit() : lakeerror::protectedWrite();
    return state;
}

Result<LocalRepository::Head> LocalRepository::headLocked(const BranchState &branch)
{
    auto commit = m_commits.get(branch.record.commitId);
    if (!commit)
        return commit.error();
    auto tree = treeOf(**commit);
    if (!tree)
        return tree.error();
    return Head{*commit, *tree};
}

Result<LocalRepository::Resolved> LocalRepository::resolveLocked(const std::string &ref)
{
    auto parsed = parseRefExpression(ref);
    if (!parsed)
        return lakeerror::withStatus(parsed.error());
    const std::string &base = parsed->base;
    Resolved resolved;
    std::string commitId;
    if (isFullCommitId(base) && m_commits.contains(base)) {
        commitId = base;
    } else if (auto branch = m_branches.find(base); branch != m_branches.end()) {
        resolved.branch = &branch->second;
        commitId = branch->second.record.commitId;
    } else if (const std::string *tag = m_refs.tag(base)) {
        commitId = *tag;
    } else if (isCommitIdPrefix(base)) {
        auto unique = m_commits.resolvePrefix(base);
        if (!unique)
            return unique.error();
        commitId = *unique;
    } else {
        return lakeerror::notFound("ref not found");
    }
    auto commit = m_commits.get(commitId);
    if (!commit)
        return commit.error();
    resolved.commit = *commit;
    const auto invalid = [] { return lakeerror::invalid("ref: invalid value: validation error"); };
    for (const RefModifier &modifier : parsed->modifiers) {
        if (modifier.kind == '@' || modifier.kind == '$') {
            if (!resolved.branch || parsed->modifiers.size() != 1)
                return invalid();
            (modifier.kind == '@' ? resolved.committedOnly : resolved.withStaging) = true;
            continue;
        }
        resolved.branch = nullptr; // an ancestor is a plain commit
        if (modifier.kind == '~') {
            for (int step = 0; step < modifier.value; ++step) {
                if (resolved.commit->parents.empty())
                    return lakeerror::notFound("ref not found: no such ancestor");
                auto parent = m_commits.get(resolved.commit->parents.front());
                if (!parent)
                    return parent.error();
                resolved.commit = *parent;
            }
        } else if (modifier.kind == '^') {
            if (modifier.value == 0)
                continue;
            if (modifier.value < 0 || static_cast<std::size_t>(modifier.value) > resolved.commit->parents.size())
                return invalid();
            auto parent = m_commits.get(resolved.commit->parents[static_cast<std::size_t>(modifier.value - 1)]);
            if (!parent)
                return parent.error();
            resolved.commit = *parent;
        } else {
            return invalid();
        }
    }
    return resolved;
}

Result<CommitPtr> LocalRepository::commitOfLocked(const std::string &ref)
{
    auto resolved = resolveLocked(ref);
    if (!resolved)
        return resolved.error();
    if (resolved->withStaging)
        return lakeerror::invalid("ref: invalid value: " + ref + " is not a commit (uncommitted changes have none)");
    return resolved->commit;
}

Result<TreePtr> LocalRepository::treeOf(const Commit &commit)
{
    return m_trees.get(commit.metaRangeId);
}

Result<TreePtr> LocalRepository::branchViewLocked(BranchState &branch)
{
    if (branch.view)
        return branch.view;
    auto head = headLocked(branch);
    if (!head)
        return head.error();
    if (branch.staging->empty())
        branch.view = head->tree;
    else
        branch.view = std::make_shared<const EntryList>(applyStaging(*head->tree, *branch.staging->entries()));
    return branch.view;
}

Result<TreePtr> LocalRepository::readViewLocked(const Resolved &resolved)
{
    if (resolved.branch && !resolved.committedOnly)
        return branchViewLocked(*resolved.branch);
    return treeOf(*resolved.commit);
}

Result<std::optional<LakeEntry>> LocalRepository::lookupLocked(const Resolved &resolved, const std::string &path)
{
    if (resolved.branch && !resolved.committedOnly) {
        if (const LakeEntry *staged = resolved.branch->staging->find(path))
            return staged->tombstone ? std::nullopt : std::optional<LakeEntry>(*staged);
    }
    auto tree = treeOf(*resolved.commit);
    if (!tree)
        return tree.error();
    const LakeEntry *entry = findEntry(**tree, path);
    return entry ? std::optional<LakeEntry>(*entry) : std::nullopt;
}

Status LocalRepository::checkCleanLocked(const BranchState &branch)
{
    if (branch.staging->empty())
        return {};
    auto head = headLocked(branch);
    if (!head)
        return lakeerror::withStatus(head.error());
    if (!diffStaging(*head->tree, *branch.staging->entries()).empty())
        return lakeerror::dirtyBranch();
    return {};
}

Result<CommitPtr> LocalRepository::commitTreeLocked(const std::string &branchName, BranchState &branch, TreePtr tree,
                                                    std::string treeId, std::vector<std::string> parents,
                                                    std::string message, Metadata metadata,
                                                    std::optional<std::int64_t> date)
{
    Commit commit;
    commit.generation = 1;
    for (const std::string &parentId : parents) {
        auto parent = m_commits.get(parentId);
        if (!parent)
            return parent.error();
        commit.generation = std::max(commit.generation, (*parent)->generation + 1);
    }
    // The blobs the tree names must be on disk before the tree is.
    if (auto synced = m_blobs.syncShards(); !synced)
        return synced.error();
    if (treeId.empty())
        treeId = lakefs::treeId(*tree);
    if (auto stored = m_trees.put(treeId, std::move(tree)); !stored)
        return stored.error();
    reachCrashPoint("tree-written");
    commit.parents = std::move(parents);
    commit.committer = m_committer;
    commit.message = std::move(message);
    commit.creationDate = date.value_or(diskio::nowSeconds());
    commit.metaRangeId = std::move(treeId);
    commit.metadata = std::move(metadata);
    auto stored = m_commits.put(std::move(commit));
    if (!stored)
        return stored.error();
    reachCrashPoint("commit-written");
    if (auto switched = switchBranchLocked(branchName, branch, (*stored)->id); !switched)
        return switched.error();
    return stored;
}

Status LocalRepository::switchBranchLocked(const std::string &name, BranchState &branch, const std::string &commitId)
{
    BranchRecord record{commitId, diskio::randomToken()};
    auto fresh = openStaging(record.stagingToken);
    if (!fresh)
        return fresh.error();
    if (auto written = m_refs.putBranch(name, record); !written)
        return written;
    reachCrashPoint("branch-switched");
    branch.staging->removeLog();
    branch.record = std::move(record);
    branch.staging = std::move(fresh).value();
    branch.view.reset();
    return {};
}

LocalRepository::DiffPtr LocalRepository::cachedDiff(const std::string &key)
{
    std::lock_guard lock(m_diffMutex);
    for (auto entry = m_diffs.begin(); entry != m_diffs.end(); ++entry) {
        if (entry->first == key) {
            m_diffs.splice(m_diffs.begin(), m_diffs, entry);
            return entry->second;
        }
    }
    return nullptr;
}

void LocalRepository::rememberDiff(const std::string &key, DiffPtr diff)
{
    constexpr std::size_t kRemembered = 4;
    std::lock_guard lock(m_diffMutex);
    m_diffs.emplace_front(key, std::move(diff));
    if (m_diffs.size() > kRemembered)
        m_diffs.pop_back();
}

ObjectStats LocalRepository::statsOf(const LakeEntry &entry, bool userMetadata) const
{
    ObjectStats stats = toObjectStats(entry, userMetadata);
    stats.physicalAddress = "local://" + m_blobs.pathOf(entry.address);
    return stats;
}

void LocalRepository::fixAddresses(std::vector<ObjectStats> &stats, const EntryList &view) const
{
    for (ObjectStats &object : stats) {
        if (object.pathType != PathType::Object)
            continue;
        if (const LakeEntry *entry = findEntry(view, object.path))
            object.physicalAddress = "local://" + m_blobs.pathOf(entry->address);
    }
}

} // namespace lakescope::lakefs
