// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/apiexchange.h"

#include <httplib.h>

#include <charconv>

namespace lakescope::lakefs {

namespace {

// kin-openapi's words, so clients matching on them see what lakeFS sends.
std::string parameterError(const char *name, std::string_view detail)
{
    return "parameter \"" + std::string(name) + "\" in query has an error: " + std::string(detail);
}

std::optional<bool> parseGoBool(std::string_view text)
{
    for (const std::string_view yes : { "1", "t", "T", "true", "TRUE", "True" })
        if (text == yes)
            return true;
    for (const std::string_view no : { "0", "f", "F", "false", "FALSE", "False" })
        if (text == no)
            return false;
    return std::nullopt;
}

} // namespace

ApiExchange::ApiExchange(const httplib::Request &request, httplib::Response &response)
    : m_request(request)
    , m_response(response)
{
}

const std::string &ApiExchange::method() const
{
    return m_request.method;
}

std::string ApiExchange::pathParam(std::size_t index) const
{
    return index < m_request.matches.size() ? m_request.matches[index].str() : std::string();
}

std::string ApiExchange::header(const char *name) const
{
    return m_request.get_header_value(name);
}

bool ApiExchange::hasHeader(const char *name) const
{
    return m_request.has_header(name);
}

bool ApiExchange::hasQuery(const char *name) const
{
    return m_request.has_param(name);
}

std::string ApiExchange::query(const char *name) const
{
    return m_request.get_param_value(name);
}

std::vector<std::string> ApiExchange::queryAll(const char *name) const
{
    std::vector<std::string> values;
    const auto range = m_request.params.equal_range(name);
    for (auto it = range.first; it != range.second; ++it)
        values.push_back(it->second);
    return values;
}

Result<bool> ApiExchange::boolQuery(const char *name, bool fallback) const
{
    const std::string text = query(name);
    if (text.empty())
        return fallback;
    const std::optional<bool> value = parseGoBool(text);
    if (!value)
        return Error { ErrorCode::InvalidInput,
                       parameterError(name, "value " + text + ": an invalid boolean: invalid syntax"), 400 };
    return *value;
}

Result<std::string> ApiExchange::requiredQuery(const char *name) const
{
    std::string text = query(name);
    if (text.empty())
        return Error { ErrorCode::InvalidInput, parameterError(name, "value is required but missing"), 400 };
    return text;
}

Result<int> ApiExchange::amountQuery() const
{
    const std::string text = query("amount");
    if (text.empty())
        return kDefaultPageAmount;
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return Error { ErrorCode::InvalidInput,
                       parameterError("amount", "value " + text + ": an invalid integer: invalid syntax"), 400 };
    if (value > kMaxPageAmount)
        return Error { ErrorCode::InvalidInput, parameterError("amount", "number must be at most 1000"), 400 };
    if (value < -1)
        return Error { ErrorCode::InvalidInput, parameterError("amount", "number must be at least -1"), 400 };
    return effectiveAmount(static_cast<int>(value));
}

Result<PageRequest> ApiExchange::pageQuery() const
{
    Result<int> amount = amountQuery();
    if (!amount)
        return amount.error();
    PageRequest request;
    request.prefix = query("prefix");
    request.after = query("after");
    request.amount = *amount;
    return request;
}

Result<Json> ApiExchange::jsonBody(std::initializer_list<std::string_view> required, bool bodyRequired) const
{
    if (m_request.body.empty()) {
        if (bodyRequired)
            return Error { ErrorCode::InvalidInput, "request body has an error: value is required but missing", 400 };
        return Json::object();
    }
    Result<Json> json = parseJsonText(m_request.body);
    if (!json)
        return Error { ErrorCode::InvalidInput, "request body has an error: failed to decode request body: "
                                                "invalid JSON", 400 };
    const std::string missing = missingProperty(*json, required);
    if (!missing.empty())
        return Error { ErrorCode::InvalidInput, missing, 400 };
    return json;
}

void ApiExchange::sendJson(int status, const Json &body)
{
    m_response.status = status;
    m_response.set_content(dumpBody(body), "application/json");
}

void ApiExchange::sendError(int status, std::string_view message)
{
    m_response.status = status;
    m_response.set_header("X-Content-Type-Options", "nosniff");
    m_response.set_content(errorBody(message), "application/json");
}

void ApiExchange::sendError(const Error &error)
{
    sendError(statusFor(error), error.message);
}

void ApiExchange::sendNoContent(int status)
{
    m_response.status = status;
    m_response.body.clear();
}

void ApiExchange::sendText(int status, std::string_view text, const char *contentType)
{
    m_response.status = status;
    m_response.set_content(std::string(text), contentType);
}

void ApiExchange::reply(const Status &status)
{
    if (!status)
        return sendError(status.error());
    sendNoContent();
}

int ApiExchange::statusFor(const Error &error)
{
    if (error.httpStatus != 0)
        return error.httpStatus;
    switch (error.code) {
    case ErrorCode::NotFound: return 404;
    case ErrorCode::AlreadyExists: return 409;
    case ErrorCode::PreconditionFailed: return 412;
    case ErrorCode::NotModified: return 304;
    case ErrorCode::PermissionDenied: return 403;
    case ErrorCode::Unauthenticated: return 401;
    case ErrorCode::InvalidInput: return 400;
    case ErrorCode::NotSupported: return 501;
    case ErrorCode::Conflict: return 409;
    case ErrorCode::Transient: return 503;
    case ErrorCode::Cancelled: return 499;
    case ErrorCode::Fatal: return 500;
    }
    return 500;
}

} // namespace lakescope::lakefs
