// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3store.h"

#include "core/backends/s3/s3downloader.h"
#include "core/backends/s3/s3lister.h"
#include "core/backends/s3/s3multipartupload.h"
#include "core/backends/s3/s3uploader.h"
#include "core/common/uri.h"

#include <algorithm>
#include <charconv>

namespace lakescope {

namespace {

constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;
constexpr std::uint64_t kGiB = std::uint64_t{1} << 30;
constexpr std::size_t kMaxDeleteBatch = 1000;

Status validateKey(const std::string &key)
{
    if (key.empty())
        return Error::invalidInput("empty object key");
    if (key.front() == '/')
        return Error::invalidInput("object key must not start with '/': " + key);
    if (key.size() > 1024)
        return Error::invalidInput("S3 keys are at most 1024 bytes; this one has " + std::to_string(key.size()));
    return {};
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::optional<std::uint64_t> toNumber(std::string_view text)
{
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

// "Wed, 12 Oct 2009 17:50:00 GMT" (RFC 7231 IMF-fixdate).
std::optional<Timestamp> parseHttpDate(std::string_view text)
{
    static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto comma = text.find(", ");
    if (comma == std::string_view::npos)
        return s3xml::parseIsoTime(text);
    text.remove_prefix(comma + 2);
    if (text.size() < 20)
        return std::nullopt;
    unsigned month = 0;
    for (unsigned i = 0; i < 12; ++i) {
        if (text.substr(3, 3) == kMonths[i])
            month = i + 1;
    }
    if (month == 0)
        return std::nullopt;
    char iso[32];
    const std::string year(text.substr(7, 4));
    std::snprintf(iso, sizeof iso, "%s-%02u-%.2sT%.8sZ", year.c_str(), month, text.data(), text.data() + 12);
    return s3xml::parseIsoTime(iso);
}

} // namespace

S3Store::S3Store(std::shared_ptr<S3Client> client, std::string bucket)
    : m_client(std::move(client))
    , m_bucket(std::move(bucket))
{}

std::string S3Store::displayName() const
{
    return "s3://" + m_bucket;
}

Capabilities S3Store::capabilities() const
{
    Capabilities caps;
    caps.serverSideCopy = true;
    caps.presign = true;
    caps.rangeReads = true;
    caps.multipart = true;
    // AWS has honoured If-None-Match on PutObject since 2024; other servers
    // may ignore it, and put() then checks first, which is not atomic.
    caps.conditionalPut = !m_client->config().customEndpoint;
    caps.userMetadata = true;
    caps.minPartSize = 5 * kMiB;
    caps.maxPartSize = 5 * kGiB;
    caps.maxParts = 10000;
    caps.maxObjectSize = 5 * kGiB * 10000;
    caps.maxDeleteBatch = static_cast<int>(kMaxDeleteBatch);
    return caps;
}

s3errors::Context S3Store::context(std::string operation, const std::string &key) const
{
    return {std::move(operation), m_bucket, key};
}

Result<ListPage> S3Store::list(const ListOptions &options, CancellationToken cancel)
{
    return S3Lister(m_client, m_bucket).list(options, cancel);
}

Result<std::vector<s3xml::Upload>> S3Store::listUploads(const std::string &prefix, CancellationToken cancel)
{
    return S3Lister(m_client, m_bucket).listUploads(prefix, cancel);
}

ObjectInfo S3Store::infoFromHeaders(const std::string &key, const HttpHeaders &headers)
{
    ObjectInfo info;
    info.key = key;
    if (const auto range = headers.get("Content-Range")) {
        // "bytes 0-9/1000": the object's size is after the slash.
        const auto slash = range->rfind('/');
        if (slash != std::string::npos)
            info.size = toNumber(std::string_view(*range).substr(slash + 1)).value_or(0);
    } else if (const auto length = headers.get("Content-Length")) {
        info.size = toNumber(*length).value_or(0);
    }
    info.etag = s3xml::stripQuotes(headers.get("ETag").value_or(""));
    info.contentType = headers.get("Content-Type").value_or("");
    info.storageClass = headers.get("x-amz-storage-class").value_or("");
    if (const auto modified = headers.get("Last-Modified"))
        info.modified = parseHttpDate(*modified);
    for (const auto &[name, value] : headers.entries()) {
        if (name.size() > 11 && HttpHeaders::nameEquals(std::string_view(name).substr(0, 11), "x-amz-meta-"))
            info.metadata[lower(std::string_view(name).substr(11))] = value;
    }
    // A single-part ETag is the MD5 of the bytes, unless KMS or customer
    // keys encrypted them; a multipart one ("-N") never is.
    const std::string encryption = headers.get("x-amz-server-side-encryption").value_or("");
    const bool plainEtag = info.etag.size() == 32 && info.etag.find('-') == std::string::npos
                           && std::all_of(info.etag.begin(), info.etag.end(), [](char c) {
                                  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                              });
    if (plainEtag && !encryption.starts_with("aws:kms") && !headers.has("x-amz-server-side-encryption-customer-algorithm"))
        info.checksum = "md5:" + info.etag;
    return info;
}

Error S3Store::explainHeadFailure(const std::string &key, const HttpResponse &response, CancellationToken cancel)
{
    // Servers check credentials before preconditions: an If-Match no object
    // has gets the authentication error's document if that is the problem,
    // else a 412 or 404 and no bytes. The sink stops a server that ignores
    // the condition after its first chunk.
    class FirstBytesOnly final : public ByteSink
    {
    public:
        Status write(std::span<const char>) override { return Error::cancelled("probe only"); }
    } nothing;
    S3Request probe;
    probe.bucket = m_bucket;
    probe.key = key;
    probe.headers.set("If-Match", "\"00000000000000000000000000000000\"");
    auto sent = m_client->send(probe, &nothing, cancel);
    if (sent && !sent->ok() && sent->status != 412 && s3xml::parseError(sent->errorBody))
        return s3errors::fromResponse(*sent, context("HeadObject", key));
    return s3errors::fromResponse(response, context("HeadObject", key));
}

Result<ObjectInfo> S3Store::head(const std::string &key, CancellationToken cancel)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    S3Request request;
    request.method = "HEAD";
    request.bucket = m_bucket;
    request.key = key;
    auto sent = m_client->send(request, nullptr, cancel);
    if (!sent)
        return sent.error();
    if (sent->ok())
        return infoFromHeaders(key, sent->headers);
    if (sent->status == 404)
        return s3errors::fromStatus(404, context("HeadObject", key));
    return explainHeadFailure(key, *sent, cancel);
}

Result<ObjectInfo> S3Store::get(const std::string &key, ByteSink &sink, const ByteRange &range,
                                const GetOptions &options, CancellationToken cancel)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    return S3Downloader(m_client, m_bucket).get(key, sink, range, options, cancel);
}

Result<ObjectInfo> S3Store::put(const std::string &key, ByteSource &data, const PutOptions &options,
                                CancellationToken cancel)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    const bool conditionalPut = capabilities().conditionalPut;
    if (options.ifNoneMatch && !conditionalPut) {
        // The server may ignore If-None-Match: look first. Not atomic, as
        // capabilities() says; the header still goes out for servers that
        // honour it.
        auto existing = head(key, cancel);
        if (existing)
            return Error::alreadyExists(displayName() + "/" + key);
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
    }
    return S3Uploader(m_client, m_bucket).put(key, data, options, conditionalPut, cancel);
}

Result<std::unique_ptr<MultipartUpload>> S3Store::startMultipart(const std::string &key, const PutOptions &options)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    auto started = S3MultipartUpload::start(m_client, m_bucket, key, options);
    if (!started)
        return started.error();
    return std::unique_ptr<MultipartUpload>(std::move(*started));
}

Result<std::unique_ptr<MultipartUpload>> S3Store::resumeMultipart(const std::string &key, const std::string &uploadId)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    auto resumed = S3MultipartUpload::resume(m_client, m_bucket, key, uploadId);
    if (!resumed)
        return resumed.error();
    return std::unique_ptr<MultipartUpload>(std::move(*resumed));
}

Result<ObjectInfo> S3Store::copy(const std::string &from, const std::string &to, const CopyOptions &options,
                                 CancellationToken cancel)
{
    return copyAcross(*this, from, to, options, cancel);
}

// Same endpoint and the same identity: the server can read the other
// bucket with the credentials that write this one (it may still deny it,
// and then callers stream).
bool S3Store::canCopyFrom(const ObjectStore &source) const
{
    const auto *other = dynamic_cast<const S3Store *>(&source);
    return other && other->m_client->config().identity() == m_client->config().identity();
}

Result<ObjectInfo> S3Store::copyFrom(ObjectStore &source, const std::string &from, const std::string &to,
                                     CancellationToken cancel)
{
    if (!canCopyFrom(source))
        return ObjectStore::copyFrom(source, from, to, cancel);
    return copyAcross(static_cast<S3Store &>(source), from, to, {}, cancel);
}

Result<ObjectInfo> S3Store::copyAcross(S3Store &sourceStore, const std::string &from, const std::string &to,
                                       const CopyOptions &options, CancellationToken cancel)
{
    if (auto valid = validateKey(from); !valid)
        return valid.error();
    if (auto valid = validateKey(to); !valid)
        return valid.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    // The source's head gives NotFound early, the size decides the method,
    // and its type and metadata describe the result.
    auto source = sourceStore.head(from, cancel);
    if (!source)
        return source.error();
    if (options.ifNoneMatch) {
        auto existing = head(to, cancel);
        if (existing)
            return Error::alreadyExists(displayName() + "/" + to);
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
    }
    if (source->size > m_client->config().copyThreshold)
        return copyInParts(sourceStore.m_bucket, from, *source, to, cancel);

    S3Request request;
    request.method = "PUT";
    request.bucket = m_bucket;
    request.key = to;
    request.headers.set("x-amz-copy-source", sourceStore.m_bucket + "/" + uri::encode(from, true));
    request.headers.set("x-amz-metadata-directive", "COPY");
    auto body = m_client->exchange(request, context("CopyObject", to), cancel);
    if (!body)
        return body.error();
    auto copied = s3xml::parseCopyObject(*body);
    if (!copied)
        return copied.error();
    ObjectInfo info = std::move(*source);
    info.key = to;
    info.etag = copied->etag;
    info.modified = copied->modified ? copied->modified : std::optional<Timestamp>(std::chrono::system_clock::now());
    return info;
}

Result<ObjectInfo> S3Store::copyInParts(const std::string &sourceBucket, const std::string &from,
                                        const ObjectInfo &source, const std::string &to, CancellationToken cancel)
{
    PutOptions options;
    options.contentType = source.contentType;
    options.metadata = source.metadata;
    auto started = S3MultipartUpload::start(m_client, m_bucket, to, options);
    if (!started)
        return started.error();
    S3MultipartUpload *upload = started->get();
    const std::uint64_t partSize = std::max(m_client->config().copyPartSize, (source.size + 9999) / 10000);
    std::vector<PartInfo> parts;
    for (std::uint64_t offset = 0; offset < source.size; offset += partSize) {
        const int number = static_cast<int>(parts.size()) + 1;
        const auto range = ByteRange::span(offset, std::min(partSize, source.size - offset));
        auto part = upload->copyPart(number, sourceBucket, from, range, source.etag, cancel);
        if (!part) {
            (void)upload->abort();
            return part.error();
        }
        parts.push_back(*part);
    }
    auto done = upload->complete(parts);
    if (!done) {
        (void)upload->abort();
        return done.error();
    }
    return done;
}

Result<ObjectInfo> S3Store::rename(const std::string &, const std::string &, CancellationToken)
{
    return Error::notSupported("S3 has no rename; the object is copied and then deleted");
}

Result<std::vector<DeleteOutcome>> S3Store::removeBatch(const std::vector<std::string> &keys,
                                                        CancellationToken cancel)
{
    std::vector<DeleteOutcome> outcomes;
    outcomes.reserve(keys.size());
    for (std::size_t start = 0; start < keys.size(); start += kMaxDeleteBatch) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const auto end = std::min(keys.size(), start + kMaxDeleteBatch);
        auto batch = deleteObjects(std::vector<std::string>(keys.begin() + static_cast<std::ptrdiff_t>(start),
                                                            keys.begin() + static_cast<std::ptrdiff_t>(end)),
                                   cancel);
        if (!batch)
            return batch.error();
        outcomes.insert(outcomes.end(), batch->begin(), batch->end());
    }
    return outcomes;
}

Result<std::vector<DeleteOutcome>> S3Store::deleteObjects(const std::vector<std::string> &keys,
                                                          CancellationToken cancel)
{
    std::vector<DeleteOutcome> outcomes(keys.size());
    std::vector<std::string> valid;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        outcomes[i].key = keys[i];
        if (auto ok = validateKey(keys[i]); !ok) {
            outcomes[i].ok = false;
            outcomes[i].error = ok.error().toString();
        } else {
            valid.push_back(keys[i]);
        }
    }
    if (valid.empty())
        return outcomes;

    S3Request request;
    request.method = "POST";
    request.bucket = m_bucket;
    request.query = {{"delete", ""}};
    request.smallBody = s3xml::deleteObjectsBody(valid);
    request.contentMd5 = true; // DeleteObjects refuses a body without it
    auto body = m_client->exchange(request, context("DeleteObjects"), cancel);
    if (!body && body.error().code == ErrorCode::NotSupported) {
        // A server without DeleteObjects: one DELETE per key.
        for (auto &outcome : outcomes) {
            if (!outcome.ok)
                continue;
            S3Request single;
            single.method = "DELETE";
            single.bucket = m_bucket;
            single.key = outcome.key;
            auto sent = m_client->send(single, nullptr, cancel);
            if (!sent)
                return sent.error();
            if (!sent->ok() && sent->status != 404) {
                outcome.ok = false;
                outcome.error = s3errors::fromResponse(*sent, context("DeleteObject", outcome.key)).toString();
            }
        }
        return outcomes;
    }
    if (!body)
        return body.error();
    auto result = s3xml::parseDeleteResult(*body);
    if (!result)
        return result.error();
    // Keys the answer does not mention count as deleted: quiet-minded
    // servers only list failures.
    for (const auto &failure : result->failed) {
        if (failure.code == "NoSuchKey")
            continue;
        for (auto &outcome : outcomes) {
            if (outcome.ok && outcome.key == failure.key) {
                outcome.ok = false;
                outcome.error = s3errors::fromDocument(200, {failure.code, failure.message},
                                                       context("DeleteObjects", failure.key))
                                    .toString();
                break;
            }
        }
    }
    return outcomes;
}

Result<std::string> S3Store::presign(const std::string &key, PresignMethod method, std::chrono::seconds expiry)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    constexpr std::chrono::seconds kWeek{7 * 24 * 3600};
    if (expiry.count() <= 0)
        return Error::invalidInput("a presigned URL needs an expiry of at least one second");
    if (expiry > kWeek)
        return Error::invalidInput("presigned URLs last at most 7 days (604800 seconds), not "
                                   + std::to_string(expiry.count()) + " seconds");
    return m_client->presign(method == PresignMethod::Put ? "PUT" : "GET", m_bucket, key, expiry);
}

} // namespace lakescope
