// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/store/storeurl.h"
#include "core/transfer/transferrequest.h"
#include "ui/session/connection.h"

#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace lakescope::ui {

// Turns what the browser asked for (URLs) into transfer engine requests:
// opens the stores, tells folders from objects and groups loose objects of
// one folder into a single request. Blocking (stores are opened, objects
// stat'ed): worker threads only. The titles are pure and GUI-safe.
class TransferPlanner
{
public:
    // Where the entries of a moveTo() are deleted from once the copy is in.
    struct Removal
    {
        StoreUrl url;
        bool folder = false;
    };
    struct Plan
    {
        std::vector<TransferRequest> requests;
        std::vector<Removal> removals;
        // Set when the store can rename the one object natively: no job.
        bool nativeRename = false;
        StoreLocation renameSource;
        std::string renameTargetKey;
    };

    explicit TransferPlanner(StoreResolver resolver);

    // `options` apply to every request (the conflict policy, a bandwidth limit).
    Result<Plan> copy(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder,
                      const TransferOptions &options) const;
    Result<Plan> move(const StoreUrl &source, const StoreUrl &target) const;

    // "s3://bucket", "file:///": what the journal records to reopen a store.
    static std::string rootUrl(const StoreUrl &url);
    // The recorded option naming the connection a store was opened with, so
    // a resumed job reopens it with the same one (JournalStoreOpener). Not a
    // store option: other readers of the journal (the CLI) ignore it.
    static std::string connectionOption(const StoreUrl &url);

    static QString copyTitle(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder);
    static QString moveTitle(const StoreUrl &source, const StoreUrl &target);
    static QString leafName(const StoreUrl &url);
    // A folder URL's text form ends in '/', as the queue shows destinations.
    static QString folderText(const StoreUrl &url);

private:
    struct Source
    {
        StoreLocation location;
        bool folder = false;
    };
    Result<Source> inspect(const StoreUrl &url) const;
    Result<StoreLocation> open(const StoreUrl &url) const;

    StoreResolver m_resolver;
};

} // namespace lakescope::ui
