// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/awscredentials.h"
#include "core/common/result.h"
#include "core/store/storeoptions.h"

#include <string>

namespace lakescope {

// Everything an S3 client needs, resolved the way the AWS CLI does:
// explicit options → AWS_* environment → ~/.aws/credentials and
// ~/.aws/config (AWS_PROFILE, AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE;
// region, endpoint_url, s3.addressing_style) → anonymous.
struct AwsConfig
{
    AwsCredentials credentials;
    std::string region = "us-east-1";
    std::string endpoint;          // empty = AWS (https://s3.<region>.amazonaws.com)
    bool virtualHosted = true;     // false = path style (custom endpoints default to path)
    std::string profile;           // the profile used, if any
    std::string credentialSource;  // "options", "environment", "profile NAME", "anonymous" (for messages, never secrets)

    // Resolve from options (their EnvLookup is used for every variable) with
    // `homeDir` for ~/.aws (empty = $HOME). A named profile that does not
    // exist, or a malformed file, is an InvalidInput error naming it.
    static Result<AwsConfig> resolve(const StoreOptions &options, const std::string &homeDir = {});
};

} // namespace lakescope
