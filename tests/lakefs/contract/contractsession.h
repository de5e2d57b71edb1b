// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/lakefs/contract/contractchecker.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace httplib {
class Client;
}

namespace lakescope::testing {

// A server's answer, with the body parsed when it is JSON.
struct ApiReply
{
    HttpExchange exchange;
    nlohmann::json json; // discarded (is_discarded()) when the body is not JSON

    int status() const { return exchange.status; }
    const std::string &body() const { return exchange.body; }
    std::string header(const std::string &name) const { return exchange.header(name); }
    // A string member of the JSON body, or "".
    std::string text(const std::string &key) const;
};

// Raw HTTP to a lakeFS-compatible server at 127.0.0.1:port, every exchange
// checked against the spec as it happens. Targets are relative to the API
// base path and already percent-encoded ("/repositories?amount=1"); they go
// on the wire byte for byte. Each request uses a new connection.
class ContractSession
{
public:
    enum class Auth { Valid, None, WrongSecret, UnknownKey };
    using Headers = std::vector<std::pair<std::string, std::string>>;

    ContractSession(const ContractChecker &checker, std::uint16_t port, std::string accessKeyId,
        std::string secretAccessKey);
    ~ContractSession();
    ContractSession(const ContractSession &) = delete;
    ContractSession &operator=(const ContractSession &) = delete;

    ApiReply send(const std::string &method, const std::string &target, const std::string &body = {},
        const std::string &contentType = {}, const Headers &headers = {}, Auth auth = Auth::Valid);
    ApiReply get(const std::string &target, const Headers &headers = {}, Auth auth = Auth::Valid);
    ApiReply head(const std::string &target, const Headers &headers = {});
    ApiReply del(const std::string &target);
    // A JSON request body (POST, PUT or DELETE).
    ApiReply sendJson(const std::string &method, const std::string &target, const nlohmann::json &body,
        const Headers &headers = {}, Auth auth = Auth::Valid);

    // An expectation of the script that did not hold ("POST ... -> 500:
    // expected 201"); it fails the test like a contract violation does.
    void expect(bool condition, const ApiReply &reply, const std::string &what);
    // expect() on the status, naming the body when it differs.
    bool expectStatus(const ApiReply &reply, int status);

    // Violations and failed expectations since the last call, one a line,
    // then forgotten (allViolations() keeps them).
    std::string takeFailures();
    const std::vector<ContractViolation> &allViolations() const { return m_allViolations; }
    // "operationId status" of every exchange so far.
    const std::set<std::string> &exercised() const { return m_exercised; }
    std::size_t exchangeCount() const { return m_exchangeCount; }

private:
    const ContractChecker &m_checker;
    std::unique_ptr<httplib::Client> m_client;
    std::string m_accessKeyId;
    std::string m_secretAccessKey;
    std::vector<std::string> m_pendingFailures;
    std::vector<ContractViolation> m_allViolations;
    std::set<std::string> m_exercised;
    std::size_t m_exchangeCount = 0;
};

// Percent-encodes a query value or a path segment (RFC 3986 unreserved kept).
std::string encodeComponent(const std::string &text);

} // namespace lakescope::testing
