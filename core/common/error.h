// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace lakescope {

// One error vocabulary for every backend, so callers (CLI, GUI, transfer
// engine) decide on retry, prompt or report without knowing the store.
enum class ErrorCode {
    NotFound,
    AlreadyExists,
    PreconditionFailed,
    NotModified,
    PermissionDenied,
    Unauthenticated,
    InvalidInput,
    NotSupported,
    Conflict,
    Transient,
    Cancelled,
    Fatal,
};

std::string_view errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Fatal;
    std::string message;
    int httpStatus = 0;

    // Transient failures may succeed when repeated; everything else is final.
    bool retryable() const { return code == ErrorCode::Transient; }

    // One line for a terminal or a status bar: "not found: s3://b/k".
    std::string toString() const;

    static Error notFound(std::string message) { return {ErrorCode::NotFound, std::move(message)}; }
    static Error alreadyExists(std::string message) { return {ErrorCode::AlreadyExists, std::move(message)}; }
    static Error preconditionFailed(std::string message) { return {ErrorCode::PreconditionFailed, std::move(message)}; }
    static Error permissionDenied(std::string message) { return {ErrorCode::PermissionDenied, std::move(message)}; }
    static Error unauthenticated(std::string message) { return {ErrorCode::Unauthenticated, std::move(message)}; }
    static Error invalidInput(std::string message) { return {ErrorCode::InvalidInput, std::move(message)}; }
    static Error notSupported(std::string message) { return {ErrorCode::NotSupported, std::move(message)}; }
    static Error conflict(std::string message) { return {ErrorCode::Conflict, std::move(message)}; }
    static Error transient(std::string message) { return {ErrorCode::Transient, std::move(message)}; }
    static Error cancelled(std::string message = "cancelled") { return {ErrorCode::Cancelled, std::move(message)}; }
    static Error fatal(std::string message) { return {ErrorCode::Fatal, std::move(message)}; }
};

} // namespace lakescope
