// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/lakejson.h"

#include <nlohmann/json.hpp>

namespace lakescope::lakefs::lakejson {

using nlohmann::json;

namespace {

// Parses `text` and hands the object to `read`; any shape error becomes a
// Fatal error naming `what`, never an exception.
template<typename T, typename Read>
Result<T> parse(std::string_view text, const char *what, Read read)
{
    try {
        const json document = json::parse(text);
        if (!document.is_object())
            return Error::fatal(std::string(what) + ": not a JSON object");
        return read(document);
    } catch (const std::exception &error) {
        return Error::fatal(std::string(what) + ": " + error.what());
    }
}

// Invalid UTF-8 (a message or metadata value from a careless client) is
// replaced rather than thrown on.
std::string dump(const json &document, int indent = -1)
{
    return document.dump(indent, ' ', false, json::error_handler_t::replace);
}

} // namespace

std::string encodeCommit(const Commit &commit)
{
    json document = {
        {"id", commit.id},
        {"parents", commit.parents},
        {"committer", commit.committer},
        {"message", commit.message},
        {"creation_date", commit.creationDate},
        {"meta_range_id", commit.metaRangeId},
        {"metadata", commit.metadata},
        {"generation", commit.generation},
        {"version", commit.version},
    };
    return dump(document);
}

Result<Commit> decodeCommit(std::string_view text)
{
    return parse<Commit>(text, "commit", [](const json &document) {
        Commit commit;
        commit.id = document.at("id").get<std::string>();
        commit.parents = document.at("parents").get<std::vector<std::string>>();
        commit.committer = document.at("committer").get<std::string>();
        commit.message = document.at("message").get<std::string>();
        commit.creationDate = document.at("creation_date").get<std::int64_t>();
        commit.metaRangeId = document.at("meta_range_id").get<std::string>();
        commit.metadata = document.value("metadata", Metadata{});
        commit.generation = document.at("generation").get<std::int64_t>();
        commit.version = document.value("version", 1);
        return commit;
    });
}

std::string encodeRepository(const Repository &repository)
{
    json document = {
        {"id", repository.id},
        {"creation_date", repository.creationDate},
        {"default_branch", repository.defaultBranch},
        {"storage_namespace", repository.storageNamespace},
        {"read_only", repository.readOnly},
    };
    return dump(document, 2);
}

Result<Repository> decodeRepository(std::string_view text)
{
    return parse<Repository>(text, "repository", [](const json &document) {
        Repository repository;
        repository.id = document.at("id").get<std::string>();
        repository.creationDate = document.at("creation_date").get<std::int64_t>();
        repository.defaultBranch = document.at("default_branch").get<std::string>();
        repository.storageNamespace = document.at("storage_namespace").get<std::string>();
        repository.readOnly = document.value("read_only", false);
        return repository;
    });
}

std::string encodeBranch(const BranchRecord &branch)
{
    return dump(json{{"commit_id", branch.commitId}, {"staging_token", branch.stagingToken}});
}

Result<BranchRecord> decodeBranch(std::string_view text)
{
    return parse<BranchRecord>(text, "branch", [](const json &document) {
        return BranchRecord{document.at("commit_id").get<std::string>(), document.at("staging_token").get<std::string>()};
    });
}

std::string encodeTag(const Ref &tag)
{
    return dump(json{{"id", tag.id}, {"commit_id", tag.commitId}});
}

Result<Ref> decodeTag(std::string_view text)
{
    return parse<Ref>(text, "tag", [](const json &document) {
        return Ref{document.at("id").get<std::string>(), document.at("commit_id").get<std::string>()};
    });
}

std::string encodeRules(const std::vector<BranchProtectionRule> &rules)
{
    json list = json::array();
    for (const BranchProtectionRule &rule : rules)
        list.push_back({{"pattern", rule.pattern}});
    return dump(json{{"rules", list}}, 2);
}

Result<std::vector<BranchProtectionRule>> decodeRules(std::string_view text)
{
    return parse<std::vector<BranchProtectionRule>>(text, "branch protection", [](const json &document) {
        std::vector<BranchProtectionRule> rules;
        for (const json &rule : document.at("rules"))
            rules.push_back({rule.at("pattern").get<std::string>()});
        return rules;
    });
}

} // namespace lakescope::lakefs::lakejson
