// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectstore.h"
#include "ui/browser/objectrow.h"

#include <QCoreApplication>

#include <string>
#include <utility>
#include <vector>

namespace lakescope::ui {

// One listing page converted for the views. Runs on a worker thread.
struct FolderPage
{
    std::vector<ObjectRow> rows;
    // Exact leaf bytes of rows whose names are not valid UTF-8 (index into rows).
    std::vector<std::pair<std::size_t, std::string>> rawLeaves;
    std::string nextPageToken;
};

// Lists one page of a folder ("/"-delimited) and builds rows for it: names,
// sort keys and type names are computed here, off the GUI thread.
class FolderListing
{
    Q_DECLARE_TR_FUNCTIONS(FolderListing)

public:
    enum class Content { Everything, FoldersOnly };

    // `namePrefix` narrows the listing to leaves starting with it (a server
    // side search in huge folders); rows are still named relative to `prefix`.
    static Result<FolderPage> fetchPage(ObjectStore &store, const std::string &prefix, const std::string &pageToken,
                                        std::size_t pageSize, CancellationToken cancel,
                                        Content content = Content::Everything, const std::string &namePrefix = {});

    // Build rows from a page already fetched.
    static FolderPage convert(const ListPage &page, const std::string &prefix, Content content = Content::Everything);

    // "PNG image", "Folder", "PARQUET file", ... for a leaf name.
    static QString typeName(const QString &name, bool folder);

    // The prefix that lists the inside of the folder at `key` ("" or "a/b/").
    static std::string folderPrefix(const std::string &key);
};

} // namespace lakescope::ui
