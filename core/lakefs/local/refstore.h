// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/local/lakejson.h"

#include <map>
#include <string>

namespace lakescope::lakefs {

// Branches and tags of one repository: one small file each
// (branches/<name>.json, tags/<name>.json), each replaced atomically, and
// all of them in memory. Not thread-safe: its repository's lock guards it.
class RefStore
{
public:
    RefStore(std::string repoDir, std::string tmpDir);

    Status load();

    const std::map<std::string, BranchRecord> &branches() const { return m_branches; }
    const std::map<std::string, std::string> &tags() const { return m_tags; }
    const BranchRecord *branch(const std::string &name) const;
    const std::string *tag(const std::string &name) const;

    Status putBranch(const std::string &name, const BranchRecord &record);
    Status removeBranch(const std::string &name);
    Status putTag(const std::string &name, const std::string &commitId);
    Status removeTag(const std::string &name);

private:
    std::string branchPath(const std::string &name) const;
    std::string tagPath(const std::string &name) const;

    std::string m_branchDir;
    std::string m_tagDir;
    std::string m_tmpDir;
    std::map<std::string, BranchRecord> m_branches;
    std::map<std::string, std::string> m_tags;
};

} // namespace lakescope::lakefs
