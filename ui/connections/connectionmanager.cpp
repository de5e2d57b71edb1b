// SPDX-License-Identifier: Apache-2.0
#include "ui/connections/connectionmanager.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/connections/connectionimporter.h"
#include "ui/connections/connectionstore.h"
#include "ui/connections/keychainsecretstore.h"
#include "ui/connections/sessionsecretstore.h"
#include "ui/session/session.h"

#include <QAction>
#include <QCollator>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace lakescope::ui {

namespace {

// Looked up at launch when no saved secret is: the answer tells "no
// keychain" from "no secret yet" before the user types a secret that could
// not be saved.
const QString kProbeKey = QStringLiteral("lakescope-keychain-check");

bool usesSecret(const ConnectionProfile &profile)
{
    return profile.type == ConnectionProfile::Type::LakeFs
        || (profile.type == ConnectionProfile::Type::S3 && !profile.accessKeyId.trimmed().isEmpty());
}

} // namespace

ConnectionManager::ConnectionManager(Session *session, QSettings *settings, SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_store(std::make_unique<ConnectionStore>(settings ? *settings : *m_ownSettings))
    , m_keychain(keychain)
    , m_sessionSecrets(new SessionSecretStore(this))
{
    if (!m_keychain)
        m_keychain = new KeychainSecretStore(this);
    else if (!m_keychain->parent())
        m_keychain->setParent(this);

    m_addAction = new QAction(tr("&Add Connection…"), this);
    m_addAction->setStatusTip(tr("Add an S3, lakeFS or local folder connection"));
    m_editAction = new QAction(tr("&Edit Connection…"), this);
    m_editAction->setStatusTip(tr("Change the endpoint, keys or name of the selected connection"));
    m_removeAction = new QAction(tr("&Remove Connection…"), this);
    m_removeAction->setStatusTip(tr("Forget the selected connection and its saved secret"));
    connect(m_addAction, &QAction::triggered, this, [this] { addConnection(dialogParent()); });
    connect(m_editAction, &QAction::triggered, this, [this] { editConnection(dialogParent(), m_current); });
    connect(m_removeAction, &QAction::triggered, this, [this] { removeConnection(dialogParent(), m_current); });
    updateActions();
}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::start()
{
    if (m_started)
        return;
    m_started = true;
    beginWork();
    m_profiles = m_store->load();
    // Usable at once; those with secrets are pushed again as they arrive.
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        pushOptions(profile);
    publish();

    bool readsSecrets = false;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (profile.hasSecret) {
            readSecret(profile);
            readsSecrets = true;
        }
    }
    // Reading saved secrets tells whether there is a keychain; without any,
    // one lookup of a key that never exists does.
    if (!readsSecrets) {
        beginWork();
        m_keychain->read(kProbeKey, [self = QPointer(this)](const SecretStore::Outcome &outcome) {
            if (!self)
                return;
            self->noteKeychainOutcome(outcome);
            self->endWork();
        });
    }
    importOnFirstRun();
    endWork();
}

void ConnectionManager::endWork()
{
    if (--m_pending == 0 && m_started && !m_readyEmitted) {
        m_readyEmitted = true;
        emit ready();
    }
}

const ConnectionProfile *ConnectionManager::profile(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_profiles.at(index);
}

int ConnectionManager::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

void ConnectionManager::publish()
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_profiles.begin(), m_profiles.end(),
        [&collator](const auto &a, const auto &b) { return collator.compare(a.name, b.name) < 0; });

    QList<Connection> roots;
    // Built-ins and roots without an id (set up in code) stay; saved
    // connections are replaced by the profiles.
    for (const Connection &connection : m_session->connections()) {
        if (connection.builtIn || connection.id.isEmpty())
            roots.append(connection);
    }
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        roots.append(profile.toConnection());
    m_session->setConnections(roots);
    updateActions();
    emit profilesChanged();
}

void ConnectionManager::pushOptions(const ConnectionProfile &profile)
{
    if (profile.type == ConnectionProfile::Type::Folder)
        m_session->removeConnectionOptions(profile.id);
    else
        m_session->setConnectionOptions(profile.id, profile.toOptions(m_secrets.value(profile.id)));
}

void ConnectionManager::persist(const ConnectionProfile &profile)
{
    // The settings file records a secret only where one survives a restart.
    ConnectionProfile saved = profile;
    saved.hasSecret = profile.hasSecret && !m_sessionOnly.contains(profile.id);
    m_store->save(saved);
}

void ConnectionManager::noteKeychainOutcome(const SecretStore::Outcome &outcome)
{
    if (outcome.status != SecretStore::Outcome::Status::Unavailable || !m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    QString text = tr("No system keychain is available, so connection secrets can be kept only until Lakescope "
                      "quits.");
    if (!outcome.message.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(outcome.message);
    emit keychainUnavailable(text);
    // Only news to someone with a secret to keep; the dialog tells everyone
    // else when they type one.
    const bool holdsSecrets = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                          [](const ConnectionProfile &profile) { return profile.hasSecret; });
    if (holdsSecrets)
        emit message(text);
}

void ConnectionManager::readSecret(const ConnectionProfile &profile)
{
    beginWork();
    m_keychain->read(
        profile.id, [self = QPointer(this), id = profile.id, name = profile.name](const SecretStore::Outcome &outcome) {
            if (!self)
                return;
            self->noteKeychainOutcome(outcome);
            using Status = SecretStore::Outcome::Status;
            if (outcome.ok()) {
                self->m_secrets.insert(id, outcome.secret);
                if (const ConnectionProfile *current = self->profile(id))
                    self->pushOptions(*current);
            } else if (outcome.status == Status::NotFound) {
                emit self->message(tr("The secret of \"%1\" is missing from the keychain; edit the connection to enter "
                                      "it again.")
                                       .arg(name));
            } else {
                emit self->message(tr("The secret of \"%1\" could not be read: %2").arg(name, outcome.message));
            }
            self->endWork();
        });
}

void ConnectionManager::saveProfile(ConnectionProfile profile, const QString &newSecret, bool sessionOnly)
{
    save(std::move(profile), newSecret, sessionOnly, {});
}

void ConnectionManager::save(
    ConnectionProfile profile, const QString &newSecret, bool sessionOnly, const Asking &asking)
{
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        emit message(problem);
        return;
    }
    if (profile.id.isEmpty())
        profile.id = ConnectionProfile::newId();
    const int index = indexOf(profile.id);
    const bool hadKeychainSecret = index >= 0 && m_profiles.at(index).hasSecret && !m_sessionOnly.contains(profile.id);

    bool writing = false;
    if (!usesSecret(profile)) {
        // An S3 connection switched to a profile, or to a folder: its old
        // secret must not linger anywhere.
        profile.hasSecret = false;
        m_secrets.remove(profile.id);
        m_sessionOnly.remove(profile.id);
        m_sessionSecrets->remove(profile.id, {});
        if (hadKeychainSecret)
            m_keychain->remove(profile.id, {});
    } else if (!newSecret.isEmpty()) {
        profile.hasSecret = true;
        m_secrets.insert(profile.id, newSecret);
        // Session-only until the keychain confirms the write.
        m_sessionOnly.insert(profile.id);
        if (sessionOnly)
            keepForSession(profile.id, newSecret);
        else
            writing = true;
    } else {
        profile.hasSecret = index >= 0 && m_profiles.at(index).hasSecret;
    }

    if (index >= 0)
        m_profiles[index] = profile;
    else
        m_profiles.append(profile);
    persist(profile);
    // Options before roots: a view may open the new root right away.
    pushOptions(profile);
    publish();
    if (writing)
        storeSecret(profile.id, newSecret, asking);
    else
        emit saved(profile.id);
}

void ConnectionManager::storeSecret(const QString &id, const QString &secret, const Asking &asking)
{
    // Launch imports store secrets too; ready() waits for them.
    beginWork();
    m_keychain->write(id, secret, [self = QPointer(this), id, secret, asking](const SecretStore::Outcome &outcome) {
        if (!self)
            return;
        self->finishStoringSecret(id, secret, outcome, asking);
        self->endWork();
    });
}

void ConnectionManager::finishStoringSecret(
    const QString &id, const QString &secret, const SecretStore::Outcome &outcome, const Asking &asking)
{
    noteKeychainOutcome(outcome);
    const ConnectionProfile *current = profile(id);
    if (!current) {
        // Removed while the keychain was busy: take the secret back out.
        if (outcome.ok())
            m_keychain->remove(id, {});
        return;
    }
    if (outcome.ok()) {
        m_sessionOnly.remove(id);
        persist(*current);
        emit saved(id);
        return;
    }
    // Kept while the user decides, so nothing typed is lost meanwhile.
    keepForSession(id, secret);
    const QString reason = outcome.status == SecretStore::Outcome::Status::Unavailable
        ? tr("no keychain is available")
        : tr("the keychain refused it: %1").arg(outcome.message);
    if (asking.ask) {
        askAboutRefusedSecret(id, reason, asking.owner);
    } else {
        emit message(tr("The secret of \"%1\" is kept only until Lakescope quits: %2.").arg(current->name, reason));
        emit saved(id);
    }
}

void ConnectionManager::dropSecret(const QString &id)
{
    m_secrets.remove(id);
    m_sessionOnly.remove(id);
    m_sessionSecrets->remove(id, {});
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_profiles[index].hasSecret = false;
    persist(m_profiles.at(index));
    pushOptions(m_profiles.at(index));
    emit profilesChanged();
}

void ConnectionManager::keepForSession(const QString &id, const QString &secret)
{
    m_sessionOnly.insert(id);
    m_secrets.insert(id, secret);
    m_sessionSecrets->write(id, secret, {});
}

void ConnectionManager::deleteProfile(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    const ConnectionProfile removed = m_profiles.takeAt(index);
    m_store->remove(id);
    if (removed.hasSecret && !m_sessionOnly.contains(id)) {
        m_keychain->remove(id, [self = QPointer(this), name = removed.name](const SecretStore::Outcome &outcome) {
            if (self && !outcome.ok())
                emit self->message(
                    tr("The secret of \"%1\" could not be deleted from the keychain: %2").arg(name, outcome.message));
        });
    }
    m_sessionSecrets->remove(id, {});
    m_secrets.remove(id);
    m_sessionOnly.remove(id);
    m_session->removeConnectionOptions(id);
    publish();
}

void ConnectionManager::importOnFirstRun()
{
    if (m_store->imported())
        return;
    m_store->setImported(true);
    beginWork();
    m_session->runner()->run(
        this, [] { return ConnectionImporter().discover(); },
        [this](const ConnectionImporter::Findings &findings) {
            for (const ConnectionImporter::Found &found : findings.connections)
                saveProfile(found.profile, found.secret);
            for (const QString &problem : findings.problems)
                emit message(problem);
            if (!findings.connections.isEmpty())
                emit message(tr("Added %1 connection(s) found in the AWS and lakectl configuration and the "
                                "environment.")
                                 .arg(findings.connections.size()));
            endWork();
        });
}

} // namespace lakescope::ui
