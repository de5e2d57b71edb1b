// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope {

// What to do when the destination already holds a key, chosen when the job
// is queued. Every skip is reported per file with its reason; none is silent.
enum class ConflictPolicy {
    Overwrite,
    Skip,          // keep whatever is there
    SkipIdentical, // keep it when size and checksum match (mtime when no checksum is comparable)
    NewerOnly,     // replace only when the source is newer
    Rename,        // write "name (1).ext" beside it
};

std::string_view conflictPolicyName(ConflictPolicy policy);
// "overwrite", "skip", "identical", "newer", "rename".
std::optional<ConflictPolicy> parseConflictPolicy(std::string_view text);

// Per job; chosen by the user (CLI flags, GUI dialog) and kept in the journal
// so a resumed job behaves the same.
struct TransferOptions
{
    ConflictPolicy ifExists = ConflictPolicy::Overwrite;
    // 0 = scaled from the file size and the destination's limits.
    std::uint64_t partSize = 0;
    // Shell globs matched against the path relative to the source folder
    // (storeops::globMatch); a file is taken when it matches some include
    // (or there are none) and no exclude.
    std::vector<std::string> include;
    std::vector<std::string> exclude;
    // Bytes per second for the whole job, 0 = unlimited.
    std::uint64_t bandwidthLimit = 0;
    // Attempts per part or small file on transient errors, on top of the
    // HTTP layer's own retries of each request.
    int maxAttempts = 4;
    // sync: copy only what differs (size, then checksum, else mtime);
    // --delete removes destination keys the source lacks, after the copies
    // succeeded; --dry-run plans and reports without changing anything.
    bool sync = false;
    bool deleteExtraneous = false;
    bool dryRun = false;
};

} // namespace lakescope
