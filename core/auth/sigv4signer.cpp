// SPDX-License-Identifier: Apache-2.0
#include "core/auth/sigv4signer.h"

#include "core/auth/hmac.h"
#include "core/common/uri.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <utility>
#include <vector>

namespace lakescope {

namespace {

constexpr std::string_view kAlgorithm = "AWS4-HMAC-SHA256";
constexpr std::int64_t kMaxPresignSeconds = 7 * 24 * 3600;

using QueryPairs = std::vector<std::pair<std::string, std::string>>;

struct Canonical
{
    std::string request;
    std::string signedHeaders;
};

std::string formatUtc(Timestamp time, const char *format)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char buffer[32] = {};
    std::strftime(buffer, sizeof buffer, format, &utc);
    return buffer;
}

std::string amzDate(Timestamp time)
{
    return formatUtc(time, "%Y%m%dT%H%M%SZ");
}

std::string dateStamp(Timestamp time)
{
    return formatUtc(time, "%Y%m%d");
}

std::string credentialScope(const SigV4Signer::Options &options, Timestamp time)
{
    return dateStamp(time) + "/" + options.region + "/" + options.service + "/aws4_request";
}

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    }
    return out;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Trim and collapse every whitespace run to one space. Line breaks count as
// whitespace, so a folded (obs-fold) header value becomes one line, which is
// what the test suite's get-header-value-multiline expects.
std::string canonicalHeaderValue(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

// Headers that proxies and HTTP stacks add or rewrite in transit; signing
// them would break the signature for reasons the user cannot see. The list
// follows botocore's and aws-c-auth's.
bool isUnsignedHeader(std::string_view lowerName)
{
    static constexpr std::array<std::string_view, 6> skipped = {
        "authorization",
        "connection",
        "expect",
        "transfer-encoding",
        "user-agent",
        "x-amzn-trace-id",
    };
    return std::find(skipped.begin(), skipped.end(), lowerName) != skipped.end();
}

// S3 signs the key exactly as the object is named ("a//b" and "a/./b" are
// other keys than "a/b"); other services sign the RFC 3986 normalised path.
// Segments are decoded and re-encoded so an already-encoded URL is not
// encoded twice and every encoder's choice of escapes signs the same.
Result<std::string> canonicalUri(std::string_view path, bool normalize)
{
    if (path.empty() || path.front() != '/')
        return canonicalUri("/" + std::string(path), normalize);

    std::vector<std::string_view> segments;
    for (std::size_t start = 1;;) {
        const auto slash = path.find('/', start);
        segments.push_back(
            path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }

    if (normalize) {
        const bool trailingSlash = segments.back().empty();
        std::vector<std::string_view> kept;
        for (const auto segment : segments) {
            if (segment.empty() || segment == ".")
                continue;
            if (segment == "..") {
                if (!kept.empty())
                    kept.pop_back();
                continue;
            }
            kept.push_back(segment);
        }
        if (trailingSlash && !kept.empty())
            kept.push_back({});
        segments = std::move(kept);
    }

    std::string out;
    for (const auto segment : segments) {
        auto decoded = uri::decode(segment);
        if (!decoded)
            return Error::invalidInput("cannot sign URL path: " + decoded.error().message);
        out += '/';
        out += uri::encode(*decoded);
    }
    return out.empty() ? std::string("/") : out;
}

// Names and values are compared after encoding, as SigV4 specifies, so the
// order is the same whatever escapes the caller used.
std::string canonicalQuery(const QueryPairs &decoded)
{
    QueryPairs encoded;
    encoded.reserve(decoded.size());
    for (const auto &[name, value] : decoded)
        encoded.emplace_back(uri::encode(name), uri::encode(value));
    std::sort(encoded.begin(), encoded.end());
    std::string out;
    for (const auto &[name, value] : encoded) {
        if (!out.empty())
            out += '&';
        out += name + "=" + value;
    }
    return out;
}

Result<Canonical> buildCanonical(std::string_view method, const uri::Parts &parts, const HttpHeaders &headers,
    std::string_view payloadHash, bool normalizePath)
{
    if (payloadHash.empty())
        return Error::invalidInput("SigV4 needs a payload hash (kEmptyPayloadHash, kUnsignedPayload or a SHA-256)");
    auto path = canonicalUri(parts.path, normalizePath);
    if (!path)
        return path.error();
    auto query = uri::parseQuery(parts.query);
    if (!query)
        return Error::invalidInput("cannot sign URL query: " + query.error().message);

    std::vector<std::pair<std::string, std::string>> entries;
    bool hasHost = false;
    for (const auto &[name, value] : headers.entries()) {
        std::string lowerName = lowerCase(canonicalHeaderValue(name));
        if (isUnsignedHeader(lowerName))
            continue;
        hasHost = hasHost || lowerName == "host";
        entries.emplace_back(std::move(lowerName), canonicalHeaderValue(value));
    }
    if (!hasHost)
        entries.emplace_back("host", parts.authority());
    // Stable: repeated headers keep their order when joined with ','.
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    std::string canonicalHeaders;
    std::string signedHeaders;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0 && entries[i].first == entries[i - 1].first) {
            canonicalHeaders.back() = ','; // replaces the previous line's '\n'
            canonicalHeaders += entries[i].second + "\n";
            continue;
        }
        canonicalHeaders += entries[i].first + ":" + entries[i].second + "\n";
        if (!signedHeaders.empty())
            signedHeaders += ';';
        signedHeaders += entries[i].first;
    }

    Canonical canonical;
    canonical.request = std::string(method) + "\n" + *path + "\n" + canonicalQuery(*query) + "\n" + canonicalHeaders
        + "\n" + signedHeaders + "\n" + std::string(payloadHash);
    canonical.signedHeaders = std::move(signedHeaders);
    return canonical;
}

bool isSigningParameter(std::string_view name)
{
    static constexpr std::array<std::string_view, 7> names = {
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
        "X-Amz-Signature",
        "X-Amz-Security-Token",
    };
    return std::find(names.begin(), names.end(), name) != names.end();
}

Status checkCredentials(const AwsCredentials &credentials)
{
    // The key id is not secret and tells the user which configuration is off.
    if (credentials.secretAccessKey.empty())
        return Error::invalidInput("access key id " + credentials.accessKeyId + " has no secret access key");
    return {};
}

} // namespace

SigV4Signer::SigV4Signer(Options options)
    : m_options(std::move(options))
{
}

Result<std::string> SigV4Signer::canonicalRequest(const HttpRequest &request, std::string_view payloadHash) const
{
    auto parts = uri::parse(request.url);
    if (!parts)
        return parts.error();
    auto canonical = buildCanonical(request.method, *parts, request.headers, payloadHash, m_options.normalizePath);
    if (!canonical)
        return canonical.error();
    return std::move(canonical->request);
}

std::string SigV4Signer::stringToSign(std::string_view canonicalRequest, Timestamp now) const
{
    return std::string(kAlgorithm) + "\n" + amzDate(now) + "\n" + credentialScope(m_options, now) + "\n"
        + sha256Hex(canonicalRequest);
}

std::string SigV4Signer::signature(
    std::string_view stringToSign, const AwsCredentials &credentials, Timestamp now) const
{
    const std::string dateKey = hmacSha256("AWS4" + credentials.secretAccessKey, dateStamp(now));
    const std::string regionKey = hmacSha256(dateKey, m_options.region);
    const std::string serviceKey = hmacSha256(regionKey, m_options.service);
    const std::string signingKey = hmacSha256(serviceKey, "aws4_request");
    return hexOf(hmacSha256(signingKey, stringToSign));
}

Status SigV4Signer::sign(
    HttpRequest &request, const AwsCredentials &credentials, std::string_view payloadHash, Timestamp now) const
{
    // A re-sign (a retry) must not sign the previous attempt's signature.
    request.headers.remove("Authorization");
    if (credentials.isAnonymous())
        return {};
    if (auto status = checkCredentials(credentials); !status)
        return status;
    if (payloadHash.empty())
        return Error::invalidInput("SigV4 needs a payload hash (kEmptyPayloadHash, kUnsignedPayload or a SHA-256)");
    auto parts = uri::parse(request.url);
    if (!parts)
        return parts.error();

    // Set Host explicitly so the value sent is the value signed, whatever the
    // HTTP stack would have chosen for IPv6 literals or default ports.
    if (!request.headers.has("Host"))
        request.headers.set("Host", parts->authority());
    request.headers.set("X-Amz-Date", amzDate(now));
    if (m_options.sendContentSha256)
        request.headers.set("x-amz-content-sha256", std::string(payloadHash));
    // Signed with the rest: S3 accepts both, and a signed token cannot be
    // swapped by anyone replaying the request.
    if (!credentials.sessionToken.empty())
        request.headers.set("X-Amz-Security-Token", credentials.sessionToken);

    auto canonical = buildCanonical(request.method, *parts, request.headers, payloadHash, m_options.normalizePath);
    if (!canonical)
        return canonical.error();
    const std::string toSign = stringToSign(canonical->request, now);
    const std::string scope = credentialScope(m_options, now);
    request.headers.set("Authorization",
        std::string(kAlgorithm) + " Credential=" + credentials.accessKeyId + "/" + scope
            + ", SignedHeaders=" + canonical->signedHeaders + ", Signature=" + signature(toSign, credentials, now));
    return {};
}

Result<std::string> SigV4Signer::presign(std::string_view method, std::string_view url,
    const AwsCredentials &credentials, std::chrono::seconds expires, Timestamp now) const
{
    if (expires.count() < 1 || expires.count() > kMaxPresignSeconds)
        return Error::invalidInput("presigned URL expiry must be between 1 second and 7 days (604800 s), the most "
                                   "SigV4 allows; got "
            + std::to_string(expires.count()) + " s");
    auto parts = uri::parse(url);
    if (!parts)
        return parts.error();
    // Nothing to sign with: a public object's plain URL is its shareable link.
    if (credentials.isAnonymous())
        return std::string(url);
    if (auto status = checkCredentials(credentials); !status)
        return status.error();

    auto query = uri::parseQuery(parts->query);
    if (!query)
        return Error::invalidInput("cannot presign URL query: " + query.error().message);
    // Presigning a presigned URL replaces its signature instead of nesting one.
    std::erase_if(*query, [](const auto &pair) { return isSigningParameter(pair.first); });
    const std::string scope = credentialScope(m_options, now);
    query->emplace_back("X-Amz-Algorithm", std::string(kAlgorithm));
    query->emplace_back("X-Amz-Credential", credentials.accessKeyId + "/" + scope);
    query->emplace_back("X-Amz-Date", amzDate(now));
    query->emplace_back("X-Amz-Expires", std::to_string(expires.count()));
    query->emplace_back("X-Amz-SignedHeaders", "host");
    // In a presigned URL the token is part of the signed query.
    if (!credentials.sessionToken.empty())
        query->emplace_back("X-Amz-Security-Token", credentials.sessionToken);

    uri::Parts signedParts = *parts;
    signedParts.query = canonicalQuery(*query);
    HttpHeaders headers;
    headers.set("Host", parts->authority());
    auto canonical = buildCanonical(method, signedParts, headers, kUnsignedPayload, m_options.normalizePath);
    if (!canonical)
        return canonical.error();
    const std::string sig = signature(stringToSign(canonical->request, now), credentials, now);
    return parts->scheme + "://" + parts->authority() + parts->path + "?" + signedParts.query
        + "&X-Amz-Signature=" + sig;
}

std::string sha256Hex(std::string_view data)
{
    return hexOf(sha256Digest(data));
}

} // namespace lakescope
