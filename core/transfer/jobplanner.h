// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/store/objectinfo.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lakescope {

class JobRunner;
struct FileSlot;
struct TransferOptions;

// Turns a request into file slots as the source listing streams: applies
// the include/exclude filters, looks at what the destination already has
// (one listing for a tree, a HEAD for single objects) and settles the
// conflict policy for every file it can without reading content. Files are
// journalled in batches before their tasks are queued, so the journal
// always knows a file before anything happens to it.
class JobPlanner
{
public:
    explicit JobPlanner(JobRunner &job);
    void run();

    // Whether `relative` passes the filters: a pattern without '/' is
    // matched against the file name, one with '/' against the whole path.
    static bool passesFilters(const TransferOptions &options, std::string_view relative);

private:
    Status planObject();
    Status planObjects();
    Status planTree();
    Status loadDestination(const std::string &prefix);
    void consider(const ObjectInfo &source, const std::string &destinationKey);
    std::string freeName(const std::string &key);
    void flush();

    JobRunner &m_job;
    bool m_needExisting = false;
    std::unordered_map<std::string, ObjectInfo> m_existing; // by destination key
    std::vector<std::unique_ptr<FileSlot>> m_pending;
    std::vector<std::string> m_seen;                         // destination keys planned (sync --delete)
};

} // namespace lakescope
