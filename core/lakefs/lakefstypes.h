// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectinfo.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The vocabulary of lakeFS's REST API (lakefs-swagger.yml), shared by the
// HTTP client, the embedded LocalLake and the server in front of it. Field
// names follow the spec; times are unix seconds as the API sends them.
namespace lakescope::lakefs {

struct Repository
{
    std::string id;
    std::int64_t creationDate = 0;
    std::string defaultBranch = "main";
    std::string storageNamespace;
    bool readOnly = false;
};

struct RepositoryCreation
{
    std::string name;             // ^[a-z0-9][a-z0-9-]{2,62}$
    std::string storageNamespace; // e.g. local://demo, mem://x, s3://bucket/prefix
    std::string defaultBranch = "main";
    bool readOnly = false;
    bool bare = false;            // no initial commit and no default branch
};

// A branch or a tag: its name and the commit it points at.
struct Ref
{
    std::string id;
    std::string commitId;
};

struct Commit
{
    std::string id; // 64 lowercase hex
    std::vector<std::string> parents;
    std::string committer;
    std::string message;
    std::int64_t creationDate = 0;
    std::string metaRangeId;
    Metadata metadata;
    std::int64_t generation = 0;
    int version = 1;
};

// One page of any listing. nextOffset is the id/path of the last result and
// is set only when hasMore.
template<typename T>
struct Page
{
    std::vector<T> results;
    bool hasMore = false;
    std::string nextOffset;
};

// `after` is exclusive; amount <= 0 means the API default (100), values
// above 1000 are capped at 1000, as the server does.
struct PageRequest
{
    std::string prefix;
    std::string after;
    int amount = 100;
};

inline constexpr int kDefaultPageAmount = 100;
inline constexpr int kMaxPageAmount = 1000;
inline int effectiveAmount(int amount)
{
    return amount <= 0 ? kDefaultPageAmount : (amount > kMaxPageAmount ? kMaxPageAmount : amount);
}

struct CommitCreation
{
    std::string message;
    Metadata metadata;
    std::optional<std::int64_t> date; // override of the creation date
    bool allowEmpty = false;
    bool force = false;               // write to a read-only repository
};

struct LogRequest
{
    std::string after;                // exclusive commit id
    int amount = 100;
    std::vector<std::string> objects; // only commits that changed one of these paths
    std::vector<std::string> prefixes;
    bool firstParent = false;
    std::optional<std::int64_t> since; // stop at commits older than this
    std::string stopAt;                // ref: stop after reaching it
    bool limit = false;                // return at most `amount` even with filters (no paging)
};

enum class PathType { Object, CommonPrefix };
enum class DiffType { Added, Removed, Changed, Conflict, PrefixChanged };
enum class DiffKind { ThreeDot, TwoDot };

std::string_view pathTypeName(PathType type); // "object", "common_prefix"
std::string_view diffTypeName(DiffType type); // "added", ..., "prefix_changed"
std::optional<DiffType> parseDiffType(std::string_view name);
std::optional<PathType> parsePathType(std::string_view name);

struct DiffEntry
{
    DiffType type = DiffType::Changed;
    std::string path;
    PathType pathType = PathType::Object;
    std::optional<std::uint64_t> sizeBytes; // objects only
};

struct DiffRequest
{
    std::string prefix;
    std::string delimiter;
    std::string after;
    int amount = 100;
    DiffKind kind = DiffKind::ThreeDot;
};

enum class MergeStrategy { Default, DestWins, SourceWins };
std::string_view mergeStrategyName(MergeStrategy strategy); // "default", "dest-wins", "source-wins"
std::optional<MergeStrategy> parseMergeStrategy(std::string_view name); // "" -> Default

struct MergeRequest
{
    std::string message;              // default "Merge '<source>' into '<dest>'"
    Metadata metadata;
    MergeStrategy strategy = MergeStrategy::Default;
    bool squash = false;
    bool force = false;
    bool allowEmpty = false;
};

// A merge either made a commit (reference) or found conflicts and changed
// nothing; then conflicts lists every conflicting path, sorted.
struct MergeResult
{
    std::string reference;
    std::vector<std::string> conflicts;
    bool conflicted() const { return !conflicts.empty() || reference.empty(); }
};

struct MergeBase
{
    std::string sourceCommitId;
    std::string destinationCommitId;
    std::string baseCommitId;
};

enum class ResetType { Object, CommonPrefix, Reset };
std::string_view resetTypeName(ResetType type); // "object", "common_prefix", "reset"

struct CommitOverrides
{
    std::optional<std::string> message;
    Metadata metadata;
};

struct RevertRequest
{
    std::string ref;        // the commit to undo
    int parentNumber = 0;   // required (1-based) for merge commits
    CommitOverrides overrides;
    bool force = false;
    bool allowEmpty = false;
};

struct CherryPickRequest
{
    std::string ref;
    int parentNumber = 0;
    CommitOverrides overrides;
    bool force = false;
};

struct ImportLocation
{
    PathType type = PathType::CommonPrefix;
    std::string path;        // source URI, e.g. local:///data/x/ or s3://b/p/
    std::string destination; // path inside the branch
};

struct ImportCreation
{
    std::vector<ImportLocation> paths;
    CommitCreation commit;
    bool force = false;
};

struct ImportStatus
{
    bool completed = false;
    std::int64_t updateTime = 0;
    std::int64_t ingestedObjects = 0;
    std::string metaRangeId;
    std::optional<Commit> commit;
    std::string error; // empty unless the import failed or was cancelled ("Canceled")
};

struct BranchProtectionRule
{
    std::string pattern; // glob: '*' and '?'
};

// What lakeFS reports of one object (or, in listings with a delimiter, of a
// common prefix: then only path and pathType are set).
struct ObjectStats
{
    std::string path;
    PathType pathType = PathType::Object;
    std::string physicalAddress;
    std::string checksum;            // hex MD5 of the content, no quotes
    std::uint64_t sizeBytes = 0;
    std::int64_t mtime = 0;          // unix seconds
    Metadata metadata;               // user metadata, keys lower-case
    std::string contentType;
};

struct ListObjectsRequest
{
    std::string prefix;
    std::string delimiter;
    std::string after;
    int amount = 100;
    bool userMetadata = true;
};

struct UploadRequest
{
    std::string path;
    std::string contentType;         // "" = application/octet-stream
    Metadata metadata;               // sent as X-Lakefs-Meta-<key>
    bool ifNoneMatch = false;        // If-None-Match: * -> PreconditionFailed when the path exists
    bool force = false;
};

struct ObjectCopy
{
    std::string srcPath;
    std::string srcRef;              // "" = the destination branch
    std::string destPath;
    bool force = false;
};

struct BulkDeleteError
{
    std::string path;
    int statusCode = 0;
    std::string message;
};

} // namespace lakescope::lakefs
