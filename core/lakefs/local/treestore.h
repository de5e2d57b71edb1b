// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/tree/lakeentry.h"

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace lakescope::lakefs {

using TreePtr = std::shared_ptr<const EntryList>;

// Committed trees of one repository, immutable and content-addressed
// (trees/<treeId>), with the most recently used ones kept in memory so a
// listing or a diff of a recent commit never touches the disk. Thread-safe.
class TreeStore
{
public:
    TreeStore(std::string dir, std::string tmpDir, std::size_t cachedEntries = 1'000'000);

    Result<TreePtr> get(const std::string &id);
    // Writes the tree unless a tree with its id exists; returns the id.
    Result<std::string> put(TreePtr tree);
    // put() for a tree whose id the caller already computed.
    Status put(const std::string &id, TreePtr tree);

    static TreePtr empty();

private:
    void remember(const std::string &id, TreePtr tree);

    std::string m_dir;
    std::string m_tmpDir;
    std::size_t m_cachedEntriesLimit;

    std::mutex m_mutex;
    std::list<std::pair<std::string, TreePtr>> m_recent; // most recent first
    std::unordered_map<std::string, std::list<std::pair<std::string, TreePtr>>::iterator> m_index;
    std::size_t m_cachedEntries = 0;
};

} // namespace lakescope::lakefs
