// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/lakefsjson.h"

#include <cstdio>
#include <ctime>
#include <stdexcept>

namespace lakescope::lakefs {

namespace {

// Go clients send null for absent pointers and maps; treat it as absent.
template<typename T>
void readOptional(const Json &json, const char *key, T &out)
{
    const auto found = json.find(key);
    if (found != json.end() && !found->is_null())
        out = found->get<T>();
}

Json metadataJson(const Metadata &metadata)
{
    Json json = Json::object();
    for (const auto &[key, value] : metadata)
        json[key] = value;
    return json;
}

template<typename Enum>
Enum parseEnum(const Json &json, std::optional<Enum> (*parse)(std::string_view), const char *what)
{
    const std::string text = json.get<std::string>();
    const std::optional<Enum> value = parse(text);
    if (!value)
        throw std::invalid_argument(std::string("invalid ") + what + " \"" + text + "\"");
    return *value;
}

std::optional<MergeStrategy> parseStrategyStrict(std::string_view name)
{
    return parseMergeStrategy(name);
}

} // namespace

void to_json(Json &json, const Repository &value)
{
    json = {
        { "id", value.id },
        { "creation_date", value.creationDate },
        { "default_branch", value.defaultBranch },
        { "storage_namespace", value.storageNamespace },
        { "read_only", value.readOnly },
    };
}

void from_json(const Json &json, Repository &value)
{
    value = {};
    readOptional(json, "id", value.id);
    readOptional(json, "creation_date", value.creationDate);
    readOptional(json, "default_branch", value.defaultBranch);
    readOptional(json, "storage_namespace", value.storageNamespace);
    readOptional(json, "read_only", value.readOnly);
}

void to_json(Json &json, const RepositoryCreation &value)
{
    json = {
        { "name", value.name },
        { "storage_namespace", value.storageNamespace },
        { "default_branch", value.defaultBranch },
        { "read_only", value.readOnly },
    };
}

void from_json(const Json &json, RepositoryCreation &value)
{
    value = {};
    readOptional(json, "name", value.name);
    readOptional(json, "storage_namespace", value.storageNamespace);
    readOptional(json, "default_branch", value.defaultBranch);
    if (value.defaultBranch.empty())
        value.defaultBranch = "main";
    readOptional(json, "read_only", value.readOnly);
}

void to_json(Json &json, const Ref &value)
{
    json = { { "id", value.id }, { "commit_id", value.commitId } };
}

void from_json(const Json &json, Ref &value)
{
    value = {};
    readOptional(json, "id", value.id);
    readOptional(json, "commit_id", value.commitId);
}

void to_json(Json &json, const Commit &value)
{
    json = {
        { "id", value.id },
        { "parents", value.parents },
        { "committer", value.committer },
        { "message", value.message },
        { "creation_date", value.creationDate },
        { "meta_range_id", value.metaRangeId },
        { "metadata", metadataJson(value.metadata) },
        { "generation", value.generation },
        { "version", value.version },
    };
}

void from_json(const Json &json, Commit &value)
{
    value = {};
    readOptional(json, "id", value.id);
    readOptional(json, "parents", value.parents);
    readOptional(json, "committer", value.committer);
    readOptional(json, "message", value.message);
    readOptional(json, "creation_date", value.creationDate);
    readOptional(json, "meta_range_id", value.metaRangeId);
    readOptional(json, "metadata", value.metadata);
    readOptional(json, "generation", value.generation);
    readOptional(json, "version", value.version);
}

void to_json(Json &json, const CommitCreation &value)
{
    json = { { "message", value.message }, { "metadata", metadataJson(value.metadata) } };
    if (value.date)
        json["date"] = *value.date;
    if (value.allowEmpty)
        json["allow_empty"] = true;
    if (value.force)
        json["force"] = true;
}

void from_json(const Json &json, CommitCreation &value)
{
    value = {};
    readOptional(json, "message", value.message);
    readOptional(json, "metadata", value.metadata);
    if (const auto date = json.find("date"); date != json.end() && !date->is_null())
        value.date = date->get<std::int64_t>();
    readOptional(json, "allow_empty", value.allowEmpty);
    readOptional(json, "force", value.force);
}

void to_json(Json &json, const DiffEntry &value)
{
    json = { { "type", value.type }, { "path", value.path }, { "path_type", value.pathType } };
    if (value.sizeBytes)
        json["size_bytes"] = *value.sizeBytes;
}

void from_json(const Json &json, DiffEntry &value)
{
    value = {};
    readOptional(json, "type", value.type);
    readOptional(json, "path", value.path);
    readOptional(json, "path_type", value.pathType);
    if (const auto size = json.find("size_bytes"); size != json.end() && !size->is_null())
        value.sizeBytes = size->get<std::uint64_t>();
}

void to_json(Json &json, const MergeRequest &value)
{
    json = { { "message", value.message }, { "metadata", metadataJson(value.metadata) } };
    if (value.strategy != MergeStrategy::Default)
        json["strategy"] = value.strategy;
    if (value.squash)
        json["squash_merge"] = true;
    if (value.force)
        json["force"] = true;
    if (value.allowEmpty)
        json["allow_empty"] = true;
}

void from_json(const Json &json, MergeRequest &value)
{
    value = {};
    readOptional(json, "message", value.message);
    readOptional(json, "metadata", value.metadata);
    readOptional(json, "strategy", value.strategy);
    readOptional(json, "squash_merge", value.squash);
    readOptional(json, "force", value.force);
    readOptional(json, "allow_empty", value.allowEmpty);
}

void to_json(Json &json, const MergeResult &value)
{
    json = { { "reference", value.reference } };
}

void from_json(const Json &json, MergeResult &value)
{
    value = {};
    readOptional(json, "reference", value.reference);
}

void to_json(Json &json, const MergeBase &value)
{
    json = {
        { "source_commit_id", value.sourceCommitId },
        { "destination_commit_id", value.destinationCommitId },
        { "base_commit_id", value.baseCommitId },
    };
}

void from_json(const Json &json, MergeBase &value)
{
    value = {};
    readOptional(json, "source_commit_id", value.sourceCommitId);
    readOptional(json, "destination_commit_id", value.destinationCommitId);
    readOptional(json, "base_commit_id", value.baseCommitId);
}

void to_json(Json &json, const CommitOverrides &value)
{
    json = Json::object();
    if (value.message)
        json["message"] = *value.message;
    if (!value.metadata.empty())
        json["metadata"] = metadataJson(value.metadata);
}

void from_json(const Json &json, CommitOverrides &value)
{
    value = {};
    if (const auto message = json.find("message"); message != json.end() && !message->is_null())
        value.message = message->get<std::string>();
    readOptional(json, "metadata", value.metadata);
}

void to_json(Json &json, const RevertRequest &value)
{
    json = { { "ref", value.ref }, { "parent_number", value.parentNumber } };
    if (value.overrides.message || !value.overrides.metadata.empty())
        json["commit_overrides"] = value.overrides;
    if (value.force)
        json["force"] = true;
    if (value.allowEmpty)
        json["allow_empty"] = true;
}

void from_json(const Json &json, RevertRequest &value)
{
    value = {};
    readOptional(json, "ref", value.ref);
    readOptional(json, "parent_number", value.parentNumber);
    readOptional(json, "commit_overrides", value.overrides);
    readOptional(json, "force", value.force);
    readOptional(json, "allow_empty", value.allowEmpty);
}

void to_json(Json &json, const CherryPickRequest &value)
{
    json = { { "ref", value.ref } };
    if (value.parentNumber > 0)
        json["parent_number"] = value.parentNumber;
    if (value.overrides.message || !value.overrides.metadata.empty())
        json["commit_overrides"] = value.overrides;
    if (value.force)
        json["force"] = true;
}

void from_json(const Json &json, CherryPickRequest &value)
{
    value = {};
    readOptional(json, "ref", value.ref);
    readOptional(json, "parent_number", value.parentNumber);
    readOptional(json, "commit_overrides", value.overrides);
    readOptional(json, "force", value.force);
}

void to_json(Json &json, const ImportLocation &value)
{
    json = { { "type", value.type }, { "path", value.path }, { "destination", value.destination } };
}

void from_json(const Json &json, ImportLocation &value)
{
    value = {};
    readOptional(json, "type", value.type);
    readOptional(json, "path", value.path);
    readOptional(json, "destination", value.destination);
}

void to_json(Json &json, const ImportCreation &value)
{
    json = { { "paths", value.paths }, { "commit", value.commit } };
    if (value.force)
        json["force"] = true;
}

void from_json(const Json &json, ImportCreation &value)
{
    value = {};
    readOptional(json, "paths", value.paths);
    readOptional(json, "commit", value.commit);
    readOptional(json, "force", value.force);
}

void to_json(Json &json, const ImportStatus &value)
{
    json = {
        { "completed", value.completed },
        { "update_time", formatRfc3339(value.updateTime) },
        { "ingested_objects", value.ingestedObjects },
    };
    if (!value.metaRangeId.empty())
        json["metarange_id"] = value.metaRangeId;
    if (value.commit)
        json["commit"] = *value.commit;
    if (!value.error.empty())
        json["error"] = { { "message", value.error } };
}

void from_json(const Json &json, ImportStatus &value)
{
    value = {};
    readOptional(json, "completed", value.completed);
    if (const auto time = json.find("update_time"); time != json.end() && time->is_string())
        value.updateTime = parseRfc3339(time->get<std::string>()).value_or(0);
    readOptional(json, "ingested_objects", value.ingestedObjects);
    readOptional(json, "metarange_id", value.metaRangeId);
    if (const auto commit = json.find("commit"); commit != json.end() && !commit->is_null())
        value.commit = commit->get<Commit>();
    if (const auto error = json.find("error"); error != json.end() && error->is_object())
        value.error = error->value("message", std::string());
}

void to_json(Json &json, const BranchProtectionRule &value)
{
    json = { { "pattern", value.pattern } };
}

void from_json(const Json &json, BranchProtectionRule &value)
{
    value = {};
    readOptional(json, "pattern", value.pattern);
}

void to_json(Json &json, const ObjectStats &value)
{
    json = {
        { "path", value.path },
        { "path_type", value.pathType },
        { "physical_address", value.physicalAddress },
        { "checksum", value.checksum },
        { "mtime", value.mtime },
    };
    if (value.pathType == PathType::CommonPrefix)
        return;
    json["size_bytes"] = value.sizeBytes;
    json["metadata"] = metadataJson(value.metadata);
    json["content_type"] = value.contentType;
}

void from_json(const Json &json, ObjectStats &value)
{
    value = {};
    readOptional(json, "path", value.path);
    readOptional(json, "path_type", value.pathType);
    readOptional(json, "physical_address", value.physicalAddress);
    readOptional(json, "checksum", value.checksum);
    readOptional(json, "size_bytes", value.sizeBytes);
    readOptional(json, "mtime", value.mtime);
    readOptional(json, "metadata", value.metadata);
    readOptional(json, "content_type", value.contentType);
}

void to_json(Json &json, const ObjectCopy &value)
{
    json = { { "src_path", value.srcPath } };
    if (!value.srcRef.empty())
        json["src_ref"] = value.srcRef;
    if (value.force)
        json["force"] = true;
}

void from_json(const Json &json, ObjectCopy &value)
{
    value = {};
    readOptional(json, "src_path", value.srcPath);
    readOptional(json, "src_ref", value.srcRef);
    readOptional(json, "force", value.force);
}

void to_json(Json &json, const BulkDeleteError &value)
{
    json = { { "path", value.path }, { "status_code", value.statusCode }, { "message", value.message } };
}

void from_json(const Json &json, BulkDeleteError &value)
{
    value = {};
    readOptional(json, "path", value.path);
    readOptional(json, "status_code", value.statusCode);
    readOptional(json, "message", value.message);
}

void to_json(Json &json, PathType value) { json = std::string(pathTypeName(value)); }
void from_json(const Json &json, PathType &value) { value = parseEnum(json, &parsePathType, "path_type"); }
void to_json(Json &json, DiffType value) { json = std::string(diffTypeName(value)); }
void from_json(const Json &json, DiffType &value) { value = parseEnum(json, &parseDiffType, "diff type"); }
void to_json(Json &json, MergeStrategy value) { json = std::string(mergeStrategyName(value)); }
void from_json(const Json &json, MergeStrategy &value)
{
    value = parseEnum(json, &parseStrategyStrict, "strategy");
}
void to_json(Json &json, ResetType value) { json = std::string(resetTypeName(value)); }
void from_json(const Json &json, ResetType &value) { value = parseEnum(json, &parseResetType, "reset type"); }

std::optional<ResetType> parseResetType(std::string_view name)
{
    for (const ResetType type : { ResetType::Object, ResetType::CommonPrefix, ResetType::Reset })
        if (resetTypeName(type) == name)
            return type;
    return std::nullopt;
}

std::string formatRfc3339(std::int64_t unixSeconds)
{
    const std::time_t time = static_cast<std::time_t>(unixSeconds);
    std::tm parts {};
    gmtime_r(&time, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

std::optional<std::int64_t> parseRfc3339(std::string_view text)
{
    std::tm parts {};
    int consumed = 0;
    const std::string copy(text);
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &parts.tm_year, &parts.tm_mon, &parts.tm_mday,
                    &parts.tm_hour, &parts.tm_min, &parts.tm_sec, &consumed)
        != 6)
        return std::nullopt;
    parts.tm_year -= 1900;
    parts.tm_mon -= 1;
    std::int64_t seconds = timegm(&parts);
    std::size_t pos = static_cast<std::size_t>(consumed);
    if (pos < copy.size() && copy[pos] == '.')
        for (++pos; pos < copy.size() && copy[pos] >= '0' && copy[pos] <= '9'; ++pos) { }
    if (pos < copy.size() && (copy[pos] == '+' || copy[pos] == '-')) {
        int hours = 0;
        int minutes = 0;
        if (std::sscanf(copy.c_str() + pos + 1, "%2d:%2d", &hours, &minutes) != 2)
            return std::nullopt;
        const std::int64_t offset = hours * 3600 + minutes * 60;
        seconds += copy[pos] == '+' ? -offset : offset;
    }
    return seconds;
}

Result<Json> parseJsonText(std::string_view body)
{
    Json json = Json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_discarded())
        return Error::invalidInput("invalid JSON body");
    return json;
}

std::string missingProperty(const Json &json, std::initializer_list<std::string_view> required)
{
    if (!json.is_object())
        return "request body has an error: value must be an object";
    for (const std::string_view name : required) {
        const auto found = json.find(std::string(name));
        if (found == json.end() || found->is_null())
            return "request body has an error: doesn't match schema: property \"" + std::string(name)
                + "\" is missing";
    }
    return {};
}

std::string errorBody(std::string_view message)
{
    return dumpBody(Json { { "message", message } });
}

std::string messageOf(std::string_view body)
{
    const Json json = Json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_object())
        if (const auto message = json.find("message"); message != json.end() && message->is_string())
            return message->get<std::string>();
    return {};
}

std::string dumpBody(const Json &json)
{
    return json.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace lakescope::lakefs
