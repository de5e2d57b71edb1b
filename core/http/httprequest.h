// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/result.h"
#include "core/http/httpheaders.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace lakescope {

struct HttpRequest
{
    std::string method = "GET";
    std::string url;                       // complete and already percent-encoded
    HttpHeaders headers;
    ByteSource *body = nullptr;            // streamed; rewound before a retry
    std::optional<std::uint64_t> bodySize; // sent as Content-Length when set

    // Repeating the request cannot do harm (GET, HEAD, PUT, DELETE, or a POST
    // the caller knows to be idempotent). Only such requests are retried.
    bool retrySafe = false;

    // Called before every attempt, after headers from a previous attempt's
    // signing were reset: the place to sign with a fresh timestamp.
    std::function<Status(HttpRequest &)> prepare;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    // The body of a response that is not 2xx, capped at 1 MiB, for error
    // parsing (S3 XML, JSON problems). 2xx bodies go to the caller's sink.
    std::string errorBody;
    int attempts = 0;                      // 1 + retries made

    bool ok() const { return status >= 200 && status < 300; }
};

} // namespace lakescope
