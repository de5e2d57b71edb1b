// SPDX-License-Identifier: Apache-2.0
#include "ui/connections/sessionsecretstore.h"

#include <QTimer>

namespace lakescope::ui {

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

QString SessionSecretStore::description() const
{
    return tr("memory, for this session only");
}

void SessionSecretStore::read(const QString &id, Done done)
{
    Outcome outcome;
    if (auto found = m_secrets.constFind(id); found != m_secrets.constEnd())
        outcome.secret = *found;
    else
        outcome.status = Outcome::Status::NotFound;
    answer(std::move(done), std::move(outcome));
}

void SessionSecretStore::write(const QString &id, const QString &secret, Done done)
{
    m_secrets.insert(id, secret);
    answer(std::move(done), {});
}

void SessionSecretStore::remove(const QString &id, Done done)
{
    m_secrets.remove(id);
    answer(std::move(done), {});
}

void SessionSecretStore::answer(Done done, Outcome outcome)
{
    if (!done)
        return;
    QTimer::singleShot(0, this, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); });
}

} // namespace lakescope::ui
