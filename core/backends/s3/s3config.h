// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/awscredentials.h"
#include "core/common/result.h"
#include "core/http/httpclient.h"
#include "core/store/storeoptions.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace lakescope {

// Everything one S3 connection needs, resolved once from the connection
// options (--option, AWS_* variables, ~/.aws profiles via AwsConfig).
struct S3Config
{
    AwsCredentials credentials;
    std::string credentialSource;   // for messages: "options", "profile dev", ...
    std::string region = "us-east-1";
    // Scheme, authority and an optional base path, without a trailing '/':
    // "https://s3.eu-west-1.amazonaws.com" or "http://127.0.0.1:9000".
    std::string endpoint;
    bool customEndpoint = false;    // not AWS: capabilities stay conservative
    bool virtualHosted = true;      // bucket.host/key instead of host/bucket/key
    bool skipSignature = false;     // anonymous requests (public buckets)

    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds stallTimeout{30'000};
    std::string caBundle;
    std::string proxy;
    bool verifyTls = true;

    // A copy larger than this goes through UploadPartCopy in parts of
    // copyPartSize: S3's CopyObject stops at 5 GiB. Tests lower both to see
    // the multipart path without copying gigabytes.
    std::uint64_t copyThreshold = std::uint64_t{5} << 30;
    std::uint64_t copyPartSize = std::uint64_t{5} << 30;

    // From options (and the environment and profiles they see); `homeDir`
    // locates ~/.aws (empty = $HOME). Bad endpoints, plain http to a
    // non-loopback host without aws_allow_http, malformed durations and
    // half credentials are InvalidInput errors naming the option.
    static Result<S3Config> fromOptions(const StoreOptions &options, const std::string &homeDir = {});

    // Who we talk to and as whom: endpoint, region, addressing, the access
    // key id and a fingerprint of the secret (never the secret), so stores
    // opened with other options or credentials never share a cache entry.
    std::string identity() const;
    // What an HttpClient depends on (timeouts, TLS, proxy): stores with the
    // same one share connections.
    std::string connectionIdentity() const;
    HttpClientConfig httpClientConfig() const;

    // Host of the endpoint, with the port when not the default ("host:9000").
    std::string endpointAuthority() const;
};

} // namespace lakescope
