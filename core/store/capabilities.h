// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace lakescope {

// What a backend can do natively; callers pick fast paths from these and
// fall back to the generic free functions in storeops.h otherwise.
struct Capabilities
{
    bool hierarchicalNamespace = false; // real directories (local, ADLS Gen2, HDFS)
    bool serverSideCopy = false;        // copy() does not route bytes through us
    bool atomicRename = false;          // rename without copy + delete
    bool presign = false;               // presign() yields shareable URLs
    bool rangeReads = true;
    bool multipart = true;
    bool conditionalPut = false;        // PutOptions::ifNoneMatch honoured atomically
    bool userMetadata = true;
    bool versioned = false;             // lakeFS refs, S3 versioning
    bool readOnly = false;
    std::uint64_t minPartSize = 0;      // every part but the last
    std::uint64_t maxPartSize = UINT64_MAX;
    int maxParts = 10000;
    std::uint64_t maxObjectSize = UINT64_MAX;
    int maxDeleteBatch = 1000;
};

} // namespace lakescope
