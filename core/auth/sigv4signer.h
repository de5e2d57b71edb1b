// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/awscredentials.h"
#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/store/objectinfo.h"

#include <chrono>
#include <string>
#include <string_view>

namespace lakescope {

// AWS Signature Version 4 (AWS4-HMAC-SHA256), headers and presigned URLs.
class SigV4Signer
{
public:
    struct Options
    {
        std::string region = "us-east-1";
        std::string service = "s3";
        // S3 keeps paths as they are ("a//b", "a/./b" are distinct keys);
        // other services normalise them (the public test suite does).
        bool normalizePath = false;
        // S3 wants the x-amz-content-sha256 header on every signed request.
        bool sendContentSha256 = true;
    };

    static constexpr std::string_view kUnsignedPayload = "UNSIGNED-PAYLOAD";
    static constexpr std::string_view kEmptyPayloadHash =
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    explicit SigV4Signer(Options options);

    // Add X-Amz-Date (and x-amz-content-sha256, X-Amz-Security-Token) and
    // Authorization to `request`. Host comes from the URL unless set.
    // Anonymous credentials leave the request unsigned.
    Status sign(HttpRequest &request, const AwsCredentials &credentials, std::string_view payloadHash,
                Timestamp now) const;

    // A URL valid for `expires` (at most 7 days, SigV4's limit) that needs
    // no other credentials.
    Result<std::string> presign(std::string_view method, std::string_view url, const AwsCredentials &credentials,
                                std::chrono::seconds expires, Timestamp now) const;

    // The intermediate steps, exposed for the public test vectors.
    Result<std::string> canonicalRequest(const HttpRequest &request, std::string_view payloadHash) const;
    std::string stringToSign(std::string_view canonicalRequest, Timestamp now) const;
    std::string signature(std::string_view stringToSign, const AwsCredentials &credentials, Timestamp now) const;

    const Options &options() const { return m_options; }

private:
    Options m_options;
};

// Hex SHA-256 of a byte string (payload hashes).
std::string sha256Hex(std::string_view data);

} // namespace lakescope
