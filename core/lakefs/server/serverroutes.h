// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/server/apirouter.h"
#include "core/lakefs/versionedrepository.h"

#include <cstdint>
#include <string>

// The API's routes by area, each added to the router by one function, so
// LakeFsServer only wires them up. Paths follow lakefs-swagger.yml.
namespace lakescope::lakefs {

// Path parameter patterns: one URL-decoded segment each.
inline const std::string kRepositoryPath = "/repositories/([^/]+)";
inline const std::string kBranchPath = kRepositoryPath + "/branches/([^/]+)";
inline const std::string kRefPath = kRepositoryPath + "/refs/([^/]+)";

// The lakeFS version this server's API follows (lakefs-swagger.yml).
inline constexpr const char *kLakeFsApiVersion = "1.84.0";

struct ServerIdentity
{
    std::string userId = "admin";
    std::int64_t creationDate = 0; // when the server started, unix seconds
};

// /healthcheck, /setup_lakefs, /user, /auth/login, /auth/capabilities, /config*.
void addSetupRoutes(ApiRouter &router, const ServerIdentity &identity);
// /repositories, one repository, its metadata and branch protection.
void addRepositoryRoutes(ApiRouter &router, VersionedRepository &lake);
// Branches (list, create, get, delete, reset) and tags.
void addRefRoutes(ApiRouter &router, VersionedRepository &lake);
// Commits, log, diff, merge, revert, cherry-pick and import.
void addVersioningRoutes(ApiRouter &router, VersionedRepository &lake);
// Object reads, listing and stat; then addObjectWriteRoutes.
void addObjectRoutes(ApiRouter &router, VersionedRepository &lake);
// Upload (raw or multipart), delete, bulk delete, copy, staging.
void addObjectWriteRoutes(ApiRouter &router, VersionedRepository &lake);

} // namespace lakescope::lakefs
