// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace lakescope::ui {

class AsyncRunner;

// "Revert on branch…": asks for the branch (listed on the runner), then
// undoes a commit there with a new commit. Failures come back in words:
// uncommitted changes, protection, conflicts.
class CommitReverter : public QObject
{
    Q_OBJECT

public:
    // The branch question is a child of `dialogParent`.
    CommitReverter(AsyncRunner *runner, LakeResolver lake, QWidget *dialogParent);

    // Lists the branches of `repository` and asks which one to revert
    // `commitId` on; `preferredBranch` is preselected when it is a branch.
    void chooseBranch(const StoreUrl &repository, const QString &commitId, bool isMerge,
                      const QString &preferredBranch);
    // A merge commit is undone against its first parent.
    void revert(const StoreUrl &repository, const QString &commitId, bool isMerge, const QString &branch);

signals:
    void reverted(const QString &branch, const QString &commitId);
    void failed(const QString &message);
    void statusChanged(const QString &text);

private:
    AsyncRunner *m_runner;
    LakeResolver m_lake;
    QPointer<QWidget> m_dialogParent;
};

} // namespace lakescope::ui
