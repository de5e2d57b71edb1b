// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/lakefstypes.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <exception>
#include <initializer_list>
#include <string>
#include <string_view>

// JSON of lakeFS's REST API (lakefs-swagger.yml schemas) for the
// lakefstypes structs, shared by the client (requests out, responses in) and
// the server (the other way round).
//
// to_json writes what lakeFS's Go server writes: required fields always,
// even when empty (a common-prefix ObjectStats still has "checksum": "",
// "physical_address": "" and "mtime": 0), optional ones only when set.
// from_json is lenient: missing or null fields keep their defaults, so both
// sides accept what older or newer servers and clients send. It throws on
// wrong types (nlohmann's convention); call parseJson() / fromJson(), which
// catch and return InvalidInput instead.
namespace lakescope::lakefs {

using Json = nlohmann::json;

inline constexpr int kMaxPerPage = 1000;

// Schema <-> struct, named after the schema where it differs:
//   RepositoryCreation (name, storage_namespace, default_branch, read_only;
//   `bare` is a query parameter and not written), Ref, Commit,
//   CommitCreation, Diff (DiffEntry), Merge (MergeRequest), MergeResult
//   ({"reference"}), FindMergeBaseResult (MergeBase), CommitOverrides,
//   RevertCreation (RevertRequest), CherryPickCreation (CherryPickRequest),
//   ImportLocation, ImportCreation, ImportStatus (update_time as RFC 3339),
//   BranchProtectionRule, ObjectStats, ObjectCopyCreation (ObjectCopy;
//   dest_path is a query parameter), ObjectError (BulkDeleteError).
void to_json(Json &json, const Repository &value);
void from_json(const Json &json, Repository &value);
void to_json(Json &json, const RepositoryCreation &value);
void from_json(const Json &json, RepositoryCreation &value);
void to_json(Json &json, const Ref &value);
void from_json(const Json &json, Ref &value);
void to_json(Json &json, const Commit &value);
void from_json(const Json &json, Commit &value);
void to_json(Json &json, const CommitCreation &value);
void from_json(const Json &json, CommitCreation &value);
void to_json(Json &json, const DiffEntry &value);
void from_json(const Json &json, DiffEntry &value);
void to_json(Json &json, const MergeRequest &value);
void from_json(const Json &json, MergeRequest &value);
void to_json(Json &json, const MergeResult &value);
void from_json(const Json &json, MergeResult &value);
void to_json(Json &json, const MergeBase &value);
void from_json(const Json &json, MergeBase &value);
void to_json(Json &json, const CommitOverrides &value);
void from_json(const Json &json, CommitOverrides &value);
void to_json(Json &json, const RevertRequest &value);
void from_json(const Json &json, RevertRequest &value);
void to_json(Json &json, const CherryPickRequest &value);
void from_json(const Json &json, CherryPickRequest &value);
void to_json(Json &json, const ImportLocation &value);
void from_json(const Json &json, ImportLocation &value);
void to_json(Json &json, const ImportCreation &value);
void from_json(const Json &json, ImportCreation &value);
void to_json(Json &json, const ImportStatus &value);
void from_json(const Json &json, ImportStatus &value);
void to_json(Json &json, const BranchProtectionRule &value);
void from_json(const Json &json, BranchProtectionRule &value);
void to_json(Json &json, const ObjectStats &value);
void from_json(const Json &json, ObjectStats &value);
void to_json(Json &json, const ObjectCopy &value);
void from_json(const Json &json, ObjectCopy &value);
void to_json(Json &json, const BulkDeleteError &value);
void from_json(const Json &json, BulkDeleteError &value);

// Enums as their API strings; an unknown string throws (caught by parseJson).
void to_json(Json &json, PathType value);
void from_json(const Json &json, PathType &value);
void to_json(Json &json, DiffType value);
void from_json(const Json &json, DiffType &value);
void to_json(Json &json, MergeStrategy value);
void from_json(const Json &json, MergeStrategy &value);
void to_json(Json &json, ResetType value);
void from_json(const Json &json, ResetType &value);
std::optional<ResetType> parseResetType(std::string_view name);

// The *List schemas: {"pagination": {has_more, next_offset, results,
// max_per_page}, "results": [...]}. lakeFS always sends max_per_page 1000
// and next_offset "" unless has_more.
template<typename T>
void to_json(Json &json, const Page<T> &page)
{
    json = Json::object();
    json["pagination"] = {
        { "has_more", page.hasMore },
        { "next_offset", page.hasMore ? page.nextOffset : std::string() },
        { "results", page.results.size() },
        { "max_per_page", kMaxPerPage },
    };
    Json results = Json::array();
    for (const T &item : page.results)
        results.push_back(item);
    json["results"] = std::move(results);
}

template<typename T>
void from_json(const Json &json, Page<T> &page)
{
    page = {};
    if (const auto pagination = json.find("pagination"); pagination != json.end() && pagination->is_object()) {
        page.hasMore = pagination->value("has_more", false);
        if (const auto offset = pagination->find("next_offset"); offset != pagination->end() && !offset->is_null())
            page.nextOffset = offset->get<std::string>();
    }
    if (const auto results = json.find("results"); results != json.end() && !results->is_null())
        page.results = results->get<std::vector<T>>();
}

// Unix seconds <-> RFC 3339 ("2024-03-01T12:00:00Z"); offsets and
// fractions are accepted when parsing.
std::string formatRfc3339(std::int64_t unixSeconds);
std::optional<std::int64_t> parseRfc3339(std::string_view text);

// Parse a body without throwing: InvalidInput with the parser's words when
// the text is not JSON or does not fit T.
Result<Json> parseJsonText(std::string_view body);

template<typename T>
Result<T> fromJson(const Json &json)
{
    try {
        return json.get<T>();
    } catch (const std::exception &error) {
        return Error::invalidInput(std::string("invalid JSON: ") + error.what());
    }
}

template<typename T>
Result<T> parseJson(std::string_view body)
{
    Result<Json> json = parseJsonText(body);
    if (!json)
        return json.error();
    return fromJson<T>(*json);
}

// The names of `required` that `json` lacks (or has as null), as the
// server's request validator reports them: "property \"message\" is
// missing". Empty when all are there.
std::string missingProperty(const Json &json, std::initializer_list<std::string_view> required);

// lakeFS's error body: {"message": "..."} plus the trailing newline Go's
// json.Encoder writes. messageOf() reads it back ("" when absent).
std::string errorBody(std::string_view message);
std::string messageOf(std::string_view body);

// Serialise as the Go server does (compact, one trailing newline).
std::string dumpBody(const Json &json);

} // namespace lakescope::lakefs
