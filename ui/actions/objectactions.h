// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/transfer/transferoptions.h"
#include "ui/actions/actioncontext.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace lakescope::ui {

class Session;
class TransferLauncher;

// The commands that act on selected objects: open, rename, delete, copy,
// paste, copy URL, new folder, download, upload, properties and the preview
// toggle, as QActions with the usual shortcuts. The owner of the view
// supplies what they act on (setContextProvider) and calls updateActions()
// when the selection or folder changes; the actions then enable themselves.
//
// Every store call runs on the session's runner. Outcomes arrive as
// messageRequested() for the message bar and changed(folder) for listings
// to refresh. Bulk copies, uploads, downloads and moves go to the transfer
// queue through the TransferLauncher.
class ObjectActions : public QObject
{
    Q_OBJECT

public:
    // How the actions ask the user. Each answer is called at most once, on
    // the GUI thread; an empty string or list means the user cancelled.
    // The defaults are window-modal dialogs opened without blocking.
    struct Prompts
    {
        std::function<void(const QString &title, const QString &text, std::function<void(bool)> answer)> confirm;
        std::function<void(const QString &title, const QString &label, const QString &initial,
                           std::function<void(const QString &)> answer)>
            askText;
        std::function<void(const QString &title, std::function<void(const QString &)> answer)> chooseFolder;
        std::function<void(const QString &title, std::function<void(const QStringList &)> answer)> chooseFiles;
    };

    // `dialogParent` parents the questions and property dialogs.
    ObjectActions(Session *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~ObjectActions() override;

    void setContextProvider(std::function<ActionContext()> provider);
    void setTransferLauncher(TransferLauncher *launcher);
    // Replaces the members that are set; the others keep their defaults.
    void setPrompts(const Prompts &prompts);
    // Called by Rename first; returning true means the view started its own
    // inline editor (which later calls rename()), false falls back to a dialog.
    void setInlineRenameHandler(std::function<bool(const ActionEntry &entry)> handler);
    // What copies into a folder do when a name exists; Rename by default
    // ("name (1).ext"), so nothing is overwritten without being asked for.
    void setConflictPolicy(ConflictPolicy policy) { m_policy = policy; }

    QAction *openAction() const { return m_open; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *copyUrlAction() const { return m_copyUrl; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *downloadAction() const { return m_download; }
    QAction *uploadFilesAction() const { return m_uploadFiles; }
    QAction *uploadFolderAction() const { return m_uploadFolder; }
    QAction *propertiesAction() const { return m_properties; }
    QAction *previewAction() const { return m_preview; } // checkable
    QAction *stopAction() const { return m_stop; }       // cancels a count or delete
    QList<QAction *> actions() const;

    // The context menu: the same actions, grouped.
    void populateMenu(QMenu *menu) const;
    // Re-read the context and enable what applies.
    void updateActions();
    bool isBusy() const { return m_busy; }

    // The operations behind the actions, for views that collect their input
    // themselves (inline rename, drops).
    void rename(const ActionEntry &entry, const QString &newName);
    void createFolder(const QString &name);
    void paste(const QList<StoreUrl> &sources);
    // Asks for a local folder, then queues a copy of `sources` into it
    // (the preview's Download… button lands here).
    void download(const QList<StoreUrl> &sources);
    void cancel();

signals:
    // Open: the owner navigates into folders and decides what opening a file means.
    void openRequested(const lakescope::ui::ActionEntry &entry);
    void messageRequested(const QString &text, bool isError);
    // Something in `folder` changed; listings of it should refresh.
    void changed(const lakescope::StoreUrl &folder);
    void busyChanged(bool busy);

private:
    struct DeletePlan;

    void createActions();
    ActionContext context() const;
    void triggerOpen();
    void triggerRename();
    void triggerDelete();
    void triggerCopy();
    void triggerPaste();
    void triggerCopyUrl();
    void triggerNewFolder();
    void triggerDownload();
    void triggerUpload(bool folder);
    void triggerProperties();
    void confirmDelete(std::shared_ptr<DeletePlan> plan);
    void runDelete(std::shared_ptr<DeletePlan> plan);
    void moveWithLauncher(const StoreUrl &source, const StoreUrl &target);
    void setBusy(bool busy);
    bool refuseWrite(const StoreUrl &url);
    void report(const QString &text, bool isError);
    Prompts defaultPrompts();

    Session *m_session;
    QPointer<QWidget> m_dialogParent;
    std::function<ActionContext()> m_provider;
    std::function<bool(const ActionEntry &)> m_inlineRename;
    TransferLauncher *m_launcher = nullptr;
    Prompts m_prompts;
    ConflictPolicy m_policy = ConflictPolicy::Rename;
    bool m_busy = false;
    std::shared_ptr<CancellationSource> m_cancel;

    QAction *m_open = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_copyUrl = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_download = nullptr;
    QAction *m_uploadFiles = nullptr;
    QAction *m_uploadFolder = nullptr;
    QAction *m_properties = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_stop = nullptr;
};

} // namespace lakescope::ui
