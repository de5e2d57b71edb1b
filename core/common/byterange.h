// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>

namespace lakescope {

// A byte range of an object: from `offset`, `length` bytes, or to the end
// when `length` is empty. Ranges past the end are clamped by the store,
// as HTTP servers do; an offset past the end is an InvalidInput error.
struct ByteRange
{
    std::uint64_t offset = 0;
    std::optional<std::uint64_t> length;

    static ByteRange all() { return {}; }
    static ByteRange from(std::uint64_t offset) { return {offset, std::nullopt}; }
    static ByteRange span(std::uint64_t offset, std::uint64_t length) { return {offset, length}; }
    bool isAll() const { return offset == 0 && !length; }
};

} // namespace lakescope
