// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/connections/connectionprofile.h"

#include <QList>

class QSettings;

namespace lakescope::ui {

// The user's connections in the settings file (group "Connections"), one
// subgroup per id. Only what the profile holds is written: names, endpoints,
// key ids, whether a secret exists, never a secret or anything derived from
// one. Works on the QSettings it is given, so tests use a file of their own.
class ConnectionStore
{
public:
    explicit ConnectionStore(QSettings &settings);

    // Every saved profile, sorted by name; entries without an id, name or
    // known type are skipped (a hand-edited file must not stop the start).
    QList<ConnectionProfile> load() const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &id);

    // Whether the first-run import has happened (it runs once, ever).
    bool imported() const;
    void setImported(bool imported);

private:
    QSettings &m_settings;
};

} // namespace lakescope::ui
