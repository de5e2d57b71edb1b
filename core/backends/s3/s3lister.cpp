// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3lister.h"

#include <algorithm>

namespace lakescope {

namespace {

constexpr std::size_t kMaxServerPage = 1000;

} // namespace

S3Lister::S3Lister(std::shared_ptr<S3Client> client, std::string bucket)
    : m_client(std::move(client))
    , m_bucket(std::move(bucket))
{}

Result<ListPage> S3Lister::list(const ListOptions &options, CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    const std::size_t maxKeys = options.maxKeys == 0 ? kMaxServerPage : options.maxKeys;
    // Other servers' pages are asked for whole and cut here (see the class
    // comment).
    const bool trustServerPages = !m_client->config().customEndpoint;
    const std::size_t serverPage = trustServerPages ? std::min(maxKeys, kMaxServerPage) : kMaxServerPage;
    const std::string &after = options.pageToken;
    const std::string &delimiter = options.delimiter;
    const bool foldHere = !trustServerPages && !delimiter.empty() && delimiter != "/";

    std::vector<ObjectInfo> objects;
    std::vector<std::string> prefixes;
    std::string continuation;
    std::string startAfter = after;
    bool serverHasMore = true;
    for (int round = 0; serverHasMore && objects.size() + prefixes.size() < maxKeys; ++round) {
        if (round > 0 && cancel.isCancelled())
            return Error::cancelled();
        S3Request request;
        request.bucket = m_bucket;
        request.query = {{"list-type", "2"}, {"max-keys", std::to_string(serverPage)}, {"encoding-type", "url"}};
        if (!options.prefix.empty())
            request.query.emplace_back("prefix", options.prefix);
        if (!delimiter.empty() && !foldHere)
            request.query.emplace_back("delimiter", delimiter);
        if (!continuation.empty())
            request.query.emplace_back("continuation-token", continuation);
        else if (!startAfter.empty())
            request.query.emplace_back("start-after", startAfter);
        auto body = m_client->exchange(request, context("ListObjectsV2"), cancel);
        if (!body)
            return body.error();
        auto listing = s3xml::parseListObjects(*body);
        if (!listing)
            return listing.error();

        std::string lastSeen = startAfter;
        std::string lastFolded;
        for (auto &object : listing->objects) {
            lastSeen = std::max(lastSeen, object.key);
            if (foldHere && object.key.starts_with(options.prefix)) {
                if (const auto at = object.key.find(delimiter, options.prefix.size()); at != std::string::npos) {
                    std::string folded = object.key.substr(0, at + delimiter.size());
                    if ((after.empty() || folded > after) && (prefixes.empty() || prefixes.back() != folded))
                        prefixes.push_back(folded);
                    lastFolded = std::max(lastFolded, std::move(folded));
                    continue;
                }
            }
            // Entries the caller has already seen: a folded prefix repeats
            // after start-after, and some servers ignore the prefix.
            if ((after.empty() || object.key > after) && object.key.starts_with(options.prefix))
                objects.push_back(std::move(object));
        }
        for (auto &prefix : listing->commonPrefixes) {
            lastSeen = std::max(lastSeen, prefix);
            if ((after.empty() || prefix > after) && prefix.starts_with(options.prefix))
                prefixes.push_back(std::move(prefix));
        }
        // Skip the rest of a prefix folded here: no key sorts after it plus
        // U+10FFFF, the highest character.
        if (!lastFolded.empty())
            lastSeen = std::max(lastSeen, lastFolded + "\xF4\x8F\xBF\xBF");
        serverHasMore = listing->truncated;
        if (serverHasMore) {
            if (!listing->nextContinuationToken.empty() && trustServerPages) {
                continuation = listing->nextContinuationToken;
            } else if (lastSeen > startAfter) {
                continuation.clear();
                startAfter = lastSeen;
            } else {
                return Error::fatal("ListObjectsV2 on " + displayName() + " does not advance past \"" + startAfter + "\"");
            }
        }
    }

    std::sort(objects.begin(), objects.end(), [](const ObjectInfo &a, const ObjectInfo &b) { return a.key < b.key; });
    objects.erase(std::unique(objects.begin(), objects.end(),
                              [](const ObjectInfo &a, const ObjectInfo &b) { return a.key == b.key; }),
                  objects.end());
    std::sort(prefixes.begin(), prefixes.end());
    prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());

    // Merge both sorted lists and keep the first maxKeys entries.
    ListPage page;
    std::size_t o = 0, p = 0;
    std::string last;
    while ((o < objects.size() || p < prefixes.size()) && page.objects.size() + page.commonPrefixes.size() < maxKeys) {
        if (p >= prefixes.size() || (o < objects.size() && objects[o].key < prefixes[p])) {
            last = objects[o].key;
            page.objects.push_back(std::move(objects[o++]));
        } else {
            last = prefixes[p];
            page.commonPrefixes.push_back(std::move(prefixes[p++]));
        }
    }
    if (serverHasMore || o < objects.size() || p < prefixes.size())
        page.nextPageToken = last.empty() ? after : last;
    return page;
}

Result<std::vector<s3xml::Upload>> S3Lister::listUploads(const std::string &prefix, CancellationToken cancel)
{
    std::vector<s3xml::Upload> uploads;
    std::string keyMarker;
    std::string uploadIdMarker;
    for (int round = 0; round < 100000; ++round) {
        S3Request request;
        request.bucket = m_bucket;
        request.query = {{"uploads", ""}, {"encoding-type", "url"}};
        if (!prefix.empty())
            request.query.emplace_back("prefix", prefix);
        if (!keyMarker.empty())
            request.query.emplace_back("key-marker", keyMarker);
        if (!uploadIdMarker.empty())
            request.query.emplace_back("upload-id-marker", uploadIdMarker);
        auto body = m_client->exchange(request, context("ListMultipartUploads"), cancel);
        if (!body)
            return body.error();
        auto page = s3xml::parseListMultipartUploads(*body);
        if (!page)
            return page.error();
        uploads.insert(uploads.end(), page->uploads.begin(), page->uploads.end());
        if (!page->truncated)
            return uploads;
        if (page->nextKeyMarker == keyMarker && page->nextUploadIdMarker == uploadIdMarker)
            break;
        keyMarker = page->nextKeyMarker;
        uploadIdMarker = page->nextUploadIdMarker;
    }
    return Error::fatal("ListMultipartUploads on " + displayName() + " does not advance");
}

} // namespace lakescope
