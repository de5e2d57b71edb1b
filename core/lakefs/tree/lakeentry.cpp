// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/lakeentry.h"

#include <algorithm>

namespace lakescope::lakefs {

bool sameIdentity(const LakeEntry &a, const LakeEntry &b)
{
    return a.size == b.size && a.checksum == b.checksum && a.contentType == b.contentType
        && a.metadata == b.metadata && a.tombstone == b.tombstone;
}

ObjectStats toObjectStats(const LakeEntry &entry, bool userMetadata)
{
    ObjectStats stats;
    stats.path = entry.path;
    stats.pathType = PathType::Object;
    stats.physicalAddress = entry.address;
    stats.checksum = entry.checksum;
    stats.sizeBytes = entry.size;
    stats.mtime = entry.mtime;
    if (userMetadata)
        stats.metadata = entry.metadata;
    stats.contentType = entry.contentType;
    return stats;
}

const LakeEntry *findEntry(const EntryList &entries, std::string_view path)
{
    const auto it = std::lower_bound(entries.begin(), entries.end(), path,
                                     [](const LakeEntry &entry, std::string_view key) { return entry.path < key; });
    if (it == entries.end() || it->path != path)
        return nullptr;
    return &*it;
}

} // namespace lakescope::lakefs
