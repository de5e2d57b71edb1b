// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/http/httprequest.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace lakescope {

struct HttpClientConfig
{
    std::chrono::milliseconds connectTimeout{10'000};
    // Abort a transfer that moved no byte for this long (a stall, not a slow link).
    std::chrono::milliseconds stallTimeout{30'000};
    bool verifyTls = true;                 // never off unless the user asks
    std::string caBundle;                  // PEM file; empty = system store
    std::string proxy;                     // empty = HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment
    std::string userAgent = "lakescope/" LAKESCOPE_VERSION;

    // Retry policy: exponential backoff with full jitter, honouring Retry-After.
    int maxRetries = 5;
    std::chrono::milliseconds initialBackoff{100};
    std::chrono::milliseconds maxBackoff{15'000};
    std::chrono::milliseconds maxRetryAfter{60'000};

    // Receives one line per request/response/retry, secrets already redacted.
    std::function<void(std::string_view line)> trace;
};

// The one HTTP client every network backend uses (libcurl underneath).
// Thread-safe: many workers send through one client; connections are kept
// alive and reused. Transient failures (408, 429, 500, 502, 503, 504,
// resets, timeouts) of retry-safe requests are retried here and only here,
// but never once response bytes were handed to the caller's sink.
class HttpClient
{
public:
    explicit HttpClient(HttpClientConfig config = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    const HttpClientConfig &config() const;

    // Send `request`. A 2xx body streams into `sink` (nullptr discards it).
    // Any HTTP status comes back as a response, after retries where allowed;
    // failures to talk to the server at all (DNS, refused, TLS, stall,
    // cancellation, a sink or source error) come back as Error with a one-line
    // message naming the host.
    Result<HttpResponse> send(HttpRequest &request, ByteSink *sink = nullptr, CancellationToken cancel = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Replace secrets in a header value or URL for logs: Authorization values,
// x-amz-security-token, X-Amz-Signature / X-Amz-Credential / sig= query
// parameters and SAS tokens.
std::string redactHeader(std::string_view name, std::string_view value);
std::string redactUrl(std::string_view url);

} // namespace lakescope
