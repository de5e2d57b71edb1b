// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/session/connection.h"

#include <QHash>

#include <optional>
#include <vector>

namespace lakescope::ui {

// The uncommitted changes of one folder of a lakeFS branch, for the
// table's Change column: what diffBranch reports one level below the folder,
// by leaf name, and rows for the objects removed (the branch no longer lists
// them). A ref that is not a branch (a tag, a commit) has no changes and is
// read-only. Worker threads only.
class BranchChanges
{
public:
    struct Result
    {
        bool isBranch = false;
        QHash<QString, ObjectTableModel::Change> changes;
        std::vector<ObjectRow> removed;
        std::optional<Error> error;
    };

    // `url` is a folder of lakefs://repo/ref; at most `maxEntries` changes
    // are read (a folder with more shows the first ones).
    static Result fetch(const StoreAccess &access, const StoreUrl &url, CancellationToken cancel,
                        std::size_t maxEntries = 100000);
};

} // namespace lakescope::ui
