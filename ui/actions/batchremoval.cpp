// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/batchremoval.h"

#include <algorithm>
#include <set>

namespace lakescope::ui {

namespace {

Status removeInBatches(ObjectStore &store, const std::vector<std::string> &keys, CancellationToken cancel,
                       BatchRemoval::Outcome &outcome)
{
    const std::size_t batch = std::size_t(std::max(1, store.capabilities().maxDeleteBatch));
    for (std::size_t start = 0; start < keys.size(); start += batch) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const std::vector<std::string> chunk(keys.begin() + std::ptrdiff_t(start),
                                             keys.begin() + std::ptrdiff_t(std::min(keys.size(), start + batch)));
        auto results = store.removeBatch(chunk, cancel);
        if (!results)
            return results.error();
        for (const DeleteOutcome &result : results.value()) {
            if (result.ok)
                ++outcome.removed;
            else
                outcome.failures.push_back(result);
        }
    }
    return {};
}

} // namespace

Result<BatchRemoval::Outcome> BatchRemoval::remove(ObjectStore &store, std::vector<std::string> keys,
                                                   const std::vector<std::string> &folders, CancellationToken cancel)
{
    Outcome outcome;
    const bool hierarchical = store.capabilities().hierarchicalNamespace;
    std::set<std::string> directories;
    if (hierarchical) {
        // Directories go last, once empty, whatever order the listing gave.
        const auto isDirectory = [](const std::string &key) { return !key.empty() && key.back() == '/'; };
        for (const std::string &key : keys) {
            if (isDirectory(key))
                directories.insert(key);
        }
        keys.erase(std::remove_if(keys.begin(), keys.end(), isDirectory), keys.end());
    }
    if (auto done = removeInBatches(store, keys, cancel, outcome); !done)
        return done.error();
    if (!hierarchical)
        return outcome;

    // Real directories stay behind when their files go; remove them deepest
    // first so each is empty when its turn comes. Only directories the
    // deleted keys lived in: anything else below is not ours to touch.
    for (const std::string &folder : folders)
        directories.insert(folder);
    for (const std::string &key : keys) {
        for (const std::string &folder : folders) {
            if (key.compare(0, folder.size(), folder) != 0)
                continue;
            for (std::size_t slash = key.find('/', folder.size()); slash != std::string::npos;
                 slash = key.find('/', slash + 1)) {
                directories.insert(key.substr(0, slash + 1));
            }
        }
    }
    std::vector<std::string> ordered(directories.begin(), directories.end());
    std::sort(ordered.begin(), ordered.end(), [](const std::string &a, const std::string &b) {
        return std::count(a.begin(), a.end(), '/') > std::count(b.begin(), b.end(), '/');
    });
    for (const std::string &directory : ordered) {
        if (cancel.isCancelled())
            return Error::cancelled();
        // A directory that still holds something the user did not see stays;
        // that is not a failure of the delete they asked for.
        (void)store.removeBatch({directory}, cancel);
    }
    return outcome;
}

} // namespace lakescope::ui
