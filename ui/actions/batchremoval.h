// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectstore.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lakescope::ui {

// Deletes a known list of keys in the store's batch size (1000 for S3 and
// lakeFS), then the emptied directories of stores that have real ones.
// Runs on a worker; stops between batches when cancelled.
class BatchRemoval
{
public:
    struct Outcome
    {
        std::uint64_t removed = 0;
        std::vector<DeleteOutcome> failures;
    };

    // `folders` are the folder prefixes (ending in '/') the keys came from;
    // on a hierarchical store their now-empty directories go too.
    static Result<Outcome> remove(ObjectStore &store, std::vector<std::string> keys,
                                  const std::vector<std::string> &folders, CancellationToken cancel);
};

} // namespace lakescope::ui
