// SPDX-License-Identifier: Apache-2.0
// LakeFsClient: objects (listing, stat, ranged reads, uploads, deletes, copies).
#include "core/lakefs/client/lakefsclient.h"

#include "core/lakefs/client/formdatasource.h"
#include "core/lakefs/client/lakefsapipaths.h"
#include "core/lakefs/client/lakefstransport.h"

#include <algorithm>
#include <cctype>

namespace lakescope::lakefs {

namespace {

using apipaths::call;

constexpr std::size_t kMaxBulkDelete = 1000;

ApiSubject objectAt(const std::string &repo, const std::string &ref, const std::string &path)
{
    ApiSubject subject = apipaths::atRef(repo, ref);
    subject.path = path;
    return subject;
}

ApiSubject objectOn(const std::string &repo, const std::string &branch, const std::string &path)
{
    ApiSubject subject = apipaths::onBranch(repo, branch);
    subject.path = path;
    return subject;
}

std::string unquoted(std::string text)
{
    if (text.starts_with("W/"))
        text.erase(0, 2);
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.substr(1, text.size() - 2);
    return text;
}

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Counts what reaches the caller's sink, so a short body is noticed, and
// stops at the next chunk once the read is cancelled (a loopback server
// can deliver a whole object before a transfer-level check comes round).
class CountingSink final : public ByteSink
{
public:
    CountingSink(ByteSink &target, CancellationToken cancel) : m_target(target), m_cancel(std::move(cancel)) {}
    Status write(std::span<const char> data) override
    {
        if (m_cancel.isCancelled())
            return Error::cancelled("read cancelled");
        m_bytes += data.size();
        return m_target.write(data);
    }
    std::uint64_t bytes() const { return m_bytes; }

private:
    ByteSink &m_target;
    CancellationToken m_cancel;
    std::uint64_t m_bytes = 0;
};

} // namespace

Result<Page<ObjectStats>> LakeFsClient::listObjects(const std::string &repo, const std::string &ref,
                                                    const ListObjectsRequest &request)
{
    ApiCall list = call("GET", apipaths::ref(repo, ref) + "/objects/ls", apipaths::atRef(repo, ref));
    apipaths::addPaging(list, request.prefix, request.after, request.amount);
    if (!request.delimiter.empty())
        list.add("delimiter", request.delimiter);
    list.add("user_metadata", apipaths::flag(request.userMetadata));
    return m_transport->fetch<Page<ObjectStats>>(list);
}

Result<ObjectStats> LakeFsClient::statObject(const std::string &repo, const std::string &ref, const std::string &path,
                                             bool userMetadata)
{
    ApiCall stat = call("GET", apipaths::ref(repo, ref) + "/objects/stat", objectAt(repo, ref, path));
    stat.add("path", path);
    stat.add("user_metadata", apipaths::flag(userMetadata));
    return m_transport->fetch<ObjectStats>(stat);
}

Result<ObjectStats> LakeFsClient::getObject(const std::string &repo, const std::string &ref, const std::string &path,
                                            ByteSink &sink, const ByteRange &range, CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    // The GET answers no user metadata, so the stats come from a stat
    // first; its size also checks the range before a byte moves.
    auto stats = statObject(repo, ref, path, true);
    if (!stats)
        return stats.error();
    const std::uint64_t size = stats->sizeBytes;
    if (range.offset > 0 && range.offset >= size)
        return Error::invalidInput("range starts at byte " + std::to_string(range.offset) + ", beyond the end of "
                                   + objectAt(repo, ref, path).describe() + " (" + std::to_string(size) + " bytes)");
    const std::uint64_t end = range.length ? std::min(size, range.offset + *range.length) : size;
    if (end <= range.offset)
        return stats;

    ApiCall get = call("GET", apipaths::ref(repo, ref) + "/objects", objectAt(repo, ref, path));
    get.add("path", path);
    if (range.offset > 0 || end < size)
        get.headers.set("Range", "bytes=" + std::to_string(range.offset) + "-" + std::to_string(end - 1));
    CountingSink counted(sink, cancel);
    auto response = m_transport->send(get, &counted, cancel);
    if (!response)
        return response.error();
    if (!response->ok())
        return m_transport->errorFor(*response, get);
    if (counted.bytes() != end - range.offset)
        return Error::transient("lakeFS sent " + std::to_string(counted.bytes()) + " of "
                                + std::to_string(end - range.offset) + " bytes of "
                                + objectAt(repo, ref, path).describe());

    // A writer may have replaced the object between the stat and the read;
    // the stats must then describe the bytes that were read.
    const std::string etag = unquoted(response->headers.get("ETag").value_or(std::string()));
    if (etag.empty() || etag == stats->checksum)
        return stats;
    auto again = statObject(repo, ref, path, true);
    if (again && again->checksum == etag)
        return again;
    ObjectStats read = *stats;
    read.checksum = etag;
    read.metadata.clear();
    if (auto type = response->headers.get("Content-Type"))
        read.contentType = *type;
    return read;
}

Result<ObjectStats> LakeFsClient::uploadObject(const std::string &repo, const std::string &branch,
                                               const UploadRequest &request, ByteSource &data, CancellationToken cancel)
{
    ApiCall upload = call("POST", apipaths::branch(repo, branch) + "/objects", objectOn(repo, branch, request.path));
    upload.add("path", request.path);
    if (request.force)
        upload.add("force", "true");
    // Overwriting with the same bytes is harmless; "only if absent" is not
    // repeatable, its own first success would refuse the retry.
    upload.retrySafe = !request.ifNoneMatch;
    if (request.ifNoneMatch)
        upload.headers.set("If-None-Match", "*");
    for (const auto &[key, value] : request.metadata)
        upload.headers.set("X-Lakefs-Meta-" + key, value);

    std::string contentType = request.contentType.empty() ? "application/octet-stream" : request.contentType;
    contentType.erase(std::remove_if(contentType.begin(), contentType.end(),
                                     [](char c) { return c == '\r' || c == '\n'; }),
                      contentType.end());
    // lakeFS parses any multipart/form-data body as a form, so such an
    // object must travel inside one; everything else goes raw.
    std::optional<FormDataSource> form;
    if (lowered(contentType).starts_with("multipart/form-data")) {
        const auto slash = request.path.rfind('/');
        form.emplace(data, slash == std::string::npos ? request.path : request.path.substr(slash + 1), contentType);
        upload.headers.set("Content-Type", form->requestContentType());
        upload.body = &*form;
        upload.bodySize = form->size();
    } else {
        upload.headers.set("Content-Type", contentType);
        upload.body = &data;
        upload.bodySize = data.size();
    }

    HttpResponse response;
    auto document = m_transport->json(upload, cancel, &response);
    if (!document)
        return document.error();
    auto stats = m_transport->as<ObjectStats>(upload, *document);
    if (!stats)
        return stats.error();
    // lakeFS stores the hex MD5 of what arrived; when the producer already
    // knows the MD5 of what it sent, damage on the way shows here.
    if (const std::string sent = data.knownMd5(); !sent.empty() && !stats->checksum.empty()
                                                  && lowered(stats->checksum) != lowered(sent))
        return Error::transient("lakeFS stored bytes whose MD5 " + stats->checksum + " differs from the "
                                + sent + " sent for " + objectOn(repo, branch, request.path).describe());
    return stats;
}

Status LakeFsClient::deleteObject(const std::string &repo, const std::string &branch, const std::string &path,
                                  bool force)
{
    ApiCall remove = call("DELETE", apipaths::branch(repo, branch) + "/objects", objectOn(repo, branch, path));
    remove.add("path", path);
    if (force)
        remove.add("force", "true");
    auto done = m_transport->json(remove);
    if (!done)
        return done.error();
    return {};
}

Result<std::vector<BulkDeleteError>> LakeFsClient::deleteObjects(const std::string &repo, const std::string &branch,
                                                                 const std::vector<std::string> &paths, bool force)
{
    if (paths.size() > kMaxBulkDelete)
        return Error::invalidInput("lakeFS deletes at most 1000 paths at once, not " + std::to_string(paths.size()));
    if (paths.empty())
        return std::vector<BulkDeleteError>{};
    ApiCall remove = call("POST", apipaths::branch(repo, branch) + "/objects/delete", apipaths::onBranch(repo, branch));
    remove.retrySafe = true; // deleting twice deletes once
    if (force)
        remove.add("force", "true");
    remove.json = nlohmann::json::object({{"paths", paths}});
    auto answer = m_transport->json(remove);
    if (!answer)
        return answer.error();
    if (answer->is_null())
        return std::vector<BulkDeleteError>{};
    if (!answer->is_object())
        return m_transport->malformed(remove, "the answer is not an ObjectErrorList");
    const auto errors = answer->find("errors");
    if (errors == answer->end() || errors->is_null())
        return std::vector<BulkDeleteError>{};
    return m_transport->as<std::vector<BulkDeleteError>>(remove, *errors);
}

Result<ObjectStats> LakeFsClient::copyObject(const std::string &repo, const std::string &branch, const ObjectCopy &copy)
{
    ApiSubject subject = objectAt(repo, copy.srcRef.empty() ? branch : copy.srcRef, copy.srcPath);
    ApiCall request = call("POST", apipaths::branch(repo, branch) + "/objects/copy", subject);
    request.retrySafe = true; // the same copy again lands the same object
    request.add("dest_path", copy.destPath);
    request.json = nlohmann::json(copy);
    return m_transport->fetch<ObjectStats>(request);
}

} // namespace lakescope::lakefs
