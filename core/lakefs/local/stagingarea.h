// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/local/localfs.h"
#include "core/common/result.h"
#include "core/lakefs/tree/lakeentry.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace lakescope::lakefs {

// One branch's uncommitted changes: in memory, and in an append-only log
// (staging/<token>.log) that rebuilds them after a restart. Each change is
// one record written with a single write(2): [length][CRC-32][payload]; the
// last record for a path wins, and a torn record at the end (a crash
// mid-write) is cut off at load. Not thread-safe: its repository's lock
// guards it.
class StagingArea
{
public:
    static Result<std::unique_ptr<StagingArea>> open(std::string logPath);
    ~StagingArea();
    StagingArea(const StagingArea &) = delete;
    StagingArea &operator=(const StagingArea &) = delete;

    // An object, or a tombstone (entry.tombstone) hiding a committed one.
    Status put(const LakeEntry &entry);
    Status putMany(const EntryList &entries);
    // Forget a staged change, so the committed version shows again.
    Status drop(std::string_view path);
    Status dropPrefix(std::string_view prefix);

    const LakeEntry *find(std::string_view path) const;
    bool hasPrefix(std::string_view prefix) const;
    // Sorted snapshot, shared until the next change.
    std::shared_ptr<const EntryList> entries() const;
    bool empty() const { return m_entries.empty(); }
    std::size_t size() const { return m_entries.size(); }

    // The branch moved to a new staging token: the log is no longer needed.
    void removeLog();

private:
    explicit StagingArea(std::string logPath);
    Status load();
    Status append(const std::string &records);
    void apply(char op, std::string_view payload);

    std::string m_path;
    localfs::UniqueFd m_fd;           // opened on the first change
    std::uint64_t m_logSize = 0;      // bytes of whole records in the log
    std::map<std::string, LakeEntry, std::less<>> m_entries;
    mutable std::shared_ptr<const EntryList> m_sorted;
};

} // namespace lakescope::lakefs
