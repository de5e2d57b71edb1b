// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace lakescope::ui {

// One selected row as the actions see it. Folders' URLs end with '/'
// (local folders may not; isFolder says it).
struct ActionEntry
{
    StoreUrl url;
    bool isFolder = false;
    std::optional<std::uint64_t> size;
};

// Where the actions apply: the folder the user is looking at and what is
// selected in it. Supplied on demand by whoever owns the view.
struct ActionContext
{
    std::optional<StoreUrl> folder;
    QList<ActionEntry> selection;
};

} // namespace lakescope::ui
