// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/objectupload.h"
#include "core/lakefs/server/serverroutes.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <memory>

namespace lakescope::lakefs {

namespace {

constexpr std::string_view kMetaHeaderPrefix = "x-lakefs-meta-";
constexpr std::size_t kMaxBulkDeletePaths = 1000;
const std::string kObjectsPath = kBranchPath + "/objects";

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// X-Lakefs-Meta-<Key>: value headers as user metadata, keys lower-cased.
Metadata metadataHeaders(const httplib::Request &request)
{
    Metadata metadata;
    for (const auto &[name, value] : request.headers) {
        const std::string key = lowered(name);
        if (key.size() > kMetaHeaderPrefix.size() && key.compare(0, kMetaHeaderPrefix.size(), kMetaHeaderPrefix) == 0)
            metadata[key.substr(kMetaHeaderPrefix.size())] = value;
    }
    return metadata;
}

std::optional<std::uint64_t> contentLength(const ApiExchange &exchange)
{
    const std::string text = exchange.header("Content-Length");
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// Raw body: the bytes are the object, the request's Content-Type its type.
Result<ObjectStats> uploadRaw(ApiExchange &exchange, const httplib::ContentReader &reader, VersionedRepository &lake,
                              UploadRequest request)
{
    request.contentType = exchange.header("Content-Type");
    if (request.contentType.empty())
        request.contentType = "application/octet-stream";
    ObjectUpload upload(lake, exchange.pathParam(1), exchange.pathParam(2), std::move(request),
                        contentLength(exchange));
    const bool complete = reader([&upload](const char *data, std::size_t size) {
        upload.write(data, size);
        return true;
    });
    if (!complete) {
        upload.abort(Error::invalidInput("request body ended early"));
        return Error { ErrorCode::InvalidInput, "request body ended early", 400 };
    }
    return upload.finish();
}

// multipart/form-data: the first part named "content" is the object and
// its own Content-Type the object's type; other parts are ignored.
Result<ObjectStats> uploadMultipart(ApiExchange &exchange, const httplib::ContentReader &reader,
                                    VersionedRepository &lake, UploadRequest request)
{
    std::unique_ptr<ObjectUpload> upload;
    bool inContent = false;
    const bool complete = reader(
        [&](const httplib::MultipartFormData &part) {
            inContent = !upload && part.name == "content";
            if (inContent) {
                UploadRequest partRequest = request;
                partRequest.contentType = part.content_type.empty() ? "application/octet-stream" : part.content_type;
                upload = std::make_unique<ObjectUpload>(lake, exchange.pathParam(1), exchange.pathParam(2),
                                                        std::move(partRequest), std::nullopt);
            }
            return true;
        },
        [&](const char *data, std::size_t size) {
            if (inContent)
                upload->write(data, size);
            return true;
        });
    if (!complete) {
        if (upload)
            upload->abort(Error::invalidInput("malformed multipart body"));
        return Error { ErrorCode::InvalidInput, "request body has an error: malformed multipart/form-data body", 400 };
    }
    if (!upload)
        return Error { ErrorCode::Fatal, "multipart upload missing key 'content': http: no such file", 500 };
    return upload->finish();
}

void uploadObject(ApiExchange &exchange, const httplib::ContentReader &reader, VersionedRepository &lake)
{
    // Every refusal below still reads the body, so the connection stays usable.
    const auto refuse = [&](int status, const std::string &message) {
        discardBody(exchange, reader);
        exchange.sendError(status, message);
    };
    const Result<std::string> path = exchange.requiredQuery("path");
    if (!path)
        return refuse(400, path.error().message);
    const Result<bool> force = exchange.boolQuery("force");
    if (!force)
        return refuse(400, force.error().message);
    if (exchange.hasHeader("If-Match"))
        return refuse(501, "If-Match is not supported");
    const bool ifNoneMatch = exchange.hasHeader("If-None-Match");
    if (ifNoneMatch && exchange.header("If-None-Match") != "*")
        return refuse(501, "If-None-Match only supports '*'");

    UploadRequest request;
    request.path = *path;
    request.metadata = metadataHeaders(exchange.request());
    request.ifNoneMatch = ifNoneMatch;
    request.force = *force;
    const Result<ObjectStats> stats = exchange.request().is_multipart_form_data()
        ? uploadMultipart(exchange, reader, lake, std::move(request))
        : uploadRaw(exchange, reader, lake, std::move(request));
    if (!stats) {
        // lakeFS's words for the If-None-Match: * refusal.
        if (ApiExchange::statusFor(stats.error()) == 412)
            return exchange.sendError(412, "path already exists");
        return exchange.sendError(stats.error());
    }
    exchange.sendJson(201, *stats);
}

void addStagingRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.get(kObjectsPath + "/stage_allowed", [&lake](ApiExchange &exchange) {
        if (const Result<std::string> path = exchange.requiredQuery("path"); !path)
            return exchange.sendError(path.error());
        const Result<Ref> branch = lake.getBranch(exchange.pathParam(1), exchange.pathParam(2));
        if (!branch)
            return exchange.sendError(branch.error());
        exchange.sendNoContent();
    });

    // Direct-to-storage staging and metadata updates need a blockstore the
    // client can reach and entry updates in place, which a local lake lacks.
    router.get(kBranchPath + "/staging/backing", [](ApiExchange &exchange) {
        if (exchange.boolQuery("presign").valueOr(false))
            return exchange.sendError(400, "presigned URLs are not supported by the local block adapter");
        exchange.sendError(501, "staging locations are not supported by this server");
    });
    router.put(kBranchPath + "/staging/backing", [](ApiExchange &exchange) {
        exchange.sendError(501, "linking physical addresses is not supported by this server");
    });
    router.put(kObjectsPath + "/stat/user_metadata", [](ApiExchange &exchange) {
        exchange.sendError(501, "updating user metadata is not supported by this server");
    });
}

} // namespace

void addObjectWriteRoutes(ApiRouter &router, VersionedRepository &lake)
{
    router.postStreaming(kObjectsPath, [&lake](ApiExchange &exchange, const httplib::ContentReader &reader) {
        uploadObject(exchange, reader, lake);
    });

    // 204 whether or not the path existed.
    router.del(kObjectsPath, [&lake](ApiExchange &exchange) {
        const Result<std::string> path = exchange.requiredQuery("path");
        if (!path)
            return exchange.sendError(path.error());
        const Result<bool> force = exchange.boolQuery("force");
        if (!force)
            return exchange.sendError(force.error());
        if (const Result<bool> noTombstone = exchange.boolQuery("no_tombstone"); !noTombstone)
            return exchange.sendError(noTombstone.error());
        exchange.reply(lake.deleteObject(exchange.pathParam(1), exchange.pathParam(2), *path, *force));
    });

    router.post(kObjectsPath + "/delete", [&lake](ApiExchange &exchange) {
        const Result<bool> force = exchange.boolQuery("force");
        if (!force)
            return exchange.sendError(force.error());
        const Result<Json> body = exchange.jsonBody({ "paths" });
        if (!body)
            return exchange.sendError(body.error());
        const auto paths = (*body)["paths"].get<std::vector<std::string>>();
        if (paths.size() > kMaxBulkDeletePaths)
            return exchange.sendError(400, "request size exceeded, max paths is set to 1000");
        const auto errors = lake.deleteObjects(exchange.pathParam(1), exchange.pathParam(2), paths, *force);
        if (!errors)
            return exchange.sendError(errors.error());
        exchange.sendJson(200, { { "errors", Json(*errors) } });
    });

    router.post(kObjectsPath + "/copy", [&lake](ApiExchange &exchange) {
        const Result<std::string> destPath = exchange.requiredQuery("dest_path");
        if (!destPath)
            return exchange.sendError(destPath.error());
        const Result<Json> body = exchange.jsonBody({ "src_path" });
        if (!body)
            return exchange.sendError(body.error());
        if (body->value("shallow", false))
            return exchange.sendError(501, "shallow copy is not supported by this server");
        Result<ObjectCopy> copy = fromJson<ObjectCopy>(*body);
        if (!copy)
            return exchange.sendError(400, "request body has an error: " + copy.error().message);
        copy->destPath = *destPath;
        exchange.reply(201, lake.copyObject(exchange.pathParam(1), exchange.pathParam(2), *copy));
    });

    addStagingRoutes(router, lake);
}

} // namespace lakescope::lakefs
