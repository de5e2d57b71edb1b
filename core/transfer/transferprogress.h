// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lakescope {

// Job and file phases. "Verifying" and "Finalising" are shown, so a long
// checksum pass or a multipart completion never looks like a hang at 100 %.
enum class TransferState {
    Queued,
    Planning,   // job: listing the source and the destination
    Running,
    Paused,
    Verifying,  // file: checking size and checksum
    Finalising, // file: completing the upload or renaming into place
    Done,
    Skipped,    // file: the conflict policy kept the destination (reason in `message`)
    Failed,
    Cancelled,
    Interrupted, // job: stopped with its journal kept, to resume later
};

std::string_view transferStateName(TransferState state);
// Done, Failed, Cancelled and Interrupted end a job; Skipped also ends a file.
bool isFinished(TransferState state);

struct FileProgress
{
    std::string sourceKey;
    std::string destinationKey;
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    TransferState state = TransferState::Queued;
    // Skip reason, last error, or how the file was verified ("md5", "size").
    std::string message;
};

struct JobProgress
{
    TransferState state = TransferState::Queued;
    std::uint64_t bytesDone = 0;      // never above bytesTotal
    std::uint64_t bytesTotal = 0;
    std::uint64_t filesDone = 0;      // done + skipped + failed
    std::uint64_t filesTotal = 0;
    std::uint64_t filesFailed = 0;
    std::uint64_t filesSkipped = 0;
    std::uint64_t bytesReused = 0;    // parts and ranges a resumed job did not move again
    double rate = 0;                  // bytes per second, smoothed
    std::optional<double> etaSeconds; // unknown until the rate settles
    bool planned = false;             // the totals are final
    std::string lastError;
};

// One state change of a job (file = -1) or of one of its files.
struct TransferEvent
{
    std::string jobId;
    long file = -1;
    TransferState state = TransferState::Queued;
    std::string message;
};

} // namespace lakescope
