// SPDX-License-Identifier: Apache-2.0
#include "core/store/storeregistry.h"

namespace lakescope {

void StoreRegistry::registerScheme(Scheme scheme, Factory factory)
{
    std::lock_guard lock(m_mutex);
    m_factories[scheme] = std::move(factory);
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

    const std::string cacheKey = std::string(schemeName(url.scheme)) + " " + url.storeRoot();
    std::lock_guard lock(m_mutex);
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

Result<StoreLocation> StoreRegistry::open(std::string_view url, const StoreOptions &options)
{
    auto parsed = StoreUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return open(*parsed, options);
}

} // namespace lakescope
