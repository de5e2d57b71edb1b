// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/capabilities.h"

#include <cstdint>

namespace lakescope::partsizing {

inline constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;
// The aws cli's default: large enough that per-request overhead is small,
// small enough that 16 parts in flight fit comfortably in memory.
inline constexpr std::uint64_t kDefaultPartSize = 8 * kMiB;

// The part size for a file of `size` bytes: `requested` (or the default),
// raised so the file needs at most the destination's maxParts (rounded up
// to whole MiB, as rclone does), then clamped to the destination's
// minimum and maximum part size.
std::uint64_t choosePartSize(std::uint64_t size, std::uint64_t requested, const Capabilities &destination);

// Files up to one part go in a single request.
inline bool needsParts(std::uint64_t size, std::uint64_t partSize)
{
    return size > partSize;
}

inline int partCount(std::uint64_t size, std::uint64_t partSize)
{
    return size == 0 ? 1 : static_cast<int>((size + partSize - 1) / partSize);
}

} // namespace lakescope::partsizing
