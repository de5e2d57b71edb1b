// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3containerservice.h"

#include "core/backends/s3/s3xml.h"

#include <algorithm>

namespace lakescope {

namespace {

// The rules every S3 implementation shares (3-63 of lowercase letters,
// digits, '.' and '-', starting and ending with a letter or digit), checked
// here so a typo gets a clear message instead of a server's 400.
Status validateBucketName(const std::string &name)
{
    const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    const bool ok = name.size() >= 3 && name.size() <= 63 && alnum(name.front()) && alnum(name.back())
                    && std::all_of(name.begin(), name.end(), [&](char c) { return alnum(c) || c == '.' || c == '-'; })
                    && name.find("..") == std::string::npos;
    if (!ok)
        return Error::invalidInput("invalid S3 bucket name \"" + name
                                   + "\" (3-63 characters: lowercase letters, digits, '.' and '-')");
    return {};
}

} // namespace

S3ContainerService::S3ContainerService(std::shared_ptr<S3Client> client) : m_client(std::move(client)) {}

std::string S3ContainerService::displayName() const
{
    if (!m_client->config().customEndpoint)
        return "s3://";
    return "s3 (" + m_client->config().endpoint + ")";
}

Result<std::vector<ContainerInfo>> S3ContainerService::listContainers(CancellationToken cancel)
{
    std::vector<ContainerInfo> buckets;
    std::string token;
    // AWS pages ListBuckets when asked to (and only then); other servers
    // answer everything at once and never send a token.
    for (int round = 0; round < 10000; ++round) {
        if (cancel.isCancelled())
            return Error::cancelled();
        S3Request request;
        if (!token.empty())
            request.query = {{"continuation-token", token}};
        auto body = m_client->exchange(request, {"ListBuckets", {}, {}}, cancel);
        if (!body)
            return body.error();
        auto page = s3xml::parseListBuckets(*body);
        if (!page)
            return page.error();
        buckets.insert(buckets.end(), page->buckets.begin(), page->buckets.end());
        if (page->continuationToken.empty() || page->continuationToken == token)
            break;
        token = page->continuationToken;
    }
    std::sort(buckets.begin(), buckets.end(),
              [](const ContainerInfo &a, const ContainerInfo &b) { return a.name < b.name; });
    return buckets;
}

Status S3ContainerService::createContainer(const std::string &name, CancellationToken cancel)
{
    if (auto valid = validateBucketName(name); !valid)
        return valid.error();
    S3Request request;
    request.method = "PUT";
    request.bucket = name;
    const std::string body = s3xml::createBucketBody(m_client->config().region);
    if (!body.empty())
        request.smallBody = body;
    auto answer = m_client->exchange(request, {"CreateBucket", name, {}}, cancel);
    if (!answer)
        return answer.error();
    return {};
}

Status S3ContainerService::removeContainer(const std::string &name, CancellationToken cancel)
{
    if (auto valid = validateBucketName(name); !valid)
        return valid.error();
    S3Request request;
    request.method = "DELETE";
    request.bucket = name;
    auto answer = m_client->exchange(request, {"DeleteBucket", name, {}}, cancel);
    if (!answer)
        return answer.error();
    return {};
}

} // namespace lakescope
