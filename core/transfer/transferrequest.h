// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectstore.h"
#include "core/transfer/transferoptions.h"

#include <string>
#include <vector>

namespace lakescope {

enum class TransferKind {
    Object,  // source.key → destination.key
    Objects, // each of `keys` → destination folder + its path below source.key
    Tree,    // every object under the source folder → the same paths below the destination folder
};

struct TransferEndpoint
{
    ObjectStorePtr store;
    // The store's root URL as the user gave it ("s3://bucket", "file:///home/me"),
    // recorded in the journal to reopen the store on resume.
    std::string url;
    // Object: the key. Objects/Tree: the folder, "" or ending in '/'.
    std::string key;
};

struct TransferRequest
{
    TransferKind kind = TransferKind::Object;
    TransferEndpoint source;
    TransferEndpoint destination;
    std::vector<std::string> keys;         // Objects only: full source keys
    TransferOptions options;
    std::vector<std::string> storeOptions; // non-secret "key=value" pairs, for the journal
};

} // namespace lakescope
