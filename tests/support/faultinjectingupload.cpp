// SPDX-License-Identifier: Apache-2.0
#include "tests/support/faultinjectingupload.h"

#include "tests/support/faultinjectingstore.h"

namespace lakescope::testing {

FaultInjectingUpload::FaultInjectingUpload(FaultInjectingStore &store, std::unique_ptr<MultipartUpload> inner)
    : m_store(store)
    , m_inner(std::move(inner))
{
}

const std::string &FaultInjectingUpload::key() const
{
    return m_inner->key();
}

const std::string &FaultInjectingUpload::uploadId() const
{
    return m_inner->uploadId();
}

Result<PartInfo> FaultInjectingUpload::putPart(int partNumber, ByteSource &data, CancellationToken cancel)
{
    return m_store.putPart(*m_inner, partNumber, data, cancel);
}

Result<ObjectInfo> FaultInjectingUpload::complete(std::vector<PartInfo> parts)
{
    return m_store.complete(*m_inner, std::move(parts));
}

Status FaultInjectingUpload::abort()
{
    return m_store.abort(*m_inner);
}

Result<std::vector<PartInfo>> FaultInjectingUpload::listParts(CancellationToken cancel)
{
    return m_store.listParts(*m_inner, cancel);
}

} // namespace lakescope::testing
