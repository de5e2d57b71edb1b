// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QString>

namespace lakescope::ui {

// Small rules for locations as the UI shows and compares them.
class Locations
{
public:
    // One spelling per folder: no trailing '/' except at a store's root, so
    // "memory://b/a/" (what StoreUrl::parent() yields) and "memory://b/a"
    // (what child() and typing yield) are one place in history and tree.
    static StoreUrl folder(StoreUrl url);
    static QString text(const StoreUrl &url);
    // What the location is called inside its parent ("" at a root).
    static QString leafName(const StoreUrl &url);
    // For window titles: the leaf name, or the whole URL at a root.
    static QString title(const StoreUrl &url);
};

} // namespace lakescope::ui
