// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QString>

namespace lakescope::ui {

// lakeFS answers ref operations with terse messages ("conflict found",
// "uncommitted changes (dirty branch)"); these say what happened and what
// to do, keeping lakeFS's words at the end for searching.
class RefErrors
{
    Q_DECLARE_TR_FUNCTIONS(RefErrors)

public:
    static QString revert(const Error &error, const QString &commit, const QString &branch);
    static QString create(const Error &error, const QString &kind, const QString &name);
    static QString remove(const Error &error, const QString &kind, const QString &name);

private:
    static bool mentions(const Error &error, const char *words);
    static QString withDetail(const QString &sentence, const Error &error);
};

} // namespace lakescope::ui
