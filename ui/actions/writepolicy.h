// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QCoreApplication>
#include <QString>

namespace lakescope::ui {

// Whether a place accepts writes, decided from the URL alone so actions can
// be greyed without a round trip. What only the service knows (a lakeFS
// tag, a read-only repository, a denied bucket) comes back as the store's
// error when the write is tried, and is shown then.
class WritePolicy
{
    Q_DECLARE_TR_FUNCTIONS(WritePolicy)

public:
    // Empty when writes may go ahead, else why not, in words.
    static QString refusal(const StoreUrl &url);
    // lakeFS refs that are certainly not branches: commit ids and ref
    // expressions (main~2, v1^, @).
    static bool isImmutableLakeRef(const std::string &ref);
};

} // namespace lakescope::ui
