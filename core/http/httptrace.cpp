// SPDX-License-Identifier: Apache-2.0
#include "core/http/httptrace.h"

#include "core/common/uri.h"

#include "core/http/httpclient.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace lakescope {

namespace {

constexpr std::string_view kRedacted = "<redacted>";

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
    return out;
}

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

// Words that mark a secret wherever they appear in a header or parameter
// name, so secrets of services we never heard of are hidden too; a hidden
// harmless value costs less than a leaked key.
bool hasSecretWord(std::string_view lowerName)
{
    static constexpr std::array<std::string_view, 8> words { "token", "secret", "password", "passwd", "credential",
        "signature", "cookie", "authorization" };
    return std::any_of(words.begin(), words.end(), [&](std::string_view word) { return contains(lowerName, word); });
}

bool isSecretHeader(std::string_view lowerName)
{
    if (hasSecretWord(lowerName) || contains(lowerName, "api-key") || contains(lowerName, "apikey"))
        return true;
    // Customer-provided encryption keys: x-amz-server-side-encryption-
    // customer-key, x-ms-encryption-key, x-goog-encryption-key, and their
    // copy-source twins. Not "keep-alive".
    return lowerName.ends_with("-key") || contains(lowerName, "-key-");
}

bool isSecretParameter(std::string_view lowerName)
{
    // sig: Azure SAS; key: Google API keys; code: OAuth authorization codes.
    return hasSecretWord(lowerName) || lowerName == "sig" || lowerName == "key" || lowerName == "code"
        || lowerName == "api_key" || lowerName == "apikey";
}


// Lenient %XX decoding for matching names only: an encoded "X-Amz-%53ignature"
// must not slip through.
std::string decodeName(std::string_view name)
{
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '%' && i + 2 < name.size() && uri::hexDigitValue(name[i + 1]) >= 0 && uri::hexDigitValue(name[i + 2]) >= 0) {
            out += static_cast<char>(uri::hexDigitValue(name[i + 1]) * 16 + uri::hexDigitValue(name[i + 2]));
            i += 2;
        } else {
            out += name[i];
        }
    }
    return out;
}

std::string redactQuery(std::string_view query)
{
    std::string out;
    std::size_t start = 0;
    while (start <= query.size()) {
        const std::size_t end = std::min(query.find('&', start), query.size());
        const std::string_view parameter = query.substr(start, end - start);
        const std::size_t equals = parameter.find('=');
        const std::string_view name = parameter.substr(0, equals);
        if (equals != std::string_view::npos && isSecretParameter(lower(decodeName(name)))) {
            out += name;
            out += '=';
            out += kRedacted;
        } else {
            out += parameter;
        }
        if (end == query.size())
            break;
        out += '&';
        start = end + 1;
    }
    return out;
}

std::string formatSeconds(const char *format, double seconds)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, seconds);
    return buffer;
}

} // namespace

std::string redactHeader(std::string_view name, std::string_view value)
{
    const std::string lowerName = lower(name);
    if (lowerName == "authorization" || lowerName == "proxy-authorization") {
        // The scheme ("AWS4-HMAC-SHA256", "Bearer", "SharedKey") tells how a
        // request was signed, which is what a reader of a trace wants to know.
        const std::size_t space = value.find(' ');
        if (space != std::string_view::npos && space > 0)
            return std::string(value.substr(0, space)) + " " + std::string(kRedacted);
        return std::string(kRedacted);
    }
    if (isSecretHeader(lowerName))
        return std::string(kRedacted);
    return std::string(value);
}

std::string redactUrl(std::string_view url)
{
    std::string out;
    std::size_t authorityStart = 0;
    const std::size_t scheme = url.find("://");
    if (scheme != std::string_view::npos)
        authorityStart = scheme + 3;
    const std::size_t authorityEnd = std::min(url.find_first_of("/?#", authorityStart), url.size());
    const std::string_view authority = url.substr(authorityStart, authorityEnd - authorityStart);

    out += url.substr(0, authorityStart);
    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
        // user:password@host keeps the user, loses the password.
        const std::string_view userInfo = authority.substr(0, at);
        const std::size_t colon = userInfo.find(':');
        out += userInfo.substr(0, colon);
        if (colon != std::string_view::npos) {
            out += ':';
            out += kRedacted;
        }
        out += authority.substr(at);
    } else {
        out += authority;
    }

    const std::string_view rest = url.substr(authorityEnd);
    const std::size_t fragment = std::min(rest.find('#'), rest.size());
    const std::size_t question = rest.find('?');
    if (question == std::string_view::npos || question > fragment) {
        out += rest;
        return out;
    }
    out += rest.substr(0, question + 1);
    out += redactQuery(rest.substr(question + 1, fragment - question - 1));
    out += rest.substr(fragment);
    return out;
}

HttpTrace::HttpTrace(std::function<void(std::string_view)> sink)
    : m_sink(std::move(sink))
{}

void HttpTrace::emit(const std::string &line) const
{
    m_sink(line);
}

void HttpTrace::request(const HttpRequest &request, std::optional<std::uint64_t> bodySize) const
{
    if (!enabled())
        return;
    std::string line = "> " + request.method + " " + redactUrl(request.url);
    if (bodySize)
        line += " (" + std::to_string(*bodySize) + " bytes)";
    else if (request.body)
        line += " (streamed)";
    emit(line);
    for (const auto &[name, value] : request.headers.entries())
        emit("> " + name + ": " + redactHeader(name, value));
}

void HttpTrace::response(const HttpResponse &response, std::chrono::duration<double> elapsed) const
{
    if (!enabled())
        return;
    emit("< " + std::to_string(response.status) + " (" + formatSeconds("%.3f", elapsed.count()) + " s)");
    for (const auto &[name, value] : response.headers.entries())
        emit("< " + name + ": " + redactHeader(name, value));
}

void HttpTrace::failure(const Error &error, std::chrono::duration<double> elapsed) const
{
    if (!enabled())
        return;
    emit("< failed: " + error.message + " (" + formatSeconds("%.3f", elapsed.count()) + " s)");
}

void HttpTrace::retry(int retry, int maxRetries, std::chrono::milliseconds delay, std::string_view reason) const
{
    if (!enabled())
        return;
    emit("retry " + std::to_string(retry) + "/" + std::to_string(maxRetries) + " in "
        + formatSeconds("%.3g", std::chrono::duration<double>(delay).count()) + " s after " + std::string(reason));
}

} // namespace lakescope
