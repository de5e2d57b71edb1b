// SPDX-License-Identifier: Apache-2.0
#include "core/http/curltransfer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <span>
#include <string_view>

namespace lakescope {

namespace {

// How long one wait in the transfer loop may last: the cancellation token
// is a flag nobody signals, so this bounds how late a cancel is noticed.
constexpr int kPollMilliseconds = 50;

// Larger than libcurl's 16 KiB defaults: fewer sink calls and syscalls on
// multi-gigabyte objects, still small per pooled handle.
constexpr long kBufferSize = 256 * 1024;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

// Messages are one line, whatever a peer or libcurl put into them.
std::string oneLine(std::string text)
{
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
    return text;
}

void freeHeaderList(curl_slist *list)
{
    curl_slist_free_all(list);
}

using HeaderList = std::unique_ptr<curl_slist, decltype(&freeHeaderList)>;

// Request headers as libcurl takes them; false when out of memory.
bool buildHeaders(const HttpRequest &request, HeaderList &list)
{
    auto append = [&](const std::string &line) {
        curl_slist *grown = curl_slist_append(list.get(), line.c_str());
        if (!grown)
            return false;
        (void)list.release();
        list.reset(grown);
        return true;
    };
    for (const auto &[name, value] : request.headers.entries()) {
        // "Name;" is libcurl's way to send a header with an empty value.
        if (!append(value.empty() ? name + ";" : name + ": " + value))
            return false;
    }
    // 100-continue costs a round trip (or a one-second stall with servers
    // that ignore it) on every upload; failures cost at most one body here.
    if (!request.headers.has("Expect") && !append("Expect:"))
        return false;
    // libcurl labels every POST as a form; signatures that cover
    // Content-Type (Azure SharedKey) must see only what the caller set.
    if (request.method == "POST" && !request.headers.has("Content-Type") && !append("Content-Type:"))
        return false;
    return true;
}

} // namespace

CurlTransfer::CurlTransfer(const HttpClientConfig &config, CURL *easy, CURLM *multi)
    : m_config(config)
    , m_easy(easy)
    , m_multi(multi)
{}

std::optional<std::uint64_t> CurlTransfer::announcedSize(const HttpRequest &request)
{
    if (request.bodySize)
        return request.bodySize;
    if (request.body)
        return request.body->size();
    return std::nullopt;
}

CurlTransfer::Outcome CurlTransfer::run(
    const HttpRequest &request, ByteSink *sink, const CancellationToken &cancel, const std::string &where)
{
    const auto started = std::chrono::steady_clock::now();
    m_request = &request;
    m_sink = sink;
    m_cancel = &cancel;
    m_where = where;
    m_announced = announcedSize(request);

    Outcome outcome;
    curl_easy_reset(m_easy);
    HeaderList headers(nullptr, &freeHeaderList);
    if (!buildHeaders(request, headers) || !configure(request, headers.get())) {
        curl_easy_reset(m_easy);
        outcome.error = Error::fatal("cannot set up the HTTP request to " + where + " (out of memory?)");
        return outcome;
    }

    CURLcode code = CURLE_OK;
    const bool cancelled = perform(code);
    outcome.elapsed = std::chrono::steady_clock::now() - started;
    outcome.bytesToSink = m_bytesToSink;
    if (m_callbackError) {
        outcome.error = std::move(m_callbackError);
    } else if (cancelled || (code == CURLE_ABORTED_BY_CALLBACK && cancel.isCancelled())) {
        outcome.error = Error::cancelled("request to " + where + " cancelled");
    } else if (code != CURLE_OK) {
        outcome.error = classify(code);
    } else {
        long status = 0;
        curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
        outcome.response.status = static_cast<int>(status);
        for (auto &[name, value] : m_headers)
            outcome.response.headers.add(std::move(name), std::move(value));
        outcome.response.errorBody = std::move(m_errorBody);
    }
    // The pooled handle must not keep pointers to this object and to the
    // header list, which die now.
    curl_easy_reset(m_easy);
    return outcome;
}

bool CurlTransfer::configure(const HttpRequest &request, curl_slist *headers)
{
    CURL *h = m_easy;
    bool ok = curl_easy_setopt(h, CURLOPT_URL, request.url.c_str()) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers) == CURLE_OK;
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    // Several threads run transfers: no signals (libcurl's default would
    // use SIGALRM for DNS timeouts with some resolvers).
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    // The URL is sent as the caller built it: object keys such as "a/./b"
    // or "a/../b" are names, not paths to tidy up.
    curl_easy_setopt(h, CURLOPT_PATH_AS_IS, 1L);
    // Backends decide on redirects (S3 region hints, WebHDFS datanodes).
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    curl_easy_setopt(h, CURLOPT_USERAGENT, m_config.userAgent.c_str());

    curl_easy_setopt(
        h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::max<long long>(0, m_config.connectTimeout.count())));
    // No total timeout: a 100 GiB object takes as long as it takes. A stall
    // is "less than one byte a second for stallTimeout", whole seconds.
    if (m_config.stallTimeout.count() > 0) {
        const long seconds = static_cast<long>((m_config.stallTimeout.count() + 999) / 1000);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, seconds);
    }
    // Idle pooled connections behind NAT or a load balancer die silently;
    // keep-alive probes find out before a request is lost on one.
    curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(h, CURLOPT_TCP_KEEPIDLE, 60L);
    curl_easy_setopt(h, CURLOPT_TCP_KEEPINTVL, 30L);
    curl_easy_setopt(h, CURLOPT_BUFFERSIZE, kBufferSize);
    curl_easy_setopt(h, CURLOPT_UPLOAD_BUFFERSIZE, kBufferSize);

    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, m_config.verifyTls ? 1L : 0L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, m_config.verifyTls ? 2L : 0L);
    if (!m_config.caBundle.empty()) {
        // A private CA usually signs the company's TLS-inspecting proxy too.
        ok = ok && curl_easy_setopt(h, CURLOPT_CAINFO, m_config.caBundle.c_str()) == CURLE_OK;
        curl_easy_setopt(h, CURLOPT_PROXY_CAINFO, m_config.caBundle.c_str());
    }
    // Left unset, libcurl reads http_proxy, HTTPS_PROXY/https_proxy,
    // ALL_PROXY and NO_PROXY/no_proxy itself (and ignores upper-case
    // HTTP_PROXY, as it should: CGI sets that from a request header).
    if (!m_config.proxy.empty())
        ok = ok && curl_easy_setopt(h, CURLOPT_PROXY, m_config.proxy.c_str()) == CURLE_OK;

    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &CurlTransfer::onWrite);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, this);
    // Always ours: libcurl's default read function reads stdin.
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &CurlTransfer::onRead);
    curl_easy_setopt(h, CURLOPT_READDATA, this);
    curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, &CurlTransfer::onSeek);
    curl_easy_setopt(h, CURLOPT_SEEKDATA, this);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &CurlTransfer::onProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, &CurlTransfer::onConnected);
    curl_easy_setopt(h, CURLOPT_PREREQDATA, this);

    const bool hasBody = request.body != nullptr;
    const auto size
        = hasBody ? (m_announced ? static_cast<curl_off_t>(*m_announced) : curl_off_t{-1}) : curl_off_t{0};
    const std::string &method = request.method;
    if (method == "HEAD") {
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    } else if (method == "GET" && !hasBody) {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else if (method == "POST") {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        // -1 (size unknown) makes libcurl send the body chunked.
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, size);
        if (!hasBody)
            curl_easy_setopt(h, CURLOPT_POSTFIELDS, "");
    } else if (method == "PUT" || hasBody) {
        curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, size);
        if (method != "PUT")
            ok = ok && curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.c_str()) == CURLE_OK;
    } else {
        ok = ok && curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.c_str()) == CURLE_OK;
    }
    return ok;
}

bool CurlTransfer::perform(CURLcode &result)
{
    result = CURLE_OK;
    if (curl_multi_add_handle(m_multi, m_easy) != CURLM_OK) {
        result = CURLE_FAILED_INIT;
        return false;
    }
    bool cancelled = false;
    bool finished = false;
    for (;;) {
        int running = 0;
        CURLMcode state = curl_multi_perform(m_multi, &running);
        if (state == CURLM_OK && running == 0) {
            finished = true;
            break;
        }
        if (state == CURLM_OK && m_cancel->isCancelled()) {
            cancelled = true;
            break;
        }
        if (state == CURLM_OK)
            state = curl_multi_poll(m_multi, nullptr, 0, kPollMilliseconds, nullptr);
        if (state != CURLM_OK) {
            std::snprintf(m_errorBuffer, sizeof m_errorBuffer, "%s", curl_multi_strerror(state));
            result = CURLE_FAILED_INIT;
            break;
        }
    }
    if (finished) {
        int left = 0;
        while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
            if (message->msg == CURLMSG_DONE && message->easy_handle == m_easy)
                result = message->data.result;
        }
    }
    // Removing an unfinished transfer closes its connection, which is what
    // a cancel needs; a finished one leaves it in the multi's cache.
    curl_multi_remove_handle(m_multi, m_easy);
    return cancelled;
}

Error CurlTransfer::classify(CURLcode code) const
{
    const std::string detail = oneLine(m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(code));
    long osErrno = 0;
    curl_easy_getinfo(m_easy, CURLINFO_OS_ERRNO, &osErrno);
    const std::string reason = osErrno != 0 ? std::string(std::strerror(static_cast<int>(osErrno))) : detail;

    switch (code) {
    case CURLE_COULDNT_CONNECT:
        return Error::transient("cannot connect to " + m_where + " (" + reason + ")");
    case CURLE_OPERATION_TIMEDOUT:
        if (!m_connected)
            return Error::transient("cannot connect to " + m_where + " (" + detail + ")");
        return Error::transient("transfer with " + m_where + " stalled (no data for "
            + std::to_string((m_config.stallTimeout.count() + 999) / 1000) + " s)");
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SEND_FAIL_REWIND:
        return Error::transient("connection to " + m_where + " failed (" + detail + ")");
    case CURLE_SSL_CONNECT_ERROR:
        // A reset during the handshake is an overloaded peer; anything else
        // (a plain-HTTP port, no common protocol) will fail again.
        if (osErrno == ECONNRESET || osErrno == EPIPE || osErrno == ETIMEDOUT)
            return Error::transient("TLS handshake with " + m_where + " failed (" + detail + ")");
        return Error::fatal("TLS handshake with " + m_where + " failed (" + detail + ")");
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return Error::fatal("the TLS certificate of " + m_where + " could not be verified (" + detail
            + "); if the server uses a private CA, set the ca_bundle option to its PEM file");
    case CURLE_SSL_CACERT_BADFILE:
        return Error::fatal(
            "cannot read the CA bundle '" + m_config.caBundle + "' (" + detail + "); check the ca_bundle option");
    case CURLE_COULDNT_RESOLVE_HOST:
        // The port is noise here: the name is what failed.
        return Error::fatal("cannot resolve host " + m_where.substr(0, m_where.rfind(':')) + " (" + detail + ")");
    case CURLE_COULDNT_RESOLVE_PROXY:
        return Error::fatal("cannot resolve the proxy for " + m_where + " (" + detail + ")");
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return Error::invalidInput("cannot send to " + m_where + " (" + detail + ")");
    default:
        return Error::fatal("HTTP request to " + m_where + " failed (" + detail + ")");
    }
}

size_t CurlTransfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    const size_t length = size * count;
    std::string_view line = trimmed(std::string_view(data, length));
    if (line.starts_with("HTTP/")) {
        // A new status line starts a new response (after a 1xx, say): only
        // the final response's headers count.
        transfer->m_headers.clear();
        const size_t space = line.find(' ');
        int status = 0;
        if (space != std::string_view::npos) {
            for (size_t i = space + 1; i < line.size() && i < space + 4 && line[i] >= '0' && line[i] <= '9'; ++i)
                status = status * 10 + (line[i] - '0');
        }
        transfer->m_status = status;
        return length;
    }
    if (line.empty())
        return length;
    if ((data[0] == ' ' || data[0] == '\t') && !transfer->m_headers.empty()) {
        // Obsolete line folding: the line continues the previous value.
        transfer->m_headers.back().second += " " + std::string(line);
        return length;
    }
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos && colon > 0)
        transfer->m_headers.emplace_back(
            std::string(line.substr(0, colon)), std::string(trimmed(line.substr(colon + 1))));
    return length;
}

size_t CurlTransfer::onWrite(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    const size_t length = size * count;
    if (transfer->m_status >= 200 && transfer->m_status < 300) {
        if (transfer->m_sink) {
            Status written = transfer->m_sink->write(std::span<const char>(data, length));
            if (!written) {
                transfer->m_callbackError = written.error();
                return 0; // anything but `length` aborts with CURLE_WRITE_ERROR
            }
            transfer->m_bytesToSink += length;
        }
        return length;
    }
    // Error bodies are for messages; a huge one is read (keeping the
    // connection usable) but not kept.
    const size_t room = kErrorBodyCap - std::min(kErrorBodyCap, transfer->m_errorBody.size());
    transfer->m_errorBody.append(data, std::min(room, length));
    return length;
}

size_t CurlTransfer::onRead(char *buffer, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    if (transfer->m_cancel->isCancelled())
        return CURL_READFUNC_ABORT;
    ByteSource *body = transfer->m_request->body;
    if (!body)
        return 0;
    size_t wanted = size * count;
    if (transfer->m_announced) {
        // Never send more than announced: the excess would be read by the
        // server as the start of the next request.
        wanted = static_cast<size_t>(std::min<std::uint64_t>(
            wanted, *transfer->m_announced - std::min(*transfer->m_announced, transfer->m_bytesRead)));
        if (wanted == 0)
            return 0;
    }
    Result<std::size_t> got = body->read(std::span<char>(buffer, wanted));
    if (!got) {
        transfer->m_callbackError = got.error();
        return CURL_READFUNC_ABORT;
    }
    if (*got == 0 && transfer->m_announced && transfer->m_bytesRead < *transfer->m_announced) {
        // The server would wait for the missing bytes until the stall timeout.
        transfer->m_callbackError = Error::invalidInput("the body for " + transfer->m_where + " ended after "
            + std::to_string(transfer->m_bytesRead) + " of the " + std::to_string(*transfer->m_announced)
            + " bytes announced");
        return CURL_READFUNC_ABORT;
    }
    transfer->m_bytesRead += *got;
    return *got;
}

int CurlTransfer::onSeek(void *self, curl_off_t offset, int origin)
{
    // libcurl rewinds by itself when a reused connection turns out dead
    // before the response: start the body again if the source can.
    auto *transfer = static_cast<CurlTransfer *>(self);
    if (offset != 0 || origin != SEEK_SET)
        return CURL_SEEKFUNC_CANTSEEK;
    ByteSource *body = transfer->m_request->body;
    if (body && !body->rewind())
        return CURL_SEEKFUNC_CANTSEEK;
    transfer->m_bytesRead = 0;
    return CURL_SEEKFUNC_OK;
}

int CurlTransfer::onProgress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<CurlTransfer *>(self)->m_cancel->isCancelled() ? 1 : 0;
}

int CurlTransfer::onConnected(void *self, char *, char *, int, int)
{
    static_cast<CurlTransfer *>(self)->m_connected = true;
    return CURL_PREREQFUNC_OK;
}

} // namespace lakescope
