// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/entrycodec.h"

#include <array>

namespace lakescope::lakefs::entrycodec {

namespace {

constexpr std::string_view kTreeMagic = "LKTREE01";

enum EntryFlag : std::uint8_t {
    Tombstone = 1,
    AddressIsChecksum = 2,
    PackedChecksum = 4,
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool isPackableMd5(std::string_view text)
{
    if (text.size() != 32)
        return false;
    for (char c : text)
        if (hexValue(c) < 0)
            return false;
    return true;
}

std::uint64_t zigzag(std::int64_t value)
{
    return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}

std::int64_t unzigzag(std::uint64_t value)
{
    return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

constexpr std::array<std::uint32_t, 256> makeCrcTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr auto kCrcTable = makeCrcTable();

} // namespace

void putVarint(std::string &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

bool getVarint(std::string_view &in, std::uint64_t &value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (in.empty())
            return false;
        const auto byte = static_cast<std::uint8_t>(in.front());
        in.remove_prefix(1);
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

void putString(std::string &out, std::string_view text)
{
    putVarint(out, text.size());
    out.append(text);
}

bool getString(std::string_view &in, std::string &text)
{
    std::uint64_t size = 0;
    if (!getVarint(in, size) || size > in.size())
        return false;
    text.assign(in.data(), static_cast<std::size_t>(size));
    in.remove_prefix(static_cast<std::size_t>(size));
    return true;
}

void putFixed32(std::string &out, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

bool getFixed32(std::string_view &in, std::uint32_t &value)
{
    if (in.size() < 4)
        return false;
    value = 0;
    for (int i = 0; i < 4; ++i)
        value |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(in[static_cast<std::size_t>(i)])) << (8 * i);
    in.remove_prefix(4);
    return true;
}

void putEntry(std::string &out, const LakeEntry &entry, std::string_view previousPath)
{
    std::size_t shared = 0;
    const std::size_t limit = std::min(previousPath.size(), entry.path.size());
    while (shared < limit && previousPath[shared] == entry.path[shared])
        ++shared;
    std::uint8_t flags = 0;
    if (entry.tombstone)
        flags |= Tombstone;
    if (entry.address == entry.checksum)
        flags |= AddressIsChecksum;
    if (isPackableMd5(entry.checksum))
        flags |= PackedChecksum;
    out.push_back(static_cast<char>(flags));
    putVarint(out, shared);
    putString(out, std::string_view(entry.path).substr(shared));
    putVarint(out, entry.size);
    if (flags & PackedChecksum) {
        for (std::size_t i = 0; i < 32; i += 2)
            out.push_back(static_cast<char>((hexValue(entry.checksum[i]) << 4) | hexValue(entry.checksum[i + 1])));
    } else {
        putString(out, entry.checksum);
    }
    putString(out, entry.contentType);
    putVarint(out, zigzag(entry.mtime));
    putVarint(out, entry.metadata.size());
    for (const auto &[key, value] : entry.metadata) {
        putString(out, key);
        putString(out, value);
    }
    if (!(flags & AddressIsChecksum))
        putString(out, entry.address);
}

bool getEntry(std::string_view &in, LakeEntry &entry, std::string_view previousPath)
{
    static constexpr char digits[] = "0123456789abcdef";
    if (in.empty())
        return false;
    const auto flags = static_cast<std::uint8_t>(in.front());
    in.remove_prefix(1);
    std::uint64_t shared = 0;
    std::uint64_t suffixSize = 0;
    if (!getVarint(in, shared) || shared > previousPath.size() || !getVarint(in, suffixSize) || suffixSize > in.size())
        return false;
    entry.path.reserve(static_cast<std::size_t>(shared + suffixSize));
    entry.path.assign(previousPath.substr(0, static_cast<std::size_t>(shared)));
    entry.path.append(in.substr(0, static_cast<std::size_t>(suffixSize)));
    in.remove_prefix(static_cast<std::size_t>(suffixSize));
    if (!getVarint(in, entry.size))
        return false;
    if (flags & PackedChecksum) {
        if (in.size() < 16)
            return false;
        entry.checksum.resize(32);
        for (std::size_t i = 0; i < 16; ++i) {
            const auto byte = static_cast<std::uint8_t>(in[i]);
            entry.checksum[2 * i] = digits[byte >> 4];
            entry.checksum[2 * i + 1] = digits[byte & 0xf];
        }
        in.remove_prefix(16);
    } else if (!getString(in, entry.checksum)) {
        return false;
    }
    std::uint64_t mtime = 0;
    std::uint64_t metadataCount = 0;
    if (!getString(in, entry.contentType) || !getVarint(in, mtime) || !getVarint(in, metadataCount))
        return false;
    entry.mtime = unzigzag(mtime);
    entry.metadata.clear();
    for (std::uint64_t i = 0; i < metadataCount; ++i) {
        std::string key;
        std::string value;
        if (!getString(in, key) || !getString(in, value))
            return false;
        entry.metadata.emplace(std::move(key), std::move(value));
    }
    if (flags & AddressIsChecksum)
        entry.address = entry.checksum;
    else if (!getString(in, entry.address))
        return false;
    entry.tombstone = (flags & Tombstone) != 0;
    return true;
}

std::uint32_t crc32(std::string_view data)
{
    std::uint32_t c = 0xFFFFFFFFu;
    for (char byte : data)
        c = kCrcTable[(c ^ static_cast<std::uint8_t>(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::string encodeTree(const EntryList &entries)
{
    std::string out;
    out.reserve(16 + entries.size() * 96);
    out.append(kTreeMagic);
    putVarint(out, entries.size());
    std::string_view previous;
    for (const LakeEntry &entry : entries) {
        putEntry(out, entry, previous);
        previous = entry.path;
    }
    putFixed32(out, crc32(out));
    return out;
}

Result<EntryList> decodeTree(std::string_view data)
{
    if (data.size() < kTreeMagic.size() + 5 || data.substr(0, kTreeMagic.size()) != kTreeMagic)
        return Error::fatal("not a lake tree file");
    std::string_view trailer = data.substr(data.size() - 4);
    std::uint32_t expected = 0;
    getFixed32(trailer, expected);
    std::string_view in = data.substr(0, data.size() - 4);
    if (crc32(in) != expected)
        return Error::fatal("lake tree file is damaged (checksum mismatch)");
    in.remove_prefix(kTreeMagic.size());
    std::uint64_t count = 0;
    if (!getVarint(in, count) || count > in.size())
        return Error::fatal("lake tree file is damaged (bad count)");
    EntryList entries(static_cast<std::size_t>(count));
    std::string_view previous;
    for (LakeEntry &entry : entries) {
        if (!getEntry(in, entry, previous))
            return Error::fatal("lake tree file is damaged (bad entry)");
        previous = entry.path;
    }
    if (!in.empty())
        return Error::fatal("lake tree file is damaged (trailing bytes)");
    return entries;
}

} // namespace lakescope::lakefs::entrycodec
