// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/versionedrepository.h"
#include "core/store/storeoptions.h"

namespace lakescope::lakefs {

// The lake the options name, found as lakectl finds its server: the
// lakefs_endpoint option (flags or LAKECTL_SERVER_ENDPOINT_URL), else
// server.endpoint_url of ~/.lakectl.yaml (or $LAKECTL_CONFIG_FILE); keys
// likewise. An http(s):// endpoint is a lakeFS server (LakeFsClient, basic
// auth); file:///dir or an absolute path is a LocalLake in that folder,
// opened once per process. Missing endpoint or keys: InvalidInput naming
// the option and the environment variable that sets it.
Result<VersionedRepositoryPtr> connectLake(const StoreOptions &options);

} // namespace lakescope::lakefs
