// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/lakefsjson.h"
#include "core/lakefs/lakefstypes.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace httplib {
struct Request;
struct Response;
}

namespace lakescope::lakefs {

// One API request in flight: typed access to its path, query and body with
// the 400s lakeFS's request validator gives, and the response written the
// way lakeFS's Go handlers write it (JSON with a trailing newline, errors as
// {"message": ...} with X-Content-Type-Options: nosniff).
class ApiExchange
{
public:
    ApiExchange(const httplib::Request &request, httplib::Response &response);

    const httplib::Request &request() const { return m_request; }
    httplib::Response &response() { return m_response; }
    const std::string &method() const;

    // A capture group of the route's pattern (1-based), already URL-decoded.
    std::string pathParam(std::size_t index) const;
    std::string header(const char *name) const;
    bool hasHeader(const char *name) const;

    bool hasQuery(const char *name) const;
    std::string query(const char *name) const; // "" when absent
    std::vector<std::string> queryAll(const char *name) const;
    // Go's strconv.ParseBool spellings; `fallback` when absent or empty.
    Result<bool> boolQuery(const char *name, bool fallback = false) const;
    // A required query parameter; present but empty is an error as well.
    Result<std::string> requiredQuery(const char *name) const;
    // `amount` within the spec's bounds (-1..1000; <= 0 means 100).
    Result<int> amountQuery() const;
    Result<PageRequest> pageQuery() const; // prefix, after, amount

    // The body as a JSON object; `required` names properties the schema
    // requires. An empty body is an empty object unless `bodyRequired`.
    Result<Json> jsonBody(std::initializer_list<std::string_view> required = {}, bool bodyRequired = true) const;

    void sendJson(int status, const Json &body);
    void sendError(int status, std::string_view message);
    void sendError(const Error &error);
    void sendNoContent(int status = 204);
    void sendText(int status, std::string_view text, const char *contentType);

    // Send `result` as JSON with `status`, or its error.
    template<typename T>
    void reply(int status, const Result<T> &result)
    {
        if (!result)
            return sendError(result.error());
        sendJson(status, Json(result.value()));
    }
    // 204 on success, else the error.
    void reply(const Status &status);

    // lakeFS's status for an error: Error::httpStatus when set, else by code.
    static int statusFor(const Error &error);

private:
    const httplib::Request &m_request;
    httplib::Response &m_response;
};

} // namespace lakescope::lakefs
