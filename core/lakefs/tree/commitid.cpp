// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/commitid.h"

#include "core/common/md5.h"

#include <openssl/evp.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

namespace lakescope::lakefs {

namespace {

// Every value is written as a type tag plus a length or a fixed width, so
// no two different field sequences can produce the same bytes (lakeFS's
// ident encoding has the same shape).
enum class Tag : unsigned char { Bytes = 0, String = 1, Int64 = 2, StringList = 3, StringMap = 4 };

class IdentityWriter
{
public:
    IdentityWriter() : m_context(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
        EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr);
    }

    IdentityWriter &string(std::string_view value)
    {
        tag(Tag::String);
        int64(static_cast<std::int64_t>(value.size()));
        raw(value.data(), value.size());
        return *this;
    }

    IdentityWriter &int64(std::int64_t value)
    {
        tag(Tag::Int64);
        const unsigned char width = 8;
        raw(&width, 1);
        std::array<unsigned char, 8> bigEndian {};
        const auto bits = static_cast<std::uint64_t>(value);
        for (std::size_t i = 0; i < bigEndian.size(); ++i)
            bigEndian[i] = static_cast<unsigned char>(bits >> (8 * (7 - i)));
        raw(bigEndian.data(), bigEndian.size());
        return *this;
    }

    IdentityWriter &stringList(const std::vector<std::string> &values)
    {
        tag(Tag::StringList);
        int64(static_cast<std::int64_t>(values.size()));
        for (const std::string &value : values)
            string(value);
        return *this;
    }

    // std::map iterates in key order, which is the order the encoding needs.
    IdentityWriter &stringMap(const Metadata &values)
    {
        tag(Tag::StringMap);
        int64(static_cast<std::int64_t>(values.size()));
        for (const auto &[key, value] : values) {
            string(key);
            string(value);
        }
        return *this;
    }

    std::string hex()
    {
        std::array<unsigned char, EVP_MAX_MD_SIZE> digest {};
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context.get(), digest.data(), &length);
        return toHex(std::span<const unsigned char>(digest.data(), length));
    }

private:
    void tag(Tag value)
    {
        const auto byte = static_cast<unsigned char>(value);
        raw(&byte, 1);
    }

    void raw(const void *data, std::size_t size) { EVP_DigestUpdate(m_context.get(), data, size); }

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_context;
};

} // namespace

std::string commitId(const Commit &commit)
{
    IdentityWriter writer;
    writer.string("commit:v1")
        .string(commit.committer)
        .string(commit.message)
        .string(commit.metaRangeId)
        .int64(commit.creationDate)
        .stringMap(commit.metadata)
        .stringList(commit.parents);
    return writer.hex();
}

std::string treeId(const EntryList &entries)
{
    IdentityWriter writer;
    writer.string("tree:v1").int64(static_cast<std::int64_t>(entries.size()));
    for (const LakeEntry &entry : entries) {
        writer.string(entry.path)
            .int64(static_cast<std::int64_t>(entry.size))
            .string(entry.checksum)
            .string(entry.contentType)
            .stringMap(entry.metadata)
            .int64(entry.tombstone ? 1 : 0);
    }
    return writer.hex();
}

} // namespace lakescope::lakefs
