// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/lakefstypes.h"

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lakescope::lakefs {

using CommitPtr = std::shared_ptr<const Commit>;

// Commits of one repository, immutable (commits/<id>.json). Ids are known
// from the folder at load, bodies read on first use and kept: a commit is a
// few hundred bytes. Thread-safe.
class CommitStore
{
public:
    CommitStore(std::string dir, std::string tmpDir);

    Status load();
    Result<CommitPtr> get(const std::string &id);
    // Computes the id (commitId()), writes the commit unless it exists and
    // returns it with its id set.
    Result<CommitPtr> put(Commit commit);
    bool contains(const std::string &id) const;
    // The one commit whose id starts with `prefix`; NotFound when none or
    // several do.
    Result<std::string> resolvePrefix(std::string_view prefix) const;

private:
    std::string m_dir;
    std::string m_tmpDir;

    mutable std::mutex m_mutex;
    std::set<std::string, std::less<>> m_ids;
    std::unordered_map<std::string, CommitPtr> m_loaded;
};

} // namespace lakescope::lakefs
