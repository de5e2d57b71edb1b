// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/client/lakeconnection.h"
#include "core/store/storeregistry.h"
#include "tests/support/lakefspeer.h"
#include "ui/session/connection.h"

#include <memory>

namespace lakescope::testing {

// The options that reach a `serve lakefs` peer (its endpoint and keys).
inline StoreOptions lakePeerOptions(const LakeFsPeer &peer)
{
    StoreOptions options;
    (void)options.set("lakefs_endpoint", peer.endpoint().toStdString());
    (void)options.set("lakefs_access_key_id", peer.accessKeyId().toStdString());
    (void)options.set("lakefs_secret_access_key", peer.secretAccessKey().toStdString());
    return options;
}

// What the review panels reach through `options`, as a session gives it:
// the lake for versioning calls and the lakefs:// store for objects.
inline ui::StoreAccess lakeAccess(const StoreOptions &options)
{
    auto registry = std::make_shared<StoreRegistry>();
    registerBuiltinStores(*registry);
    ui::StoreAccess access;
    access.objects = [registry, options](const StoreUrl &url) { return registry->open(url, options); };
    access.lake = [options](const StoreUrl &) { return lakefs::connectLake(options); };
    return access;
}

} // namespace lakescope::testing
