// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"
#include "ui/versioning/createrefdialog.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace lakescope::ui {

class AsyncRunner;
class CommitDetailsView;
class CommitLogModel;
class CommitReverter;
class ProtectionNotice;

// The history of a lakeFS ref, or of one path in it: the commit list, the
// selected commit's details and the actions on it (browse the files at the
// commit, branch or tag it, revert it on a branch). With a path it also
// shows the blame line: the newest commit that changed the path.
//
// Keyboard: arrows move through commits, Enter browses, the Menu key or
// Shift+F10 opens the context menu with the same actions.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(AsyncRunner *runner, LakeResolver lake, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // lakefs://repo/ref/ for the ref's log, lakefs://repo/ref/path for the
    // history of an object (or of a folder when the path ends in '/').
    void setRef(const StoreUrl &url);
    StoreUrl ref() const { return m_url; }
    void reload();
    // Commits per request (default 100).
    void setPageSize(int amount);

    CommitLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    const lakefs::Commit *currentCommit() const;
    void selectCommit(int row);

    // "Last changed in <id> by <committer>, <date>: <message>"; empty
    // without a path, and until it is known.
    QString blameText() const;
    std::optional<lakefs::Commit> blameCommit() const { return m_blame; }
    // Which branch protection rules cover the ref shown, or empty.
    QString protectionText() const;

    QAction *browseAction() const { return m_browseAction; }
    QAction *createBranchAction() const { return m_branchAction; }
    QAction *createTagAction() const { return m_tagAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *copyIdAction() const { return m_copyIdAction; }
    QAction *reloadAction() const { return m_reloadAction; }

    // The dialog behind "Create branch/tag here…", already open()ed.
    CreateRefDialog *openCreateRefDialog(CreateRefDialog::Kind kind);
    // Reverts `commitId` on `branch` (a new commit there); the result comes
    // back as reverted() or operationFailed().
    void revertOnBranch(const QString &commitId, const QString &branch);
    // Opens the context menu for the current commit at its row.
    void showContextMenu();

signals:
    // "Browse files at this commit": lakefs://repo/<commit id>/.
    void browseRequested(const lakescope::StoreUrl &url);
    // A branch or tag was created, or a branch got a commit (revert).
    void refsChanged(const lakescope::StoreUrl &repository);
    void reverted(const QString &branch, const QString &commitId);
    void operationFailed(const QString &message);
    void statusChanged(const QString &text);
    void blameChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void buildLayout();
    void updateDetails();
    void updateActions();
    void updateStatus();
    void requestBlame();
    void chooseRevertBranch();
    void browseCurrent();
    QMenu *buildMenu();
    StoreUrl repositoryUrl() const;

    AsyncRunner *m_runner;
    LakeResolver m_lake;
    StoreUrl m_url;
    CommitLogModel *m_model = nullptr;
    CommitReverter *m_reverter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_blameLabel = nullptr;
    ProtectionNotice *m_protection = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_loadMore = nullptr;
    CommitDetailsView *m_details = nullptr;
    QAction *m_browseAction = nullptr;
    QAction *m_branchAction = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_reloadAction = nullptr;
    std::optional<lakefs::Commit> m_blame;
    quint64 m_blameGeneration = 0;
};

} // namespace lakescope::ui
