// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QMessageBox;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace lakescope::ui {

class AsyncRunner;
class CommitDialog;
class DiffTreeModel;
class ProtectionNotice;

// The uncommitted changes of one lakeFS branch (diffBranch) as a tree with
// per-folder counts, filters by kind, discarding changes (of the selection
// or of the whole branch, after a confirmation naming what is lost) and
// committing through a CommitDialog.
//
// Keyboard: arrows move, Enter expands or collapses a folder (or opens an
// object, see objectActivated), Del discards
// the selection, Ctrl+Enter commits, F5 refreshes. The actions are exposed
// so a window can put them in menus and toolbars.
class ChangesPanel : public QWidget
{
    Q_OBJECT

public:
    ChangesPanel(StoreAccess access, AsyncRunner *runner, QWidget *parent = nullptr);
    ~ChangesPanel() override;

    // lakefs://repo/branch/ (a path, if any, is ignored); loads its changes.
    void setBranch(const StoreUrl &branch);
    const StoreUrl &branch() const { return m_branch; }
    // Entries per diff page (lakeFS caps at 1000).
    void setPageSize(int amount);

    DiffTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *commitAction() const { return m_commit; }
    QAction *discardSelectionAction() const { return m_discardSelection; }
    QAction *discardAllAction() const { return m_discardAll; }
    // The open confirmation or commit dialog, if any (for tests and windows).
    QMessageBox *confirmation() const;
    CommitDialog *commitDialog() const;
    // Loading, the error, the result of the last discard.
    QString statusText() const;
    bool isEmptyStateShown() const;
    // The branch protection notice ("Protected by the rule …"), or empty.
    QString protectionText() const;

public slots:
    void refresh();
    void commit();
    void discardSelection();
    void discardAll();

signals:
    // A commit landed on the branch.
    void committed(const QString &commitId);
    // Changes were dropped (some paths, or all of them).
    void discarded();
    // Enter or a double-click on an object: the branch's version of it, or
    // for a removed object its last committed one (ref "branch@").
    void objectActivated(const StoreUrl &url);

private:
    struct Reset
    {
        lakefs::ResetType type = lakefs::ResetType::Object;
        std::string path;
    };

    void buildUi();
    void updateState();
    QStringList selectedPaths() const;
    void confirmDiscard(const QString &question, std::vector<Reset> resets);
    void runDiscard(std::vector<Reset> resets);
    void activateCurrent();
    void activate(const QModelIndex &index);

    StoreAccess m_access;
    AsyncRunner *m_runner;
    StoreUrl m_branch;
    DiffTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    ProtectionNotice *m_protection = nullptr;
    QToolButton *m_cancelLoad = nullptr;
    QAction *m_showAdded = nullptr;
    QAction *m_showRemoved = nullptr;
    QAction *m_showChanged = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_commit = nullptr;
    QAction *m_discardSelection = nullptr;
    QAction *m_discardAll = nullptr;
    QPointer<QMessageBox> m_confirmation;
    QPointer<CommitDialog> m_commitDialog;
    bool m_discarding = false;
    QString m_message;
};

} // namespace lakescope::ui
