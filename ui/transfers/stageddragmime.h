// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QList>
#include <QString>

#include <functional>

class QMimeData;

namespace lakescope::ui {

class TransferService;

// Dragging remote objects out to the desktop or another application: the
// drag carries file:// URLs of a fresh staging folder under the cache
// directory, and their download starts at once as an ordinary job in the
// transfer queue, so a 10 GiB object never freezes the GUI.
//
// Limitation: a drop target reads the files when the drop happens; a drop
// completes with the whole file only once its download is done (the queue
// shows when). The download starts with the drag, so a drag abandoned
// outside the window still downloads; one dropped inside the application
// (onto the browser) is cancelled and leaves the queue. Staging folders
// stay until purgeStaging() (at startup).
//
//     browser->model()->setExternalMimeFactory(StagedDragMime::factory(transfers));
class StagedDragMime
{
public:
    using Factory = std::function<void(QMimeData *, const QList<StoreUrl> &)>;

    static Factory factory(TransferService *service);
    // Fills `mime` and queues the download; returns the job id.
    static QString stage(TransferService *service, QMimeData *mime, const QList<StoreUrl> &objects);
    // <cache>/drag-staging: one folder per drag below it.
    static QString stagingRoot();
    // Deletes earlier drags' staging folders, on a pool thread; call once
    // at startup, before any drag.
    static void purgeStaging();
};

} // namespace lakescope::ui
