// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/locallake.h"

#include "core/backends/local/localfs.h"
#include "core/lakefs/local/diskio.h"
#include "core/lakefs/local/lakeerrors.h"
#include "core/lakefs/local/lakejson.h"
#include "core/lakefs/tree/listingpage.h"
#include "core/lakefs/tree/refexpression.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

namespace lakescope::lakefs {

namespace {

// Open lakes of this process by canonical root. An entry whose lake is
// expired is one being destroyed: open() waits for it to release the lock
// file. The pid tells a forked child the entries are its parent's.
struct Registry
{
    struct Entry
    {
        std::weak_ptr<LocalLake> lake;
        pid_t pid = 0;
    };
    std::mutex mutex;
    std::condition_variable released;
    std::map<std::string, Entry> lakes;
};

Registry &registry()
{
    // Never destroyed: lakes may outlive static destruction order.
    static Registry *instance = new Registry;
    return *instance;
}

std::string defaultCommitter()
{
    if (const char *user = std::getenv("USER"); user && *user)
        return user;
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return entry->pw_name;
    return "lakescope";
}

bool validStorageNamespace(const std::string &storageNamespace)
{
    static const std::regex pattern("^(s3|gs|https?|mem|local|transient)://.*$");
    return std::regex_match(storageNamespace, pattern);
}

} // namespace

LocalLake::LocalLake(std::string root, int lockFd)
    : m_root(std::move(root)), m_lockFd(lockFd), m_committer(defaultCommitter())
{}

LocalLake::~LocalLake()
{
    m_imports.stopAll();
    Registry &lakes = registry();
    std::lock_guard lock(lakes.mutex);
    ::close(m_lockFd);
    if (auto found = lakes.lakes.find(m_root); found != lakes.lakes.end() && found->second.lake.expired())
        lakes.lakes.erase(found);
    lakes.released.notify_all();
}

Result<std::shared_ptr<LocalLake>> LocalLake::open(const std::string &root)
{
    if (root.empty())
        return Error::invalidInput("local lake: the folder is missing");
    if (auto made = diskio::makeDirs(root); !made)
        return made.error();
    std::error_code ec;
    const std::string canonical = std::filesystem::canonical(root, ec).string();
    if (ec)
        return localfs::errnoError(ec.value(), root);

    Registry &lakes = registry();
    std::unique_lock lock(lakes.mutex);
    for (;;) {
        auto found = lakes.lakes.find(canonical);
        if (found == lakes.lakes.end())
            break;
        if (found->second.pid != ::getpid()) {
            lakes.lakes.erase(found);
            break;
        }
        if (auto lake = found->second.lake.lock())
            return lake;
        lakes.released.wait(lock);
    }

    const std::string lockPath = canonical + "/lake.lock";
    const int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return localfs::errnoError(errno, lockPath);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return Error::conflict("local lake " + canonical + " is in use by another process");
        return localfs::errnoError(err, lockPath);
    }
    for (const char *sub : {"/repositories", "/tmp"}) {
        if (auto made = diskio::makeDirs(canonical + sub); !made) {
            ::close(fd);
            return made.error();
        }
    }
    for (const std::string &name : diskio::listNames(canonical + "/tmp"))
        static_cast<void>(diskio::removeTree(canonical + "/tmp/" + name));
    std::shared_ptr<LocalLake> lake(new LocalLake(canonical, fd));
    lakes.lakes[canonical] = {lake, ::getpid()};
    return lake;
}

void LocalLake::setCommitter(std::string committer)
{
    std::lock_guard lock(m_mutex);
    m_committer = std::move(committer);
    for (auto &[name, repository] : m_repositories)
        repository->setCommitter(m_committer);
}

void LocalLake::setCrashPoint(LocalRepository::CrashPoint hook)
{
    LocalRepository::setCrashPoint(std::move(hook));
}

std::string LocalLake::displayName() const
{
    return "local lake: " + m_root;
}

Result<std::shared_ptr<LocalRepository>> LocalLake::repository(const std::string &name)
{
    if (auto valid = validateRepositoryName(name); !valid)
        return lakeerror::withStatus(valid.error());
    std::lock_guard lock(m_mutex);
    if (auto found = m_repositories.find(name); found != m_repositories.end())
        return found->second;
    const std::string dir = repositoriesDir() + "/" + name;
    if (!diskio::exists(dir + "/repository.json"))
        return lakeerror::notFound("repository not found");
    auto loaded = LocalRepository::load(dir);
    if (!loaded)
        return lakeerror::withStatus(loaded.error());
    (*loaded)->setCommitter(m_committer);
    m_repositories[name] = *loaded;
    return loaded;
}

Result<Page<Repository>> LocalLake::listRepositories(const PageRequest &request)
{
    std::vector<std::string> names;
    for (std::string &name : diskio::listNames(repositoriesDir()))
        if (validateRepositoryName(name) && diskio::exists(repositoriesDir() + "/" + name + "/repository.json"))
            names.push_back(std::move(name));
    std::sort(names.begin(), names.end());
    const Page<std::string> namePage = pageById(names, request, [](const std::string &name) -> const std::string & {
        return name;
    });
    Page<Repository> page;
    page.hasMore = namePage.hasMore;
    page.nextOffset = namePage.nextOffset;
    for (const std::string &name : namePage.results) {
        {
            std::lock_guard lock(m_mutex);
            if (auto found = m_repositories.find(name); found != m_repositories.end()) {
                page.results.push_back(found->second->info());
                continue;
            }
        }
        // Listing needs only the description, not the whole repository.
        auto text = diskio::readFile(repositoriesDir() + "/" + name + "/repository.json");
        if (!text)
            continue; // deleted meanwhile
        auto info = lakejson::decodeRepository(*text);
        if (!info)
            return lakeerror::withStatus(info.error());
        page.results.push_back(std::move(info).value());
    }
    return page;
}

Result<Repository> LocalLake::createRepository(const RepositoryCreation &creation)
{
    if (auto valid = validateRepositoryName(creation.name); !valid)
        return lakeerror::withStatus(valid.error());
    if (!validStorageNamespace(creation.storageNamespace))
        return lakeerror::invalid("request body has an error: doesn't match schema: Error at \"/storage_namespace\": "
                                  "string doesn't match the regular expression "
                                  "\"^(s3|gs|https?|mem|local|transient)://.*$\"");
    Repository info;
    info.id = creation.name;
    info.creationDate = diskio::nowSeconds();
    info.defaultBranch = creation.defaultBranch.empty() ? "main" : creation.defaultBranch;
    info.storageNamespace = creation.storageNamespace;
    info.readOnly = creation.readOnly;
    if (auto valid = validateBranchName(info.defaultBranch); !valid)
        return lakeerror::withStatus(valid.error());

    std::lock_guard lock(m_mutex);
    const std::string dir = repositoriesDir() + "/" + creation.name;
    if (diskio::exists(dir))
        return lakeerror::exists("error creating repository: not unique");
    // Built aside and renamed into place: a repository appears whole or not at all.
    const std::string staging = m_root + "/tmp/repository-" + diskio::randomToken(8);
    if (auto created = LocalRepository::create(staging, info, creation.bare); !created) {
        static_cast<void>(diskio::removeTree(staging));
        return lakeerror::withStatus(created.error());
    }
    if (::rename(staging.c_str(), dir.c_str()) != 0) {
        const int err = errno;
        static_cast<void>(diskio::removeTree(staging));
        if (err == EEXIST || err == ENOTEMPTY)
            return lakeerror::exists("error creating repository: not unique");
        return lakeerror::withStatus(localfs::errnoError(err, dir));
    }
    if (auto synced = diskio::syncDirectory(repositoriesDir()); !synced)
        return lakeerror::withStatus(synced.error());
    auto loaded = LocalRepository::load(dir);
    if (!loaded)
        return lakeerror::withStatus(loaded.error());
    (*loaded)->setCommitter(m_committer);
    m_repositories[creation.name] = *loaded;
    return info;
}

Result<Repository> LocalLake::getRepository(const std::string &repo)
{
    return withRepository<Result<Repository>>(repo, [](LocalRepository &r) { return r.info(); });
}

Status LocalLake::deleteRepository(const std::string &repo, bool force)
{
    auto found = repository(repo);
    if (!found)
        return found.error();
    if ((*found)->readOnly() && !force)
        return lakeerror::readOnly();
    std::lock_guard lock(m_mutex);
    (*found)->markDeleted();
    const std::string dir = repositoriesDir() + "/" + repo;
    const std::string trash = m_root + "/tmp/deleted-" + diskio::randomToken(8);
    if (::rename(dir.c_str(), trash.c_str()) != 0)
        return lakeerror::withStatus(localfs::errnoError(errno, dir));
    m_repositories.erase(repo);
    static_cast<void>(diskio::syncDirectory(repositoriesDir()));
    static_cast<void>(diskio::removeTree(trash)); // a leftover is cleared at the next open
    return {};
}

Status LocalLake::uploadSmallObjects(const std::string &repo, const std::string &branch,
                                     const std::vector<SmallObject> &objects, bool force)
{
    return withRepository<Status>(repo, [&](LocalRepository &r) { return r.uploadSmallObjects(branch, objects, force); });
}

} // namespace lakescope::lakefs
