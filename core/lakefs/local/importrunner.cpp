// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/importrunner.h"

#include "core/backends/local/localfs.h"
#include "core/common/uri.h"
#include "core/lakefs/local/diskio.h"
#include "core/lakefs/local/lakeerrors.h"
#include "core/lakefs/local/localrepository.h"

#include <filesystem>
#include <system_error>
#include <vector>

#include <sys/stat.h>

namespace fs = std::filesystem;

namespace lakescope::lakefs {

namespace {

constexpr const char *kCanceled = "Canceled";

struct SourceFile
{
    std::string path;        // on this machine
    std::string destination; // inside the branch
};

// The files one location names: a file for an object; for a common
// prefix, every file whose path starts with it (a folder: all below it).
Result<std::vector<SourceFile>> filesOf(const ImportLocation &location, const std::string &localPath,
                                       CancellationToken cancel)
{
    std::vector<SourceFile> files;
    struct stat st{};
    if (location.type == PathType::Object) {
        if (::stat(localPath.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
            return lakeerror::invalid("import source is not a file: " + location.path);
        files.push_back({localPath, location.destination});
        return files;
    }
    std::string folder = localPath;
    std::string namePrefix;
    if (!folder.ends_with('/') && !(::stat(folder.c_str(), &st) == 0 && S_ISDIR(st.st_mode))) {
        const auto slash = folder.rfind('/');
        namePrefix = folder.substr(slash + 1);
        folder = folder.substr(0, slash + 1);
    }
    while (folder.size() > 1 && folder.ends_with('/'))
        folder.pop_back();
    std::error_code ec;
    fs::recursive_directory_iterator walk(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec)
        return lakeerror::invalid("import source cannot be read: " + location.path + ": " + ec.message());
    for (const fs::recursive_directory_iterator end; walk != end; walk.increment(ec)) {
        if (ec)
            return lakeerror::invalid("import source cannot be read: " + location.path + ": " + ec.message());
        if (cancel.isCancelled())
            return Error::cancelled(kCanceled);
        if (!walk->is_regular_file(ec))
            continue;
        const std::string relative = fs::relative(walk->path(), folder, ec).generic_string();
        if (ec || !relative.starts_with(namePrefix))
            continue;
        files.push_back({walk->path().string(), location.destination + relative.substr(namePrefix.size())});
    }
    return files;
}

} // namespace

ImportRunner::~ImportRunner()
{
    stopAll();
}

Result<std::string> ImportRunner::localPath(const std::string &source)
{
    std::string path;
    if (source.starts_with("file://"))
        path = source.substr(7);
    else if (source.starts_with("local://"))
        path = source.substr(8);
    else
        path = source;
    auto decoded = uri::decode(path);
    if (!decoded || !decoded->starts_with('/'))
        return lakeerror::invalid("import source must be a local folder or file (file:///path): " + source);
    return std::move(decoded).value();
}

Result<std::string> ImportRunner::start(std::shared_ptr<LocalRepository> repository, const std::string &repo,
                                        const std::string &branch, const ImportCreation &creation)
{
    if (creation.paths.empty())
        return lakeerror::invalid("import needs at least one path");
    for (const ImportLocation &location : creation.paths)
        if (auto path = localPath(location.path); !path)
            return path.error();
    if (auto ready = repository->checkImport(branch, creation.force || creation.commit.force); !ready)
        return ready.error();
    auto job = std::make_shared<Job>();
    job->repo = repo;
    job->branch = branch;
    job->status.updateTime = diskio::nowSeconds();
    const std::string id = diskio::randomToken(10);
    std::lock_guard lock(m_mutex);
    // Threads of finished imports are joined here, so they never pile up.
    for (auto &[jobId, other] : m_jobs)
        if (other->finished && other->thread.joinable())
            other->thread.join();
    m_jobs[id] = job;
    job->thread = std::thread([this, job, repository, creation] { run(job, repository, creation); });
    return id;
}

void ImportRunner::run(const std::shared_ptr<Job> &job, const std::shared_ptr<LocalRepository> &repository,
                       const ImportCreation &creation)
{
    const CancellationToken cancel = job->cancel.token();
    EntryList imported;
    for (const ImportLocation &location : creation.paths) {
        auto files = filesOf(location, *localPath(location.path), cancel);
        if (!files)
            return fail(*job, cancel.isCancelled() ? kCanceled : files.error().message);
        for (const SourceFile &file : *files) {
            if (cancel.isCancelled())
                return fail(*job, kCanceled);
            auto blob = repository->blobs().writeFile(file.path, cancel);
            if (!blob)
                return fail(*job, cancel.isCancelled() ? kCanceled : blob.error().message);
            struct stat st{};
            LakeEntry entry;
            entry.path = file.destination;
            entry.size = blob->size;
            entry.checksum = blob->checksum;
            entry.address = blob->checksum;
            entry.contentType = localfs::guessContentType(file.path);
            entry.mtime = ::stat(file.path.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_mtime)
                                                              : diskio::nowSeconds();
            imported.push_back(std::move(entry));
            std::lock_guard lock(m_mutex);
            ++job->status.ingestedObjects;
            job->status.updateTime = diskio::nowSeconds();
        }
    }
    {
        std::lock_guard lock(m_mutex);
        if (cancel.isCancelled()) {
            job->finished = true;
            return;
        }
        job->committing = true;
    }
    auto commit = repository->applyImport(job->branch, creation.paths, std::move(imported), creation.commit);
    std::lock_guard lock(m_mutex);
    job->committing = false;
    job->finished = true;
    job->status.updateTime = diskio::nowSeconds();
    if (!commit) {
        job->status.error = commit.error().message;
        return;
    }
    job->status.completed = true;
    job->status.metaRangeId = commit->metaRangeId;
    job->status.commit = std::move(commit).value();
}

void ImportRunner::fail(Job &job, const std::string &message)
{
    std::lock_guard lock(m_mutex);
    job.finished = true;
    job.status.updateTime = diskio::nowSeconds();
    if (job.status.error.empty())
        job.status.error = message;
}

Result<std::shared_ptr<ImportRunner::Job>> ImportRunner::find(const std::string &repo, const std::string &branch,
                                                              const std::string &id)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found->second->repo != repo || found->second->branch != branch)
        return lakeerror::notFound("import not found");
    return found->second;
}

Result<ImportStatus> ImportRunner::status(const std::string &repo, const std::string &branch, const std::string &id)
{
    std::lock_guard lock(m_mutex);
    auto job = find(repo, branch, id);
    if (!job)
        return job.error();
    return (*job)->status;
}

Status ImportRunner::cancel(const std::string &repo, const std::string &branch, const std::string &id)
{
    std::lock_guard lock(m_mutex);
    auto job = find(repo, branch, id);
    if (!job)
        return job.error();
    Job &target = **job;
    if (target.status.completed || target.committing)
        return lakeerror::conflict("import already completed");
    if (!target.status.error.empty())
        return {};
    target.cancel.cancel();
    target.status.error = kCanceled;
    target.status.updateTime = diskio::nowSeconds();
    return {};
}

void ImportRunner::stopAll()
{
    std::map<std::string, std::shared_ptr<Job>> jobs;
    {
        std::lock_guard lock(m_mutex);
        for (auto &[id, job] : m_jobs)
            job->cancel.cancel();
        jobs = m_jobs;
    }
    for (auto &[id, job] : jobs)
        if (job->thread.joinable())
            job->thread.join();
}

} // namespace lakescope::lakefs
