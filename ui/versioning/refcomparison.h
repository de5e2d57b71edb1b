// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"
#include "ui/versioning/diffpageloader.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace lakescope::ui {

// Two refs of a repository as the lake sees them just before their diff is
// asked for: a mistyped ref is named rather than reported as a failed diff,
// a three-dot comparison knows its merge base (the left side of each
// object), and whether the base is a branch says if a merge can go there.
class RefComparison
{
    Q_DECLARE_TR_FUNCTIONS(RefComparison)

public:
    StoreUrl repository; // lakefs://repo/
    QString base; // as typed: any ref expression
    QString compare;
    bool twoDot = false;

    std::optional<Error> error;
    QString unknownRef; // the ref the lake did not know, when that was the error
    bool noCommonHistory = false;
    QString baseCommit;
    QString compareCommit;
    QString mergeBase; // three-dot only
    bool baseIsBranch = false;

    // Asks the lake; blocking, so on a worker only.
    static RefComparison resolve(const StoreAccess &access, const StoreUrl &repository, const QString &base,
        const QString &compare, bool twoDot);

    bool sameCommit() const { return !error && baseCommit == compareCommit; }
    // Why the refs cannot be compared, in words; empty when they can.
    QString errorText() const;
    // The diff's pages (diffRefs); each page fetched is counted in `pages`.
    DiffPageSource pageSource(const StoreAccess &access, std::shared_ptr<std::atomic<int>> pages) const;
};

} // namespace lakescope::ui
