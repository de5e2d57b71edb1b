// SPDX-License-Identifier: Apache-2.0
// ConnectionManager's dialogs, confirmations and actions.
#include "ui/connections/connectionmanager.h"

#include "ui/connections/connectiondialog.h"
#include "ui/session/session.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace lakescope::ui {

ConnectionDialog *ConnectionManager::addConnection(QWidget *parent)
{
    auto *dialog = new ConnectionDialog(m_session->runner(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeychainAvailable(m_keychainAvailable);
    connect(dialog, &QDialog::accepted, this, [this, dialog, owner = QPointer(parent)] {
        save(dialog->profile(), dialog->newSecret(), dialog->keepSecretForSessionOnly(), { true, owner });
    });
    dialog->open();
    return dialog;
}

ConnectionDialog *ConnectionManager::editConnection(QWidget *parent, const QString &id)
{
    const ConnectionProfile *existing = profile(id);
    if (!existing)
        return nullptr;
    ConnectionDialog *dialog = addConnection(parent);
    dialog->setProfile(*existing, m_secrets.value(id));
    return dialog;
}

QMessageBox *ConnectionManager::removeConnection(QWidget *parent, const QString &id)
{
    const ConnectionProfile *existing = profile(id);
    if (!existing)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
        tr("Remove the connection \"%1\"?").arg(existing->name), QMessageBox::Cancel, parent);
    box->setInformativeText(existing->hasSecret
            ? tr("Its secret is deleted from %1. The data it points to is not touched.").arg(m_keychain->description())
            : tr("The data it points to is not touched."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *clicked) {
        if (clicked == remove)
            deleteProfile(id);
    });
    box->open();
    return box;
}

void ConnectionManager::setCurrentConnection(const QString &id)
{
    m_current = id;
    updateActions();
}

void ConnectionManager::updateActions()
{
    const bool own = indexOf(m_current) >= 0;
    m_editAction->setEnabled(own);
    m_removeAction->setEnabled(own);
}

QWidget *ConnectionManager::dialogParent() const
{
    return m_dialogParent ? m_dialogParent.data() : qobject_cast<QWidget *>(parent());
}

void ConnectionManager::askAboutRefusedSecret(const QString &id, const QString &reason, QWidget *owner)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Secret Not Saved"),
        tr("The secret of \"%1\" could not be saved: %2.").arg(profile(id)->name, reason), QMessageBox::NoButton,
        owner);
    box->setInformativeText(tr("Lakescope can keep it in memory until it quits, or forget it now; either way the "
                               "connection itself is saved."));
    QPushButton *keep = box->addButton(tr("&Keep for This Session"), QMessageBox::AcceptRole);
    box->addButton(tr("&Forget the Secret"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, keep, id] {
        if (box->clickedButton() != keep)
            dropSecret(id);
        emit saved(id);
    });
    box->open();
}

} // namespace lakescope::ui
