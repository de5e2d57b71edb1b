// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3client.h"

#include "core/backends/s3/s3xml.h"
#include "core/common/md5.h"
#include "core/common/uri.h"

#include <array>
#include <algorithm>
#include <thread>

namespace lakescope {

namespace {

// XML answers are small (a ListObjectsV2 page of 1,000 long keys is under
// 2 MiB); anything far larger is not S3 talking.
constexpr std::size_t kMaxXmlBody = 64u << 20;

// Bodies up to this size get their SHA-256 signed (XML documents); larger
// small bodies (buffered object data) go as UNSIGNED-PAYLOAD with
// Content-MD5.
constexpr std::size_t kSignedBodyLimit = 1u << 20;

class CappedSink final : public ByteSink
{
public:
    Status write(std::span<const char> data) override
    {
        if (m_data.size() + data.size() > kMaxXmlBody)
            return Error::fatal("the server's answer is larger than 64 MiB, which no S3 response is");
        m_data.append(data.data(), data.size());
        return {};
    }
    std::string take() { return std::move(m_data); }
    const std::string &data() const { return m_data; }

private:
    std::string m_data;
};

std::string base64(std::span<const unsigned char> bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned value = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += kAlphabet[(value >> 6) & 63];
        out += kAlphabet[value & 63];
    }
    if (i + 1 == bytes.size()) {
        const unsigned value = bytes[i] << 16;
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += "==";
    } else if (i + 2 == bytes.size()) {
        const unsigned value = (bytes[i] << 16) | (bytes[i + 1] << 8);
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += kAlphabet[(value >> 6) & 63];
        out += '=';
    }
    return out;
}

// Only a body that looks like it could be an <Error> document is parsed a
// second time; listing pages are not.
bool mayBeErrorDocument(const std::string &body)
{
    return std::string_view(body).substr(0, 512).find("Error") != std::string_view::npos;
}

// DNS labels only: anything else (uppercase, '_', "..") must go in the path.
bool dnsCompatible(std::string_view bucket)
{
    if (bucket.size() < 3 || bucket.size() > 63 || bucket.front() == '.' || bucket.back() == '.'
        || bucket.find("..") != std::string_view::npos)
        return false;
    for (const char c : bucket) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            return false;
    }
    return true;
}

// "a/./b" and "a/../b" are keys of their own in S3. Our HTTP client sends
// paths as given, but proxies and load balancers in between may still
// remove dot segments; escaped, they reach the server intact, and the
// signer decodes them before signing.
std::string encodeKey(std::string_view key)
{
    std::string encoded = uri::encode(key, true);
    std::string out;
    std::size_t start = 0;
    for (;;) {
        const auto slash = encoded.find('/', start);
        const std::string_view segment = std::string_view(encoded).substr(
            start, slash == std::string::npos ? std::string::npos : slash - start);
        out += segment == "." ? "%2E" : segment == ".." ? "%2E%2E" : std::string(segment);
        if (slash == std::string::npos)
            return out;
        out += '/';
        start = slash + 1;
    }
}

} // namespace

S3Client::S3Client(S3Config config, std::shared_ptr<HttpClient> http)
    : m_config(std::move(config))
    , m_http(std::move(http))
    , m_signer(SigV4Signer::Options{m_config.region, "s3", false, true})
{
    if (auto parts = uri::parse(m_config.endpoint)) {
        m_scheme = parts->scheme;
        m_authority = parts->authority();
        m_basePath = parts->path == "/" ? std::string() : parts->path;
        while (!m_basePath.empty() && m_basePath.back() == '/')
            m_basePath.pop_back();
    } else {
        // S3Config validated the endpoint; keep a usable fallback anyway.
        m_scheme = "https";
        m_authority = m_config.endpoint;
    }
    if (!m_http)
        m_http = std::make_shared<HttpClient>(m_config.httpClientConfig());
}

bool S3Client::virtualHostedFor(std::string_view bucket) const
{
    // A dotted bucket under https would not match the certificate's
    // "*.host" wildcard, so it falls back to path style, as the SDKs do.
    return m_config.virtualHosted && dnsCompatible(bucket)
           && !(m_scheme == "https" && bucket.find('.') != std::string_view::npos);
}

std::string S3Client::url(std::string_view bucket, std::string_view key, const S3Request::Query &query) const
{
    std::string out = m_scheme + "://";
    if (bucket.empty()) {
        out += m_authority + m_basePath + "/";
    } else if (virtualHostedFor(bucket)) {
        out += std::string(bucket) + "." + m_authority + m_basePath + "/" + encodeKey(key);
    } else {
        out += m_authority + m_basePath + "/" + std::string(bucket);
        if (!key.empty())
            out += "/" + encodeKey(key);
    }
    char separator = '?';
    for (const auto &[name, value] : query) {
        out += separator;
        out += uri::encode(name);
        if (!value.empty())
            out += "=" + uri::encode(value);
        separator = '&';
    }
    return out;
}

Result<HttpResponse> S3Client::send(S3Request &request, ByteSink *sink, CancellationToken cancel)
{
    HttpRequest http;
    http.method = request.method;
    http.url = url(request.bucket, request.key, request.query);
    http.headers = request.headers;
    http.retrySafe = request.retrySafe;

    // PUT and POST always carry a length, even when empty: some servers
    // refuse a body-less PUT without Content-Length.
    static const std::string kNoBody;
    std::optional<ViewSource> small;
    std::string payloadHash;
    if (request.smallBody || (!request.body && (request.method == "PUT" || request.method == "POST"))) {
        const std::string &body = request.smallBody ? *request.smallBody : kNoBody;
        // XML is signed whole; object data has Content-MD5 for integrity
        // and is not hashed a second time.
        payloadHash = body.size() <= kSignedBodyLimit ? sha256Hex(body) : std::string(SigV4Signer::kUnsignedPayload);
        if (request.contentMd5)
            setContentMd5(http.headers, body);
        if (!body.empty() && !http.headers.has("Content-Type"))
            http.headers.set("Content-Type", "application/xml");
        small.emplace(body);
        http.body = &*small;
        http.bodySize = body.size();
    } else if (request.body) {
        payloadHash = std::string(SigV4Signer::kUnsignedPayload);
        http.body = request.body;
        http.bodySize = request.bodySize;
    } else {
        payloadHash = std::string(SigV4Signer::kEmptyPayloadHash);
    }

    if (!m_config.skipSignature && !m_config.credentials.isAnonymous()) {
        http.prepare = [this, payloadHash](HttpRequest &attempt) -> Status {
            return m_signer.sign(attempt, m_config.credentials, payloadHash, std::chrono::system_clock::now());
        };
    }
    return m_http->send(http, sink, cancel);
}

std::string S3Client::setContentMd5(HttpHeaders &headers, std::span<const char> body, const std::string &knownHex)
{
    std::array<unsigned char, 16> digest{};
    bool known = knownHex.size() == 32;
    for (std::size_t i = 0; known && i < digest.size(); ++i) {
        const int high = uri::hexDigitValue(knownHex[2 * i]);
        const int low = uri::hexDigitValue(knownHex[2 * i + 1]);
        known = high >= 0 && low >= 0;
        digest[i] = static_cast<unsigned char>(high * 16 + low);
    }
    if (!known) {
        Md5 md5;
        md5.update(body);
        digest = md5.finish();
    }
    headers.set("Content-MD5", base64(digest));
    return toHex(digest);
}

Result<std::string> S3Client::exchange(S3Request &request, const s3errors::Context &context,
                                       CancellationToken cancel, HttpResponse *response)
{
    constexpr int kRounds = 3;
    for (int round = 1;; ++round) {
        CappedSink sink;
        auto sent = send(request, &sink, cancel);
        if (!sent)
            return sent.error();
        if (response)
            *response = *sent;
        if (!sent->ok())
            return s3errors::fromResponse(*sent, context);
        if (mayBeErrorDocument(sink.data())) {
            if (auto document = s3xml::parseError(sink.data()); document && !document->code.empty()) {
                // An error inside a 200 (CompleteMultipartUpload, CopyObject):
                // the HTTP client saw success, so repeating is ours to do.
                if (request.retrySafe && round < kRounds && s3errors::isTransientCode(document->code)
                    && !cancel.isCancelled()) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(250 * round));
                    continue;
                }
                return s3errors::fromDocument(sent->status, *document, context, round);
            }
        }
        return sink.take();
    }
}

Result<std::string> S3Client::presign(std::string_view method, std::string_view bucket, std::string_view key,
                                      std::chrono::seconds expires) const
{
    if (m_config.credentials.isAnonymous())
        return Error::unauthenticated(
            "presigning needs credentials (set aws_access_key_id and aws_secret_access_key)");
    return m_signer.presign(method, url(bucket, key), m_config.credentials, expires,
                            std::chrono::system_clock::now());
}

} // namespace lakescope
