// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/connections/connectionprofile.h"
#include "ui/connections/secretstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QMessageBox;
class QSettings;
class QWidget;

namespace lakescope::ui {

class ConnectionDialog;
class ConnectionStore;
class Session;
class SessionSecretStore;

// The user's connections for the main window: restores them at launch,
// imports what other tools configured on the first launch, and keeps the
// session's tree roots and connection options (secrets included) in step
// with every add, edit and removal. Secrets go to `keychain`; where it is
// unavailable the user is told (keychainUnavailable) and may keep them in
// memory for the session only. Nothing secret reaches `settings`.
//
// Wiring in the main window:
//     auto *connections = new ConnectionManager(session, nullptr, nullptr, this);
//     connect(connections, &ConnectionManager::message, messageBar, ...);
//     connections->start();
//     menu->addAction(connections->addAction()); // + editAction, removeAction
//     // when the tree's current root changes:
//     connections->setCurrentConnection(connectionId);
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    // `settings` null: the application's QSettings (organisation and
    // application name), owned by the manager; otherwise it must outlive the
    // manager. `keychain` null: the system keychain (KeychainSecretStore);
    // a given one becomes a child when it has no parent. `session` is never
    // owned and must outlive the manager.
    ConnectionManager(
        Session *session, QSettings *settings, SecretStore *keychain = nullptr, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Restores the saved connections (roots at once, secrets as the
    // keychain answers), checks for a keychain and, on the first launch,
    // imports connections. Emits ready() when all of that is done.
    void start();
    bool isReady() const { return m_readyEmitted; }

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    const ConnectionProfile *profile(const QString &id) const;
    // false once the keychain reported that it does not exist.
    bool keychainAvailable() const { return m_keychainAvailable; }
    // Whether the secret of `id` lives only in this session's memory.
    bool secretIsSessionOnly(const QString &id) const { return m_sessionOnly.contains(id); }

    // Dialogs and confirmations, opened with open() (never blocking); they
    // delete themselves. Returned for tests and for focus handling.
    ConnectionDialog *addConnection(QWidget *parent);
    ConnectionDialog *editConnection(QWidget *parent, const QString &id);
    QMessageBox *removeConnection(QWidget *parent, const QString &id);

    // The same without the dialogs. `newSecret` empty keeps the stored one.
    // Should the keychain refuse it, the secret is kept for the session and
    // message() says so; a save from the dialog asks the user instead.
    void saveProfile(ConnectionProfile profile, const QString &newSecret, bool sessionOnly = false);
    void deleteProfile(const QString &id);

    // "Add Connection…", "Edit Connection…", "Remove Connection"; edit and
    // remove act on the current connection and are enabled only for the
    // user's own connections (not the built-in ones).
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *removeAction() const { return m_removeAction; }
    void setCurrentConnection(const QString &id);
    // Where the actions' dialogs open; the parent of this object otherwise.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

signals:
    // Launch work (secrets, keychain check, first-run import) is done.
    void ready();
    void profilesChanged();
    // A saveProfile() (or an accepted dialog) finished, its secret stored
    // in the keychain or, failing that, kept for the session.
    void saved(const QString &id);
    // Information for the user (a message bar), never containing a secret.
    void message(const QString &text);
    // Emitted once, when the keychain turns out to be missing.
    void keychainUnavailable(const QString &text);

private:
    void publish();
    void pushOptions(const ConnectionProfile &profile);
    void persist(const ConnectionProfile &profile);
    // `ask`: a question box under `owner` offers keeping or dropping a
    // secret the keychain refused; otherwise it is kept and message() tells.
    struct Asking
    {
        bool ask = false;
        QPointer<QWidget> owner;
    };
    void save(ConnectionProfile profile, const QString &newSecret, bool sessionOnly, const Asking &asking);
    void storeSecret(const QString &id, const QString &secret, const Asking &asking);
    void finishStoringSecret(
        const QString &id, const QString &secret, const SecretStore::Outcome &outcome, const Asking &asking);
    void askAboutRefusedSecret(const QString &id, const QString &reason, QWidget *owner);
    void dropSecret(const QString &id);
    void keepForSession(const QString &id, const QString &secret);
    void noteKeychainOutcome(const SecretStore::Outcome &outcome);
    void readSecret(const ConnectionProfile &profile);
    void importOnFirstRun();
    void beginWork() { ++m_pending; }
    void endWork();
    void updateActions();
    QWidget *dialogParent() const;
    int indexOf(const QString &id) const;

    Session *m_session;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<ConnectionStore> m_store;
    SecretStore *m_keychain;
    SessionSecretStore *m_sessionSecrets;
    QList<ConnectionProfile> m_profiles;
    QHash<QString, QString> m_secrets; // in memory only, to build options
    QSet<QString> m_sessionOnly;
    bool m_keychainAvailable = true;
    bool m_started = false;
    bool m_readyEmitted = false;
    int m_pending = 0;
    QString m_current;
    QPointer<QWidget> m_dialogParent;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_removeAction;
};

} // namespace lakescope::ui
