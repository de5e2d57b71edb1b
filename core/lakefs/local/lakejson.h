// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/lakefstypes.h"

#include <string>
#include <string_view>
#include <vector>

// The JSON files of a local lake, named after lakeFS's own field names so a
// person reading the folder recognises them.
namespace lakescope::lakefs {

// What a branch file holds: its head and the staging log of its
// uncommitted changes.
struct BranchRecord
{
    std::string commitId;
    std::string stagingToken;
};

namespace lakejson {

std::string encodeCommit(const Commit &commit);
Result<Commit> decodeCommit(std::string_view text);

std::string encodeRepository(const Repository &repository);
Result<Repository> decodeRepository(std::string_view text);

std::string encodeBranch(const BranchRecord &branch);
Result<BranchRecord> decodeBranch(std::string_view text);

std::string encodeTag(const Ref &tag);
Result<Ref> decodeTag(std::string_view text);

std::string encodeRules(const std::vector<BranchProtectionRule> &rules);
Result<std::vector<BranchProtectionRule>> decodeRules(std::string_view text);

} // namespace lakejson
} // namespace lakescope::lakefs
