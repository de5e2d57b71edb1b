// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectinfo.h"

#include <string>
#include <vector>

namespace lakescope {

// One in-progress multipart upload. Parts may be put from several threads at
// once and in any order; nothing is visible under the key until complete().
// An upload that is neither completed nor aborted must be aborted by its
// owner (the transfer engine does so on cancel and on failure).
class MultipartUpload
{
public:
    virtual ~MultipartUpload() = default;

    virtual const std::string &key() const = 0;
    // Stable id; lets a crashed transfer find its upload again.
    virtual const std::string &uploadId() const = 0;

    // Upload part `partNumber` (1-based). Every part but the last must be at
    // least Capabilities::minPartSize. Re-putting a part number replaces it.
    virtual Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel = {}) = 0;

    // Assemble the listed parts, in partNumber order, into the object.
    virtual Result<ObjectInfo> complete(std::vector<PartInfo> parts) = 0;

    // Discard every uploaded part. Aborting twice is not an error.
    virtual Status abort() = 0;

    // The parts the store already holds, for a transfer resumed after a
    // crash; NotSupported where uploads do not outlive the process.
    virtual Result<std::vector<PartInfo>> listParts(CancellationToken cancel = {})
    {
        (void)cancel;
        return Error::notSupported("this store cannot list the parts of an upload");
    }
};

} // namespace lakescope
