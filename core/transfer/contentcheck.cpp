// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/contentcheck.h"

#include "core/common/md5.h"

#include <array>
#include <charconv>
#include <chrono>
#include <memory>

namespace lakescope::contentcheck {

namespace {

constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;

// Feeds an object's bytes into MD5s, part by part when `partSize` is set.
class HashingSink final : public ByteSink
{
public:
    explicit HashingSink(std::uint64_t partSize) : m_partSize(partSize) {}

    Status write(std::span<const char> data) override
    {
        while (!data.empty()) {
            std::size_t take = data.size();
            if (m_partSize) {
                const std::uint64_t left = m_partSize - m_inPart;
                take = static_cast<std::size_t>(std::min<std::uint64_t>(take, left));
            }
            m_current->update(data.first(take));
            m_inPart += take;
            data = data.subspan(take);
            if (m_partSize && m_inPart == m_partSize)
                closePart();
        }
        return {};
    }

    std::string finish()
    {
        if (!m_partSize)
            return m_current->finishHex();
        if (m_inPart > 0 || m_parts.empty())
            closePart();
        return multipartEtag(m_parts);
    }

private:
    void closePart()
    {
        m_parts.push_back(m_current->finishHex());
        m_current = std::make_unique<Md5>();
        m_inPart = 0;
    }

    std::uint64_t m_partSize;
    std::uint64_t m_inPart = 0;
    std::unique_ptr<Md5> m_current = std::make_unique<Md5>();
    std::vector<std::string> m_parts;
};

std::optional<std::array<unsigned char, 16>> binaryMd5(const std::string &hex)
{
    if (hex.size() != 32)
        return std::nullopt;
    std::array<unsigned char, 16> out{};
    for (std::size_t i = 0; i < 16; ++i) {
        unsigned value = 0;
        auto parsed = std::from_chars(hex.data() + 2 * i, hex.data() + 2 * i + 2, value, 16);
        if (parsed.ec != std::errc() || parsed.ptr != hex.data() + 2 * i + 2)
            return std::nullopt;
        out[i] = static_cast<unsigned char>(value);
    }
    return out;
}

} // namespace

std::optional<std::string> md5Of(const ObjectInfo &info)
{
    if (info.checksum.starts_with("md5:") && info.checksum.size() == 36)
        return info.checksum.substr(4);
    return std::nullopt;
}

std::optional<int> multipartParts(const std::string &etag)
{
    const auto dash = etag.rfind('-');
    if (dash != 32 || etag.size() <= 33 || !binaryMd5(etag.substr(0, 32)))
        return std::nullopt;
    int parts = 0;
    auto parsed = std::from_chars(etag.data() + 33, etag.data() + etag.size(), parts);
    if (parsed.ec != std::errc() || parsed.ptr != etag.data() + etag.size() || parts < 1)
        return std::nullopt;
    return parts;
}

std::string multipartEtag(const std::vector<std::string> &partMd5Hex)
{
    Md5 outer;
    for (const std::string &hex : partMd5Hex) {
        auto binary = binaryMd5(hex);
        if (!binary)
            return {};
        outer.update(std::span<const char>(reinterpret_cast<const char *>(binary->data()), binary->size()));
    }
    return outer.finishHex() + "-" + std::to_string(partMd5Hex.size());
}

std::optional<std::uint64_t> partSizeFor(std::uint64_t size, int parts, std::uint64_t preferred)
{
    if (parts < 1)
        return std::nullopt;
    auto fits = [&](std::uint64_t candidate) {
        return candidate > 0 && (size + candidate - 1) / candidate == static_cast<std::uint64_t>(parts);
    };
    const std::uint64_t exact = (size + static_cast<std::uint64_t>(parts) - 1) / static_cast<std::uint64_t>(parts);
    const std::array<std::uint64_t, 9> candidates{preferred,  8 * kMiB,  5 * kMiB,  16 * kMiB, 10 * kMiB,
                                                  64 * kMiB, 100 * kMiB, (exact + kMiB - 1) / kMiB * kMiB, exact};
    for (std::uint64_t candidate : candidates) {
        if (fits(candidate))
            return candidate;
    }
    return std::nullopt;
}

Result<std::string> hashObject(ObjectStore &store, const std::string &key, std::uint64_t partSize,
                               CancellationToken cancel)
{
    HashingSink sink(partSize);
    auto read = store.get(key, sink, {}, {}, cancel);
    if (!read)
        return read.error();
    return sink.finish();
}

Result<std::optional<bool>> sameContent(ObjectStore &sourceStore, const ObjectInfo &source,
                                        ObjectStore &destinationStore, const ObjectInfo &destination,
                                        CancellationToken cancel)
{
    if (source.size != destination.size)
        return std::optional<bool>(false);
    const auto sourceMd5 = md5Of(source);
    const auto destinationMd5 = md5Of(destination);
    if (sourceMd5 && destinationMd5)
        return std::optional<bool>(*sourceMd5 == *destinationMd5);
    if (source.etag == destination.etag && multipartParts(source.etag))
        return std::optional<bool>(true);
    // One side has an MD5 or a multipart ETag: hash the other side to match.
    auto compareWith = [&](ObjectStore &store, const ObjectInfo &unknown,
                           const ObjectInfo &known) -> Result<std::optional<bool>> {
        if (auto md5 = md5Of(known)) {
            auto hashed = hashObject(store, unknown.key, 0, cancel);
            if (!hashed)
                return hashed.error();
            return std::optional<bool>(*hashed == *md5);
        }
        if (auto parts = multipartParts(known.etag)) {
            auto partSize = partSizeFor(known.size, *parts, 0);
            if (!partSize)
                return std::optional<bool>();
            auto hashed = hashObject(store, unknown.key, *partSize, cancel);
            if (!hashed)
                return hashed.error();
            return std::optional<bool>(*hashed == known.etag);
        }
        return std::optional<bool>();
    };
    if (sourceMd5 || multipartParts(source.etag))
        return compareWith(destinationStore, destination, source);
    if (destinationMd5 || multipartParts(destination.etag))
        return compareWith(sourceStore, source, destination);
    return std::optional<bool>();
}

ConflictDecision decideConflict(const TransferOptions &options, const ObjectInfo &source, const ObjectInfo &existing)
{
    using Action = ConflictDecision::Action;
    const bool sameSize = source.size == existing.size;
    const auto sourceMd5 = md5Of(source);
    const auto existingMd5 = md5Of(existing);
    // Whole seconds: lakeFS, S3 and HTTP dates keep no more, so a local
    // file's nanoseconds must not make every upload look stale.
    const bool sourceNewer = source.modified && existing.modified
        && std::chrono::floor<std::chrono::seconds>(*source.modified)
            > std::chrono::floor<std::chrono::seconds>(*existing.modified);
    if (options.sync) {
        if (!sameSize)
            return {Action::Copy, {}};
        if (sourceMd5 && existingMd5)
            return *sourceMd5 == *existingMd5 ? ConflictDecision{Action::Skip, "identical (md5)"}
                                              : ConflictDecision{Action::Copy, {}};
        if (sourceNewer)
            return {Action::Copy, {}};
        return {Action::Skip, "unchanged (same size, not newer)"};
    }
    switch (options.ifExists) {
    case ConflictPolicy::Overwrite:
        return {Action::Copy, {}};
    case ConflictPolicy::Skip:
        return {Action::Skip, "exists"};
    case ConflictPolicy::Rename:
        return {Action::Rename, {}};
    case ConflictPolicy::NewerOnly:
        if (!source.modified || !existing.modified)
            return {Action::Skip, "exists; modification time unknown"};
        return sourceNewer ? ConflictDecision{Action::Copy, {}} : ConflictDecision{Action::Skip, "exists and is not older"};
    case ConflictPolicy::SkipIdentical:
        if (!sameSize)
            return {Action::Copy, {}};
        if (sourceMd5 && existingMd5)
            return *sourceMd5 == *existingMd5 ? ConflictDecision{Action::Skip, "identical (md5)"}
                                              : ConflictDecision{Action::Copy, {}};
        return {Action::CompareContent, {}};
    }
    return {Action::Copy, {}};
}

} // namespace lakescope::contentcheck
