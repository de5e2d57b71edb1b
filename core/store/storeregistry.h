// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/store/objectstore.h"
#include "core/store/storeoptions.h"
#include "core/store/storeurl.h"

#include <functional>
#include <map>
#include <mutex>
#include <string>

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

    void registerScheme(Scheme scheme, Factory factory);
    bool supports(Scheme scheme) const;

    Result<StoreLocation> open(const StoreUrl &url, const StoreOptions &options);
    Result<StoreLocation> open(std::string_view url, const StoreOptions &options);

private:
    mutable std::mutex m_mutex;
    std::map<Scheme, Factory> m_factories;
    std::map<std::string, ObjectStorePtr> m_open; // by scheme + storeRoot()
};

// file:// and memory:// today; every backend adds itself here.
void registerBuiltinStores(StoreRegistry &registry);

} // namespace lakescope
