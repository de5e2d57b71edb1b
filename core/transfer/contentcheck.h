// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectstore.h"
#include "core/transfer/transferoptions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// How the engine knows two objects hold the same bytes: MD5s where a store
// keeps them, S3 multipart ETags (the MD5 of the parts' MD5s, "-N") where
// the part size can be worked out, else only size and time.
namespace lakescope::contentcheck {

// The plain MD5 a store reports ("md5:<hex>" in ObjectInfo::checksum).
std::optional<std::string> md5Of(const ObjectInfo &info);
// N of a multipart ETag "<hex>-N".
std::optional<int> multipartParts(const std::string &etag);
// "hex(md5(md5(part 1) … md5(part N)))-N", from the parts' hex MD5s.
std::string multipartEtag(const std::vector<std::string> &partMd5Hex);
// The part size that splits `size` bytes into exactly `parts` parts,
// trying `preferred` first, then the sizes common tools use; empty when
// none fits.
std::optional<std::uint64_t> partSizeFor(std::uint64_t size, int parts, std::uint64_t preferred);

// What the checksums of an object's bytes would be, read from the store:
// the MD5 of the whole object, or with `partSize` its multipart ETag.
Result<std::string> hashObject(ObjectStore &store, const std::string &key, std::uint64_t partSize,
                               CancellationToken cancel);

// Whether `source` and `destination` hold the same bytes, reading content
// where one side lacks a comparable checksum. Empty when it cannot be told
// (no checksum either side).
Result<std::optional<bool>> sameContent(ObjectStore &sourceStore, const ObjectInfo &source,
                                        ObjectStore &destinationStore, const ObjectInfo &destination,
                                        CancellationToken cancel);

struct ConflictDecision
{
    enum class Action { Copy, Skip, CompareContent, Rename };
    Action action = Action::Copy;
    std::string reason; // why a file is skipped
};

// The conflict policy (or sync's rule) applied to a destination that
// exists, from listing data alone.
ConflictDecision decideConflict(const TransferOptions &options, const ObjectInfo &source,
                                const ObjectInfo &existing);

} // namespace lakescope::contentcheck
