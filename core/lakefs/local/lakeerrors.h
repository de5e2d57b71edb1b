// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"

#include <string>
#include <utility>

// Errors as a lakeFS server would answer them: the status it sends in
// Error::httpStatus and its own words in the message, so the server in
// front of LocalLake forwards both unchanged.
namespace lakescope::lakefs::lakeerror {

inline Error make(ErrorCode code, int httpStatus, std::string message)
{
    Error error{code, std::move(message)};
    error.httpStatus = httpStatus;
    return error;
}

inline Error invalid(std::string message) { return make(ErrorCode::InvalidInput, 400, std::move(message)); }
inline Error forbidden(std::string message) { return make(ErrorCode::PermissionDenied, 403, std::move(message)); }
inline Error notFound(std::string message) { return make(ErrorCode::NotFound, 404, std::move(message)); }
inline Error exists(std::string message) { return make(ErrorCode::AlreadyExists, 409, std::move(message)); }
inline Error conflict(std::string message) { return make(ErrorCode::Conflict, 409, std::move(message)); }
inline Error precondition(std::string message) { return make(ErrorCode::PreconditionFailed, 412, std::move(message)); }
inline Error rangeNotSatisfiable(std::string message) { return make(ErrorCode::InvalidInput, 416, std::move(message)); }
inline Error internal(std::string message) { return make(ErrorCode::Fatal, 500, std::move(message)); }

inline Error readOnly() { return forbidden("read-only repository"); }
inline Error protectedWrite() { return forbidden("cannot write to protected branch"); }
inline Error protectedCommit() { return forbidden("cannot commit to protected branch"); }
inline Error dirtyBranch() { return invalid("uncommitted changes (dirty branch)"); }
inline Error noChanges() { return invalid("no changes"); }

// An error from below (disk, validation) keeps its code and gains the
// status lakeFS would send for it when it has none yet.
inline Error withStatus(Error error)
{
    if (error.httpStatus != 0)
        return error;
    switch (error.code) {
    case ErrorCode::InvalidInput: error.httpStatus = 400; break;
    case ErrorCode::PermissionDenied: error.httpStatus = 403; break;
    case ErrorCode::NotFound: error.httpStatus = 404; break;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict: error.httpStatus = 409; break;
    case ErrorCode::PreconditionFailed: error.httpStatus = 412; break;
    case ErrorCode::NotSupported: error.httpStatus = 501; break;
    case ErrorCode::Cancelled: error.httpStatus = 499; break;
    default: error.httpStatus = 500; break;
    }
    return error;
}

} // namespace lakescope::lakefs::lakeerror
