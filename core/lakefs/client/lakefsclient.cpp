// SPDX-License-Identifier: Apache-2.0
// LakeFsClient: construction, repositories, branches and tags.
#include "core/lakefs/client/lakefsclient.h"

#include "core/common/uri.h"
#include "core/lakefs/client/lakefsapipaths.h"
#include "core/lakefs/client/lakefstransport.h"

namespace lakescope::lakefs {

namespace {

using apipaths::call;

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// The spec promises text/html and lakeFS writes the bare id; a server that
// answers JSON (a quoted string or a Ref) is understood as well.
std::string commitIdOf(const std::string &body)
{
    const std::string text = trimmed(body);
    if (text.empty() || (text.front() != '"' && text.front() != '{'))
        return text;
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_string())
        return json.get<std::string>();
    if (json.is_object()) {
        for (const char *field : {"commit_id", "id", "reference"}) {
            if (const auto it = json.find(field); it != json.end() && it->is_string())
                return it->get<std::string>();
        }
    }
    return {};
}

ApiSubject tagSubject(const std::string &repo, const std::string &tag)
{
    ApiSubject subject = apipaths::inRepository(repo);
    subject.tag = tag;
    return subject;
}

} // namespace

Result<std::shared_ptr<LakeFsClient>> LakeFsClient::create(LakeFsClientConfig config, std::shared_ptr<HttpClient> http)
{
    auto endpoint = normaliseEndpoint(config.endpoint);
    if (!endpoint)
        return endpoint.error();
    if (!http)
        http = std::make_shared<HttpClient>(config.http);
    auto transport = std::make_unique<LakeFsTransport>(std::move(*endpoint), std::move(config.accessKeyId),
                                                       std::move(config.secretAccessKey), std::move(http));
    return std::shared_ptr<LakeFsClient>(new LakeFsClient(std::move(transport)));
}

LakeFsClient::LakeFsClient(std::unique_ptr<LakeFsTransport> transport) : m_transport(std::move(transport)) {}

LakeFsClient::~LakeFsClient() = default;

Result<std::string> LakeFsClient::normaliseEndpoint(std::string_view endpoint)
{
    std::string text = trimmed(endpoint);
    auto stripSlashes = [&] {
        while (!text.empty() && text.back() == '/')
            text.pop_back();
    };
    stripSlashes();
    if (text.ends_with("/api/v1"))
        text.resize(text.size() - 7);
    stripSlashes();
    auto parts = uri::parse(text);
    if (!parts || (parts->scheme != "http" && parts->scheme != "https") || parts->host.empty())
        return Error::invalidInput("the lakeFS endpoint \"" + text
                                   + "\" is not an http(s) URL such as http://localhost:8000");
    if (!parts->query.empty())
        return Error::invalidInput("the lakeFS endpoint must not have a query string");
    return text;
}

const std::string &LakeFsClient::endpoint() const
{
    return m_transport->endpoint();
}

const std::string &LakeFsClient::accessKeyId() const
{
    return m_transport->accessKeyId();
}

std::string LakeFsClient::displayName() const
{
    return "lakefs: " + m_transport->endpoint();
}

// --- repositories

Result<Page<Repository>> LakeFsClient::listRepositories(const PageRequest &request)
{
    ApiCall list = call("GET", "/repositories", {});
    apipaths::addPaging(list, request.prefix, request.after, request.amount);
    return m_transport->fetch<Page<Repository>>(list);
}

Result<Repository> LakeFsClient::createRepository(const RepositoryCreation &creation)
{
    ApiSubject subject = apipaths::inRepository(creation.name);
    subject.creates = true;
    ApiCall create = call("POST", "/repositories", subject);
    create.add("bare", apipaths::flag(creation.bare));
    create.json = nlohmann::json(creation);
    return m_transport->fetch<Repository>(create);
}

Result<Repository> LakeFsClient::getRepository(const std::string &repo)
{
    ApiCall get = call("GET", apipaths::repository(repo), apipaths::inRepository(repo));
    return m_transport->fetch<Repository>(get);
}

Status LakeFsClient::deleteRepository(const std::string &repo, bool force)
{
    ApiCall remove = call("DELETE", apipaths::repository(repo), apipaths::inRepository(repo));
    if (force)
        remove.add("force", "true");
    auto done = m_transport->json(remove);
    if (!done)
        return done.error();
    return {};
}

// --- branches

Result<Page<Ref>> LakeFsClient::listBranches(const std::string &repo, const PageRequest &request)
{
    ApiCall list = call("GET", apipaths::repository(repo) + "/branches", apipaths::inRepository(repo));
    apipaths::addPaging(list, request.prefix, request.after, request.amount);
    return m_transport->fetch<Page<Ref>>(list);
}

Result<std::string> LakeFsClient::createBranch(const std::string &repo, const std::string &name,
                                               const std::string &sourceRef, bool force)
{
    ApiSubject subject = apipaths::onBranch(repo, name);
    subject.ref = sourceRef;
    subject.creates = true;
    ApiCall create = call("POST", apipaths::repository(repo) + "/branches", subject);
    create.json = nlohmann::json::object({{"name", name}, {"source", sourceRef}, {"force", force}});
    auto body = m_transport->text(create);
    if (!body)
        return body.error();
    std::string commitId = commitIdOf(*body);
    if (commitId.empty())
        return m_transport->malformed(create, "no commit id in the answer to a branch creation");
    return commitId;
}

Result<Ref> LakeFsClient::getBranch(const std::string &repo, const std::string &branch)
{
    ApiCall get = call("GET", apipaths::branch(repo, branch), apipaths::onBranch(repo, branch));
    return m_transport->fetch<Ref>(get);
}

Status LakeFsClient::deleteBranch(const std::string &repo, const std::string &branch, bool force)
{
    ApiCall remove = call("DELETE", apipaths::branch(repo, branch), apipaths::onBranch(repo, branch));
    if (force)
        remove.add("force", "true");
    auto done = m_transport->json(remove);
    if (!done)
        return done.error();
    return {};
}

Status LakeFsClient::resetBranch(const std::string &repo, const std::string &branch, ResetType type,
                                 const std::string &path, bool force)
{
    ApiCall reset = call("PUT", apipaths::branch(repo, branch), apipaths::onBranch(repo, branch));
    reset.json = nlohmann::json::object({{"type", type}, {"force", force}});
    if (type != ResetType::Reset)
        (*reset.json)["path"] = path;
    auto done = m_transport->json(reset);
    if (!done)
        return done.error();
    return {};
}

Status LakeFsClient::revertBranch(const std::string &repo, const std::string &branch, const RevertRequest &request)
{
    ApiSubject subject = apipaths::onBranch(repo, branch);
    subject.ref = request.ref;
    ApiCall revert = call("POST", apipaths::branch(repo, branch) + "/revert", subject);
    revert.json = nlohmann::json(request);
    auto done = m_transport->json(revert);
    if (!done)
        return done.error();
    return {};
}

Result<Commit> LakeFsClient::cherryPick(const std::string &repo, const std::string &branch,
                                        const CherryPickRequest &request)
{
    ApiSubject subject = apipaths::onBranch(repo, branch);
    subject.ref = request.ref;
    ApiCall pick = call("POST", apipaths::branch(repo, branch) + "/cherry-pick", subject);
    pick.json = nlohmann::json(request);
    return m_transport->fetch<Commit>(pick);
}

// --- tags

Result<Page<Ref>> LakeFsClient::listTags(const std::string &repo, const PageRequest &request)
{
    ApiCall list = call("GET", apipaths::repository(repo) + "/tags", apipaths::inRepository(repo));
    apipaths::addPaging(list, request.prefix, request.after, request.amount);
    return m_transport->fetch<Page<Ref>>(list);
}

Result<Ref> LakeFsClient::createTag(const std::string &repo, const std::string &id, const std::string &ref, bool force)
{
    ApiSubject subject = tagSubject(repo, id);
    subject.ref = ref;
    subject.creates = true;
    ApiCall create = call("POST", apipaths::repository(repo) + "/tags", subject);
    create.json = nlohmann::json::object({{"id", id}, {"ref", ref}, {"force", force}});
    return m_transport->fetch<Ref>(create);
}

Result<Ref> LakeFsClient::getTag(const std::string &repo, const std::string &tag)
{
    ApiCall get = call("GET", apipaths::repository(repo) + "/tags/" + LakeFsTransport::segment(tag),
                       tagSubject(repo, tag));
    return m_transport->fetch<Ref>(get);
}

Status LakeFsClient::deleteTag(const std::string &repo, const std::string &tag, bool force)
{
    ApiCall remove = call("DELETE", apipaths::repository(repo) + "/tags/" + LakeFsTransport::segment(tag),
                          tagSubject(repo, tag));
    if (force)
        remove.add("force", "true");
    auto done = m_transport->json(remove);
    if (!done)
        return done.error();
    return {};
}

} // namespace lakescope::lakefs
