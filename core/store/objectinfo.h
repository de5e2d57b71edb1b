// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lakescope {

using Timestamp = std::chrono::system_clock::time_point;
using Metadata = std::map<std::string, std::string>;

// What a store knows about one object. Listing fills key, size, modified and
// etag at least; head() fills what the store has.
struct ObjectInfo
{
    std::string key;                  // full key inside the store, '/'-separated
    std::uint64_t size = 0;
    std::optional<Timestamp> modified;
    std::string etag;                 // opaque version tag, quotes stripped
    std::string checksum;             // "md5:<hex>", "crc32c:<b64>", ... when known
    std::string contentType;
    std::string storageClass;
    Metadata metadata;                // user metadata, keys lower-case
};

// One page of a listing. Objects and common prefixes are each sorted by key
// (byte order). An empty nextPageToken means the listing is complete.
struct ListPage
{
    std::vector<ObjectInfo> objects;
    std::vector<std::string> commonPrefixes; // each ends with the delimiter
    std::string nextPageToken;
};

struct ListOptions
{
    std::string prefix;
    std::string delimiter;        // "" = recursive, "/" = one level
    std::string pageToken;        // from the previous page, "" for the first
    std::size_t maxKeys = 1000;   // objects + prefixes per page, at most
    // The caller needs keys only: stores that pay extra per object for size,
    // time and etag (a stat per local file) may leave them empty.
    bool keysOnly = false;
};

struct GetOptions
{
    std::string ifMatch;          // etag that must match, or PreconditionFailed
    std::string ifNoneMatch;      // etag that must not match, or NotModified
    // Hand bytes over as they arrive. Without it a store may hold back the
    // start of a body, to read it again when the connection drops early or
    // to check a small object's MD5 before the caller sees a byte; the
    // transfer engine verifies and repeats reads itself and skips that.
    bool direct = false;
};

struct PutOptions
{
    std::string contentType;
    Metadata metadata;
    bool ifNoneMatch = false;     // fail with AlreadyExists if the key exists
};

struct CopyOptions
{
    bool ifNoneMatch = false;     // do not overwrite an existing destination
};

// Outcome of one key in a batch delete: deleting a missing key succeeds,
// as S3 and lakeFS do.
struct DeleteOutcome
{
    std::string key;
    bool ok = true;
    std::string error;
};

struct PartInfo
{
    int partNumber = 0;           // 1-based
    std::string etag;
    std::uint64_t size = 0;
    std::string md5;              // hex MD5 of the part's bytes, when the store computed one
};

} // namespace lakescope
