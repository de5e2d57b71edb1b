// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/treestore.h"

#include "core/lakefs/local/diskio.h"
#include "core/lakefs/local/entrycodec.h"
#include "core/lakefs/tree/commitid.h"

namespace lakescope::lakefs {

TreeStore::TreeStore(std::string dir, std::string tmpDir, std::size_t cachedEntries)
    : m_dir(std::move(dir)), m_tmpDir(std::move(tmpDir)), m_cachedEntriesLimit(cachedEntries)
{}

TreePtr TreeStore::empty()
{
    static const TreePtr emptyTree = std::make_shared<const EntryList>();
    return emptyTree;
}

Result<TreePtr> TreeStore::get(const std::string &id)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto found = m_index.find(id); found != m_index.end()) {
            m_recent.splice(m_recent.begin(), m_recent, found->second);
            return found->second->second;
        }
    }
    // Loaded outside the lock: two threads may both read a cold tree, which
    // costs a little work but never blocks readers of cached trees.
    auto data = diskio::readFile(m_dir + "/" + id);
    if (!data)
        return data.error().code == ErrorCode::NotFound ? Error::notFound("tree " + id + " is missing") : data.error();
    auto entries = entrycodec::decodeTree(*data);
    if (!entries)
        return Error::fatal("tree " + id + ": " + entries.error().message);
    auto tree = std::make_shared<const EntryList>(std::move(entries).value());
    remember(id, tree);
    return tree;
}

Result<std::string> TreeStore::put(TreePtr tree)
{
    std::string id = treeId(*tree);
    if (auto stored = put(id, std::move(tree)); !stored)
        return stored.error();
    return id;
}

Status TreeStore::put(const std::string &id, TreePtr tree)
{
    const std::string path = m_dir + "/" + id;
    if (diskio::exists(path)) {
        // An equal tree is stored already; it may differ in mtimes, which
        // the id leaves out, and the stored one stays the truth.
        std::lock_guard lock(m_mutex);
        if (auto found = m_index.find(id); found != m_index.end())
            m_recent.splice(m_recent.begin(), m_recent, found->second);
        return {};
    }
    if (auto written = diskio::writeFileAtomic(m_tmpDir, path, entrycodec::encodeTree(*tree)); !written)
        return written;
    remember(id, std::move(tree));
    return {};
}

void TreeStore::remember(const std::string &id, TreePtr tree)
{
    std::lock_guard lock(m_mutex);
    if (auto found = m_index.find(id); found != m_index.end()) {
        m_recent.splice(m_recent.begin(), m_recent, found->second);
        return;
    }
    m_cachedEntries += tree->size();
    m_recent.emplace_front(id, std::move(tree));
    m_index.emplace(id, m_recent.begin());
    // Keep at least the tree just used, however large.
    while (m_recent.size() > 1 && m_cachedEntries > m_cachedEntriesLimit) {
        m_cachedEntries -= m_recent.back().second->size();
        m_index.erase(m_recent.back().first);
        m_recent.pop_back();
    }
}

} // namespace lakescope::lakefs
