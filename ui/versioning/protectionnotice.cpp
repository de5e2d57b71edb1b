// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/protectionnotice.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/branchprotection.h"

namespace lakescope::ui {

ProtectionNotice::ProtectionNotice(AsyncRunner *runner, LakeResolver lake, QWidget *parent)
    : QLabel(parent), m_runner(runner), m_lake(std::move(lake))
{
    setWordWrap(true);
    setAccessibleName(tr("Branch protection"));
    hide();
}

void ProtectionNotice::setRef(const StoreUrl &ref)
{
    const quint64 generation = ++m_generation;
    const bool was = isProtected();
    clear();
    hide();
    if (was)
        emit protectionChanged(false);
    if (ref.scheme != Scheme::LakeFs || ref.ref.empty() || !m_lake)
        return;
    m_runner->run(
        this,
        [lake = m_lake, ref]() -> Result<std::vector<lakefs::BranchProtectionRule>> {
            auto opened = lake(ref);
            if (!opened)
                return opened.error();
            return (*opened)->branchProtection(ref.bucket);
        },
        [this, generation, branch = QString::fromStdString(ref.ref)](
            Result<std::vector<lakefs::BranchProtectionRule>> rules) {
            if (generation != m_generation || !rules)
                return;
            setText(BranchProtection(std::move(*rules)).describe(branch));
            setVisible(isProtected());
            if (isProtected())
                emit protectionChanged(true);
        });
}

} // namespace lakescope::ui
