// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>

namespace lakescope {

// One unit of work on the engine's pool. Tasks are plain data, so a task
// stopped by a pause goes back on its queue unchanged.
struct TransferTask
{
    enum class Kind { Plan, File, Part };
    Kind kind = Kind::File;
    std::size_t file = 0;
    int part = 0; // 0-based part or range index
};

} // namespace lakescope
