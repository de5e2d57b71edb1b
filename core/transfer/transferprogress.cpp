// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/transferprogress.h"

namespace lakescope {

std::string_view transferStateName(TransferState state)
{
    switch (state) {
    case TransferState::Queued: return "queued";
    case TransferState::Planning: return "planning";
    case TransferState::Running: return "running";
    case TransferState::Paused: return "paused";
    case TransferState::Verifying: return "verifying";
    case TransferState::Finalising: return "finalising";
    case TransferState::Done: return "done";
    case TransferState::Skipped: return "skipped";
    case TransferState::Failed: return "failed";
    case TransferState::Cancelled: return "cancelled";
    case TransferState::Interrupted: return "interrupted";
    }
    return "unknown";
}

bool isFinished(TransferState state)
{
    switch (state) {
    case TransferState::Done:
    case TransferState::Skipped:
    case TransferState::Failed:
    case TransferState::Cancelled:
    case TransferState::Interrupted:
        return true;
    default:
        return false;
    }
}

} // namespace lakescope
