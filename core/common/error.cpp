// SPDX-License-Identifier: Apache-2.0
#include "core/common/error.h"

namespace lakescope {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound: return "not found";
    case ErrorCode::AlreadyExists: return "already exists";
    case ErrorCode::PreconditionFailed: return "precondition failed";
    case ErrorCode::NotModified: return "not modified";
    case ErrorCode::PermissionDenied: return "permission denied";
    case ErrorCode::Unauthenticated: return "unauthenticated";
    case ErrorCode::InvalidInput: return "invalid input";
    case ErrorCode::NotSupported: return "not supported";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::Transient: return "temporary failure";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Fatal: return "error";
    }
    return "error";
}

std::string Error::toString() const
{
    std::string line(errorCodeName(code));
    if (!message.empty() && message != line) {
        line += ": ";
        line += message;
    }
    if (httpStatus != 0)
        line += " (HTTP " + std::to_string(httpStatus) + ")";
    return line;
}

} // namespace lakescope
