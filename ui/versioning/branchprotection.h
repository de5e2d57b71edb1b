// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace lakescope::ui {

// Which of a repository's branch protection rules cover a branch, and the
// sentence the changes and history panels and the delete confirmation show
// for it. lakeFS refuses uploads, object deletes, commits and resets on such
// a branch; merges and reverts go in.
class BranchProtection
{
    Q_DECLARE_TR_FUNCTIONS(BranchProtection)

public:
    BranchProtection() = default;
    explicit BranchProtection(std::vector<lakefs::BranchProtectionRule> rules) : m_rules(std::move(rules)) {}

    const std::vector<lakefs::BranchProtectionRule> &rules() const { return m_rules; }
    // The patterns matching `branch`, in the repository's order.
    QStringList matchingPatterns(const QString &branch) const;
    bool isProtected(const QString &branch) const { return !matchingPatterns(branch).isEmpty(); }
    // "Protected by the rule “main”." or empty when no rule matches.
    QString describe(const QString &branch) const;

private:
    std::vector<lakefs::BranchProtectionRule> m_rules;
};

} // namespace lakescope::ui
