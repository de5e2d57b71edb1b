// SPDX-License-Identifier: Apache-2.0
#include "ui/bridge/uierrors.h"

namespace lakescope::ui {

QString UiErrors::title(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound: return tr("Not found");
    case ErrorCode::AlreadyExists: return tr("Already exists");
    case ErrorCode::PreconditionFailed: return tr("The object changed meanwhile");
    case ErrorCode::NotModified: return tr("Not modified");
    case ErrorCode::PermissionDenied: return tr("Permission denied");
    case ErrorCode::Unauthenticated: return tr("Not signed in");
    case ErrorCode::InvalidInput: return tr("Invalid location");
    case ErrorCode::NotSupported: return tr("Not supported by this store");
    case ErrorCode::Conflict: return tr("Conflict");
    case ErrorCode::Transient: return tr("Temporary failure");
    case ErrorCode::Cancelled: return tr("Cancelled");
    case ErrorCode::Fatal: return tr("Error");
    }
    return tr("Error");
}

QString UiErrors::describe(const Error &error)
{
    QString text = title(error.code);
    if (!error.message.empty())
        text += QStringLiteral(": ") + QString::fromStdString(error.message);
    if (error.httpStatus != 0)
        text += QLatin1Char(' ') + tr("(HTTP %1)").arg(error.httpStatus);
    return text;
}

QString UiErrors::hint(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PermissionDenied:
        return tr("Your account may not read this location.");
    case ErrorCode::Unauthenticated:
        return tr("Check the credentials of this connection.");
    case ErrorCode::Transient:
        return tr("The service did not answer in time; try again.");
    default:
        return {};
    }
}

} // namespace lakescope::ui
