// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QList>
#include <QString>

class QMimeData;

namespace lakescope::ui {

// Store URLs on the clipboard: the drags' private format (UrlMime, which
// keeps each URL's connection) plus plain text and, for local files,
// text/uri-list, so other applications understand the copy too.
class ObjectUrlsMime
{
public:
    // A new QMimeData carrying all three forms; the caller owns it.
    static QMimeData *toMimeData(const QList<StoreUrl> &urls);
    // The private format when present, else file and store URLs found in
    // text/uri-list or plain text (desktop file managers, typed URLs).
    static QList<StoreUrl> fromMimeData(const QMimeData *mime);
};

} // namespace lakescope::ui
