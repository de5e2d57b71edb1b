// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "core/transfer/transferoptions.h"

#include <QList>
#include <QString>

namespace lakescope::ui {

// What the browser's actions, drops and pastes need from the transfer
// queue: start a job and return at once. Opening the stores, listing
// folders and moving bytes all happen on workers; the job shows in the
// transfer panel with its progress, errors and controls.
//
// URLs may point anywhere (file:// is the desktop side): an upload is a
// copy from file://, a download a copy to it. A URL whose key ends in '/'
// (or a local folder) is copied with everything below it. Same-store
// copies are server-side where the store can.
class TransferLauncher
{
public:
    virtual ~TransferLauncher() = default;

    // Copy each source into `destinationFolder`, keeping its name.
    // Returns the job id ("" when there was nothing to do).
    virtual QString copy(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder,
                         ConflictPolicy policy) = 0;
    // Rename or move one object or folder to `target` (its new full URL):
    // a copy, then the source is deleted once every file arrived verified.
    // Stores with a native rename for the case use it.
    virtual QString moveTo(const StoreUrl &source, const StoreUrl &target) = 0;
};

} // namespace lakescope::ui
