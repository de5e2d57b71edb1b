// SPDX-License-Identifier: Apache-2.0
#include "ui/session/connectiontable.h"

#include "core/lakefs/client/lakeconnection.h"

namespace lakescope::ui {

struct ConnectionTable::Entry
{
    std::shared_ptr<const StoreOptions> options;
    Seed seed;
    std::once_flag seedOnce;
    Status seedStatus;
    std::mutex lakeMutex;
    lakefs::VersionedRepositoryPtr lake;
};

ConnectionTable::ConnectionTable(std::shared_ptr<const StoreOptions> defaults)
    : m_defaults(std::move(defaults)), m_defaultEntry(std::make_shared<Entry>())
{
    m_defaultEntry->options = m_defaults;
}

void ConnectionTable::set(const std::string &id, StoreOptions options, Seed seed)
{
    // A fresh entry rather than an edit: workers holding the old one finish
    // with the old options, and the next open sees the new ones.
    auto entry = std::make_shared<Entry>();
    entry->options = std::make_shared<const StoreOptions>(std::move(options));
    entry->seed = std::move(seed);
    std::lock_guard lock(m_mutex);
    m_entries[id] = std::move(entry);
}

void ConnectionTable::remove(const std::string &id)
{
    std::lock_guard lock(m_mutex);
    m_entries.erase(id);
}

std::shared_ptr<ConnectionTable::Entry> ConnectionTable::entry(const std::string &id)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_entries.find(id);
    return found == m_entries.end() ? m_defaultEntry : found->second;
}

namespace {

Status runSeedOnce(ConnectionTable::Seed &seed, std::once_flag &once, Status &status, const StoreOptions &options)
{
    if (!seed)
        return {};
    // The first worker seeds; the others wait rather than read a lake that
    // is half written.
    std::call_once(once, [&] { status = seed(options); });
    return status;
}

} // namespace

Result<std::shared_ptr<const StoreOptions>> ConnectionTable::options(const std::string &id)
{
    std::shared_ptr<Entry> found = entry(id);
    if (Status seeded = runSeedOnce(found->seed, found->seedOnce, found->seedStatus, *found->options); !seeded)
        return seeded.error();
    return found->options;
}

Result<lakefs::VersionedRepositoryPtr> ConnectionTable::lake(const std::string &id)
{
    std::shared_ptr<Entry> found = entry(id);
    if (Status seeded = runSeedOnce(found->seed, found->seedOnce, found->seedStatus, *found->options); !seeded)
        return seeded.error();
    std::lock_guard lock(found->lakeMutex);
    if (!found->lake) {
        Result<lakefs::VersionedRepositoryPtr> lake = lakefs::connectLake(*found->options);
        if (!lake)
            return lake.error();
        found->lake = std::move(*lake);
    }
    return found->lake;
}

} // namespace lakescope::ui
