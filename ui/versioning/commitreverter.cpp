// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/commitreverter.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/versioning/commitlogmodel.h"
#include "ui/versioning/referrors.h"

#include <QInputDialog>
#include <QWidget>

namespace lakescope::ui {

CommitReverter::CommitReverter(AsyncRunner *runner, LakeResolver lake, QWidget *dialogParent)
    : QObject(dialogParent), m_runner(runner), m_lake(std::move(lake)), m_dialogParent(dialogParent)
{
}

void CommitReverter::chooseBranch(const StoreUrl &repository, const QString &commitId, bool isMerge,
                                  const QString &preferredBranch)
{
    m_runner->run(
        this,
        [lake = m_lake, repository]() -> Result<lakefs::Page<lakefs::Ref>> {
            auto lakeApi = lake(repository);
            if (!lakeApi)
                return lakeApi.error();
            lakefs::PageRequest request;
            request.amount = lakefs::kMaxPageAmount;
            return (*lakeApi)->listBranches(repository.bucket, request);
        },
        [this, repository, commitId, isMerge, preferredBranch](Result<lakefs::Page<lakefs::Ref>> branches) {
            if (!branches) {
                emit failed(UiErrors::describe(branches.error()));
                return;
            }
            if (!m_dialogParent)
                return;
            QStringList names;
            for (const auto &branch : branches->results)
                names << QString::fromStdString(branch.id);
            auto *dialog = new QInputDialog(m_dialogParent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("revertBranchDialog"));
            dialog->setWindowTitle(tr("Revert Commit"));
            dialog->setLabelText(tr("Undo the changes of %1 with a new commit on branch:")
                                     .arg(CommitLogModel::shortId(commitId.toStdString())));
            dialog->setComboBoxItems(names);
            if (names.contains(preferredBranch))
                dialog->setTextValue(preferredBranch);
            connect(dialog, &QInputDialog::textValueSelected, this,
                    [this, repository, commitId, isMerge](const QString &branch) {
                        revert(repository, commitId, isMerge, branch);
                    });
            dialog->open();
        });
}

void CommitReverter::revert(const StoreUrl &repository, const QString &commitId, bool isMerge,
                            const QString &branch)
{
    lakefs::RevertRequest request;
    request.ref = commitId.toStdString();
    if (isMerge)
        request.parentNumber = 1;
    const QString shortId = CommitLogModel::shortId(request.ref);
    emit statusChanged(tr("Reverting %1 on %2…").arg(shortId, branch));
    m_runner->run(
        this,
        [lake = m_lake, repository, branch = branch.toStdString(), request]() -> Status {
            auto lakeApi = lake(repository);
            if (!lakeApi)
                return lakeApi.error();
            return (*lakeApi)->revertBranch(repository.bucket, branch, request);
        },
        [this, commitId, shortId, branch](Status done) {
            if (!done) {
                const QString message = RefErrors::revert(done.error(), shortId, branch);
                emit statusChanged(message);
                emit failed(message);
                return;
            }
            emit statusChanged(tr("Reverted %1 on %2.").arg(shortId, branch));
            emit reverted(branch, commitId);
        });
}

} // namespace lakescope::ui
