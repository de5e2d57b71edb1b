// SPDX-License-Identifier: Apache-2.0
// LakeFsClient: commits, log, diff, merge, import and branch protection.
#include "core/lakefs/client/lakefsclient.h"

#include "core/lakefs/client/lakefsapipaths.h"
#include "core/lakefs/client/lakefstransport.h"

#include <algorithm>

namespace lakescope::lakefs {

namespace {

using apipaths::call;

void addDiffQuery(ApiCall &diff, const DiffRequest &request)
{
    apipaths::addPaging(diff, request.prefix, request.after, request.amount);
    if (!request.delimiter.empty())
        diff.add("delimiter", request.delimiter);
}

ApiSubject mergeSubject(const std::string &repo, const std::string &sourceRef, const std::string &destinationBranch)
{
    ApiSubject subject = apipaths::onBranch(repo, destinationBranch);
    subject.ref = sourceRef;
    return subject;
}

std::string mergePath(const std::string &repo, const std::string &sourceRef, const std::string &destinationBranch)
{
    return apipaths::ref(repo, sourceRef) + "/merge/" + LakeFsTransport::segment(destinationBranch);
}

} // namespace

// --- commits and log

Result<Commit> LakeFsClient::commit(const std::string &repo, const std::string &branch, const CommitCreation &creation)
{
    ApiCall create = call("POST", apipaths::branch(repo, branch) + "/commits", apipaths::onBranch(repo, branch));
    create.json = nlohmann::json(creation);
    return m_transport->fetch<Commit>(create);
}

Result<Commit> LakeFsClient::getCommit(const std::string &repo, const std::string &ref)
{
    ApiCall get = call("GET", apipaths::repository(repo) + "/commits/" + LakeFsTransport::segment(ref),
                       apipaths::atRef(repo, ref));
    return m_transport->fetch<Commit>(get);
}

Result<Page<Commit>> LakeFsClient::logCommits(const std::string &repo, const std::string &ref,
                                              const LogRequest &request)
{
    ApiCall log = call("GET", apipaths::ref(repo, ref) + "/commits", apipaths::atRef(repo, ref));
    apipaths::addPaging(log, {}, request.after, request.amount);
    // Arrays go as repeated parameters (OpenAPI form style, explode).
    for (const std::string &object : request.objects)
        log.add("objects", object);
    for (const std::string &prefix : request.prefixes)
        log.add("prefixes", prefix);
    if (request.firstParent)
        log.add("first_parent", "true");
    if (request.since)
        log.add("since", formatRfc3339(*request.since));
    if (!request.stopAt.empty())
        log.add("stop_at", request.stopAt);
    if (request.limit)
        log.add("limit", "true");
    return m_transport->fetch<Page<Commit>>(log);
}

// --- diff

Result<Page<DiffEntry>> LakeFsClient::diffBranch(const std::string &repo, const std::string &branch,
                                                 const DiffRequest &request)
{
    ApiCall diff = call("GET", apipaths::branch(repo, branch) + "/diff", apipaths::onBranch(repo, branch));
    addDiffQuery(diff, request);
    return m_transport->fetch<Page<DiffEntry>>(diff);
}

Result<Page<DiffEntry>> LakeFsClient::diffRefs(const std::string &repo, const std::string &leftRef,
                                               const std::string &rightRef, const DiffRequest &request)
{
    // A 404 names the left ref; lakeFS's message says which side it was.
    ApiCall diff = call("GET", apipaths::ref(repo, leftRef) + "/diff/" + LakeFsTransport::segment(rightRef),
                        apipaths::atRef(repo, leftRef + "' or '" + rightRef));
    addDiffQuery(diff, request);
    diff.add("type", request.kind == DiffKind::TwoDot ? "two_dot" : "three_dot");
    return m_transport->fetch<Page<DiffEntry>>(diff);
}

// --- merge

Result<MergeResult> LakeFsClient::merge(const std::string &repo, const std::string &sourceRef,
                                        const std::string &destinationBranch, const MergeRequest &request)
{
    ApiCall merge = call("POST", mergePath(repo, sourceRef, destinationBranch),
                         mergeSubject(repo, sourceRef, destinationBranch));
    merge.json = nlohmann::json(request);
    HttpResponse response;
    auto answer = m_transport->json(merge, {}, &response);
    if (!answer) {
        // 409 carries {"reference":""} (or an Error): conflicts, which the
        // interface reports as a result, listed by a three-dot diff.
        if (answer.error().httpStatus != 409)
            return answer.error();
        auto conflicts = mergeConflicts(repo, sourceRef, destinationBranch);
        if (!conflicts)
            return conflicts.error();
        MergeResult result;
        result.conflicts = std::move(*conflicts);
        return result;
    }
    auto result = m_transport->as<MergeResult>(merge, *answer);
    if (!result)
        return result.error();
    if (result->reference.empty())
        return m_transport->malformed(merge, "a successful merge without the merge commit's id");
    return result;
}

Result<std::vector<std::string>> LakeFsClient::mergeConflicts(const std::string &repo, const std::string &sourceRef,
                                                              const std::string &destinationBranch)
{
    std::vector<std::string> conflicts;
    DiffRequest request;
    request.kind = DiffKind::ThreeDot;
    request.amount = kMaxPageAmount;
    for (;;) {
        auto page = diffRefs(repo, destinationBranch, sourceRef, request);
        if (!page)
            return page.error();
        for (const DiffEntry &entry : page->results) {
            if (entry.type == DiffType::Conflict)
                conflicts.push_back(entry.path);
        }
        if (!page->hasMore || page->nextOffset.empty() || page->nextOffset == request.after)
            break;
        request.after = page->nextOffset;
    }
    std::sort(conflicts.begin(), conflicts.end());
    conflicts.erase(std::unique(conflicts.begin(), conflicts.end()), conflicts.end());
    return conflicts;
}

Result<MergeBase> LakeFsClient::findMergeBase(const std::string &repo, const std::string &sourceRef,
                                              const std::string &destinationBranch)
{
    ApiCall find = call("GET", mergePath(repo, sourceRef, destinationBranch),
                        mergeSubject(repo, sourceRef, destinationBranch));
    return m_transport->fetch<MergeBase>(find);
}

// --- import

Result<std::string> LakeFsClient::startImport(const std::string &repo, const std::string &branch,
                                              const ImportCreation &creation)
{
    ApiCall start = call("POST", apipaths::branch(repo, branch) + "/import", apipaths::onBranch(repo, branch));
    start.json = nlohmann::json(creation);
    auto answer = m_transport->json(start);
    if (!answer)
        return answer.error();
    if (!answer->is_object() || !answer->contains("id") || !(*answer)["id"].is_string()
        || (*answer)["id"].get<std::string>().empty())
        return m_transport->malformed(start, "no import id in the answer");
    return (*answer)["id"].get<std::string>();
}

Result<ImportStatus> LakeFsClient::importStatus(const std::string &repo, const std::string &branch,
                                                const std::string &id)
{
    ApiCall status = call("GET", apipaths::branch(repo, branch) + "/import", apipaths::onBranch(repo, branch));
    status.add("id", id);
    return m_transport->fetch<ImportStatus>(status);
}

Status LakeFsClient::cancelImport(const std::string &repo, const std::string &branch, const std::string &id)
{
    ApiCall cancel = call("DELETE", apipaths::branch(repo, branch) + "/import", apipaths::onBranch(repo, branch));
    cancel.add("id", id);
    auto done = m_transport->json(cancel);
    if (!done)
        return done.error();
    return {};
}

// --- branch protection

Result<std::vector<BranchProtectionRule>> LakeFsClient::branchProtection(const std::string &repo)
{
    ApiCall get = call("GET", apipaths::repository(repo) + "/settings/branch_protection",
                       apipaths::inRepository(repo));
    return m_transport->fetch<std::vector<BranchProtectionRule>>(get);
}

Status LakeFsClient::setBranchProtection(const std::string &repo, const std::vector<BranchProtectionRule> &rules)
{
    // lakeFS wants the ETag of the rules being replaced, so a concurrent
    // change is refused (412) instead of silently overwritten.
    ApiCall get = call("GET", apipaths::repository(repo) + "/settings/branch_protection",
                       apipaths::inRepository(repo));
    HttpResponse current;
    auto read = m_transport->json(get, {}, &current);
    if (!read)
        return read.error();
    ApiCall put = call("PUT", apipaths::repository(repo) + "/settings/branch_protection",
                       apipaths::inRepository(repo));
    put.retrySafe = false; // a repeat after success would not match the ETag
    if (const auto etag = current.headers.get("ETag"); etag && !etag->empty())
        put.headers.set("If-Match", *etag);
    put.json = nlohmann::json::array();
    for (const BranchProtectionRule &rule : rules)
        put.json->push_back(rule);
    auto done = m_transport->json(put);
    if (!done)
        return done.error();
    return {};
}

} // namespace lakescope::lakefs
