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
    return tr("Protected by the rule %1: lakeFS refuses direct commits, writes and deletion on this branch.",
              nullptr, static_cast<int>(patterns.size()))
        .arg(quoted.join(QStringLiteral(", ")));
}

} // namespace lakescope::ui
