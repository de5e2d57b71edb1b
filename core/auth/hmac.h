// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace lakescope {

// SHA-256 and HMAC-SHA256 through OpenSSL's EVP interfaces, for SigV4.
// Digests are returned as raw bytes in a std::string so they can feed the
// next HMAC of the signing-key chain directly; hex them with hexOf().

std::string sha256Digest(std::string_view data);
std::string hmacSha256(std::string_view key, std::string_view data);

// Lower-case hex of raw bytes held in a string.
std::string hexOf(std::string_view bytes);

} // namespace lakescope
