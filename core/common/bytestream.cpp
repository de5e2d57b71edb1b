// SPDX-License-Identifier: Apache-2.0
#include "core/common/bytestream.h"

#include <vector>

namespace lakescope {

Status drainSource(ByteSource &source, const std::function<Status(std::span<const char>)> &consume,
                   CancellationToken cancel, std::size_t chunkSize)
{
    std::vector<char> buffer(chunkSize);
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        auto n = source.read(buffer);
        if (!n)
            return n.error();
        if (*n == 0)
            return {};
        if (auto consumed = consume(std::span<const char>(buffer.data(), *n)); !consumed)
            return consumed;
    }
}

} // namespace lakescope
