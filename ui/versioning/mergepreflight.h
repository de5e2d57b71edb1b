// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"
#include "core/lakefs/versionedrepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace lakescope::ui {

// What would make lakeFS refuse a merge, found before the user asks for it:
// lakeFS only answers "400 dirty branch" or "403 read-only repository"
// after the click, and a merge review should say so up front.
class MergePreflight
{
    Q_DECLARE_TR_FUNCTIONS(MergePreflight)

public:
    struct Findings
    {
        bool readOnly = false;
        bool destinationIsBranch = true;
        bool destinationDirty = false;
        bool nothingToMerge = false;
        // The commits the two refs stand for now, for showing both versions
        // of an object exactly as the merge would see them.
        std::string sourceCommitId;
        std::string destinationCommitId;
        // A check that could not be made (the source does not exist, the
        // server did not answer).
        std::optional<Error> failure;
    };

    // Blocking; run it on a worker.
    static Findings run(lakefs::VersionedRepository &lake, const std::string &repository, const std::string &source,
        const std::string &destination);

    // Why the merge cannot go ahead, one sentence each; empty when it can.
    static QStringList reasons(
        const Findings &findings, const QString &repository, const QString &source, const QString &destination);
};

} // namespace lakescope::ui
