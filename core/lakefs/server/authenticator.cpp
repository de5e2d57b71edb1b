// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/authenticator.h"

#include <array>
#include <cctype>
#include <random>

namespace lakescope::lakefs {

namespace {

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Compares every byte whatever the first difference, so response times do
// not reveal how much of a guessed secret was right.
bool constantTimeEquals(std::string_view a, std::string_view b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
    return difference == 0;
}

std::optional<std::string> decodeBase64(std::string_view text)
{
    static constexpr std::string_view kAlphabet
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        if (c == '=')
            break;
        const std::size_t value = kAlphabet.find(c);
        if (value == std::string_view::npos)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

std::string randomToken()
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::random_device device;
    std::string token;
    for (int i = 0; i < 16; ++i) {
        const unsigned int value = device();
        for (int shift = 0; shift < 32; shift += 4)
            token.push_back(kHex[(value >> shift) & 0xf]);
    }
    return token;
}

} // namespace

Authenticator::Authenticator(std::string accessKeyId, std::string secretAccessKey)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secretAccessKey(std::move(secretAccessKey))
{
}

bool Authenticator::matches(std::string_view accessKeyId, std::string_view secretAccessKey) const
{
    const bool keyMatches = constantTimeEquals(accessKeyId, m_accessKeyId);
    const bool secretMatches = constantTimeEquals(secretAccessKey, m_secretAccessKey);
    return keyMatches && secretMatches;
}

bool Authenticator::authenticate(std::string_view authorization, std::string_view cookies)
{
    authorization = trim(authorization);
    if (startsWithNoCase(authorization, "Basic ")) {
        const std::optional<std::string> decoded = decodeBase64(trim(authorization.substr(6)));
        if (!decoded)
            return false;
        const std::size_t colon = decoded->find(':');
        if (colon == std::string::npos)
            return false;
        return matches(std::string_view(*decoded).substr(0, colon), std::string_view(*decoded).substr(colon + 1));
    }
    if (startsWithNoCase(authorization, "Bearer "))
        return validToken(trim(authorization.substr(7)));
    // Cookie: a=1; internal_auth_session=TOKEN; b=2
    while (!cookies.empty()) {
        const std::size_t end = cookies.find(';');
        const std::string_view cookie = trim(cookies.substr(0, end));
        const std::size_t equals = cookie.find('=');
        if (equals != std::string_view::npos && cookie.substr(0, equals) == kSessionCookie)
            return validToken(cookie.substr(equals + 1));
        if (end == std::string_view::npos)
            break;
        cookies.remove_prefix(end + 1);
    }
    return false;
}

std::optional<Authenticator::Session> Authenticator::login(std::string_view accessKeyId,
                                                           std::string_view secretAccessKey)
{
    if (!matches(accessKeyId, secretAccessKey))
        return std::nullopt;
    Session session { randomToken(), nowSeconds() + std::chrono::seconds(kSessionLifetime).count() };
    std::lock_guard lock(m_mutex);
    m_sessions.emplace(session.token, session.expires);
    return session;
}

bool Authenticator::validToken(std::string_view token)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_sessions.find(token);
    if (found == m_sessions.end())
        return false;
    if (found->second < nowSeconds()) {
        m_sessions.erase(found);
        return false;
    }
    return true;
}

} // namespace lakescope::lakefs
