// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3uploader.h"

#include "core/backends/s3/s3multipartupload.h"

#include <algorithm>

namespace lakescope {

namespace {

constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;
constexpr std::uint64_t kMaxSinglePut = std::uint64_t{5} << 30;
// Bodies up to this size are read whole before they are sent; it is also
// the part size for streams of unknown length (doubling every 1,000 parts,
// so 10,000 parts reach terabytes).
constexpr std::uint64_t kBufferedPut = 16 * kMiB;

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// Reads up to `size` bytes; fewer only at the end of the stream.
Result<std::string> readChunk(ByteSource &data, std::uint64_t size, CancellationToken cancel)
{
    std::string buffer(size, '\0');
    std::size_t filled = 0;
    while (filled < size) {
        if (cancel.isCancelled())
            return Error::cancelled();
        auto got = data.read(std::span<char>(buffer.data() + filled, buffer.size() - filled));
        if (!got)
            return got.error();
        if (*got == 0)
            break;
        filled += *got;
    }
    // The read that filled the buffer may have been the one that cancelled.
    if (cancel.isCancelled())
        return Error::cancelled();
    buffer.resize(filled);
    return buffer;
}

} // namespace

S3Uploader::S3Uploader(std::shared_ptr<S3Client> client, std::string bucket)
    : m_client(std::move(client))
    , m_bucket(std::move(bucket))
{}

// User metadata travels in x-amz-meta-* headers: names must be tokens and
// values one header line.
Status S3Uploader::applyPutOptions(HttpHeaders &headers, const PutOptions &options)
{
    headers.set("Content-Type", options.contentType.empty() ? "application/octet-stream" : options.contentType);
    for (const auto &[name, value] : options.metadata) {
        const bool goodName = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                   || c == '.';
        });
        if (!goodName)
            return Error::invalidInput("metadata name \"" + name + "\" is not valid in S3 (letters, digits, '-', '_', '.')");
        if (std::any_of(value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; }))
            return Error::invalidInput("metadata value of \"" + name + "\" must be a single line");
        headers.set("x-amz-meta-" + lower(name), value);
    }
    return {};
}

Result<ObjectInfo> S3Uploader::put(const std::string &key, ByteSource &data, const PutOptions &options,
                                   bool conditionalPutHonoured, CancellationToken cancel)
{
    const auto memory = data.contiguous();
    const auto size = memory ? std::optional<std::uint64_t>(memory->size()) : data.size();
    const bool trustedServer = !m_client->config().customEndpoint;
    // Large bodies: AWS gets one streamed PUT (it never keeps a body that
    // arrived short); other servers get buffered parts, since some of them
    // (s3rver) keep whatever arrived before a failing source or a dropped
    // connection, in place of the old object.
    if (size && *size > kBufferedPut && (*size > kMaxSinglePut || !trustedServer)) {
        const std::uint64_t perPart = (*size + 9999) / 10000;
        const std::uint64_t floor = *size > kMaxSinglePut ? 64 * kMiB : kBufferedPut;
        return putInParts(key, data, options, std::max(floor, (perPart + kMiB - 1) / kMiB * kMiB), cancel);
    }
    if (memory) {
        // Already whole in memory: hashed and sent from there, with the
        // same Content-MD5 protection as a buffered body and no copy. The
        // view rewinds for retries without touching `data`.
        ViewSource view(std::string_view(memory->data(), memory->size()));
        S3Request request;
        const std::string md5 = S3Client::setContentMd5(request.headers, *memory, data.knownMd5());
        request.body = &view;
        request.bodySize = memory->size();
        return putSingle(key, std::move(request), *size, options, conditionalPutHonoured, md5, cancel);
    }
    if (size && *size > kBufferedPut) {
        S3Request request;
        request.body = &data;
        request.bodySize = size;
        return putSingle(key, std::move(request), *size, options, conditionalPutHonoured, {}, cancel);
    }
    // Small or of unknown length: read the first buffer whole. Nothing is
    // sent before the source has delivered all of a small object, and its
    // Content-MD5 lets the server refuse a body damaged on the way.
    auto first = readChunk(data, size ? *size + 1 : kBufferedPut, cancel);
    if (!first)
        return first.error();
    if (size && first->size() != *size)
        return Error::invalidInput("the data for " + describe(key) + " has " + (first->size() > *size ? "more" : "fewer")
                                   + " bytes than the " + std::to_string(*size) + " it announced");
    if (size || first->size() < kBufferedPut) {
        const std::uint64_t length = first->size();
        S3Request request;
        const std::string md5 = S3Client::setContentMd5(request.headers, *first);
        request.smallBody = std::move(*first);
        return putSingle(key, std::move(request), length, options, conditionalPutHonoured, md5, cancel);
    }
    struct Prefixed final : ByteSource
    {
        Prefixed(std::string head, ByteSource &rest) : m_head(std::move(head)), m_rest(rest) {}
        Result<std::size_t> read(std::span<char> buffer) override
        {
            if (m_pos < m_head.size()) {
                const std::size_t n = std::min(buffer.size(), m_head.size() - m_pos);
                m_head.copy(buffer.data(), n, m_pos);
                m_pos += n;
                return n;
            }
            return m_rest.read(buffer);
        }
        std::string m_head;
        std::size_t m_pos = 0;
        ByteSource &m_rest;
    } joined(std::move(*first), data);
    return putInParts(key, joined, options, 0, cancel);
}

Result<ObjectInfo> S3Uploader::putSingle(const std::string &key, S3Request request, std::uint64_t size,
                                         const PutOptions &options, bool conditionalPutHonoured,
                                         const std::string &md5, CancellationToken cancel)
{
    request.method = "PUT";
    request.bucket = m_bucket;
    request.key = key;
    if (auto applied = applyPutOptions(request.headers, options); !applied)
        return applied.error();
    if (options.ifNoneMatch)
        request.headers.set("If-None-Match", "*");
    auto sent = m_client->send(request, nullptr, cancel);
    if (!sent)
        return sent.error();
    if (!sent->ok()) {
        if (options.ifNoneMatch && (sent->status == 412 || sent->status == 409))
            return Error::alreadyExists(describe(key));
        Error error = s3errors::fromResponse(*sent, context("PutObject", key));
        // A server that rejects the condition rather than ignoring it: put()
        // already looked, so send it plain once.
        if (options.ifNoneMatch && error.code == ErrorCode::NotSupported && !conditionalPutHonoured
            && (!request.body || request.body->rewind())) {
            PutOptions plain = options;
            plain.ifNoneMatch = false;
            request.headers.remove("If-None-Match");
            return putSingle(key, std::move(request), size, plain, conditionalPutHonoured, md5, cancel);
        }
        return error;
    }
    ObjectInfo info;
    info.key = key;
    info.size = size;
    info.etag = s3xml::stripQuotes(sent->headers.get("ETag").value_or(""));
    info.modified = std::chrono::system_clock::now();
    info.contentType = options.contentType.empty() ? "application/octet-stream" : options.contentType;
    info.metadata = options.metadata;
    // The server accepted our Content-MD5, so that digest is the object's;
    // without one, a plain ETag is the best guess.
    if (!md5.empty())
        info.checksum = "md5:" + md5;
    else if (info.etag.size() == 32 && info.etag.find('-') == std::string::npos)
        info.checksum = "md5:" + info.etag;
    return info;
}

Result<ObjectInfo> S3Uploader::putInParts(const std::string &key, ByteSource &data, const PutOptions &options,
                                       std::uint64_t partSize, CancellationToken cancel)
{
    auto started = S3MultipartUpload::start(m_client, m_bucket, key, options);
    if (!started)
        return started.error();
    MultipartUpload &upload = **started;
    std::vector<PartInfo> parts;
    auto fail = [&](Error error) -> Error {
        (void)upload.abort();
        return error;
    };
    // Parts of a body already in memory are slices of it, not copies.
    const auto memory = data.contiguous();
    std::uint64_t offset = 0;
    for (int number = 1;; ++number) {
        if (number > 10000)
            return fail(Error::invalidInput("the upload to " + describe(key) + " needs more than 10,000 parts"));
        // A fixed size when the total is known; else doubling every 1,000
        // parts, so an endless stream still fits in 10,000.
        const std::uint64_t size = partSize ? partSize : kBufferedPut << ((number - 1) / 1000);
        std::string chunk;
        std::string_view bytes;
        if (memory) {
            if (cancel.isCancelled())
                return fail(Error::cancelled());
            const auto length = static_cast<std::size_t>(std::min<std::uint64_t>(size, memory->size() - offset));
            bytes = std::string_view(memory->data() + offset, length);
            offset += length;
        } else {
            auto read = readChunk(data, size, cancel);
            if (!read)
                return fail(read.error());
            chunk = std::move(*read);
            bytes = chunk;
        }
        if (bytes.empty() && number > 1)
            break;
        const bool last = bytes.size() < size;
        ViewSource part(bytes);
        auto put = upload.putPart(number, part, cancel);
        if (!put)
            return fail(put.error());
        parts.push_back(*put);
        if (last)
            break;
    }
    auto done = upload.complete(parts);
    if (!done)
        return fail(done.error());
    return done;
}

} // namespace lakescope
