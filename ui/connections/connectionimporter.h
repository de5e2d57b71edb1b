// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/connections/connectionprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lakescope::ui {

// The connections a first launch finds where other tools keep theirs:
//   - one S3 connection per profile of ~/.aws/config and ~/.aws/credentials
//     (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE); it names the profile,
//     so the keys stay in the AWS files and are never copied;
//   - one S3 connection from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
//     (with AWS_ENDPOINT_URL[_S3], AWS_REGION), secret to be stored;
//   - one lakeFS connection from ~/.lakectl.yaml (LAKECTL_CONFIG_FILE) and
//     the LAKECTL_* variables, which win field by field as in lakectl.
// Reads files: call it on a worker thread. Thread-safe, no Qt objects.
class ConnectionImporter
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionImporter)

public:
    using EnvLookup = std::function<std::optional<QString>(const QString &name)>;

    struct Found
    {
        ConnectionProfile profile; // with a fresh id
        QString secret; // to go to the secret store; may be empty
    };
    struct Findings
    {
        QList<Found> connections;
        QStringList problems; // files that exist but could not be read; no secrets
    };

    // `env` defaults to the process environment; empty values count as unset.
    explicit ConnectionImporter(EnvLookup env = {});

    Findings discover() const;

private:
    std::optional<QString> env(const QString &name) const;
    QString home() const;
    void addAwsProfiles(Findings &findings) const;
    void addAwsEnvironment(Findings &findings) const;
    void addLakectl(Findings &findings) const;

    EnvLookup m_env;
};

} // namespace lakescope::ui
