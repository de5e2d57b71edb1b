// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectinfo.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lakescope {

class JobRunner;
class ObjectStore;
struct FileSlot;
struct TransferOptions;

// Turns a request into file slots as the source listing streams: applies
// the include/exclude filters, looks at what the destination already has
// (one listing for a tree, a HEAD for single objects) and settles the
// conflict policy for every file it can without reading content. Files are
// journalled in batches before their tasks are queued, so the journal
// always knows a file before anything happens to it.
//
// A pause can stop the planner between any two requests or in the middle
// of one. The planner then keeps where it is (the page token to ask for,
// the page being visited and how far, the object keys already looked up),
// so the next run() re-sends only the request the pause cut off; a page
// already listed is never asked for again, nor a file planned twice.
class JobPlanner
{
public:
    explicit JobPlanner(JobRunner &job);
    ~JobPlanner();

    // Plans until the plan is complete, has failed or the job is ending.
    // False when a pause stopped it: call run() again after the resume.
    bool run();

    // Whether `relative` passes the filters: a pattern without '/' is
    // matched against the file name, one with '/' against the whole path.
    static bool passesFilters(const TransferOptions &options, std::string_view relative);

private:
    // One recursive listing, page by page, that outlives a pause.
    struct Listing
    {
        ListOptions options;
        std::vector<ObjectInfo> page; // the last page received
        std::size_t visited = 0;      // of `page`, planned already
        bool finished = false;
    };

    Status planObjects();
    Status planTree();
    Status list(ObjectStore &store, Listing &listing, const std::function<Status(const ObjectInfo &)> &visit);
    Status consider(const ObjectInfo &source, const std::string &destinationKey);
    Result<std::string> freeName(const std::string &key);
    void flush();

    JobRunner &m_job;
    bool m_needExisting = false;
    // The token of the current run(): a pause cancels it, and stoppedBy()
    // tells from it whether a failed request was the pause's doing.
    CancellationToken m_token;
    std::unordered_map<std::string, ObjectInfo> m_existing; // by destination key
    std::vector<std::unique_ptr<FileSlot>> m_pending;
    std::vector<std::string> m_seen;                         // destination keys planned (sync --delete)

    // Object and Objects: (source, destination) keys, and how many are planned.
    std::vector<std::pair<std::string, std::string>> m_objects;
    std::size_t m_objectsDone = 0;
    // Tree: the destination's listing (when conflicts need it), then the source's.
    Listing m_destination;
    Listing m_source;
};

} // namespace lakescope
