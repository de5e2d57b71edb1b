// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/commitstore.h"

#include "core/lakefs/local/diskio.h"
#include "core/lakefs/local/lakeerrors.h"
#include "core/lakefs/local/lakejson.h"
#include "core/lakefs/tree/commitid.h"

namespace lakescope::lakefs {

namespace {

constexpr std::string_view kSuffix = ".json";

} // namespace

CommitStore::CommitStore(std::string dir, std::string tmpDir) : m_dir(std::move(dir)), m_tmpDir(std::move(tmpDir)) {}

Status CommitStore::load()
{
    std::lock_guard lock(m_mutex);
    for (const std::string &name : diskio::listNames(m_dir)) {
        if (name.size() > kSuffix.size() && name.ends_with(kSuffix))
            m_ids.insert(name.substr(0, name.size() - kSuffix.size()));
    }
    return {};
}

Result<CommitPtr> CommitStore::get(const std::string &id)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto found = m_loaded.find(id); found != m_loaded.end())
            return found->second;
        if (!m_ids.contains(id))
            return lakeerror::notFound("commit not found");
    }
    auto text = diskio::readFile(m_dir + "/" + id + std::string(kSuffix));
    if (!text)
        return text.error().code == ErrorCode::NotFound ? lakeerror::notFound("commit not found") : text.error();
    auto commit = lakejson::decodeCommit(*text);
    if (!commit)
        return commit.error();
    auto loaded = std::make_shared<const Commit>(std::move(commit).value());
    std::lock_guard lock(m_mutex);
    return m_loaded.emplace(id, std::move(loaded)).first->second;
}

Result<CommitPtr> CommitStore::put(Commit commit)
{
    commit.id = commitId(commit);
    {
        std::lock_guard lock(m_mutex);
        if (auto found = m_loaded.find(commit.id); found != m_loaded.end())
            return found->second;
    }
    const std::string path = m_dir + "/" + commit.id + std::string(kSuffix);
    if (!diskio::exists(path)) {
        if (auto written = diskio::writeFileAtomic(m_tmpDir, path, lakejson::encodeCommit(commit)); !written)
            return written.error();
    }
    auto stored = std::make_shared<const Commit>(std::move(commit));
    std::lock_guard lock(m_mutex);
    m_ids.insert(stored->id);
    return m_loaded.emplace(stored->id, stored).first->second;
}

bool CommitStore::contains(const std::string &id) const
{
    std::lock_guard lock(m_mutex);
    return m_ids.contains(id);
}

Result<std::string> CommitStore::resolvePrefix(std::string_view prefix) const
{
    std::lock_guard lock(m_mutex);
    auto first = m_ids.lower_bound(prefix);
    if (first == m_ids.end() || !first->starts_with(prefix))
        return lakeerror::notFound("ref not found");
    auto next = std::next(first);
    if (next != m_ids.end() && next->starts_with(prefix))
        return lakeerror::notFound("ref not found: commit id prefix " + std::string(prefix) + " is not unique");
    return *first;
}

} // namespace lakescope::lakefs
