// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytepipe.h"
#include "core/common/result.h"
#include "core/lakefs/versionedrepository.h"

#include <cstdint>
#include <optional>
#include <string>
#include <thread>

namespace lakescope::lakefs {

// One object upload fed from a request body as it arrives. The HTTP layer
// pushes the body while VersionedRepository::uploadObject pulls it, so the
// upload runs on a thread of its own behind a bounded pipe: memory stays at
// the pipe's size whatever the object's.
//
//     ObjectUpload upload(lake, repo, branch, request, contentLength);
//     reader([&](const char *data, size_t size) { upload.write(data, size); return true; });
//     Result<ObjectStats> stats = upload.finish();
//
// Once the upload failed (the branch is missing, the path exists under
// If-None-Match: *) write() drops what it gets, so the caller can still
// read the rest of the body and answer on the same connection.
class ObjectUpload
{
public:
    ObjectUpload(VersionedRepository &lake, std::string repo, std::string branch, UploadRequest request,
                 std::optional<std::uint64_t> size);
    // Abandons an unfinished upload: nothing is stored.
    ~ObjectUpload();
    ObjectUpload(const ObjectUpload &) = delete;
    ObjectUpload &operator=(const ObjectUpload &) = delete;

    // False once the upload has failed; the data is then dropped.
    bool write(const char *data, std::size_t size);
    // The body is complete: wait for the upload's outcome.
    Result<ObjectStats> finish();
    // The body broke off (the client went away, a malformed part): the
    // upload fails with `error` and stores nothing.
    void abort(Error error);

private:
    void join();

    BytePipe m_pipe;
    std::optional<Result<ObjectStats>> m_result;
    bool m_failed = false;
    std::thread m_thread;
};

} // namespace lakescope::lakefs
