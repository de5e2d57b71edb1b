// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace lakescope {

// Incremental MD5 (OpenSSL EVP), for ETags and lakeFS-style checksums.
class Md5
{
public:
    Md5();
    ~Md5();
    Md5(const Md5 &) = delete;
    Md5 &operator=(const Md5 &) = delete;

    void update(std::span<const char> data);
    void update(std::string_view data) { update(std::span<const char>(data.data(), data.size())); }
    std::array<unsigned char, 16> finish();
    std::string finishHex();

    static std::string hex(std::string_view data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

std::string toHex(std::span<const unsigned char> bytes);

} // namespace lakescope
