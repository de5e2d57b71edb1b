// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/connections/secretstore.h"

namespace lakescope::ui {

// The system keychain through QtKeychain (Secret Service on Linux, the
// macOS Keychain, Windows Credential Manager), service "Lakescope", one
// entry per connection id. Never falls back to a plain-text file: where no
// keychain exists, calls report Outcome::Status::Unavailable and the caller
// asks the user what to do.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // A different service name keeps tests away from the user's entries.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString description() const override;
    bool persistent() const override { return true; }

    void read(const QString &id, Done done) override;
    void write(const QString &id, const QString &secret, Done done) override;
    void remove(const QString &id, Done done) override;

    static QString defaultService() { return QStringLiteral("Lakescope"); }

private:
    QString m_service;
};

} // namespace lakescope::ui
