// SPDX-License-Identifier: Apache-2.0
#include "core/common/uri.h"

#include <algorithm>
#include <charconv>

namespace lakescope::uri {

namespace {

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}


char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// URL text ends up in one-line messages; control bytes would break the line.
std::string shown(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
    return out + '"';
}

// A URL in a message stops before the query, which may carry a presigned
// signature or a security token.
std::string shownUrl(std::string_view url)
{
    const auto question = url.find('?');
    std::string out = shown(url.substr(0, std::min<std::size_t>(question, 200)));
    return question == std::string_view::npos ? out : out + " (query omitted)";
}

int defaultPort(std::string_view scheme)
{
    return scheme == "https" ? 443 : 80;
}

Result<int> parsePort(std::string_view text)
{
    if (text.empty())
        return 0; // "host:" is allowed by RFC 3986 and means the default
    int port = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
    if (ec != std::errc() || end != text.data() + text.size() || port < 1 || port > 65535)
        return Error::invalidInput("invalid port " + shown(text) + " in URL (expected 1-65535)");
    return port;
}

} // namespace

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string encode(std::string_view text, bool keepSlash)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (isUnreserved(u) || (keepSlash && c == '/')) {
            out += c;
        } else {
            out += '%';
            out += digits[u >> 4];
            out += digits[u & 0xf];
        }
    }
    return out;
}

Result<std::string> decode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        const bool complete = i + 2 < text.size();
        const int hi = complete ? hexDigitValue(text[i + 1]) : -1;
        const int lo = complete ? hexDigitValue(text[i + 2]) : -1;
        // Only the escape is named: the text may be a signed query string.
        if (hi < 0 || lo < 0)
            return Error::invalidInput(
                "malformed percent escape " + shown(text.substr(i, 3)) + " (a literal '%' must be written %25)");
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

std::string Parts::authority() const
{
    // An IPv6 literal needs its brackets back, or the port would be ambiguous.
    std::string out = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    if (port != 0 && port != defaultPort(scheme))
        out += ":" + std::to_string(port);
    return out;
}

Result<Parts> parse(std::string_view url)
{
    // Spaces and control bytes are never valid in a URL; catching them here
    // beats a confusing signature mismatch or a 400 from the server.
    for (const char c : url) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return Error::invalidInput(
                "URL " + shownUrl(url) + " contains a space or control character (percent-encode it)");
    }

    Parts parts;
    const auto schemeEnd = url.find("://");
    if (schemeEnd == std::string_view::npos || schemeEnd == 0)
        return Error::invalidInput("not an absolute URL: " + shownUrl(url) + " (expected http:// or https://)");
    for (const char c : url.substr(0, schemeEnd))
        parts.scheme += toLower(c);
    if (parts.scheme != "http" && parts.scheme != "https")
        return Error::invalidInput("unsupported URL scheme " + shown(parts.scheme) + " (only http and https)");

    std::string_view rest = url.substr(schemeEnd + 3);
    if (const auto hash = rest.find('#'); hash != std::string_view::npos)
        rest = rest.substr(0, hash); // fragments never reach the server
    const auto authorityEnd = rest.find_first_of("/?");
    const std::string_view authority = rest.substr(0, authorityEnd);
    rest = authorityEnd == std::string_view::npos ? std::string_view() : rest.substr(authorityEnd);

    // user:password@ would be sent nowhere useful and may hold a secret, so
    // it is refused without echoing the URL.
    if (authority.find('@') != std::string_view::npos)
        return Error::invalidInput("URLs with user info (user@host) are not supported; pass credentials as options");

    std::string_view portText;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return Error::invalidInput("unterminated IPv6 address in URL " + shownUrl(url));
        parts.host = std::string(authority.substr(1, close - 1));
        const std::string_view after = authority.substr(close + 1);
        if (!after.empty() && after.front() != ':')
            return Error::invalidInput("unexpected text after IPv6 address in URL " + shownUrl(url));
        if (!after.empty())
            portText = after.substr(1);
        if (parts.host.empty() || parts.host.find_first_not_of("0123456789abcdefABCDEF:.%") != std::string::npos)
            return Error::invalidInput("invalid IPv6 address in URL " + shownUrl(url));
    } else {
        const auto colon = authority.rfind(':');
        parts.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos)
            portText = authority.substr(colon + 1);
        if (parts.host.find(':') != std::string::npos)
            return Error::invalidInput("IPv6 address must be in brackets in URL " + shownUrl(url));
    }
    if (parts.host.empty())
        return Error::invalidInput("URL " + shownUrl(url) + " has no host");
    auto port = parsePort(portText);
    if (!port)
        return port.error();
    parts.port = *port;

    const auto question = rest.find('?');
    parts.path = std::string(rest.substr(0, question));
    if (parts.path.empty())
        parts.path = "/";
    if (question != std::string_view::npos)
        parts.query = std::string(rest.substr(question + 1));
    return parts;
}

Result<std::vector<std::pair<std::string, std::string>>> parseQuery(std::string_view query)
{
    std::vector<std::pair<std::string, std::string>> out;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view piece = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (piece.empty())
            continue; // "a=1&&b=2": an empty piece names nothing
        const auto eq = piece.find('=');
        auto name = decode(piece.substr(0, eq));
        if (!name)
            return name.error();
        auto value = decode(eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1));
        if (!value)
            return value.error();
        out.emplace_back(std::move(*name), std::move(*value));
    }
    return out;
}

bool isLoopback(std::string_view host)
{
    return host == "localhost" || host.ends_with(".localhost") || host.starts_with("127.") || host == "::1";
}

} // namespace lakescope::uri
