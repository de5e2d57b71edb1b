// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectstore.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lakescope::ui {

// Everything below a folder, listed page by page on a worker: how many
// objects and bytes (for confirmations and the properties dialog) and,
// when asked, the keys themselves, so a delete removes exactly what the
// user was told about and nothing that appeared since.
class FolderScan
{
public:
    struct Tally
    {
        std::uint64_t objects = 0;
        std::uint64_t bytes = 0;
        std::vector<std::string> keys; // filled when keepKeys
    };
    // Called on the worker after every page with the running totals.
    using Progress = std::function<void(std::uint64_t objects, std::uint64_t bytes)>;

    // `prefix` ends with '/' (or is "" for a whole store). Folder markers
    // count as keys but not as objects.
    static Result<Tally> scan(ObjectStore &store, const std::string &prefix, bool keepKeys,
                              CancellationToken cancel, const Progress &progress = {});
};

} // namespace lakescope::ui
