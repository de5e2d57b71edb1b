// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/folderscan.h"

namespace lakescope::ui {

Result<FolderScan::Tally> FolderScan::scan(ObjectStore &store, const std::string &prefix, bool keepKeys,
                                           CancellationToken cancel, const Progress &progress)
{
    Tally tally;
    ListOptions options;
    options.prefix = prefix;
    options.maxKeys = 1000;
    do {
        if (cancel.isCancelled())
            return Error::cancelled();
        auto page = store.list(options, cancel);
        if (!page)
            return page.error();
        for (const ObjectInfo &object : page.value().objects) {
            const bool marker = !object.key.empty() && object.key.back() == '/' && object.size == 0;
            if (!marker) {
                ++tally.objects;
                tally.bytes += object.size;
            }
            if (keepKeys)
                tally.keys.push_back(object.key);
        }
        if (progress)
            progress(tally.objects, tally.bytes);
        options.pageToken = page.value().nextPageToken;
    } while (!options.pageToken.empty());
    return tally;
}

} // namespace lakescope::ui
