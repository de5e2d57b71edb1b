// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectstore.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

// Convenience operations written once over the ObjectStore contract.
namespace lakescope::storeops {

// Visit every object under `prefix`, recursively and page by page, in key
// order. The visitor returns false to stop early (not an error).
Status walk(ObjectStore &store, const std::string &prefix,
            const std::function<bool(const ObjectInfo &)> &visit, CancellationToken cancel = {});

// The same with listing options: prefix, page size and keysOnly are used,
// the delimiter and page token are ignored.
Status walk(ObjectStore &store, ListOptions options, const std::function<bool(const ObjectInfo &)> &visit,
            CancellationToken cancel = {});

struct Usage
{
    std::uint64_t objects = 0;
    std::uint64_t bytes = 0;
};

// Count and total size of every object under `prefix`.
Result<Usage> du(ObjectStore &store, const std::string &prefix, CancellationToken cancel = {});

// Shell-style match of a whole key: '*' and '?' stop at '/', '**' crosses
// folders, '[abc]' / '[!a-z]' are classes, '\' escapes the next character.
bool globMatch(std::string_view pattern, std::string_view key);

// The fixed part of a pattern before its first wildcard, used as the
// listing prefix so a glob never scans more than it must.
std::string globPrefix(std::string_view pattern);

// Every object whose key matches `pattern`.
Result<std::vector<ObjectInfo>> glob(ObjectStore &store, std::string_view pattern, CancellationToken cancel = {});

// Rename one object: the store's native rename where it has one, else
// copy + delete (the source is deleted only after the copy succeeded).
Result<ObjectInfo> rename(ObjectStore &store, const std::string &from, const std::string &to,
                          CancellationToken cancel = {});

// Delete every object under `prefix` in batches of the store's maximum;
// returns what was deleted. Stops at the first batch that fails.
Result<Usage> removeRecursive(ObjectStore &store, const std::string &prefix, CancellationToken cancel = {});

// Copy one object between any two stores: server-side when both are the same
// store, otherwise streamed through a bounded buffer (never the whole object
// in memory). Content type and user metadata travel with the bytes.
Result<ObjectInfo> copyObject(ObjectStore &from, const std::string &fromKey, ObjectStore &to,
                              const std::string &toKey, CancellationToken cancel = {});

} // namespace lakescope::storeops
