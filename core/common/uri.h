// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lakescope::uri {

// RFC 3986 percent-encoding as AWS SigV4 wants it: unreserved characters
// (A-Z a-z 0-9 - . _ ~) stay, everything else becomes %XX (upper-case hex);
// '/' stays when `keepSlash` (paths) and is encoded otherwise (query values).
std::string encode(std::string_view text, bool keepSlash = false);

// The value of one hex digit, or -1.
int hexDigitValue(char c);

// Decode %XX escapes; '+' stays '+'. A malformed escape is InvalidInput.
Result<std::string> decode(std::string_view text);

// The parts of an absolute http(s) URL.
struct Parts
{
    std::string scheme;    // "http" / "https"
    std::string host;      // without port; IPv6 without brackets
    int port = 0;          // 0 = the scheme's default
    std::string path;      // still encoded, "/" when empty
    std::string query;     // still encoded, without '?'

    // "host" or "host:port" as it belongs in a Host header (default port omitted).
    std::string authority() const;
};

Result<Parts> parse(std::string_view url);

// Whether `host` is this machine. Plain http to it never crosses a network,
// so local servers (MinIO, s3rver, emulators, serve lakefs) need no opt-in.
bool isLoopback(std::string_view host);

// Split an encoded query into decoded (name, value) pairs, in order.
Result<std::vector<std::pair<std::string, std::string>>> parseQuery(std::string_view query);

} // namespace lakescope::uri
