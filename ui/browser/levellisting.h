// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/lakefs/lakefstypes.h"
#include "ui/browser/folderlisting.h"
#include "ui/session/connection.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace lakescope::ui {

// Listings above the stores, as folder pages: the buckets of an S3 account,
// the repositories of a lake, the branches and tags of a repository. Worker
// threads only; every call may ask a service.
class LevelListing
{
    Q_DECLARE_TR_FUNCTIONS(LevelListing)

public:
    // One page of whatever lists at `url` (an account or a repository);
    // `pageToken` is "" for the first page and the previous page's
    // nextPageToken after that.
    static Result<FolderPage> fetchPage(const StoreAccess &access, const StoreUrl &url, const std::string &pageToken,
                                        std::size_t pageSize, CancellationToken cancel);

    static FolderPage containers(const std::vector<ContainerInfo> &containers);
    static FolderPage repositories(const lakefs::Page<lakefs::Repository> &page);
    static FolderPage refs(const lakefs::Page<lakefs::Ref> &page, ObjectRow::Kind kind);

private:
    static ObjectRow folderRow(const std::string &name, ObjectRow::Kind kind);
};

} // namespace lakescope::ui
