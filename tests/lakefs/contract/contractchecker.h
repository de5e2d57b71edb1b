// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/lakefs/contract/openapispec.h"
#include "tests/lakefs/contract/schemavalidator.h"

#include <string>
#include <utility>
#include <vector>

namespace lakescope::testing {

// One request and the response a server gave to it, as sent on the wire.
struct HttpExchange
{
    std::string method;
    std::string target; // path and query as sent: "/api/v1/repositories?amount=2"
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    // The first value of a header (names compare case-insensitively), or "".
    std::string header(const std::string &name) const;
    bool hasHeader(const std::string &name) const;
};

struct ContractViolation
{
    std::string exchange;  // "GET /api/v1/repositories/x -> 404"
    std::string operation; // "GET /repositories/{repository} (getRepository)"
    int status = 0;
    // Where in the body, as a URI-fragment JSON pointer ("#" is the whole
    // body, "#/results/0/id"); "" when the exchange as a whole is wrong.
    std::string pointer;
    std::string reason;

    std::string toString() const;
};

// Checks that an exchange is one the OpenAPI spec documents:
// - the request names an operation (method + path template);
// - the status is listed for it. "default" (ServerError in lakeFS's spec)
//   only covers 5xx: a 4xx the spec does not list is a violation. A 401 on
//   an operation that needs credentials is documented by its security
//   requirement even where the operation forgets to list it, and is checked
//   against components/responses/Unauthorized; statuses accepted through
//   acceptErrorStatus() are checked against the Error schema;
// - a response documented without content has an empty body; one with
//   content has a Content-Type among the documented media types (or one
//   accepted through acceptContentType()), and a JSON body validating
//   against the media type's schema, where an object may not carry a
//   property its schema does not declare (unless additionalProperties
//   allows it);
// - documented response headers that are present hold values of their
//   schema's type, and `required` ones are present. Header patterns are not
//   applied: lakeFS's only ones (Content-Range: "^bytes=...") describe the
//   Range request syntax, not RFC 9110's "bytes a-b/size" that lakeFS and any
//   HTTP server send, so Content-Range is the caller's to check.
class ContractChecker
{
public:
    explicit ContractChecker(const OpenApiSpec &spec);

    // A documented deviation of lakeFS from its own spec: responses of
    // `operationId` with `status` may carry `mediaType` ("*" for any). The
    // body is then validated against the sole documented media type's
    // schema when that is JSON, else not at all; the caller checks it.
    void acceptContentType(const std::string &operationId, int status, const std::string &mediaType);

    // A documented deviation of lakeFS from its spec: `operationId` answers
    // `status` though the spec does not list it. The body must then be the
    // Error schema, as every lakeFS error body is.
    void acceptErrorStatus(const std::string &operationId, int status);

    std::vector<ContractViolation> check(const HttpExchange &exchange) const;

    const OpenApiSpec &spec() const { return m_spec; }

private:
    struct Acceptance
    {
        std::string operationId;
        int status = 0;
        std::string mediaType;
    };

    bool isAccepted(const std::string &operationId, int status, const std::string &mediaType) const;
    const nlohmann::json *undocumentedResponse(const OpenApiSpec::Operation &operation, int status) const;
    void checkHeaders(const HttpExchange &exchange, const nlohmann::json &response,
        std::vector<ContractViolation> &violations, const ContractViolation &base) const;
    void checkBody(const HttpExchange &exchange, const OpenApiSpec::Operation &operation,
        const nlohmann::json &response, std::vector<ContractViolation> &violations,
        const ContractViolation &base) const;

    const OpenApiSpec &m_spec;
    SchemaValidator m_validator;
    std::vector<Acceptance> m_acceptances;
    std::vector<std::pair<std::string, int>> m_acceptedStatuses;
    nlohmann::json m_errorResponse;
};

// "application/json" from "Application/JSON; charset=utf-8".
std::string mediaTypeOf(const std::string &contentType);
bool isJsonMediaType(const std::string &mediaType);

} // namespace lakescope::testing
