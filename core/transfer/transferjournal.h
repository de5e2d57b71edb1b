// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/store/objectinfo.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace lakescope {

// What a job was asked to do, enough to run it again after a crash. Never
// holds a secret: stores are reopened from their URLs with the non-secret
// options listed here plus the environment and profiles.
struct JournalHeader
{
    std::string id;                       // e.g. "20261122-211530-3fa9c2"
    std::string kind;                     // "object", "objects", "tree"
    std::string sourceUrl;                // the stores' root URLs, as the user gave them
    std::string destinationUrl;
    std::string sourceKey;                // the object, or the folder ("" or ending in '/')
    std::string destinationKey;
    std::vector<std::string> storeOptions; // "key=value", secrets left out
    std::string options;                  // TransferOptions as JSON text (the engine owns its format)
    std::int64_t createdUnix = 0;
};

// One file of the plan, in plan order (its index is its id in the journal).
struct JournalFile
{
    std::string sourceKey;
    std::string destinationKey;
    std::uint64_t size = 0;
    std::string etag;                     // of the source when planned; a change means start over
    std::int64_t modifiedUnix = 0;
};

struct JournalFileState
{
    enum class Status { Pending, Done, Skipped, Failed };
    Status status = Status::Pending;
    std::string message;                  // skip reason or last error
    // Multipart upload in progress: its id, the part size and the parts the
    // store acknowledged (with their MD5s, for the final ETag check).
    std::string uploadId;
    std::uint64_t partSize = 0;
    std::vector<PartInfo> parts;
    // Download in progress: the temporary file and the ranges already
    // written to it (range i = bytes [i*partSize, (i+1)*partSize)).
    std::string tempPath;
    std::vector<int> rangesDone;
};

struct JournalState
{
    JournalHeader header;
    std::vector<JournalFile> files;
    bool planned = false;                 // every file of the plan is recorded
    std::vector<JournalFileState> states; // one per file
};

// A short listing line for `lakescope-cli jobs`.
struct JournalSummary
{
    std::string id;
    std::string path;
    JournalHeader header;
    std::size_t files = 0;
    std::size_t filesDone = 0;            // done or skipped
    std::size_t filesFailed = 0;
    std::uint64_t bytesTotal = 0;
    std::uint64_t bytesDone = 0;          // of finished files plus acknowledged parts and ranges
};

// An append-only log, one JSON object per line, in the user's state
// directory. Each record is a single write(2) on an O_APPEND descriptor, so
// a kill -9 loses at most the record being written, and load() ignores a
// torn last line. Thread-safe: workers record parts concurrently. The file
// is deleted when the job finishes cleanly; an interrupted or failed job
// keeps it for `cp --resume ID` and `jobs`.
class TransferJournal
{
public:
    ~TransferJournal();
    TransferJournal(const TransferJournal &) = delete;
    TransferJournal &operator=(const TransferJournal &) = delete;

    // $XDG_STATE_HOME/lakescope/jobs, else ~/.local/state/lakescope/jobs.
    static std::string defaultDirectory();
    // A fresh id: UTC time plus random hex, sortable by creation.
    static std::string newId();

    // Start the journal "<directory>/<header.id>.journal" (the directory is
    // created with mode 0700); AlreadyExists if that id has one.
    static Result<std::unique_ptr<TransferJournal>> create(const std::string &directory, const JournalHeader &header);
    // Append to an existing journal, to resume its job.
    static Result<std::unique_ptr<TransferJournal>> reopen(const std::string &directory, const std::string &id);
    // Replay a journal; InvalidInput when its header is unreadable, NotFound
    // when there is no such job.
    static Result<JournalState> load(const std::string &directory, const std::string &id);
    // Every journal in `directory`, oldest first; unreadable ones are left out.
    static std::vector<JournalSummary> list(const std::string &directory);
    // Delete a job's journal (after it finished or was discarded).
    static Status remove(const std::string &directory, const std::string &id);

    const std::string &path() const { return m_path; }
    const std::string &id() const { return m_id; }

    // The plan, in batches as the listing streams, then planComplete().
    Status addFiles(std::span<const JournalFile> files);
    Status planComplete();

    Status uploadStarted(std::size_t file, const std::string &uploadId, std::uint64_t partSize);
    Status partDone(std::size_t file, const PartInfo &part);
    Status downloadStarted(std::size_t file, const std::string &tempPath, std::uint64_t partSize);
    Status rangeDone(std::size_t file, int range);
    // The file starts over (its source changed, its upload vanished).
    Status fileReset(std::size_t file);
    Status fileDone(std::size_t file);
    Status fileSkipped(std::size_t file, const std::string &reason);
    Status fileFailed(std::size_t file, const std::string &error);

private:
    TransferJournal(std::string path, std::string id, int fd);
    Status append(const std::string &line);

    std::string m_path;
    std::string m_id;
    int m_fd = -1;
    std::mutex m_mutex;
};

} // namespace lakescope
