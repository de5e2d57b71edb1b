// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/branchprotection.h"

#include "core/lakefs/tree/refexpression.h"

namespace lakescope::ui {

QStringList BranchProtection::matchingPatterns(const QString &branch) const
{
    const std::string name = branch.toStdString();
    QStringList patterns;
    for (const auto &rule : m_rules) {
        if (lakefs::globMatch(rule.pattern, name))
            patterns << QString::fromStdString(rule.pattern);
    }
    return patterns;
}

QString BranchProtection::describe(const QString &branch) const
{
    const QStringList patterns = matchingPatterns(branch);
    if (patterns.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &pattern : patterns)
        quoted << QStringLiteral("“%1”").arg(pattern);
    // lakeFS lets merges and reverts in; everything else that changes the
    // branch directly is refused.
    const QString rules = quoted.join(QStringLiteral(", "));
    if (patterns.size() == 1)
        return tr("Protected by the rule %1: lakeFS takes only merges and reverts into this branch; uploads, "
                  "object deletes, commits and discarding changes are refused.")
            .arg(rules);
    return tr("Protected by the rules %1: lakeFS takes only merges and reverts into this branch; uploads, "
              "object deletes, commits and discarding changes are refused.")
        .arg(rules);
}

} // namespace lakescope::ui
