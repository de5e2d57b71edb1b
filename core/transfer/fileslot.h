// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/multipartupload.h"
#include "core/store/objectinfo.h"
#include "core/transfer/transferjournal.h"
#include "core/transfer/transferprogress.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lakescope {

// How one file moves, fixed when its first task runs.
enum class FileRoute {
    ServerCopy, // same store: copy() on the server
    LocalCopy,  // folder to folder: copy_file_range into a temporary file
    Download,   // into a local folder: (ranged) GETs into a temporary file
    Stream,     // to any other store: read into pooled buffers, put or multipart
};

// Everything the engine tracks for one file of a job. Counters are atomic
// for the polling UI; the rest is guarded by `mutex`.
struct FileSlot
{
    JournalFile plan;
    std::optional<ObjectInfo> existing;    // the destination before the job, when looked up
    std::optional<Timestamp> modified;     // the source's, to full precision (the journal keeps seconds)
    bool compareContent = false;           // identical/sync: decide by checksum when the file task runs

    std::atomic<TransferState> state{TransferState::Queued};
    std::atomic<std::uint64_t> bytesDone{0};
    std::atomic<int> partsPending{0};
    std::atomic<bool> failed{false};
    int attempts = 0;                      // whole-file attempts (only the file task touches it)

    mutable std::mutex mutex;
    std::string message;
    FileRoute route = FileRoute::Stream;
    // What the source said when its bytes were read (checksum, type,
    // metadata); listings may lack these.
    ObjectInfo sourceInfo;
    bool hashRanges = false;
    bool serverCopyRefused = false;        // the stores would not copy between them: stream instead               // download ranges align with the source's multipart parts
    std::uint64_t partSize = 0;
    int partCount = 0;
    // Stream route, multipart: the upload and the parts acknowledged.
    std::unique_ptr<MultipartUpload> upload;
    std::vector<PartInfo> parts;
    // Download route: the temporary file, its descriptor and the MD5 of
    // each range as written (empty for ranges restored from a journal).
    std::string finalPath;
    std::string tempPath;
    int fd = -1;
    std::vector<std::string> rangeMd5;
    std::vector<bool> rangeDone;
    // Restored from a journal, consumed by the file task.
    std::optional<JournalFileState> resumeFrom;

    void setMessage(std::string text)
    {
        std::lock_guard lock(mutex);
        message = std::move(text);
    }
    std::string messageCopy() const
    {
        std::lock_guard lock(mutex);
        return message;
    }
};

} // namespace lakescope
