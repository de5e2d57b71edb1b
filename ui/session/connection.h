// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/store/storeregistry.h"
#include "core/store/storeurl.h"

#include <QString>

#include <functional>

namespace lakescope::ui {

// A root of the store tree: a name the user recognises and where it points.
struct Connection
{
    enum class Kind { Home, FileSystem, Memory, Remote, Lake };

    QString name;
    StoreUrl url;
    Kind kind = Kind::Remote;
};

// Opens the store a URL lives in. Called on worker threads (opening may read
// credential files or talk to a service), so it must be thread-safe.
using StoreResolver = std::function<Result<StoreLocation>(const StoreUrl &url)>;

} // namespace lakescope::ui
