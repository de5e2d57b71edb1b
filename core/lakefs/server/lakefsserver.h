// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/versionedrepository.h"

#include <memory>
#include <string>

namespace lakescope::lakefs {

struct LakeFsServerConfig
{
    std::string host = "127.0.0.1";
    int port = 8000;                // 0: a free port, chosen when binding
    std::string accessKeyId;        // HTTP basic auth user
    std::string secretAccessKey;    // ... and password
    std::string userId = "admin";   // the user those keys belong to (GET /user)
    VersionedRepositoryPtr lake;
    // Requests served at once; each open connection holds one, so this is
    // sized for parallel transfers plus idle keep-alive connections.
    int threads = 64;
};

// lakeFS's REST API (/api/v1, lakefs-swagger.yml) over any
// VersionedRepository: the test peer and the demo lake's server. It answers
// as lakeFS does, odd responses included (a plain-text commit id for a new
// branch, 409 {"reference": ""} for a merge conflict, 204 for deleting a
// missing object), so real lakeFS clients work against it.
//
//     LakeFsServer server({.port = 0, .accessKeyId = id, .secretAccessKey = secret, .lake = lake});
//     if (Status started = server.start(); !started) ...
//     std::cout << server.url();   // http://127.0.0.1:<port>
class LakeFsServer
{
public:
    explicit LakeFsServer(LakeFsServerConfig config);
    ~LakeFsServer(); // stop()
    LakeFsServer(const LakeFsServer &) = delete;
    LakeFsServer &operator=(const LakeFsServer &) = delete;

    // Binds and serves on background threads; returns once connections are
    // accepted (or the bind failed: the port is taken, the host unknown).
    Status start();
    // The bound port (the chosen one when configured with 0); 0 before start().
    int port() const;
    std::string url() const; // http://HOST:PORT
    bool running() const;
    // Stops accepting, lets requests in flight finish, joins every thread.
    void stop();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lakescope::lakefs
