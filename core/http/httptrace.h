// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"
#include "core/http/httprequest.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace lakescope {

// Formats HttpClient's trace lines (HttpClientConfig::trace) and pushes
// every URL and header through redactUrl/redactHeader first, so a trace can
// be pasted into a bug report as it is:
//
//     > PUT http://host/bucket/key?X-Amz-Signature=<redacted> (1048576 bytes)
//     > Authorization: AWS4-HMAC-SHA256 <redacted>
//     < 503 (0.012 s)
//     < Retry-After: 1
//     retry 1/5 in 1 s after 503
//
// Lines of concurrent requests interleave; the callback must be thread-safe.
// Disabled (no callback) it costs one branch per event.
class HttpTrace
{
public:
    explicit HttpTrace(std::function<void(std::string_view)> sink);

    bool enabled() const { return static_cast<bool>(m_sink); }

    void request(const HttpRequest &request, std::optional<std::uint64_t> bodySize) const;
    void response(const HttpResponse &response, std::chrono::duration<double> elapsed) const;
    void failure(const Error &error, std::chrono::duration<double> elapsed) const;
    void retry(int retry, int maxRetries, std::chrono::milliseconds delay, std::string_view reason) const;

private:
    void emit(const std::string &line) const;

    std::function<void(std::string_view)> m_sink;
};

} // namespace lakescope
