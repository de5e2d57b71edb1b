// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/client/lakefstransport.h"

#include "core/common/uri.h"

#include <array>

namespace lakescope::lakefs {

namespace {

// Documents are small (a page of 1,000 commits with metadata is a few
// MiB); anything far larger is not lakeFS talking.
constexpr std::size_t kMaxDocument = 64u << 20;

class DocumentSink final : public ByteSink
{
public:
    Status write(std::span<const char> data) override
    {
        if (m_data.size() + data.size() > kMaxDocument)
            return Error::fatal("the lakeFS answer is larger than 64 MiB, which no API document is");
        m_data.append(data.data(), data.size());
        return {};
    }
    std::string take() { return std::move(m_data); }

private:
    std::string m_data;
};

std::string base64(std::string_view bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    auto byte = [&](std::size_t at) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[at])); };
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned value = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
        for (int shift = 18; shift >= 0; shift -= 6)
            out += kAlphabet[(value >> shift) & 63];
    }
    if (i + 1 == bytes.size()) {
        const unsigned value = byte(i) << 16;
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += "==";
    } else if (i + 2 == bytes.size()) {
        const unsigned value = (byte(i) << 16) | (byte(i + 1) << 8);
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += kAlphabet[(value >> 6) & 63];
        out += '=';
    }
    return out;
}

} // namespace

LakeFsTransport::LakeFsTransport(std::string endpoint, std::string accessKeyId, std::string secretAccessKey,
                                 std::shared_ptr<HttpClient> http)
    : m_endpoint(std::move(endpoint))
    , m_apiBase(m_endpoint + "/api/v1")
    , m_authorization("Basic " + base64(accessKeyId + ":" + secretAccessKey))
    , m_peer{m_endpoint, std::move(accessKeyId)}
    , m_http(std::move(http))
{
    if (!m_http)
        m_http = std::make_shared<HttpClient>();
}

std::string LakeFsTransport::segment(std::string_view text)
{
    return uri::encode(text, false);
}

std::string LakeFsTransport::url(const ApiCall &call) const
{
    std::string out = m_apiBase + call.path;
    char separator = '?';
    for (const auto &[name, value] : call.query) {
        out += separator;
        out += uri::encode(name) + "=" + uri::encode(value);
        separator = '&';
    }
    return out;
}

Result<HttpResponse> LakeFsTransport::send(ApiCall &call, ByteSink *sink, CancellationToken cancel)
{
    HttpRequest request;
    request.method = call.method;
    request.url = url(call);
    request.headers = call.headers;
    request.retrySafe = call.retrySafe;
    request.headers.set("Accept", "application/json");

    std::optional<StringSource> document;
    if (call.json) {
        document.emplace(call.json->dump());
        request.headers.set("Content-Type", "application/json");
        request.body = &*document;
        request.bodySize = document->size();
    } else if (call.body) {
        request.body = call.body;
        request.bodySize = call.bodySize;
    } else if (call.method == "POST" || call.method == "PUT") {
        // Some proxies refuse a body-less POST without a length.
        document.emplace(std::string());
        request.body = &*document;
        request.bodySize = 0;
    }
    // Set in prepare, so every attempt carries it and the trace redacts it.
    const std::string authorization = m_authorization;
    request.prepare = [authorization](HttpRequest &attempt) -> Status {
        attempt.headers.set("Authorization", authorization);
        return {};
    };

    auto response = m_http->send(request, sink, cancel);
    if (!response) {
        Error error = response.error();
        if (error.code != ErrorCode::Cancelled)
            error.message = "lakeFS at " + m_endpoint + ": " + error.message;
        return error;
    }
    return response;
}

Result<nlohmann::json> LakeFsTransport::json(ApiCall &call, CancellationToken cancel, HttpResponse *response)
{
    auto body = text(call, cancel, response);
    if (!body)
        return body.error();
    if (body->empty())
        return nlohmann::json();
    auto parsed = nlohmann::json::parse(*body, nullptr, false);
    if (parsed.is_discarded())
        return malformed(call, "the answer is not JSON");
    return parsed;
}

Result<std::string> LakeFsTransport::text(ApiCall &call, CancellationToken cancel, HttpResponse *response)
{
    DocumentSink sink;
    auto sent = send(call, &sink, cancel);
    if (!sent)
        return sent.error();
    if (response)
        *response = *sent;
    if (!sent->ok())
        return errorFor(*sent, call);
    return sink.take();
}

Error LakeFsTransport::errorFor(const HttpResponse &response, const ApiCall &call) const
{
    return apiError(response.status, response.errorBody, call.subject, m_peer);
}

Error LakeFsTransport::malformed(const ApiCall &call, std::string_view what) const
{
    // The path names the operation; the query may hold object paths only.
    return Error::fatal("lakeFS at " + m_endpoint + " sent a malformed answer to " + call.method + " " + call.path
                        + ": " + std::string(what));
}

} // namespace lakescope::lakefs
