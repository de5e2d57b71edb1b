// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/multipartupload.h"

#include <memory>
#include <string>
#include <vector>

namespace lakescope::testing {

class FaultInjectingStore;

// The upload FaultInjectingStore hands out: forwards to the wrapped store's
// upload through the store, which applies its rules and gates and keeps the
// count of open, completed and aborted uploads.
class FaultInjectingUpload final : public MultipartUpload
{
public:
    FaultInjectingUpload(FaultInjectingStore &store, std::unique_ptr<MultipartUpload> inner);

    const std::string &key() const override;
    const std::string &uploadId() const override;
    Result<PartInfo> putPart(int partNumber, ByteSource &data, CancellationToken cancel = {}) override;
    Result<ObjectInfo> complete(std::vector<PartInfo> parts) override;
    Status abort() override;
    Result<std::vector<PartInfo>> listParts(CancellationToken cancel = {}) override;

private:
    FaultInjectingStore &m_store;
    std::unique_ptr<MultipartUpload> m_inner;
};

} // namespace lakescope::testing
