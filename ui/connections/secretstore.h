// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace lakescope::ui {

// Where connection secrets live, keyed by connection id. Every call returns
// at once and reports later, on the GUI thread, through `done`: a keychain
// may ask the user to unlock it, and the GUI must not wait for that.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Status {
            Ok, // done; `secret` holds what was read
            NotFound, // nothing stored under the id (removing it is Ok)
            Unavailable, // no keychain on this system (no Secret Service, ...)
            Failed, // the keychain refused or broke; see `message`
        };
        Status status = Status::Ok;
        QString secret;
        QString message; // for the user; never contains a secret

        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Outcome &outcome)>;

    using QObject::QObject;

    // Where the secrets go, for the user: "the system keychain".
    virtual QString description() const = 0;
    // Whether secrets outlive this process.
    virtual bool persistent() const = 0;

    virtual void read(const QString &id, Done done) = 0;
    virtual void write(const QString &id, const QString &secret, Done done) = 0;
    virtual void remove(const QString &id, Done done) = 0;
};

} // namespace lakescope::ui
