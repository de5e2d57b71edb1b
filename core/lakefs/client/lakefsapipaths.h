// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/client/lakefstransport.h"
#include "core/lakefs/lakefstypes.h"

#include <string>

// Paths and query parameters of the lakeFS API, shared by the parts of
// LakeFsClient. Every name that comes from the user is escaped as one
// segment, so '/', '#', '%', '+', spaces and unicode reach lakeFS intact.
namespace lakescope::lakefs::apipaths {

inline std::string repository(const std::string &repo)
{
    return "/repositories/" + LakeFsTransport::segment(repo);
}

inline std::string branch(const std::string &repo, const std::string &name)
{
    return repository(repo) + "/branches/" + LakeFsTransport::segment(name);
}

inline std::string ref(const std::string &repo, const std::string &name)
{
    return repository(repo) + "/refs/" + LakeFsTransport::segment(name);
}

inline std::string flag(bool value)
{
    return value ? "true" : "false";
}

inline void addPaging(ApiCall &call, const std::string &prefix, const std::string &after, int amount)
{
    if (!prefix.empty())
        call.add("prefix", prefix);
    if (!after.empty())
        call.add("after", after);
    call.add("amount", std::to_string(effectiveAmount(amount)));
}

inline ApiCall call(std::string method, std::string path, ApiSubject subject)
{
    ApiCall out;
    out.method = std::move(method);
    out.path = std::move(path);
    out.subject = std::move(subject);
    // Only calls whose repetition cannot change the outcome are retried;
    // a repeated commit or merge would fail on its own first success.
    out.retrySafe = out.method == "GET" || out.method == "HEAD" || out.method == "DELETE" || out.method == "PUT";
    return out;
}

// Fills only the fields that identify the thing an error is about.
inline ApiSubject inRepository(const std::string &repo)
{
    ApiSubject subject;
    subject.repository = repo;
    return subject;
}

inline ApiSubject onBranch(const std::string &repo, const std::string &branchName)
{
    ApiSubject subject = inRepository(repo);
    subject.branch = branchName;
    return subject;
}

inline ApiSubject atRef(const std::string &repo, const std::string &refName)
{
    ApiSubject subject = inRepository(repo);
    subject.ref = refName;
    return subject;
}

} // namespace lakescope::lakefs::apipaths
