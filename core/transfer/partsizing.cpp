// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/partsizing.h"

#include <algorithm>

namespace lakescope::partsizing {

std::uint64_t choosePartSize(std::uint64_t size, std::uint64_t requested, const Capabilities &destination)
{
    std::uint64_t part = requested ? requested : kDefaultPartSize;
    const std::uint64_t maxParts = destination.maxParts > 0 ? static_cast<std::uint64_t>(destination.maxParts) : 10000;
    if (size / part >= maxParts) {
        part = (size + maxParts - 1) / maxParts;
        part = (part + kMiB - 1) / kMiB * kMiB;
    }
    part = std::max(part, destination.minPartSize);
    part = std::min(part, destination.maxPartSize);
    return std::max<std::uint64_t>(part, 1);
}

} // namespace lakescope::partsizing
