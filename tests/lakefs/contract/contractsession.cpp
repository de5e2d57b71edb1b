// SPDX-License-Identifier: Apache-2.0
#include "tests/lakefs/contract/contractsession.h"

#include <httplib.h>

#include <cctype>
#include <cstdio>

namespace lakescope::testing {

using nlohmann::json;

std::string ApiReply::text(const std::string &key) const
{
    if (!json.is_object() || !json.contains(key) || !json[key].is_string())
        return {};
    return json[key].get<std::string>();
}

std::string encodeComponent(const std::string &text)
{
    std::string encoded;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            encoded += char(c);
        } else {
            char escape[4];
            std::snprintf(escape, sizeof escape, "%%%02X", c);
            encoded += escape;
        }
    }
    return encoded;
}

ContractSession::ContractSession(
    const ContractChecker &checker, std::uint16_t port, std::string accessKeyId, std::string secretAccessKey)
    : m_checker(checker)
    , m_client(std::make_unique<httplib::Client>("127.0.0.1", port))
    , m_accessKeyId(std::move(accessKeyId))
    , m_secretAccessKey(std::move(secretAccessKey))
{
    // The target goes out exactly as the script wrote it.
    m_client->set_url_encode(false);
    m_client->set_connection_timeout(std::chrono::seconds(10));
    m_client->set_read_timeout(std::chrono::seconds(60));
    m_client->set_write_timeout(std::chrono::seconds(60));
}

ContractSession::~ContractSession() = default;

ApiReply ContractSession::send(const std::string &method, const std::string &target, const std::string &body,
    const std::string &contentType, const Headers &headers, Auth auth)
{
    httplib::Request request;
    request.method = method;
    request.path = m_checker.spec().basePath() + target;
    for (const auto &[name, value] : headers)
        request.headers.emplace(name, value);
    switch (auth) {
    case Auth::Valid:
        request.headers.insert(httplib::make_basic_authentication_header(m_accessKeyId, m_secretAccessKey));
        break;
    case Auth::WrongSecret:
        request.headers.insert(httplib::make_basic_authentication_header(m_accessKeyId, m_secretAccessKey + "x"));
        break;
    case Auth::UnknownKey:
        request.headers.insert(httplib::make_basic_authentication_header("AKIAUNKNOWNKEY000000", m_secretAccessKey));
        break;
    case Auth::None:
        break;
    }
    if (!contentType.empty())
        request.headers.emplace("Content-Type", contentType);
    request.body = body;

    ApiReply reply;
    reply.exchange.method = method;
    reply.exchange.target = request.path;
    ++m_exchangeCount;
    const httplib::Result result = m_client->send(request);
    if (!result) {
        m_pendingFailures.push_back(method + " " + request.path + ": no response (" + httplib::to_string(result.error())
            + ")");
        reply.json = json(json::value_t::discarded);
        return reply;
    }
    reply.exchange.status = result->status;
    for (const auto &[name, value] : result->headers)
        reply.exchange.headers.emplace_back(name, value);
    reply.exchange.body = result->body;
    reply.json = json::parse(reply.exchange.body, nullptr, false);

    const std::string path = target.substr(0, target.find('?'));
    if (const auto operation = m_checker.spec().findOperation(method, path))
        m_exercised.insert(operation->operationId + " " + std::to_string(result->status));
    for (ContractViolation &violation : m_checker.check(reply.exchange)) {
        m_pendingFailures.push_back("contract: " + violation.toString());
        m_allViolations.push_back(std::move(violation));
    }
    return reply;
}

ApiReply ContractSession::get(const std::string &target, const Headers &headers, Auth auth)
{
    return send("GET", target, {}, {}, headers, auth);
}

ApiReply ContractSession::head(const std::string &target, const Headers &headers)
{
    return send("HEAD", target, {}, {}, headers);
}

ApiReply ContractSession::del(const std::string &target)
{
    return send("DELETE", target);
}

ApiReply ContractSession::sendJson(
    const std::string &method, const std::string &target, const json &body, const Headers &headers, Auth auth)
{
    return send(method, target, body.dump(), "application/json", headers, auth);
}

void ContractSession::expect(bool condition, const ApiReply &reply, const std::string &what)
{
    if (condition)
        return;
    m_pendingFailures.push_back("script: " + reply.exchange.method + " " + reply.exchange.target + " -> "
        + std::to_string(reply.exchange.status) + ": " + what);
}

bool ContractSession::expectStatus(const ApiReply &reply, int status)
{
    const bool matches = reply.status() == status;
    expect(matches, reply, "expected status " + std::to_string(status) + ", body: " + reply.body().substr(0, 200));
    return matches;
}

std::string ContractSession::takeFailures()
{
    std::string text;
    for (const std::string &failure : m_pendingFailures)
        text += failure + "\n";
    m_pendingFailures.clear();
    return text;
}

} // namespace lakescope::testing
