// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/sigv4signer.h"
#include "core/backends/s3/s3config.h"
#include "core/backends/s3/s3errors.h"
#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/http/httpclient.h"

#include <chrono>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace lakescope {

// One S3 API call before it is addressed and signed.
struct S3Request
{
    using Query = std::vector<std::pair<std::string, std::string>>;

    std::string method = "GET";
    std::string bucket;             // empty: the service (ListBuckets)
    std::string key;                // empty: the bucket itself
    Query query;                    // decoded; a value "" is sent as a bare name ("?uploads")
    HttpHeaders headers;

    // A streamed body (object data): sent as UNSIGNED-PAYLOAD, so nothing
    // reads it twice.
    ByteSource *body = nullptr;
    std::optional<std::uint64_t> bodySize;

    // A body held here: XML (its SHA-256 is signed) or buffered object data
    // up to 16 MiB. Content-MD5 is added when `contentMd5` (DeleteObjects
    // requires it); object data sets its own with setContentMd5(), since
    // the caller wants the digest too.
    std::optional<std::string> smallBody;
    bool contentMd5 = false;

    // Only idempotent calls are retried by the HTTP client.
    bool retrySafe = true;
};

// Builds, addresses and signs S3 requests, and turns answers into results.
// Path style is endpoint/bucket/key, virtual-hosted bucket.endpoint/key;
// keys are percent-encoded with '/' kept. Signing happens in the request's
// prepare hook, so every retry is signed again with a fresh time.
// Thread-safe; shared by every store and upload of one connection.
class S3Client
{
public:
    S3Client(S3Config config, std::shared_ptr<HttpClient> http);

    const S3Config &config() const { return m_config; }
    HttpClient &http() { return *m_http; }

    // The complete, encoded URL of an object, a bucket ("" key) or the
    // service ("" bucket).
    std::string url(std::string_view bucket, std::string_view key, const S3Request::Query &query = {}) const;
    bool virtualHostedFor(std::string_view bucket) const;

    // Send one request. A 2xx body streams into `sink`; other statuses
    // come back as responses (errorBody holds their document).
    Result<HttpResponse> send(S3Request &request, ByteSink *sink = nullptr, CancellationToken cancel = {});

    // Send a request whose answer is a small XML document: returns the
    // 2xx body, or the mapped Error for any other status and for a 200
    // that carries an <Error> (retried a few times when that error is
    // transient and the request is retry-safe).
    Result<std::string> exchange(S3Request &request, const s3errors::Context &context, CancellationToken cancel = {},
                                 HttpResponse *response = nullptr);

    // Hashes a body held in memory and sets its Content-MD5 (base64 of the
    // digest), so the server refuses the body if it arrives damaged (BadDigest);
    // returns the hex digest, for ObjectInfo::checksum and PartInfo::md5.
    // `knownHex`, when the caller already hashed the body, saves hashing it again.
    static std::string setContentMd5(HttpHeaders &headers, std::span<const char> body, const std::string &knownHex = {});

    // A SigV4 query-presigned URL (at most 7 days).
    Result<std::string> presign(std::string_view method, std::string_view bucket, std::string_view key,
                                std::chrono::seconds expires) const;

private:
    S3Config m_config;
    std::shared_ptr<HttpClient> m_http;
    SigV4Signer m_signer;
    std::string m_scheme;      // "http" / "https"
    std::string m_authority;   // "host" or "host:port"
    std::string m_basePath;    // "" or "/prefix"
};

} // namespace lakescope
