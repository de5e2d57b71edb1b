// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/localstore.h"
#include "core/backends/memory/memorystore.h"
#include "core/store/storeregistry.h"

namespace lakescope {

// Network backends register here as they land; until then open() answers
// "no backend for s3:// in this build yet" for their schemes.
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
}

} // namespace lakescope
