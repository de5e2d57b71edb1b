// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"
#include "ui/versioning/diffpageloader.h"

#include <string>

namespace lakescope::ui {

// The diffs the review panels page through, each opening the lake for the
// URL's connection on the worker that fetches a page.
class DiffSources
{
public:
    // A branch's uncommitted changes (lakefs://repo/branch/).
    static DiffPageSource uncommitted(const StoreAccess &access, const StoreUrl &branch);
    // `right` against `left` in the repository of `repository`: three-dot
    // is what `right` changed since the two split (what merging it into
    // `left` brings, conflicts included), two-dot every difference.
    static DiffPageSource betweenRefs(const StoreAccess &access, const StoreUrl &repository, const std::string &left,
                                      const std::string &right, lakefs::DiffKind kind);
};

} // namespace lakescope::ui
