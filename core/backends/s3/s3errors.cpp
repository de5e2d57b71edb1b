// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3errors.h"

namespace lakescope::s3errors {

namespace {

// Server text goes into one line of a terminal or status bar: no control
// characters, and not a whole stack trace.
std::string oneLine(std::string_view text, std::size_t limit = 200)
{
    std::string out;
    for (const char c : text) {
        if (out.size() >= limit) {
            out += "...";
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

Error make(ErrorCode code, std::string message, int status)
{
    Error error{code, std::move(message)};
    error.httpStatus = status;
    return error;
}

std::string attemptsNote(int attempts)
{
    return attempts > 1 ? " after " + std::to_string(attempts) + " attempts" : std::string();
}

std::string bucketName(const Context &context, const s3xml::ErrorDocument *document)
{
    if (!context.bucket.empty())
        return context.bucket;
    return document ? document->bucketName : std::string();
}

} // namespace

std::string describe(const Context &context)
{
    if (context.bucket.empty())
        return "s3://";
    if (context.key.empty())
        return "s3://" + context.bucket;
    return "s3://" + context.bucket + "/" + context.key;
}

bool isTransientCode(std::string_view code)
{
    return code == "SlowDown" || code == "InternalError" || code == "ServiceUnavailable" || code == "RequestTimeout"
           || code == "Throttling" || code == "ThrottlingException" || code == "RequestThrottled"
           || code == "OperationAborted";
}

Error fromStatus(int status, const Context &context, int attempts)
{
    const std::string what = describe(context);
    switch (status) {
    case 301:
    case 307:
        return make(ErrorCode::InvalidInput,
                    "bucket " + context.bucket + " lives in another region or endpoint (set aws_region or aws_endpoint)",
                    status);
    case 304:
        return make(ErrorCode::NotModified, what + " has not changed", status);
    case 400:
        return make(ErrorCode::InvalidInput, context.operation + " on " + what + " was rejected as a bad request", status);
    case 401:
        return make(ErrorCode::Unauthenticated, "the server wants credentials for " + what, status);
    case 403:
        return make(ErrorCode::PermissionDenied, "access to " + what + " was denied", status);
    case 404:
        return make(ErrorCode::NotFound, what, status);
    case 405:
        return make(ErrorCode::NotSupported, "the server does not allow " + context.operation + " here", status);
    case 409:
        return make(ErrorCode::Conflict, context.operation + " on " + what + " conflicts with another operation", status);
    case 412:
        return make(ErrorCode::PreconditionFailed, what + " has changed (its ETag does not match)", status);
    case 416:
        return make(ErrorCode::InvalidInput, "the range starts past the end of " + what, status);
    case 501:
        return make(ErrorCode::NotSupported, "the server does not implement " + context.operation, status);
    default:
        break;
    }
    if (status == 408 || status == 429 || status >= 500)
        return make(ErrorCode::Transient,
                    context.operation + " on " + what + ": the server is unavailable" + attemptsNote(attempts), status);
    return make(ErrorCode::Fatal, context.operation + " on " + what + " failed", status);
}

Error fromDocument(int status, const s3xml::ErrorDocument &document, const Context &context, int attempts)
{
    const std::string &code = document.code;
    const std::string what = describe(context);
    const std::string bucket = bucketName(context, &document);
    const std::string serverSays = document.message.empty() ? std::string() : ": " + oneLine(document.message);

    // Authentication first: these are the ones users can fix at once.
    if (code == "InvalidAccessKeyId")
        return make(ErrorCode::Unauthenticated, "the access key id is not known to the server", status);
    if (code == "SignatureDoesNotMatch")
        return make(ErrorCode::Unauthenticated,
                    "the secret access key looks wrong (the server rejected the request signature)", status);
    if (code == "RequestTimeTooSkewed")
        return make(ErrorCode::Unauthenticated,
                    "the computer's clock differs from the server's by more than 15 minutes (fix the system clock)",
                    status);
    if (code == "ExpiredToken" || code == "TokenRefreshRequired")
        return make(ErrorCode::Unauthenticated, "the session token has expired (get new temporary credentials)", status);
    if (code == "InvalidToken")
        return make(ErrorCode::Unauthenticated, "the session token is not valid", status);
    if (code == "AccessDenied" || code == "AllAccessDisabled" || code == "AccountProblem")
        return make(ErrorCode::PermissionDenied, "access to " + what + " was denied" + serverSays, status);
    if (code == "AuthorizationHeaderMalformed" || code == "AuthorizationQueryParametersError")
        return make(ErrorCode::InvalidInput,
                    "the server rejected the request's authorization"
                        + (document.region.empty() ? serverSays : " (it expects region " + document.region + ")"),
                    status);
    if (code == "PermanentRedirect" || code == "IllegalLocationConstraintException" || code == "TemporaryRedirect")
        return make(ErrorCode::InvalidInput,
                    "bucket " + bucket + " lives elsewhere"
                        + (document.endpoint.empty() ? std::string() : " (endpoint " + oneLine(document.endpoint) + ")")
                        + "; set aws_region or aws_endpoint",
                    status);

    if (code == "NoSuchBucket")
        return make(ErrorCode::NotFound, "bucket " + bucket + " does not exist", status);
    if (code == "NoSuchKey" || code == "NotFound")
        return make(ErrorCode::NotFound, what, status);
    if (code == "NoSuchUpload")
        return make(ErrorCode::NotFound,
                    "the multipart upload to " + what + " no longer exists (it was completed or aborted)", status);

    if (code == "BucketNotEmpty")
        return make(ErrorCode::Conflict, "bucket " + bucket + " is not empty", status);
    if (code == "BucketAlreadyOwnedByYou")
        return make(ErrorCode::AlreadyExists, "bucket " + bucket + " already exists (and is yours)", status);
    if (code == "BucketAlreadyExists")
        return make(ErrorCode::AlreadyExists, "the bucket name " + bucket + " is already taken", status);
    if (code == "InvalidBucketName")
        return make(ErrorCode::InvalidInput, "invalid bucket name " + bucket + serverSays, status);
    if (code == "TooManyBuckets")
        return make(ErrorCode::Conflict, "the account has as many buckets as it may have", status);

    if (code == "PreconditionFailed" || code == "ConditionalRequestConflict")
        return make(ErrorCode::PreconditionFailed, what + " has changed (its ETag does not match)", status);
    if (code == "NotModified")
        return make(ErrorCode::NotModified, what + " has not changed", status);
    if (code == "InvalidRange")
        return make(ErrorCode::InvalidInput, "the range starts past the end of " + what, status);
    if (code == "EntityTooSmall")
        return make(ErrorCode::InvalidInput,
                    "a part of the upload to " + what + " other than the last is smaller than 5 MiB", status);
    if (code == "EntityTooLarge")
        return make(ErrorCode::InvalidInput, "the upload to " + what + " is larger than the server allows", status);
    if (code == "InvalidPart")
        return make(ErrorCode::InvalidInput,
                    "a part listed to complete " + what + " was not uploaded or its ETag does not match", status);
    if (code == "InvalidPartOrder")
        return make(ErrorCode::InvalidInput, "the parts to complete " + what + " are not in ascending order", status);
    // Content-MD5 mismatches: the bytes changed on the way (or in the
    // source while it was sent). Repeating the same request cannot help;
    // the caller decides whether to read the source again.
    if (code == "BadDigest")
        return make(ErrorCode::Fatal,
                    "the data sent for " + what
                        + " arrived damaged (its MD5 does not match the Content-MD5 sent), so the server kept nothing",
                    status);
    if (code == "InvalidDigest")
        return make(ErrorCode::InvalidInput, "the server could not read the Content-MD5 sent for " + what + serverSays,
                    status);
    if (code == "KeyTooLongError")
        return make(ErrorCode::InvalidInput, "the key is too long (S3 keys are at most 1024 bytes): " + what, status);
    if (code == "NotImplemented")
        return make(ErrorCode::NotSupported, "the server does not implement " + context.operation + serverSays, status);
    if (code == "MethodNotAllowed")
        return make(ErrorCode::NotSupported, "the server does not allow " + context.operation + " here", status);

    if (code == "SlowDown" || code == "Throttling" || code == "ThrottlingException" || code == "RequestThrottled")
        return make(ErrorCode::Transient,
                    context.operation + " on " + what + ": the server asked to slow down (" + code + ")"
                        + attemptsNote(attempts) + "; try again later",
                    status);
    if (isTransientCode(code))
        return make(ErrorCode::Transient,
                    context.operation + " on " + what + ": " + code + serverSays + attemptsNote(attempts), status);

    // Unknown or generic codes: the status class decides, the server's own
    // words explain.
    if (code.empty())
        return fromStatus(status, context, attempts);
    Error byStatus = fromStatus(status == 200 ? 500 : status, context, attempts);
    byStatus.message = context.operation + " on " + what + " failed: " + oneLine(code, 80) + serverSays;
    byStatus.httpStatus = status;
    return byStatus;
}

Error fromResponse(const HttpResponse &response, const Context &context)
{
    if (auto document = s3xml::parseError(response.errorBody); document && !document->code.empty())
        return fromDocument(response.status, *document, context, response.attempts);
    return fromStatus(response.status, context, response.attempts);
}

} // namespace lakescope::s3errors
