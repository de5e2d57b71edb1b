// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/versionedrepository.h"
#include "core/store/storeoptions.h"

#include <functional>
#include <string>
#include <string_view>

namespace lakescope::lakefs {

// The lake the options name, found as lakectl finds its server: the
// lakefs_endpoint option (flags or LAKECTL_SERVER_ENDPOINT_URL), else
// server.endpoint_url of ~/.lakectl.yaml (or $LAKECTL_CONFIG_FILE); keys
// likewise. An http(s):// endpoint is a lakeFS server (LakeFsClient, basic
// auth); file:///dir or an absolute path is a LocalLake in that folder,
// opened once per process. Missing endpoint or keys: InvalidInput naming
// the option and the environment variable that sets it.
Result<VersionedRepositoryPtr> connectLake(const StoreOptions &options);

// The same, with every HTTP request to a lakeFS server traced to `trace`
// (secrets redacted): the CLI's --verbose. Empty = no trace.
Result<VersionedRepositoryPtr> connectLake(const StoreOptions &options,
                                           std::function<void(std::string_view line)> trace);

// What tells two lakes apart, for caches of opened stores: the endpoint or
// folder, the access key id and a fingerprint of the secret (never the
// secret itself), and the HTTP settings.
Result<std::string> lakeIdentity(const StoreOptions &options);

} // namespace lakescope::lakefs
