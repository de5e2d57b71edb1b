// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"

#include <string>
#include <string_view>

namespace lakescope::lakefs {

// What one API call was about, so an error can say which thing is missing
// or refused ("branch 'dev' not found in repository 'demo'") instead of
// repeating lakeFS's terse "not found".
struct ApiSubject
{
    std::string repository;
    std::string branch;
    std::string ref;
    std::string tag;
    std::string path;
    bool creates = false; // a 409 means the thing already exists

    // "object 'p' at ref 'r' in repository 'x'", "branch 'b' in repository 'x'", ...
    std::string describe() const;
};

// The "message" of lakeFS's error body, or the body itself when it is not
// the JSON lakeFS sends (a proxy's HTML page), shortened to one line.
std::string serverMessage(std::string_view body, int status);

// Where the answer came from and as whom, for 401 messages; the secret is
// never known here.
struct ApiPeer
{
    std::string endpoint;
    std::string accessKeyId;
};

// lakeFS's status codes (lakefs-api.md §1.2) as errors that keep the
// server's words and carry the status in Error::httpStatus.
Error apiError(int status, std::string_view body, const ApiSubject &subject, const ApiPeer &peer);

} // namespace lakescope::lakefs
