// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "core/transfer/transferoptions.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <optional>

class QMimeData;
class QWidget;

namespace lakescope::ui {

class ConflictPolicyDialog;
class TransferLauncher;

// What a drop or paste onto a folder of the browser does: asks once what to
// do with existing files (ConflictPolicyDialog, opened window-modal, never
// blocking), then hands everything to the launcher as one job: uploads
// for local files and folders (recursive), store-to-store copies for
// objects dragged inside the application. A drop always copies; moving is
// Cut and Paste (TransferLauncher::moveTo).
//
//     auto *drops = new DropController(transfers, this);
//     // in the browser's drop handler:
//     drops->handleMimeData(event->mimeData(), folderUrl, event->dropAction(), this);
class DropController : public QObject
{
    Q_OBJECT

public:
    explicit DropController(TransferLauncher *launcher, QObject *parent = nullptr);

    // Skip the question and always use `policy` (tests, scripted drops);
    // nullopt asks again.
    void setFixedPolicy(std::optional<ConflictPolicy> policy) { m_fixedPolicy = policy; }

    void handleDrop(const QList<QUrl> &localUrls, const QList<StoreUrl> &storeUrls, const StoreUrl &targetFolder,
                    Qt::DropAction action, QWidget *parent);
    // The same from a drop's or the clipboard's data (text/uri-list); false
    // when it holds no URL this can copy.
    bool handleMimeData(const QMimeData *mime, const StoreUrl &targetFolder, Qt::DropAction action, QWidget *parent);
    static bool canDecode(const QMimeData *mime);

    // The question on screen, if any (for tests and the window).
    ConflictPolicyDialog *pendingDialog() const;

signals:
    // Job ids, as the transfer queue shows them.
    void transfersStarted(const QStringList &jobIds);

private:
    void launch(const QList<StoreUrl> &sources, const StoreUrl &targetFolder, ConflictPolicy policy);

    TransferLauncher *m_launcher;
    std::optional<ConflictPolicy> m_fixedPolicy;
    QPointer<ConflictPolicyDialog> m_dialog;
};

} // namespace lakescope::ui
