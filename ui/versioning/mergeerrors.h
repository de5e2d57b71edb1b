// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lakescope::ui {

// What a refused or failed merge means, in plain words. lakeFS answers with
// terse messages ("uncommitted changes (dirty branch)", "read-only
// repository", "no changes"); these say what happened and what to do,
// keeping lakeFS's words at the end for searching.
class MergeErrors
{
    Q_DECLARE_TR_FUNCTIONS(MergeErrors)

public:
    // The sentences the review shows before a merge, and after one lakeFS refused.
    static QString dirtyDestination(const QString &destination);
    static QString readOnlyRepository(const QString &repository);
    static QString nothingToMerge(const QString &source, const QString &destination);
    static QString notABranch(const QString &destination);

    // A merge lakeFS refused with an error (not with a list of conflicts).
    static QString describe(
        const Error &error, const QString &repository, const QString &source, const QString &destination);
    // A merge that stopped on conflicts: which paths, that nothing changed,
    // and what to do about it.
    static QString stoppedOnConflicts(const QStringList &paths, const QString &destination);
    // "a.csv, b.csv" or "a.csv, …, j.csv and 12 more".
    static QString pathList(const QStringList &paths);

private:
    static bool mentions(const Error &error, const char *words);
};

} // namespace lakescope::ui
