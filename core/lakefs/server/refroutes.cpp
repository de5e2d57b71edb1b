// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/serverroutes.h"

#include <httplib.h>

namespace lakescope::lakefs {

namespace {

const std::string kBranchesPath = kRepositoryPath + "/branches";
const std::string kTagsPath = kRepositoryPath + "/tags";

void addBranchRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.get(kBranchesPath, [&lake](ApiExchange &exchange) {
        const Result<PageRequest> request = exchange.pageQuery();
        if (!request)
            return exchange.sendError(request.error());
        // Hidden branches are never made here, so show_hidden changes nothing.
        if (const Result<bool> showHidden = exchange.boolQuery("show_hidden"); !showHidden)
            return exchange.sendError(showHidden.error());
        exchange.reply(200, lake.listBranches(exchange.pathParam(1), *request));
    });

    // 201 with the new branch's commit id as a bare text body: lakeFS
    // writes it with io.WriteString, so Go sniffs text/plain.
    router.post(kBranchesPath, [&lake](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "name", "source" });
        if (!body)
            return exchange.sendError(body.error());
        const Json &json = *body;
        if (!json["name"].is_string() || !json["source"].is_string())
            return exchange.sendError(400, "request body has an error: doesn't match schema: value must be a string");
        const bool force = json.value("force", false);
        const Result<std::string> commitId = lake.createBranch(
            exchange.pathParam(1), json["name"].get<std::string>(), json["source"].get<std::string>(), force);
        if (!commitId)
            return exchange.sendError(commitId.error());
        exchange.sendText(201, *commitId, "text/plain; charset=utf-8");
    });

    router.get(kBranchPath, [&lake](ApiExchange &exchange) {
        exchange.reply(200, lake.getBranch(exchange.pathParam(1), exchange.pathParam(2)));
    });

    router.del(kBranchPath, [&lake](ApiExchange &exchange) {
        const Result<bool> force = exchange.boolQuery("force");
        if (!force)
            return exchange.sendError(force.error());
        exchange.reply(lake.deleteBranch(exchange.pathParam(1), exchange.pathParam(2), *force));
    });

    // Reset uncommitted changes: of one object, of a prefix, or all.
    router.put(kBranchPath, [&lake](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "type" });
        if (!body)
            return exchange.sendError(body.error());
        const Json &json = *body;
        const std::optional<ResetType> type
            = json["type"].is_string() ? parseResetType(json["type"].get<std::string>()) : std::nullopt;
        if (!type)
            return exchange.sendError(400, "request body has an error: doesn't match schema: Error at \"/type\": "
                                           "value is not one of the allowed values [\"object\",\"common_prefix\","
                                           "\"reset\"]");
        const std::string path = json.contains("path") && json["path"].is_string() ? json["path"].get<std::string>()
                                                                                     : std::string();
        exchange.reply(lake.resetBranch(exchange.pathParam(1), exchange.pathParam(2), *type, path,
                                        json.value("force", false)));
    });

    router.put(kBranchPath + "/hard_reset", [](ApiExchange &exchange) {
        exchange.sendError(501, "hard reset is not supported by this server");
    });
}

void addTagRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.get(kTagsPath, [&lake](ApiExchange &exchange) {
        const Result<PageRequest> request = exchange.pageQuery();
        if (!request)
            return exchange.sendError(request.error());
        exchange.reply(200, lake.listTags(exchange.pathParam(1), *request));
    });

    router.post(kTagsPath, [&lake](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "id", "ref" });
        if (!body)
            return exchange.sendError(body.error());
        const Json &json = *body;
        if (!json["id"].is_string() || !json["ref"].is_string())
            return exchange.sendError(400, "request body has an error: doesn't match schema: value must be a string");
        exchange.reply(201, lake.createTag(exchange.pathParam(1), json["id"].get<std::string>(),
                                           json["ref"].get<std::string>(), json.value("force", false)));
    });

    router.get(kTagsPath + "/([^/]+)", [&lake](ApiExchange &exchange) {
        exchange.reply(200, lake.getTag(exchange.pathParam(1), exchange.pathParam(2)));
    });

    router.del(kTagsPath + "/([^/]+)", [&lake](ApiExchange &exchange) {
        const Result<bool> force = exchange.boolQuery("force");
        if (!force)
            return exchange.sendError(force.error());
        exchange.reply(lake.deleteTag(exchange.pathParam(1), exchange.pathParam(2), *force));
    });
}

} // namespace

void addRefRoutes(ApiRouter &router, VersionedRepository &lake)
{
    addBranchRoutes(router, lake);
    addTagRoutes(router, lake);
}

} // namespace lakescope::lakefs
