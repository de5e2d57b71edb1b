// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/versionedrepository.h"
#include "core/store/containerservice.h"
#include "core/store/storeregistry.h"
#include "core/store/storeurl.h"

#include <QString>

#include <functional>
#include <memory>

namespace lakescope::ui {

// A root of the store tree: a name the user recognises and where it points.
// Every location below a remote one (S3, lakeFS) carries `id` in
// StoreUrl::connection, so the resolver opens it with this connection's
// options and secret; local and memory locations carry none.
struct Connection
{
    enum class Kind {
        Home,       // the user's home folder
        FileSystem, // "/"
        Memory,     // memory://scratch
        Remote,     // S3 or S3-compatible: url "s3://" lists buckets
        Lake,       // lakeFS: url "lakefs://" lists repositories
        Folder,     // a local folder the user added
    };

    QString id;   // stable across launches; "" for ad-hoc roots in tests
    QString name;
    StoreUrl url; // url.connection == id
    Kind kind = Kind::Remote;
    bool builtIn = false; // the defaults: neither edited nor removed
};

// Opens the store a URL lives in. Called on worker threads (opening may read
// credential files or talk to a service), so it must be thread-safe.
using StoreResolver = std::function<Result<StoreLocation>(const StoreUrl &url)>;
// The account level of a connection (S3 buckets). Worker threads only.
using ContainerResolver = std::function<Result<std::shared_ptr<ContainerService>>(const StoreUrl &url)>;
// The lakeFS API behind a lakefs:// location (repositories, refs, diff).
// Worker threads only.
using LakeResolver = std::function<Result<lakefs::VersionedRepositoryPtr>(const StoreUrl &url)>;

// Everything the views need to reach data, by URL, from worker threads.
struct StoreAccess
{
    StoreResolver objects;
    ContainerResolver containers;
    LakeResolver lake;
};

} // namespace lakescope::ui
