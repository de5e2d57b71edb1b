// SPDX-License-Identifier: Apache-2.0
#include "core/store/storeops.h"

#include "core/common/bytepipe.h"

#include <algorithm>
#include <system_error>
#include <thread>

namespace lakescope::storeops {

namespace {

// Enough to keep both sides of a cross-store copy busy; never more.
constexpr std::size_t kPipeCapacity = 4u << 20;

// Length of the UTF-8 sequence at key[i], so '?' and classes take whole
// characters ("données" has one '?' for 'é'). Malformed bytes count as one.
std::size_t charLength(std::string_view text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0xc0 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (i + length > text.size())
        return 1;
    for (std::size_t j = 1; j < length; ++j) {
        if ((static_cast<unsigned char>(text[i + j]) & 0xc0) != 0x80)
            return 1;
    }
    return length;
}

std::uint32_t codePoint(std::string_view text, std::size_t i, std::size_t length)
{
    auto value = static_cast<std::uint32_t>(static_cast<unsigned char>(text[i]));
    if (length == 1)
        return value;
    value &= 0x3fu >> (length - 1);
    for (std::size_t j = 1; j < length; ++j)
        value = (value << 6) | (static_cast<unsigned char>(text[i + j]) & 0x3fu);
    return value;
}

// Parses the class at pattern[start] == '['. Returns the index after its
// ']' and whether `c` is in it, or npos when the class is unterminated
// (then '[' is an ordinary character).
std::size_t matchClass(std::string_view pattern, std::size_t start, std::uint32_t c, bool &matched)
{
    std::size_t i = start + 1;
    bool negate = false;
    if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < pattern.size()) {
        if (pattern[i] == ']' && !first) {
            matched = found != negate;
            return i + 1;
        }
        first = false;
        if (pattern[i] == '\\' && i + 1 < pattern.size())
            ++i;
        const std::size_t lowLength = charLength(pattern, i);
        const std::uint32_t low = codePoint(pattern, i, lowLength);
        i += lowLength;
        std::uint32_t high = low;
        if (i + 1 < pattern.size() && pattern[i] == '-' && pattern[i + 1] != ']') {
            ++i;
            if (pattern[i] == '\\' && i + 1 < pattern.size())
                ++i;
            const std::size_t highLength = charLength(pattern, i);
            high = codePoint(pattern, i, highLength);
            i += highLength;
        }
        if (c >= low && c <= high)
            found = true;
    }
    return std::string_view::npos;
}

// Backtracking matcher with a memo over (pattern, key) positions, so
// patterns like "*a*a*a*b" stay polynomial.
class Matcher
{
public:
    Matcher(std::string_view pattern, std::string_view key)
        : m_pattern(pattern)
        , m_key(key)
        , m_memo((pattern.size() + 1) * (key.size() + 1), -1)
    {}

    bool match(std::size_t pi, std::size_t ki)
    {
        signed char &memo = m_memo[pi * (m_key.size() + 1) + ki];
        if (memo < 0)
            memo = compute(pi, ki) ? 1 : 0;
        return memo == 1;
    }

private:
    bool compute(std::size_t pi, std::size_t ki)
    {
        const std::string_view p = m_pattern;
        const std::string_view k = m_key;
        if (pi == p.size())
            return ki == k.size();
        const char c = p[pi];
        if (c == '*') {
            if (pi + 1 < p.size() && p[pi + 1] == '*') {
                std::size_t next = pi + 2;
                while (next < p.size() && p[next] == '*')
                    ++next;
                // "a/**/b" also matches "a/b": "**/" may stand for no folder.
                if (next < p.size() && p[next] == '/' && (pi == 0 || p[pi - 1] == '/') && match(next + 1, ki))
                    return true;
                for (std::size_t j = ki; j <= k.size(); ++j) {
                    if (match(next, j))
                        return true;
                }
                return false;
            }
            for (std::size_t j = ki;; ++j) {
                if (match(pi + 1, j))
                    return true;
                if (j == k.size() || k[j] == '/')
                    return false;
            }
        }
        if (ki == k.size())
            return false;
        if (c == '?') {
            return k[ki] != '/' && match(pi + 1, ki + charLength(k, ki));
        }
        if (c == '[') {
            const std::size_t length = charLength(k, ki);
            bool matched = false;
            const std::size_t end = matchClass(p, pi, codePoint(k, ki, length), matched);
            if (end != std::string_view::npos)
                return k[ki] != '/' && matched && match(end, ki + length);
        }
        if (c == '\\' && pi + 1 < p.size())
            return k[ki] == p[pi + 1] && match(pi + 2, ki + 1);
        return k[ki] == c && match(pi + 1, ki + 1);
    }

    std::string_view m_pattern;
    std::string_view m_key;
    std::vector<signed char> m_memo;
};

bool hasWildcard(std::string_view pattern)
{
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\')
            ++i;
        else if (pattern[i] == '*' || pattern[i] == '?' || pattern[i] == '[')
            return true;
    }
    return false;
}

// Streams one object through a bounded pipe: a producer thread downloads
// into it while this thread uploads from it. Whichever side stops first
// releases the other, so neither can wait forever.
Result<ObjectInfo> streamCopy(ObjectStore &from, const std::string &fromKey, ObjectStore &to,
                              const std::string &toKey, CancellationToken cancel)
{
    auto source = from.head(fromKey, cancel);
    if (!source)
        return source.error();

    BytePipe pipe(kPipeCapacity, cancel);
    pipe.setExpectedSize(source->size);
    Status produced;
    std::thread producer;
    try {
        producer = std::thread([&] {
            GetOptions options;
            // The bytes must be the version head() described, or the size
            // and metadata we announce would lie.
            options.ifMatch = source->etag;
            auto got = from.get(fromKey, pipe.sink(), ByteRange::all(), options, cancel);
            if (got) {
                pipe.close();
            } else {
                produced = got.error();
                pipe.fail(got.error());
            }
        });
    } catch (const std::system_error &error) {
        return Error::transient(std::string("cannot start a copy thread: ") + error.what());
    }

    PutOptions options;
    options.contentType = source->contentType;
    options.metadata = source->metadata;
    auto stored = to.put(toKey, pipe.source(), options, cancel);
    pipe.abandon(stored ? Error::fatal("the destination stopped reading " + toKey + " early") : stored.error());
    producer.join();

    if (!stored)
        return stored.error();
    if (!produced)
        return produced.error();
    if (!pipe.finished())
        return Error::fatal("the destination did not read the whole of " + fromKey);
    return stored;
}

} // namespace

Status walk(ObjectStore &store, const std::string &prefix, const std::function<bool(const ObjectInfo &)> &visit,
            CancellationToken cancel)
{
    ListOptions options;
    options.prefix = prefix;
    return walk(store, std::move(options), visit, cancel);
}

Status walk(ObjectStore &store, ListOptions options, const std::function<bool(const ObjectInfo &)> &visit,
            CancellationToken cancel)
{
    options.delimiter.clear();
    options.pageToken.clear();
    const std::string prefix = options.prefix;
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        auto page = store.list(options, cancel);
        if (!page)
            return page.error();
        for (const auto &object : page->objects) {
            if (!visit(object))
                return {};
        }
        if (page->nextPageToken.empty())
            return {};
        // A store that hands back the same token would loop forever.
        if (page->nextPageToken == options.pageToken)
            return Error::fatal(store.displayName() + " repeated a page token while listing " + prefix);
        options.pageToken = std::move(page->nextPageToken);
    }
}

Result<Usage> du(ObjectStore &store, const std::string &prefix, CancellationToken cancel)
{
    Usage usage;
    auto walked = walk(store, prefix, [&](const ObjectInfo &object) {
        ++usage.objects;
        usage.bytes += object.size;
        return true;
    }, cancel);
    if (!walked)
        return walked.error();
    return usage;
}

bool globMatch(std::string_view pattern, std::string_view key)
{
    return Matcher(pattern, key).match(0, 0);
}

std::string globPrefix(std::string_view pattern)
{
    std::string prefix;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '*' || c == '?' || c == '[')
            break;
        if (c == '\\' && i + 1 < pattern.size())
            ++i;
        prefix += pattern[i];
    }
    return prefix;
}

Result<std::vector<ObjectInfo>> glob(ObjectStore &store, std::string_view pattern, CancellationToken cancel)
{
    std::vector<ObjectInfo> matches;
    const std::string prefix = globPrefix(pattern);
    const bool exact = !hasWildcard(pattern);
    auto walked = walk(store, prefix, [&](const ObjectInfo &object) {
        if (exact) {
            // Keys sort after their prefix, so the first key is the only
            // one that can equal it.
            if (object.key == prefix)
                matches.push_back(object);
            return false;
        }
        if (globMatch(pattern, object.key))
            matches.push_back(object);
        return true;
    }, cancel);
    if (!walked)
        return walked.error();
    return matches;
}

Result<ObjectInfo> rename(ObjectStore &store, const std::string &from, const std::string &to,
                          CancellationToken cancel)
{
    if (from == to)
        return store.head(from, cancel);
    if (store.capabilities().atomicRename) {
        auto renamed = store.rename(from, to, cancel);
        if (renamed || renamed.error().code != ErrorCode::NotSupported)
            return renamed;
    }
    auto copied = store.copy(from, to, {}, cancel);
    if (!copied && copied.error().code == ErrorCode::NotSupported)
        copied = streamCopy(store, from, store, to, cancel);
    if (!copied)
        return copied.error();
    auto removed = store.removeBatch({from}, cancel);
    if (!removed)
        return Error{removed.error().code, "copied to " + to + " but could not delete " + from + ": "
                                                + removed.error().message};
    for (const auto &outcome : *removed) {
        if (!outcome.ok)
            return Error::fatal("copied to " + to + " but could not delete " + from + ": " + outcome.error);
    }
    return copied;
}

Result<Usage> removeRecursive(ObjectStore &store, const std::string &prefix, CancellationToken cancel)
{
    const std::size_t batchSize = static_cast<std::size_t>(std::max(1, store.capabilities().maxDeleteBatch));
    Usage usage;
    std::vector<std::string> keys;
    std::vector<std::uint64_t> sizes;
    auto flush = [&]() -> Status {
        if (keys.empty())
            return {};
        auto removed = store.removeBatch(keys, cancel);
        if (!removed)
            return removed.error();
        for (std::size_t i = 0; i < removed->size(); ++i) {
            const DeleteOutcome &outcome = (*removed)[i];
            if (!outcome.ok)
                return Error::fatal("could not delete " + outcome.key + ": " + outcome.error);
            ++usage.objects;
            usage.bytes += i < sizes.size() ? sizes[i] : 0;
        }
        keys.clear();
        sizes.clear();
        return {};
    };

    // Deleting while listing is safe: each page resumes after the last key
    // it returned, whether or not that key still exists.
    Status failed;
    auto walked = walk(store, prefix, [&](const ObjectInfo &object) {
        keys.push_back(object.key);
        sizes.push_back(object.size);
        if (keys.size() < batchSize)
            return true;
        failed = flush();
        return static_cast<bool>(failed);
    }, cancel);
    if (!walked)
        return walked.error();
    if (!failed)
        return failed.error();
    if (auto last = flush(); !last)
        return last.error();
    return usage;
}

Result<ObjectInfo> copyObject(ObjectStore &from, const std::string &fromKey, ObjectStore &to,
                              const std::string &toKey, CancellationToken cancel)
{
    if (&from == &to) {
        auto copied = from.copy(fromKey, toKey, {}, cancel);
        if (copied || copied.error().code != ErrorCode::NotSupported)
            return copied;
    }
    return streamCopy(from, fromKey, to, toKey, cancel);
}

} // namespace lakescope::storeops
