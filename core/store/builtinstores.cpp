// SPDX-License-Identifier: Apache-2.0
#include "core/backends/lakefs/lakefsstore.h"
#include "core/backends/local/localstore.h"
#include "core/backends/memory/memorystore.h"
#include "core/backends/s3/s3client.h"
#include "core/backends/s3/s3config.h"
#include "core/backends/s3/s3containerservice.h"
#include "core/backends/s3/s3store.h"
#include "core/lakefs/client/lakeconnection.h"
#include "core/store/storeregistry.h"

#include <map>
#include <memory>
#include <mutex>

namespace lakescope {

namespace {

// The S3 connections of one registry: stores and services with the same
// endpoint and credentials share one S3Client, and all with the same HTTP
// settings share one HttpClient, so buckets on one server reuse its
// connections. Entries live as long as some store holds them.
class S3Connections
{
public:
    explicit S3Connections(StoreRegistry &registry) : m_registry(registry) {}

    Result<std::shared_ptr<S3Client>> client(const StoreOptions &options)
    {
        auto config = S3Config::fromOptions(options);
        if (!config)
            return config.error();
        const std::string identity = config->identity();
        std::lock_guard lock(m_mutex);
        if (auto existing = m_clients[identity].lock())
            return existing;
        // The trace is part of the HTTP client: one set later reaches only
        // clients made later (the CLI sets it before opening anything).
        HttpClientConfig httpConfig = config->httpClientConfig();
        httpConfig.trace = m_registry.httpTrace();
        const std::string connection = config->connectionIdentity() + (httpConfig.trace ? " traced" : "");
        auto http = m_http[connection].lock();
        if (!http) {
            http = std::make_shared<HttpClient>(std::move(httpConfig));
            m_http[connection] = http;
        }
        auto client = std::make_shared<S3Client>(std::move(*config), std::move(http));
        m_clients[identity] = client;
        return client;
    }

private:
    StoreRegistry &m_registry;
    std::mutex m_mutex;
    std::map<std::string, std::weak_ptr<S3Client>> m_clients;
    std::map<std::string, std::weak_ptr<HttpClient>> m_http;
};

} // namespace

// Network backends register here as they land; until then open() answers
// "no backend for gs:// in this build yet" for their schemes.
void registerBuiltinStores(StoreRegistry &registry)
{
    // One LocalStore per filesystem root ("/" or "C:/"); the URL's key
    // addresses everything below it.
    registry.registerScheme(Scheme::File, [](const StoreUrl &url, const StoreOptions &) -> Result<ObjectStorePtr> {
        return ObjectStorePtr(std::make_shared<LocalStore>(url.storeRoot()));
    });
    // The registry caches per root, so each memory://name is one store for
    // the life of the process.
    registry.registerScheme(Scheme::Memory, [](const StoreUrl &url, const StoreOptions &) -> Result<ObjectStorePtr> {
        return ObjectStorePtr(std::make_shared<MemoryStore>(url.bucket));
    });

    // One S3Store per bucket and connection identity: the same bucket
    // opened with other credentials or another endpoint is another store.
    auto s3 = std::make_shared<S3Connections>(registry);
    registry.registerScheme(
        Scheme::S3,
        [s3](const StoreUrl &url, const StoreOptions &options) -> Result<ObjectStorePtr> {
            auto client = s3->client(options);
            if (!client)
                return client.error();
            return ObjectStorePtr(std::make_shared<S3Store>(std::move(*client), url.bucket));
        },
        [](const StoreUrl &, const StoreOptions &options) -> Result<std::string> {
            auto config = S3Config::fromOptions(options);
            if (!config)
                return config.error();
            return config->identity();
        });
    // lakefs://repo/ref: one store per ref of a lake, a lakeFS server or a
    // LocalLake folder, found from the options or ~/.lakectl.yaml. The cache
    // key names the lake and the access key, never the secret.
    registry.registerScheme(
        Scheme::LakeFs,
        [&registry](const StoreUrl &url, const StoreOptions &options) -> Result<ObjectStorePtr> {
            if (url.ref.empty())
                return Error::invalidInput("lakefs://" + url.bucket + " names a repository, not a ref: add one, e.g. lakefs://"
                                           + url.bucket + "/main/");
            auto lake = lakefs::connectLake(options, registry.httpTrace());
            if (!lake)
                return lake.error();
            return ObjectStorePtr(std::make_shared<LakeFsStore>(std::move(*lake), url.bucket, url.ref));
        },
        [](const StoreUrl &, const StoreOptions &options) -> Result<std::string> {
            return lakefs::lakeIdentity(options);
        });
    registry.registerService(
        Scheme::S3, [s3](const StoreUrl &, const StoreOptions &options) -> Result<std::shared_ptr<ContainerService>> {
            auto client = s3->client(options);
            if (!client)
                return client.error();
            return std::shared_ptr<ContainerService>(std::make_shared<S3ContainerService>(std::move(*client)));
        });
}

} // namespace lakescope
