// SPDX-License-Identifier: Apache-2.0
#include "core/auth/hmac.h"

#include "core/common/md5.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <memory>
#include <span>

namespace lakescope {

namespace {

// Fetching an algorithm takes a global lock in OpenSSL 3; every request signs
// with five HMACs, so the HMAC implementation is fetched once per process.
EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

struct MacContextFree
{
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};

} // namespace

std::string sha256Digest(std::string_view data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        return {}; // only on allocation failure; an empty digest never verifies
    return std::string(reinterpret_cast<const char *>(digest), length);
}

std::string hmacSha256(std::string_view key, std::string_view data)
{
    EVP_MAC *mac = hmacAlgorithm();
    if (!mac)
        return {};
    std::unique_ptr<EVP_MAC_CTX, MacContextFree> ctx(EVP_MAC_CTX_new(mac));
    if (!ctx)
        return {};
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end(),
    };
    // EVP_MAC_init rejects a null key pointer even when the length is 0.
    static const unsigned char emptyKey = 0;
    const auto *keyBytes = key.empty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    unsigned char out[EVP_MAX_MD_SIZE];
    std::size_t length = 0;
    if (EVP_MAC_init(ctx.get(), keyBytes, key.size(), params) != 1
        || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(data.data()), data.size()) != 1
        || EVP_MAC_final(ctx.get(), out, &length, sizeof out) != 1)
        return {};
    return std::string(reinterpret_cast<const char *>(out), length);
}

std::string hexOf(std::string_view bytes)
{
    return toHex(std::span<const unsigned char>(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size()));
}

} // namespace lakescope
