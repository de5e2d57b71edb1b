// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"
#include "core/lakefs/tree/lakeentry.h"

#include <string>

namespace lakescope::lakefs {

// 64 lowercase hex: SHA-256 over a typed encoding of ("commit:v1",
// committer, message, meta-range id, creation date, metadata, parents),
// the shape of lakeFS's Commit.Identity. Equal commits get equal ids.
std::string commitId(const Commit &commit);

// A content address for a whole tree (its meta-range id): SHA-256 of every
// entry's path and identity, so equal trees share one id.
std::string treeId(const EntryList &entries);

} // namespace lakescope::lakefs
