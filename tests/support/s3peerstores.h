// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/s3/s3client.h"
#include "core/backends/s3/s3config.h"
#include "core/backends/s3/s3store.h"
#include "core/store/storeoptions.h"
#include "tests/support/s3peer.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace lakescope::testing {

// S3 stores, clients and buckets on a running S3Peer, for the S3 backend's
// tests. Options come from the peer only (an empty environment: a
// developer's AWS_PROFILE or ~/.aws never leaks in); `overrides` change or
// add options, e.g. {"aws_secret_access_key", "wrong"}.
class S3PeerStores
{
public:
    using Overrides = std::map<std::string, std::string>;
    using Tweak = std::function<void(S3Config &)>;

    explicit S3PeerStores(S3Peer &peer) : m_peer(peer) {}

    Result<StoreOptions> options(const Overrides &overrides = {}) const;
    Result<S3Config> config(const Overrides &overrides = {}) const;
    // A client with its own HttpClient; `tweak` adjusts the resolved config
    // (copy thresholds, endpoints) before the client is made.
    Result<std::shared_ptr<S3Client>> client(const Overrides &overrides = {}, const Tweak &tweak = {}) const;
    Result<std::shared_ptr<S3Store>> store(const std::string &bucket, const Overrides &overrides = {},
                                           const Tweak &tweak = {}) const;
    // Creates a bucket no one else uses and returns a store on it.
    Result<std::shared_ptr<S3Store>> createBucket(const std::string &prefix = "lakescope") const;

private:
    S3Peer &m_peer;
};

} // namespace lakescope::testing
