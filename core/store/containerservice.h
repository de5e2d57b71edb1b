// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectinfo.h"

#include <optional>
#include <string>
#include <vector>

namespace lakescope {

struct ContainerInfo
{
    std::string name;
    std::optional<Timestamp> created;
};

// The account level above ObjectStores: S3 buckets, Azure containers, GCS
// buckets, lakeFS repositories. `ls s3://`, `mkdir s3://bucket` and the GUI
// tree's second level go through it.
class ContainerService
{
public:
    virtual ~ContainerService() = default;

    virtual std::string displayName() const = 0;  // "s3://" or "s3 (http://127.0.0.1:9000)"
    virtual Result<std::vector<ContainerInfo>> listContainers(CancellationToken cancel = {}) = 0;
    // AlreadyExists when the name is taken (by us or anyone).
    virtual Status createContainer(const std::string &name, CancellationToken cancel = {}) = 0;
    // Conflict when the container is not empty; NotFound when absent.
    virtual Status removeContainer(const std::string &name, CancellationToken cancel = {}) = 0;
};

} // namespace lakescope
