// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/dropcontroller.h"

#include "ui/transfers/conflictpolicydialog.h"
#include "ui/transfers/transferlauncher.h"
#include "ui/transfers/transferplanner.h"

#include <QMimeData>
#include <QWidget>

namespace lakescope::ui {

DropController::DropController(TransferLauncher *launcher, QObject *parent) : QObject(parent), m_launcher(launcher) {}

ConflictPolicyDialog *DropController::pendingDialog() const
{
    return m_dialog;
}

bool DropController::canDecode(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() || StoreUrl::parse(url.toString(QUrl::FullyEncoded).toStdString()))
            return true;
    }
    return false;
}

bool DropController::handleMimeData(const QMimeData *mime, const StoreUrl &targetFolder, Qt::DropAction action,
                                    QWidget *parent)
{
    if (!mime || !mime->hasUrls())
        return false;
    QList<QUrl> local;
    QList<StoreUrl> stored;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            local.append(url);
            continue;
        }
        Result<StoreUrl> parsed = StoreUrl::parse(url.toString(QUrl::FullyEncoded).toStdString());
        if (!parsed)
            continue;
        // A URL from outside carries no connection: the target's is the
        // likeliest for its scheme.
        if (parsed->scheme == targetFolder.scheme)
            parsed->connection = targetFolder.connection;
        stored.append(*parsed);
    }
    if (local.isEmpty() && stored.isEmpty())
        return false;
    handleDrop(local, stored, targetFolder, action, parent);
    return true;
}

void DropController::handleDrop(const QList<QUrl> &localUrls, const QList<StoreUrl> &storeUrls,
                                const StoreUrl &targetFolder, Qt::DropAction action, QWidget *parent)
{
    QList<StoreUrl> sources;
    for (const QUrl &url : localUrls) {
        if (Result<StoreUrl> parsed = StoreUrl::parse(url.toLocalFile().toStdString()))
            sources.append(*parsed);
    }
    sources.append(storeUrls);
    if (sources.isEmpty())
        return;
    // A drop copies whatever action the platform proposed: deleting the
    // source after a drag is too easy to do by accident with remote data.
    // Moves are Cut and Paste (TransferLauncher::moveTo).
    Q_UNUSED(action);
    if (m_fixedPolicy) {
        launch(sources, targetFolder, *m_fixedPolicy);
        return;
    }
    if (m_dialog)
        m_dialog->reject();
    const QString what = sources.size() == 1 ? TransferPlanner::leafName(sources.front())
                                             : tr("%n items", nullptr, int(sources.size()));
    m_dialog = new ConflictPolicyDialog(tr("%1 to %2").arg(what, TransferPlanner::folderText(targetFolder)), parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog.data(), sources, targetFolder] {
        launch(sources, targetFolder, dialog->policy());
    });
    m_dialog->open();
}

void DropController::launch(const QList<StoreUrl> &sources, const StoreUrl &targetFolder, ConflictPolicy policy)
{
    const QString id = m_launcher->copy(sources, targetFolder, policy);
    if (!id.isEmpty())
        emit transfersStarted({id});
}

} // namespace lakescope::ui
