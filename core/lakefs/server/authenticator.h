// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace lakescope::lakefs {

// The server's one user: HTTP basic auth with its access key pair, or a
// session token from POST /auth/login sent as "Authorization: Bearer" or
// in the internal_auth_session cookie, as lakeFS accepts them.
class Authenticator
{
public:
    struct Session
    {
        std::string token;
        std::int64_t expires = 0; // unix seconds
    };

    Authenticator(std::string accessKeyId, std::string secretAccessKey);

    const std::string &accessKeyId() const { return m_accessKeyId; }
    bool matches(std::string_view accessKeyId, std::string_view secretAccessKey) const;

    // Whether a request with these Authorization and Cookie header values
    // comes from the user.
    bool authenticate(std::string_view authorization, std::string_view cookies);

    // A new session for the key pair, or nothing when it is wrong.
    std::optional<Session> login(std::string_view accessKeyId, std::string_view secretAccessKey);

    static constexpr std::string_view kSessionCookie = "internal_auth_session";
    // lakeFS's default auth.login_duration.
    static constexpr std::chrono::hours kSessionLifetime { 24 * 7 };

private:
    bool validToken(std::string_view token);

    std::string m_accessKeyId;
    std::string m_secretAccessKey;
    std::mutex m_mutex;
    std::map<std::string, std::int64_t, std::less<>> m_sessions; // token -> expiry
};

} // namespace lakescope::lakefs
