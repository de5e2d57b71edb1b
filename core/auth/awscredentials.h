// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace lakescope {

struct AwsCredentials
{
    std::string accessKeyId;
    std::string secretAccessKey;
    std::string sessionToken;

    // No key: requests go unsigned (public buckets).
    bool isAnonymous() const { return accessKeyId.empty(); }
};

} // namespace lakescope
