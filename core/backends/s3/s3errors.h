// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/s3/s3xml.h"
#include "core/common/error.h"
#include "core/http/httprequest.h"

#include <string>

// S3 answers become Errors with one clear line each: the code callers act
// on (NotFound, Unauthenticated, Transient, ...) and a message a user can
// act on ("the secret access key looks wrong ..."), never a secret.
namespace lakescope::s3errors {

// What was being done, so messages can name the bucket and key.
struct Context
{
    std::string operation;  // "GetObject", "DeleteBucket", ...
    std::string bucket;     // empty for ListBuckets
    std::string key;        // empty for bucket operations
};

// "s3://bucket/key", "s3://bucket" or "s3://".
std::string describe(const Context &context);

// A non-2xx response: its <Error> document when there is one, else the
// status alone (HEAD responses have no body).
Error fromResponse(const HttpResponse &response, const Context &context);

// An <Error> document, from a non-2xx response or a 200 (S3 may answer
// CompleteMultipartUpload and CopyObject with 200 and an error inside).
Error fromDocument(int httpStatus, const s3xml::ErrorDocument &document, const Context &context, int attempts = 1);

// A status without a document.
Error fromStatus(int httpStatus, const Context &context, int attempts = 1);

// Whether an error code inside a 200 is worth repeating the request for.
bool isTransientCode(std::string_view code);

} // namespace lakescope::s3errors
