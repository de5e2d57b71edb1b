// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/tree/lakeentry.h"

#include <string>
#include <vector>

namespace lakescope::lakefs {

struct TreeMerge
{
    EntryList merged;                   // the destination's new tree
    std::vector<std::string> conflicts; // sorted; non-empty only with MergeStrategy::Default
    bool changed = false;               // merged differs from destination
};

// Three-way merge of `source` into `destination` over their merge base,
// with lakeFS's rules: a path changed on one side only takes that side; both
// sides changing it to the same identity (or both deleting it) is no
// conflict; otherwise it conflicts, and dest-wins / source-wins settle every
// conflict the same way. With Default and any conflict, `merged` is empty.
//
// Revert is merge(base = the commit, source = its parent, destination =
// head); cherry-pick is merge(base = the parent, source = the commit,
// destination = head).
TreeMerge mergeTrees(const EntryList &base, const EntryList &source, const EntryList &destination,
                     MergeStrategy strategy);

} // namespace lakescope::lakefs
