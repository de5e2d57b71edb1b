// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/serverroutes.h"

#include <httplib.h>

namespace lakescope::lakefs {

namespace {

Result<DiffRequest> diffQuery(const ApiExchange &exchange)
{
    const Result<int> amount = exchange.amountQuery();
    if (!amount)
        return amount.error();
    DiffRequest request;
    request.prefix = exchange.query("prefix");
    request.delimiter = exchange.query("delimiter");
    request.after = exchange.query("after");
    request.amount = *amount;
    const std::string type = exchange.query("type");
    if (type == "two_dot")
        request.kind = DiffKind::TwoDot;
    else if (!type.empty() && type != "three_dot")
        return Error { ErrorCode::InvalidInput,
                       "parameter \"type\" in query has an error: value is not one of the allowed values "
                       "[\"two_dot\",\"three_dot\"]",
                       400 };
    return request;
}

Result<LogRequest> logQuery(const ApiExchange &exchange)
{
    const Result<int> amount = exchange.amountQuery();
    if (!amount)
        return amount.error();
    const Result<bool> limit = exchange.boolQuery("limit");
    if (!limit)
        return limit.error();
    const Result<bool> firstParent = exchange.boolQuery("first_parent");
    if (!firstParent)
        return firstParent.error();
    LogRequest request;
    request.after = exchange.query("after");
    request.amount = *amount;
    request.objects = exchange.queryAll("objects");
    request.prefixes = exchange.queryAll("prefixes");
    request.limit = *limit;
    request.firstParent = *firstParent;
    request.stopAt = exchange.query("stop_at");
    if (const std::string since = exchange.query("since"); !since.empty()) {
        request.since = parseRfc3339(since);
        if (!request.since)
            return Error { ErrorCode::InvalidInput,
                           "parameter \"since\" in query has an error: string doesn't match the format "
                           "\"date-time\"",
                           400 };
    }
    return request;
}

// include_right_stats: what the right side holds at each changed path,
// read from the commit the right ref names (its staging only with `$`).
void addRightStats(VersionedRepository &lake, const std::string &repo, const std::string &rightRef,
                   const Page<DiffEntry> &page, Json &json)
{
    std::string statRef = rightRef;
    if (rightRef.empty() || rightRef.back() != '$') {
        const Result<Commit> commit = lake.getCommit(repo, rightRef);
        if (!commit)
            return;
        statRef = commit->id;
    }
    for (std::size_t i = 0; i < page.results.size(); ++i) {
        const DiffEntry &entry = page.results[i];
        if (entry.pathType != PathType::Object || entry.type == DiffType::Removed)
            continue;
        const Result<ObjectStats> stats = lake.statObject(repo, statRef, entry.path);
        if (!stats)
            continue;
        json["results"][i]["right"] = {
            { "checksum", stats->checksum },
            { "mtime", stats->mtime },
            { "content_type", stats->contentType },
            { "metadata", stats->metadata },
        };
    }
}

void addCommitRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.post(kBranchPath + "/commits", [&lake](ApiExchange &exchange) {
        if (!exchange.query("source_metarange").empty())
            return exchange.sendError(501, "commit from a source meta-range is not supported by this server");
        const Result<Json> body = exchange.jsonBody({ "message" });
        if (!body)
            return exchange.sendError(body.error());
        const Result<CommitCreation> creation = fromJson<CommitCreation>(*body);
        if (!creation)
            return exchange.sendError(400, "request body has an error: " + creation.error().message);
        exchange.reply(201, lake.commit(exchange.pathParam(1), exchange.pathParam(2), *creation));
    });

    router.get(kRepositoryPath + "/commits/([^/]+)", [&lake](ApiExchange &exchange) {
        exchange.reply(200, lake.getCommit(exchange.pathParam(1), exchange.pathParam(2)));
    });

    router.get(kRefPath + "/commits", [&lake](ApiExchange &exchange) {
        const Result<LogRequest> request = logQuery(exchange);
        if (!request)
            return exchange.sendError(request.error());
        exchange.reply(200, lake.logCommits(exchange.pathParam(1), exchange.pathParam(2), *request));
    });

    router.post(kBranchPath + "/revert", [&lake](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "ref", "parent_number" });
        if (!body)
            return exchange.sendError(body.error());
        const Result<RevertRequest> request = fromJson<RevertRequest>(*body);
        if (!request)
            return exchange.sendError(400, "request body has an error: " + request.error().message);
        exchange.reply(lake.revertBranch(exchange.pathParam(1), exchange.pathParam(2), *request));
    });

    router.post(kBranchPath + "/cherry-pick", [&lake](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "ref" });
        if (!body)
            return exchange.sendError(body.error());
        const Result<CherryPickRequest> request = fromJson<CherryPickRequest>(*body);
        if (!request)
            return exchange.sendError(400, "request body has an error: " + request.error().message);
        exchange.reply(201, lake.cherryPick(exchange.pathParam(1), exchange.pathParam(2), *request));
    });
}

void addDiffAndMergeRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.get(kBranchPath + "/diff", [&lake](ApiExchange &exchange) {
        const Result<DiffRequest> request = diffQuery(exchange);
        if (!request)
            return exchange.sendError(request.error());
        exchange.reply(200, lake.diffBranch(exchange.pathParam(1), exchange.pathParam(2), *request));
    });

    router.get(kRefPath + "/diff/([^/]+)", [&lake](ApiExchange &exchange) {
        const Result<DiffRequest> request = diffQuery(exchange);
        if (!request)
            return exchange.sendError(request.error());
        const Result<bool> rightStats = exchange.boolQuery("include_right_stats");
        if (!rightStats)
            return exchange.sendError(rightStats.error());
        const std::string repo = exchange.pathParam(1);
        const std::string rightRef = exchange.pathParam(3);
        const Result<Page<DiffEntry>> page = lake.diffRefs(repo, exchange.pathParam(2), rightRef, *request);
        if (!page)
            return exchange.sendError(page.error());
        Json json = *page;
        if (*rightStats)
            addRightStats(lake, repo, rightRef, *page, json);
        exchange.sendJson(200, json);
    });

    // 200 {"reference": "<merge commit>"}; a conflict is 409 with the same
    // shape and an empty reference, not lakeFS's usual error body.
    router.post(kRefPath + "/merge/([^/]+)", [&lake](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({}, false);
        if (!body)
            return exchange.sendError(body.error());
        const std::string strategy = body->value("strategy", std::string());
        if (!parseMergeStrategy(strategy) || strategy == "default")
            return exchange.sendError(400, "invalid merge strategy: " + strategy);
        const Result<MergeRequest> request = fromJson<MergeRequest>(*body);
        if (!request)
            return exchange.sendError(400, "request body has an error: " + request.error().message);
        const Result<MergeResult> result
            = lake.merge(exchange.pathParam(1), exchange.pathParam(2), exchange.pathParam(3), *request);
        if (!result)
            return exchange.sendError(result.error());
        if (result->conflicted())
            return exchange.sendJson(409, MergeResult {});
        exchange.sendJson(200, *result);
    });

    router.get(kRefPath + "/merge/([^/]+)", [&lake](ApiExchange &exchange) {
        exchange.reply(200, lake.findMergeBase(exchange.pathParam(1), exchange.pathParam(2), exchange.pathParam(3)));
    });
}

void addImportRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.post(kBranchPath + "/import", [&lake](ApiExchange &exchange) {
        const Result<Json> body = exchange.jsonBody({ "paths", "commit" });
        if (!body)
            return exchange.sendError(body.error());
        if (const std::string missing = missingProperty((*body)["commit"], { "message" }); !missing.empty())
            return exchange.sendError(400, missing);
        const Result<ImportCreation> creation = fromJson<ImportCreation>(*body);
        if (!creation)
            return exchange.sendError(400, "request body has an error: " + creation.error().message);
        const Result<std::string> id = lake.startImport(exchange.pathParam(1), exchange.pathParam(2), *creation);
        if (!id)
            return exchange.sendError(id.error());
        exchange.sendJson(202, { { "id", *id } });
    });

    router.get(kBranchPath + "/import", [&lake](ApiExchange &exchange) {
        const Result<std::string> id = exchange.requiredQuery("id");
        if (!id)
            return exchange.sendError(id.error());
        exchange.reply(200, lake.importStatus(exchange.pathParam(1), exchange.pathParam(2), *id));
    });

    router.del(kBranchPath + "/import", [&lake](ApiExchange &exchange) {
        const Result<std::string> id = exchange.requiredQuery("id");
        if (!id)
            return exchange.sendError(id.error());
        exchange.reply(lake.cancelImport(exchange.pathParam(1), exchange.pathParam(2), *id));
    });
}

} // namespace

void addVersioningRoutes(ApiRouter &router, VersionedRepository &lake)
{
    addCommitRoutes(router, lake);
    addDiffAndMergeRoutes(router, lake);
    addImportRoutes(router, lake);
}

} // namespace lakescope::lakefs
