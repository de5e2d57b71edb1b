// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/store/containerservice.h"
#include "core/store/objectstore.h"
#include "core/store/storeoptions.h"
#include "core/store/storeurl.h"

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace lakescope {

// A store plus the key (or prefix) a URL points at inside it.
struct StoreLocation
{
    ObjectStorePtr store;
    std::string key;
    StoreUrl url;
};

// Maps URL schemes to store factories. Backends are registered explicitly
// (registerBuiltinStores), never by static initialisers. Opened stores are
// cached per root, so memory://scratch is one store for the whole process
// and a GUI and its transfers share connections.
class StoreRegistry
{
public:
    using Factory = std::function<Result<ObjectStorePtr>(const StoreUrl &url, const StoreOptions &options)>;
    // What besides the root tells two opened stores apart, for schemes whose
    // options choose the server or the identity (S3: endpoint, region,
    // access key and a fingerprint of the secret, never the secret).
    using CacheKey = std::function<Result<std::string>(const StoreUrl &url, const StoreOptions &options)>;
    using ServiceFactory =
        std::function<Result<std::shared_ptr<ContainerService>>(const StoreUrl &url, const StoreOptions &options)>;
    using Trace = std::function<void(std::string_view line)>;

    void registerScheme(Scheme scheme, Factory factory, CacheKey cacheKey = {});
    bool supports(Scheme scheme) const;

    Result<StoreLocation> open(const StoreUrl &url, const StoreOptions &options);
    Result<StoreLocation> open(std::string_view url, const StoreOptions &options);

    // The account level of a scheme (buckets, containers): `ls s3://`,
    // `mkdir s3://bucket`. Only url.scheme is read; the bucket may be empty.
    void registerService(Scheme scheme, ServiceFactory factory);
    bool supportsService(Scheme scheme) const;
    Result<std::shared_ptr<ContainerService>> openService(const StoreUrl &url, const StoreOptions &options);

    // Receives one line per HTTP request, response and retry (secrets
    // redacted) of the network stores and services opened after this call:
    // the CLI's --verbose. Empty = no trace.
    void setHttpTrace(Trace trace);
    Trace httpTrace() const;

private:
    mutable std::mutex m_mutex;
    std::map<Scheme, Factory> m_factories;
    std::map<Scheme, CacheKey> m_cacheKeys;
    std::map<Scheme, ServiceFactory> m_services;
    std::map<std::string, ObjectStorePtr> m_open; // by scheme + storeRoot() (+ cache key)
    // Separate, so factories (called under m_mutex) can read it.
    mutable std::mutex m_traceMutex;
    Trace m_trace;
};

// file://, memory:// and s3:// today; every backend adds itself here.
void registerBuiltinStores(StoreRegistry &registry);

} // namespace lakescope
