// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/connections/secretstore.h"

#include <QHash>

namespace lakescope::ui {

// Secrets kept in memory until the process ends: the choice offered when
// no keychain is available, and the store tests inject.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit SessionSecretStore(QObject *parent = nullptr);

    QString description() const override;
    bool persistent() const override { return false; }

    void read(const QString &id, Done done) override;
    void write(const QString &id, const QString &secret, Done done) override;
    void remove(const QString &id, Done done) override;

    bool contains(const QString &id) const { return m_secrets.contains(id); }

private:
    // Answers like a real keychain would: later, never inside the call.
    void answer(Done done, Outcome outcome);

    QHash<QString, QString> m_secrets;
};

} // namespace lakescope::ui
