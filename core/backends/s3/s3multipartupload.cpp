// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3multipartupload.h"

#include "core/backends/s3/s3store.h"
#include "core/backends/s3/s3uploader.h"
#include "core/backends/s3/s3xml.h"
#include "core/common/uri.h"

#include <algorithm>

namespace lakescope {

namespace {

constexpr std::uint64_t kMaxPartSize = std::uint64_t{5} << 30;

// UploadPart needs a Content-Length; a source of unknown length is read
// into memory first (callers that stream big parts know their size).
Result<std::string> readAll(ByteSource &data, CancellationToken cancel)
{
    std::string buffer;
    auto drained = drainSource(
        data,
        [&](std::span<const char> chunk) -> Status {
            if (buffer.size() + chunk.size() > kMaxPartSize)
                return Error::invalidInput("a part is larger than 5 GiB, the S3 maximum");
            buffer.append(chunk.data(), chunk.size());
            return {};
        },
        cancel);
    if (!drained)
        return drained.error();
    return buffer;
}

} // namespace

S3MultipartUpload::S3MultipartUpload(std::shared_ptr<S3Client> client, std::string bucket, std::string key,
                                     std::string uploadId)
    : m_client(std::move(client))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_uploadId(std::move(uploadId))
{}

Result<std::unique_ptr<S3MultipartUpload>> S3MultipartUpload::start(std::shared_ptr<S3Client> client,
                                                                     std::string bucket, std::string key,
                                                                     const PutOptions &options)
{
    S3Request request;
    request.method = "POST";
    request.bucket = bucket;
    request.key = key;
    request.query = {{"uploads", ""}};
    if (auto applied = S3Uploader::applyPutOptions(request.headers, options); !applied)
        return applied.error();
    auto body = client->exchange(request, {"CreateMultipartUpload", bucket, key});
    if (!body)
        return body.error();
    auto uploadId = s3xml::parseInitiateMultipartUpload(*body);
    if (!uploadId)
        return uploadId.error();
    return std::make_unique<S3MultipartUpload>(std::move(client), std::move(bucket), std::move(key),
                                               std::move(*uploadId));
}

Result<std::unique_ptr<S3MultipartUpload>> S3MultipartUpload::resume(std::shared_ptr<S3Client> client,
                                                                      std::string bucket, std::string key,
                                                                      std::string uploadId)
{
    if (uploadId.empty())
        return Error::invalidInput("an empty upload id names no multipart upload");
    auto upload = std::make_unique<S3MultipartUpload>(std::move(client), std::move(bucket), std::move(key),
                                                      std::move(uploadId));
    // One part is enough to learn whether the server still has the upload.
    auto page = upload->listPartsPage(0, 1, {});
    if (page)
        return upload;
    Error error = page.error();
    if (error.code == ErrorCode::NotSupported)
        error.message = "the server at " + upload->m_client->config().endpointAuthority()
                        + " does not support ListParts, so it cannot tell whether the multipart upload to "
                        + s3errors::describe(upload->context({})) + " still exists; it cannot be resumed";
    return error;
}

s3errors::Context S3MultipartUpload::context(std::string operation) const
{
    return {std::move(operation), m_bucket, m_key};
}

Status S3MultipartUpload::checkOpen() const
{
    if (m_aborted)
        return Error::notFound("the multipart upload to " + s3errors::describe(context({})) + " was aborted");
    if (m_closed)
        return Error::notFound("the multipart upload to " + s3errors::describe(context({})) + " is already complete");
    return {};
}

Status S3MultipartUpload::checkPartNumber(int partNumber)
{
    if (partNumber < 1 || partNumber > 10000)
        return Error::invalidInput("part number must be between 1 and 10000, not " + std::to_string(partNumber));
    return {};
}

Result<PartInfo> S3MultipartUpload::putPart(int partNumber, ByteSource &data, CancellationToken cancel)
{
    if (auto valid = checkPartNumber(partNumber); !valid)
        return valid.error();
    if (auto open = checkOpen(); !open)
        return open.error();
    if (cancel.isCancelled())
        return Error::cancelled();

    const auto memory = data.contiguous();
    std::optional<std::uint64_t> size = memory ? std::optional<std::uint64_t>(memory->size()) : data.size();
    std::optional<StringSource> buffered;
    ByteSource *body = &data;
    if (!size) {
        auto all = readAll(data, cancel);
        if (!all)
            return all.error();
        size = all->size();
        buffered.emplace(std::move(*all));
        body = &*buffered;
    }
    if (*size > kMaxPartSize)
        return Error::invalidInput("part " + std::to_string(partNumber) + " is larger than 5 GiB, the S3 maximum");

    S3Request request;
    std::string md5;
    std::optional<ViewSource> view;
    if (memory) {
        // Hashed once for Content-MD5 and sent from the caller's memory; the
        // view rewinds for retries without touching `data`.
        md5 = S3Client::setContentMd5(request.headers, *memory, data.knownMd5());
        view.emplace(std::string_view(memory->data(), memory->size()));
        body = &*view;
    }
    request.method = "PUT";
    request.bucket = m_bucket;
    request.key = m_key;
    request.query = {{"partNumber", std::to_string(partNumber)}, {"uploadId", m_uploadId}};
    request.body = body;
    request.bodySize = size;
    auto sent = m_client->send(request, nullptr, cancel);
    if (!sent)
        return sent.error();
    if (!sent->ok())
        return s3errors::fromResponse(*sent, context("UploadPart"));
    const auto etag = sent->headers.get("ETag");
    if (!etag || etag->empty())
        return Error::fatal("UploadPart of " + s3errors::describe(context({})) + " answered without an ETag");
    return PartInfo{partNumber, s3xml::stripQuotes(*etag), *size, std::move(md5)};
}

Result<PartInfo> S3MultipartUpload::copyPart(int partNumber, const std::string &sourceBucket,
                                             const std::string &sourceKey, const ByteRange &range,
                                             const std::string &sourceEtag, CancellationToken cancel)
{
    if (auto valid = checkPartNumber(partNumber); !valid)
        return valid.error();
    if (auto open = checkOpen(); !open)
        return open.error();
    if (!range.length || *range.length == 0 || *range.length > kMaxPartSize)
        return Error::invalidInput("a copied part needs a length between 1 byte and 5 GiB");

    S3Request request;
    request.method = "PUT";
    request.bucket = m_bucket;
    request.key = m_key;
    request.query = {{"partNumber", std::to_string(partNumber)}, {"uploadId", m_uploadId}};
    request.headers.set("x-amz-copy-source", sourceBucket + "/" + uri::encode(sourceKey, true));
    request.headers.set("x-amz-copy-source-range", "bytes=" + std::to_string(range.offset) + "-"
                                                       + std::to_string(range.offset + *range.length - 1));
    if (!sourceEtag.empty())
        request.headers.set("x-amz-copy-source-if-match", "\"" + sourceEtag + "\"");
    auto body = m_client->exchange(request, context("UploadPartCopy"), cancel);
    if (!body)
        return body.error();
    auto copied = s3xml::parseCopyPart(*body);
    if (!copied)
        return copied.error();
    return PartInfo{partNumber, copied->etag, *range.length};
}

Result<ObjectInfo> S3MultipartUpload::complete(std::vector<PartInfo> parts)
{
    if (auto open = checkOpen(); !open)
        return open.error();
    if (parts.empty())
        return Error::invalidInput("completing a multipart upload needs at least one part");
    std::sort(parts.begin(), parts.end(), [](const PartInfo &a, const PartInfo &b) {
        return a.partNumber < b.partNumber;
    });
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].partNumber == parts[i - 1].partNumber)
            return Error::invalidInput("part " + std::to_string(parts[i].partNumber) + " is listed twice");
    }

    S3Request request;
    request.method = "POST";
    request.bucket = m_bucket;
    request.key = m_key;
    request.query = {{"uploadId", m_uploadId}};
    request.smallBody = s3xml::completeMultipartUploadBody(parts);
    auto body = m_client->exchange(request, context("CompleteMultipartUpload"));
    if (!body)
        return body.error();
    auto completed = s3xml::parseCompleteMultipartUpload(*body);
    if (!completed)
        return completed.error();
    m_closed = true;

    ObjectInfo info;
    info.key = m_key;
    info.etag = completed->etag;
    for (const auto &part : parts)
        info.size += part.size;
    // The object's own headers are the truth (type, time, size); a HEAD the
    // credentials may not allow does not undo the upload.
    S3Store store(m_client, m_bucket);
    if (auto head = store.head(m_key); head && (info.etag.empty() || head->etag == info.etag))
        return std::move(*head);
    return info;
}

Status S3MultipartUpload::abort()
{
    // Closed here first: whatever the server says, this upload takes no
    // more parts and completes nothing.
    const bool wasComplete = m_closed.exchange(true) && !m_aborted;
    if (wasComplete)
        return Error::conflict("the multipart upload to " + s3errors::describe(context({}))
                               + " is already complete; there is nothing to abort");
    m_aborted = true;

    S3Request request;
    request.method = "DELETE";
    request.bucket = m_bucket;
    request.key = m_key;
    request.query = {{"uploadId", m_uploadId}};
    auto sent = m_client->send(request);
    if (!sent)
        return sent.error();
    if (sent->ok())
        return {};
    Error error = s3errors::fromResponse(*sent, context("AbortMultipartUpload"));
    // Aborting twice, or an upload the server already dropped: done.
    if (error.code == ErrorCode::NotFound)
        return {};
    if (error.code == ErrorCode::NotSupported)
        error.message = "the server at " + m_client->config().endpointAuthority()
                        + " does not support AbortMultipartUpload: the parts already sent for "
                        + s3errors::describe(context({}))
                        + " stay on the server (nothing is visible under the key, and this upload takes no more parts)";
    return error;
}

Result<s3xml::PartListing> S3MultipartUpload::listPartsPage(int marker, int maxParts, CancellationToken cancel)
{
    S3Request request;
    request.bucket = m_bucket;
    request.key = m_key;
    request.query = {{"uploadId", m_uploadId}};
    if (maxParts > 0)
        request.query.emplace_back("max-parts", std::to_string(maxParts));
    if (marker > 0)
        request.query.emplace_back("part-number-marker", std::to_string(marker));
    auto body = m_client->exchange(request, context("ListParts"), cancel);
    if (!body)
        return body.error();
    return s3xml::parseListParts(*body);
}

Result<std::vector<PartInfo>> S3MultipartUpload::listParts(CancellationToken cancel)
{
    std::vector<PartInfo> parts;
    int marker = 0;
    for (;;) {
        auto page = listPartsPage(marker, 0, cancel);
        if (!page)
            return page.error();
        parts.insert(parts.end(), page->parts.begin(), page->parts.end());
        if (!page->truncated)
            break;
        const int next = page->nextPartNumberMarker > 0 ? page->nextPartNumberMarker
                                                        : (page->parts.empty() ? 0 : page->parts.back().partNumber);
        if (next <= marker)
            return Error::fatal("ListParts of " + s3errors::describe(context({})) + " does not advance");
        marker = next;
    }
    return parts;
}

} // namespace lakescope
