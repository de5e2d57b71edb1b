// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lakescope::lakefs {

// One object of a committed tree or of a branch's staging area.
struct LakeEntry
{
    std::string path;
    std::uint64_t size = 0;
    std::string checksum;    // hex MD5
    std::string contentType;
    Metadata metadata;       // user metadata, keys lower-case
    std::int64_t mtime = 0;  // unix seconds
    std::string address;     // where the lake keeps the bytes (LocalLake: blob id)
    bool tombstone = false;  // staging only: the path is deleted on this branch

    bool operator==(const LakeEntry &) const = default;
};

// Sorted by path (byte order), paths unique.
using EntryList = std::vector<LakeEntry>;

// Whether two entries are the same object for diff, merge and "no changes":
// size, checksum, content type and user metadata count; address and mtime
// do not (lakeFS's EntryToValue identity).
bool sameIdentity(const LakeEntry &a, const LakeEntry &b);

ObjectStats toObjectStats(const LakeEntry &entry, bool userMetadata = true);

// The entry for `path` in a sorted list, or nullptr; O(log n).
const LakeEntry *findEntry(const EntryList &entries, std::string_view path);

} // namespace lakescope::lakefs
