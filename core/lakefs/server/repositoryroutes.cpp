// SPDX-License-Identifier: Apache-2.0
#include "core/common/md5.h"
#include "core/lakefs/server/serverroutes.h"

#include <httplib.h>

#include <regex>

namespace lakescope::lakefs {

namespace {

const std::regex kRepositoryName("^[a-z0-9][a-z0-9-]{2,62}$");
const std::regex kStorageNamespace("^(s3|gs|https?|mem|local|transient)://.*$");

// The validator's words for a schema pattern the body breaks.
std::string patternError(std::string_view field, std::string_view pattern)
{
    return "request body has an error: doesn't match schema: Error at \"/" + std::string(field)
        + "\": string doesn't match the regular expression \"" + std::string(pattern) + "\"";
}

// GET /repositories?search=: a substring filter the VersionedRepository
// listing lacks, applied over full pages of it.
Result<Page<Repository>> searchRepositories(VersionedRepository &lake, const PageRequest &request,
                                            const std::string &search)
{
    PageRequest scan = request;
    scan.amount = kMaxPageAmount;
    Page<Repository> page;
    const std::size_t amount = static_cast<std::size_t>(request.amount);
    for (;;) {
        Result<Page<Repository>> batch = lake.listRepositories(scan);
        if (!batch)
            return batch.error();
        for (Repository &repository : batch->results) {
            if (repository.id.find(search) == std::string::npos)
                continue;
            if (page.results.size() == amount) {
                page.hasMore = true;
                page.nextOffset = page.results.back().id;
                return page;
            }
            page.results.push_back(std::move(repository));
        }
        if (!batch->hasMore)
            return page;
        scan.after = batch->nextOffset;
    }
}

std::string rulesEtag(const std::vector<BranchProtectionRule> &rules)
{
    return "\"" + Md5::hex(Json(rules).dump()) + "\"";
}

std::string unquoted(std::string text)
{
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        return text.substr(1, text.size() - 2);
    return text;
}

Result<std::vector<BranchProtectionRule>> rulesFromBody(ApiExchange &exchange)
{
    Result<Json> body = parseJsonText(exchange.request().body);
    if (!body || !body->is_array())
        return Error { ErrorCode::InvalidInput, "request body has an error: value must be an array", 400 };
    std::vector<BranchProtectionRule> rules;
    for (const Json &item : *body) {
        if (!item.is_object() || !item.contains("pattern") || !item["pattern"].is_string()
            || item["pattern"].get<std::string>().empty())
            return Error { ErrorCode::InvalidInput,
                           "request body has an error: doesn't match schema: property \"pattern\" is missing", 400 };
        rules.push_back({ item["pattern"].get<std::string>() });
    }
    return rules;
}

void addBranchProtectionRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.get(kRepositoryPath + "/settings/branch_protection", [&lake](ApiExchange &exchange) {
        const auto rules = lake.branchProtection(exchange.pathParam(1));
        if (!rules)
            return exchange.sendError(rules.error());
        exchange.response().set_header("ETag", rulesEtag(*rules));
        exchange.sendJson(200, Json(*rules));
    });

    router.put(kRepositoryPath + "/settings/branch_protection", [&lake](ApiExchange &exchange) {
        const std::string repo = exchange.pathParam(1);
        const auto rules = rulesFromBody(exchange);
        if (!rules)
            return exchange.sendError(rules.error());
        if (exchange.hasHeader("If-Match")) {
            const auto current = lake.branchProtection(repo);
            if (!current)
                return exchange.sendError(current.error());
            if (unquoted(rulesEtag(*current)) != unquoted(exchange.header("If-Match")))
                return exchange.sendError(412, "precondition failed");
        }
        exchange.reply(lake.setBranchProtection(repo, *rules));
    });

    // The deprecated one-rule-at-a-time API, still used by older lakectl.
    router.get(kRepositoryPath + "/branch_protection", [&lake](ApiExchange &exchange) {
        exchange.reply(200, lake.branchProtection(exchange.pathParam(1)));
    });
    router.post(kRepositoryPath + "/branch_protection", [&lake](ApiExchange &exchange) {
        const std::string repo = exchange.pathParam(1);
        const Result<Json> body = exchange.jsonBody({ "pattern" });
        if (!body)
            return exchange.sendError(body.error());
        auto rules = lake.branchProtection(repo);
        if (!rules)
            return exchange.sendError(rules.error());
        const std::string pattern = (*body)["pattern"].get<std::string>();
        for (const BranchProtectionRule &rule : *rules)
            if (rule.pattern == pattern)
                return exchange.sendError(409, "branch protection rule already exists: not unique");
        rules->push_back({ pattern });
        exchange.reply(lake.setBranchProtection(repo, *rules));
    });
    router.del(kRepositoryPath + "/branch_protection", [&lake](ApiExchange &exchange) {
        const std::string repo = exchange.pathParam(1);
        const Result<Json> body = exchange.jsonBody({ "pattern" });
        if (!body)
            return exchange.sendError(body.error());
        auto rules = lake.branchProtection(repo);
        if (!rules)
            return exchange.sendError(rules.error());
        const std::string pattern = (*body)["pattern"].get<std::string>();
        const auto kept = std::erase_if(*rules, [&](const BranchProtectionRule &rule) {
            return rule.pattern == pattern;
        });
        if (kept == 0)
            return exchange.sendError(404, "branch protection rule not found");
        exchange.reply(lake.setBranchProtection(repo, *rules));
    });
}

} // namespace

void addRepositoryRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.get("/repositories", [&lake](ApiExchange &exchange) {
        const Result<PageRequest> request = exchange.pageQuery();
        if (!request)
            return exchange.sendError(request.error());
        const std::string search = exchange.query("search");
        if (search.empty())
            return exchange.reply(200, lake.listRepositories(*request));
        exchange.reply(200, searchRepositories(lake, *request, search));
    });

    router.post("/repositories", [&lake](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "name", "storage_namespace" });
        if (!body)
            return exchange.sendError(body.error());
        const Result<bool> bare = exchange.boolQuery("bare");
        if (!bare)
            return exchange.sendError(bare.error());
        Result<RepositoryCreation> creation = fromJson<RepositoryCreation>(*body);
        if (!creation)
            return exchange.sendError(400, "request body has an error: " + creation.error().message);
        if (!std::regex_match(creation->name, kRepositoryName))
            return exchange.sendError(400, patternError("name", "^[a-z0-9][a-z0-9-]{2,62}$"));
        if (!std::regex_match(creation->storageNamespace, kStorageNamespace))
            return exchange.sendError(400,
                                      patternError("storage_namespace", "^(s3|gs|https?|mem|local|transient)://.*$"));
        creation->bare = *bare;
        exchange.reply(201, lake.createRepository(*creation));
    });

    router.get(kRepositoryPath, [&lake](ApiExchange &exchange) {
        exchange.reply(200, lake.getRepository(exchange.pathParam(1)));
    });

    router.del(kRepositoryPath, [&lake](ApiExchange &exchange) {
        const Result<bool> force = exchange.boolQuery("force");
        if (!force)
            return exchange.sendError(force.error());
        exchange.reply(lake.deleteRepository(exchange.pathParam(1), *force));
    });

    // Repository metadata: none is kept, so reads see an empty map.
    router.get(kRepositoryPath + "/metadata", [&lake](ApiExchange &exchange) {
        const auto repository = lake.getRepository(exchange.pathParam(1));
        if (!repository)
            return exchange.sendError(repository.error());
        exchange.sendJson(200, Json::object());
    });
    const auto metadataUnsupported = [](ApiExchange &exchange) {
        exchange.sendError(501, "repository metadata is not supported by this server");
    };
    router.post(kRepositoryPath + "/metadata", metadataUnsupported);
    router.del(kRepositoryPath + "/metadata", metadataUnsupported);

    addBranchProtectionRoutes(router, lake);
}

} // namespace lakescope::lakefs
