// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/lakefs/lakefstypes.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace lakescope::lakefs {

class LocalRepository;

// Imports into a local lake: local folders and files (file:///path,
// local:///path or a plain absolute path) are copied into the repository's
// blobs on a background thread, then land as one commit on the branch,
// replacing everything under each destination. Status stays queryable by
// id for the life of the lake. Thread-safe.
class ImportRunner
{
public:
    ImportRunner() = default;
    ~ImportRunner();
    ImportRunner(const ImportRunner &) = delete;
    ImportRunner &operator=(const ImportRunner &) = delete;

    Result<std::string> start(std::shared_ptr<LocalRepository> repository, const std::string &repo,
                              const std::string &branch, const ImportCreation &creation);
    Result<ImportStatus> status(const std::string &repo, const std::string &branch, const std::string &id);
    Status cancel(const std::string &repo, const std::string &branch, const std::string &id);
    // Cancels every running import and waits for it to stop.
    void stopAll();

    // The local path an import source names, or InvalidInput.
    static Result<std::string> localPath(const std::string &source);

private:
    struct Job
    {
        std::string repo;
        std::string branch;
        CancellationSource cancel;
        ImportStatus status;
        bool committing = false;
        bool finished = false;
        std::thread thread;
    };

    void run(const std::shared_ptr<Job> &job, const std::shared_ptr<LocalRepository> &repository,
             const ImportCreation &creation);
    void fail(Job &job, const std::string &message);
    Result<std::shared_ptr<Job>> find(const std::string &repo, const std::string &branch, const std::string &id);

    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<Job>> m_jobs;
};

} // namespace lakescope::lakefs
