// SPDX-License-Identifier: Apache-2.0
#include "core/store/storeregistry.h"

namespace lakescope {

void StoreRegistry::registerScheme(Scheme scheme, Factory factory, CacheKey cacheKey)
{
    std::lock_guard lock(m_mutex);
    m_factories[scheme] = std::move(factory);
    if (cacheKey)
        m_cacheKeys[scheme] = std::move(cacheKey);
    else
        m_cacheKeys.erase(scheme);
}

bool StoreRegistry::supports(Scheme scheme) const
{
    std::lock_guard lock(m_mutex);
    return m_factories.count(scheme) != 0;
}

Result<StoreLocation> StoreRegistry::open(const StoreUrl &url, const StoreOptions &options)
{
    // Options first: "missing option azure_storage_account_name" tells the
    // user what to do even before the backend exists.
    if (auto valid = options.validateFor(url); !valid)
        return valid.error();

    std::string cacheKey = std::string(schemeName(url.scheme)) + " " + url.storeRoot();
    std::unique_lock lock(m_mutex);
    if (const auto extra = m_cacheKeys.find(url.scheme); extra != m_cacheKeys.end()) {
        // Outside the lock: it may read files (~/.aws) or the environment.
        const CacheKey keyOf = extra->second;
        lock.unlock();
        auto key = keyOf(url, options);
        if (!key)
            return key.error();
        cacheKey += " " + *key;
        lock.lock();
    }
    if (const auto it = m_open.find(cacheKey); it != m_open.end())
        return StoreLocation { it->second, url.key(), url };

    const auto factory = m_factories.find(url.scheme);
    if (factory == m_factories.end())
        return Error::notSupported("no backend for " + std::string(schemeName(url.scheme)) + ":// in this build yet");
    // Created under the lock so two threads opening the same root share one
    // store; factories only construct, the first request goes out later.
    auto store = factory->second(url, options);
    if (!store)
        return store.error();
    if (!*store)
        return Error::fatal("the " + std::string(schemeName(url.scheme)) + ":// backend returned no store");
    m_open.emplace(cacheKey, *store);
    return StoreLocation { std::move(*store), url.key(), url };
}

void StoreRegistry::registerService(Scheme scheme, ServiceFactory factory)
{
    std::lock_guard lock(m_mutex);
    m_services[scheme] = std::move(factory);
}

bool StoreRegistry::supportsService(Scheme scheme) const
{
    std::lock_guard lock(m_mutex);
    return m_services.count(scheme) != 0;
}

Result<std::shared_ptr<ContainerService>> StoreRegistry::openService(const StoreUrl &url, const StoreOptions &options)
{
    ServiceFactory factory;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_services.find(url.scheme);
        if (it == m_services.end())
            return Error::notSupported("no bucket or container listing for " + std::string(schemeName(url.scheme))
                                       + ":// in this build yet");
        factory = it->second;
    }
    if (auto valid = options.validateFor(url); !valid)
        return valid.error();
    auto service = factory(url, options);
    if (!service)
        return service.error();
    if (!*service)
        return Error::fatal("the " + std::string(schemeName(url.scheme)) + ":// backend returned no service");
    return service;
}

void StoreRegistry::setHttpTrace(Trace trace)
{
    std::lock_guard lock(m_traceMutex);
    m_trace = std::move(trace);
}

StoreRegistry::Trace StoreRegistry::httpTrace() const
{
    std::lock_guard lock(m_traceMutex);
    return m_trace;
}

Result<StoreLocation> StoreRegistry::open(std::string_view url, const StoreOptions &options)
{
    auto parsed = StoreUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return open(*parsed, options);
}

} // namespace lakescope
