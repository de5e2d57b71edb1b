// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/versionedrepository.h"
#include "core/store/storeoptions.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace lakescope::ui {

// The options each connection opens its locations with, shared between the
// GUI thread (which edits them) and the workers (which read snapshots). A
// connection may also carry a seed step, run once before its first open
// (the demo lake fills itself with sample data), and caches its lake client.
// Not a QObject: workers use it, and it outlives no one but the resolvers.
class ConnectionTable
{
public:
    using Seed = std::function<Status(const StoreOptions &options)>;

    explicit ConnectionTable(std::shared_ptr<const StoreOptions> defaults);

    void set(const std::string &id, StoreOptions options, Seed seed = {});
    void remove(const std::string &id);

    // The options for `id` (the defaults for "" or an unknown id), after
    // the connection's seed step ran; the seed's error, if it failed.
    Result<std::shared_ptr<const StoreOptions>> options(const std::string &id);
    // The lake a connection's lakefs:// locations talk to, opened once per
    // options snapshot.
    Result<lakefs::VersionedRepositoryPtr> lake(const std::string &id);

private:
    struct Entry;

    std::shared_ptr<Entry> entry(const std::string &id);

    std::mutex m_mutex;
    std::shared_ptr<const StoreOptions> m_defaults;
    std::shared_ptr<Entry> m_defaultEntry;
    std::map<std::string, std::shared_ptr<Entry>> m_entries;
};

} // namespace lakescope::ui
