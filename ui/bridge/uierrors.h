// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QString>

namespace lakescope::ui {

// The core speaks error codes and untranslated detail; only the UI turns
// them into words, so every user-visible error passes through here.
class UiErrors
{
    Q_DECLARE_TR_FUNCTIONS(UiErrors)

public:
    // A short translated headline, e.g. "Permission denied".
    static QString title(ErrorCode code);
    // Headline plus the backend's detail, e.g.
    // "Permission denied: /root (open failed)".
    static QString describe(const Error &error);
    // What the user can do about it, or empty.
    static QString hint(ErrorCode code);
};

} // namespace lakescope::ui
