// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/s3/s3client.h"
#include "core/store/containerservice.h"

#include <memory>

namespace lakescope {

// The buckets of one S3 account or server: ListBuckets, CreateBucket (with
// a LocationConstraint outside us-east-1) and DeleteBucket.
class S3ContainerService final : public ContainerService
{
public:
    explicit S3ContainerService(std::shared_ptr<S3Client> client);

    // "s3://" on AWS, "s3 (http://127.0.0.1:9000)" elsewhere.
    std::string displayName() const override;
    Result<std::vector<ContainerInfo>> listContainers(CancellationToken cancel = {}) override;
    Status createContainer(const std::string &name, CancellationToken cancel = {}) override;
    Status removeContainer(const std::string &name, CancellationToken cancel = {}) override;

    const std::shared_ptr<S3Client> &client() const { return m_client; }

private:
    std::shared_ptr<S3Client> m_client;
};

} // namespace lakescope
