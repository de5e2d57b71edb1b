// SPDX-License-Identifier: Apache-2.0
#include "core/common/md5.h"

#include <openssl/evp.h>

namespace lakescope {

struct Md5::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Md5::Md5() : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->ctx, EVP_md5(), nullptr);
}

Md5::~Md5() = default;

void Md5::update(std::span<const char> data)
{
    EVP_DigestUpdate(m_context->ctx, data.data(), data.size());
}

std::array<unsigned char, 16> Md5::finish()
{
    std::array<unsigned char, 16> digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest.data(), &length);
    return digest;
}

std::string Md5::finishHex()
{
    const auto digest = finish();
    return toHex(digest);
}

std::string Md5::hex(std::string_view data)
{
    Md5 md5;
    md5.update(data);
    return md5.finishHex();
}

std::string toHex(std::span<const unsigned char> bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0xf]);
    }
    return out;
}

} // namespace lakescope
