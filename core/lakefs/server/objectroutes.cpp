// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/serverroutes.h"

#include <httplib.h>

#include <array>
#include <charconv>
#include <ctime>

namespace lakescope::lakefs {

namespace {

// Media types lakeFS lets a browser show in place; anything else downloads.
constexpr std::array<std::string_view, 20> kInlineTypes { {
    "image/jpeg", "image/png", "image/gif", "image/webp", "image/svg+xml", "application/pdf", "text/plain",
    "text/markdown", "text/html", "text/css", "application/javascript", "text/javascript",
    "application/json", "application/xml", "text/xml", "video/mp4", "video/webm", "audio/mpeg", "audio/wav",
    "audio/x-wav",
} };

const char *kPresignUnsupported = "presigned URLs are not supported by the local block adapter";

// The local block adapter has no presigned URLs: lakeFS answers 400 to
// presign=true on mem and local blockstores.
Status refusePresign(ApiExchange &exchange)
{
    const Result<bool> presign = exchange.boolQuery("presign");
    if (!presign)
        return presign.error();
    if (*presign) {
        Error error = Error::notSupported(kPresignUnsupported);
        error.httpStatus = 400;
        return error;
    }
    return {};
}

std::string contentDisposition(std::string_view contentType)
{
    const std::string_view mediaType = contentType.substr(0, contentType.find(';'));
    for (const std::string_view type : kInlineTypes)
        if (mediaType == type)
            return "inline";
    return "attachment";
}

std::string httpDate(std::int64_t unixSeconds)
{
    const std::time_t time = static_cast<std::time_t>(unixSeconds);
    std::tm parts {};
    gmtime_r(&time, &parts);
    char text[40];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &parts);
    return text;
}

std::optional<std::uint64_t> parseNumber(std::string_view text)
{
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// One "bytes=a-b" / "bytes=a-" / "bytes=-n" range over an object of `size`
// bytes, clamped to it; nothing when it is malformed, names several ranges
// or starts past the end (416, as lakeFS answers all three).
std::optional<ByteRange> parseRange(std::string_view header, std::uint64_t size)
{
    constexpr std::string_view kUnit = "bytes=";
    if (header.substr(0, kUnit.size()) != kUnit)
        return std::nullopt;
    const std::string_view spec = header.substr(kUnit.size());
    const std::size_t dash = spec.find('-');
    if (dash == std::string_view::npos || spec.find(',') != std::string_view::npos)
        return std::nullopt;
    const std::string_view first = spec.substr(0, dash);
    const std::string_view last = spec.substr(dash + 1);
    if (first.empty()) {
        const std::optional<std::uint64_t> suffix = parseNumber(last);
        if (!suffix || *suffix == 0 || size == 0)
            return std::nullopt;
        const std::uint64_t length = std::min(*suffix, size);
        return ByteRange::span(size - length, length);
    }
    const std::optional<std::uint64_t> start = parseNumber(first);
    if (!start || *start >= size)
        return std::nullopt;
    if (last.empty())
        return ByteRange::span(*start, size - *start);
    const std::optional<std::uint64_t> end = parseNumber(last);
    if (!end || *end < *start)
        return std::nullopt;
    return ByteRange::span(*start, std::min(*end, size - 1) - *start + 1);
}

// Forwards an object's bytes straight to the client's socket, refusing
// more than the response announced.
class ResponseSink final : public ByteSink
{
public:
    ResponseSink(httplib::DataSink &sink, std::uint64_t limit) : m_sink(sink), m_limit(limit) {}
    Status write(std::span<const char> data) override
    {
        if (data.size() > m_limit - m_written)
            return Error::fatal("object changed while it was read");
        if (!m_sink.write(data.data(), data.size()))
            return Error::cancelled("client went away");
        m_written += data.size();
        return {};
    }
    std::uint64_t written() const { return m_written; }

private:
    httplib::DataSink &m_sink;
    std::uint64_t m_limit;
    std::uint64_t m_written = 0;
};

void getObject(ApiExchange &exchange, VersionedRepository &lake)
{
    const std::string repo = exchange.pathParam(1);
    const std::string ref = exchange.pathParam(2);
    const Result<std::string> path = exchange.requiredQuery("path");
    if (!path)
        return exchange.sendError(path.error());
    if (const Status refused = refusePresign(exchange); !refused)
        return exchange.sendError(refused.error());
    const Result<ObjectStats> stats = lake.statObject(repo, ref, *path, false);
    if (!stats)
        return exchange.sendError(stats.error());

    httplib::Response &response = exchange.response();
    const std::string etag = "\"" + stats->checksum + "\"";
    const std::string contentType = stats->contentType.empty() ? "application/octet-stream" : stats->contentType;
    response.set_header("ETag", etag);
    response.set_header("Last-Modified", httpDate(stats->mtime));
    response.set_header("Cache-Control", "no-store, must-revalidate");
    response.set_header("Content-Disposition", contentDisposition(contentType));
    const bool head = exchange.method() == "HEAD";
    if (head)
        response.set_header("Accept-Ranges", "bytes");
    const std::string ifNoneMatch = exchange.header("If-None-Match");
    if (!ifNoneMatch.empty() && (ifNoneMatch == etag || ifNoneMatch == stats->checksum))
        return exchange.sendNoContent(304);

    ByteRange range = ByteRange::span(0, stats->sizeBytes);
    int status = 200;
    if (exchange.hasHeader("Range")) {
        const std::optional<ByteRange> requested = parseRange(exchange.header("Range"), stats->sizeBytes);
        if (!requested) {
            response.set_header("Content-Range", "bytes */" + std::to_string(stats->sizeBytes));
            return exchange.sendError(416, "Requested Range Not Satisfiable");
        }
        range = *requested;
        status = 206;
        response.set_header("Content-Range", "bytes " + std::to_string(range.offset) + "-"
                                                 + std::to_string(range.offset + *range.length - 1) + "/"
                                                 + std::to_string(stats->sizeBytes));
    }
    response.status = status;
    const std::uint64_t length = *range.length;
    if (head || length == 0) {
        response.set_header("Content-Type", contentType);
        response.set_header("Content-Length", std::to_string(length));
        return;
    }
    response.set_content_provider(
        length, contentType.c_str(),
        [&lake, repo, ref, path = *path, checksum = stats->checksum, start = range.offset](
            std::size_t offset, std::size_t remaining, httplib::DataSink &sink) {
            ResponseSink out(sink, remaining);
            const Result<ObjectStats> read = lake.getObject(repo, ref, path, out, ByteRange::span(start + offset,
                                                                                                  remaining));
            // A different checksum means the path changed after the headers
            // went out: cut the response short rather than mix versions.
            return read && read->checksum == checksum && out.written() == remaining;
        });
}

Json statsJson(const ObjectStats &stats, bool userMetadata)
{
    Json json = stats;
    if (!userMetadata)
        json.erase("metadata");
    return json;
}

} // namespace

void addObjectRoutes(ApiRouter &router, VersionedRepository &lake)
{
    // GET serves the bytes; HEAD (routed here too) only the headers.
    router.get(kRefPath + "/objects", [&lake](ApiExchange &exchange) { getObject(exchange, lake); });

    router.get(kRefPath + "/objects/ls", [&lake](ApiExchange &exchange) {
        const Result<int> amount = exchange.amountQuery();
        if (!amount)
            return exchange.sendError(amount.error());
        const Result<bool> userMetadata = exchange.boolQuery("user_metadata", true);
        if (!userMetadata)
            return exchange.sendError(userMetadata.error());
        if (const Status refused = refusePresign(exchange); !refused)
            return exchange.sendError(refused.error());
        ListObjectsRequest request;
        request.prefix = exchange.query("prefix");
        request.delimiter = exchange.query("delimiter");
        request.after = exchange.query("after");
        request.amount = *amount;
        request.userMetadata = *userMetadata;
        const Result<Page<ObjectStats>> page = lake.listObjects(exchange.pathParam(1), exchange.pathParam(2), request);
        if (!page)
            return exchange.sendError(page.error());
        Json json = *page;
        if (!*userMetadata)
            for (Json &entry : json["results"])
                entry.erase("metadata");
        exchange.sendJson(200, json);
    });

    router.get(kRefPath + "/objects/stat", [&lake](ApiExchange &exchange) {
        const Result<std::string> path = exchange.requiredQuery("path");
        if (!path)
            return exchange.sendError(path.error());
        const Result<bool> userMetadata = exchange.boolQuery("user_metadata", true);
        if (!userMetadata)
            return exchange.sendError(userMetadata.error());
        if (const Status refused = refusePresign(exchange); !refused)
            return exchange.sendError(refused.error());
        const Result<ObjectStats> stats
            = lake.statObject(exchange.pathParam(1), exchange.pathParam(2), *path, *userMetadata);
        if (!stats)
            return exchange.sendError(stats.error());
        exchange.sendJson(200, statsJson(*stats, *userMetadata));
    });

    router.get(kRefPath + "/objects/underlyingProperties", [&lake](ApiExchange &exchange) {
        const Result<std::string> path = exchange.requiredQuery("path");
        if (!path)
            return exchange.sendError(path.error());
        const Result<ObjectStats> stats = lake.statObject(exchange.pathParam(1), exchange.pathParam(2), *path);
        if (!stats)
            return exchange.sendError(stats.error());
        // A local file has no storage class.
        exchange.sendJson(200, Json::object());
    });

    addObjectWriteRoutes(router, lake);
}

} // namespace lakescope::lakefs
