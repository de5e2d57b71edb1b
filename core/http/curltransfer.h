// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/http/httpclient.h"

#include <curl/curl.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lakescope {

// One attempt of one request on a borrowed handle pair (CurlSession): sets
// the handle up from scratch, streams the body in and the response out,
// and turns what went wrong into an Error HttpClient can decide a retry on.
// Retries, signing and tracing live in HttpClient; this class knows libcurl.
class CurlTransfer
{
public:
    struct Outcome
    {
        // Set when the attempt got no complete HTTP response: a transport
        // failure (Transient when repeating may help), cancellation, or the
        // caller's sink or source failing (their own Error, unchanged).
        std::optional<Error> error;
        HttpResponse response; // valid when !error
        std::uint64_t bytesToSink = 0; // 2xx body bytes the sink accepted
        std::chrono::duration<double> elapsed{};
    };

    CurlTransfer(const HttpClientConfig &config, CURL *easy, CURLM *multi);
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    // `where` is "host:port", for messages.
    Outcome run(const HttpRequest &request, ByteSink *sink, const CancellationToken &cancel, const std::string &where);

    // What libcurl will send as Content-Length: bodySize, else what the
    // source knows of itself, else nothing (chunked).
    static std::optional<std::uint64_t> announcedSize(const HttpRequest &request);

private:
    static constexpr std::size_t kErrorBodyCap = 1 << 20;

    bool configure(const HttpRequest &request, curl_slist *headers);
    // Runs the attempt in our own multi handle, polling the cancellation
    // token between short waits (libcurl's own loop would only look every
    // second); true when it was cancelled.
    bool perform(CURLcode &result);
    Error classify(CURLcode code) const;

    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    static size_t onWrite(char *data, size_t size, size_t count, void *self);
    static size_t onRead(char *buffer, size_t size, size_t count, void *self);
    static int onSeek(void *self, curl_off_t offset, int origin);
    static int onProgress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
    static int onConnected(void *self, char *, char *, int, int);

    const HttpClientConfig &m_config;
    CURL *m_easy;
    CURLM *m_multi;

    const HttpRequest *m_request = nullptr;
    ByteSink *m_sink = nullptr;
    const CancellationToken *m_cancel = nullptr;
    std::string m_where;
    std::optional<std::uint64_t> m_announced;

    long m_status = 0;
    std::vector<HttpHeaders::Entry> m_headers;
    std::string m_errorBody;
    std::uint64_t m_bytesToSink = 0;
    std::uint64_t m_bytesRead = 0;
    bool m_connected = false;
    std::optional<Error> m_callbackError;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

} // namespace lakescope
