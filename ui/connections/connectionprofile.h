// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeoptions.h"
#include "ui/session/connection.h"

#include <QCoreApplication>
#include <QString>

namespace lakescope::ui {

// A connection the user saved, as the settings file and the dialog know it.
// It never holds a secret: secrets live in a SecretStore under `id` and are
// only joined with the profile in toOptions().
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Type {
        S3, // AWS or an S3-compatible service
        LakeFs, // a lakeFS server
        Folder, // a local folder
    };
    enum class Addressing {
        Auto, // virtual hosted on AWS, path style on custom endpoints
        Path, // http://endpoint/bucket/key
        Virtual, // http://bucket.endpoint/key
    };

    QString id;
    QString name;
    Type type = Type::S3;
    QString endpoint; // S3: optional; lakeFS: required
    QString region; // S3 only; empty = the profile's or us-east-1
    Addressing addressing = Addressing::Auto;
    QString awsProfile; // S3: a profile in ~/.aws/config, whose keys stay there
    QString accessKeyId; // S3 and lakeFS
    QString folder; // Folder only
    bool verifyTls = true;
    QString caBundle; // S3 and lakeFS: PEM file of a private CA, or empty
    bool hasSecret = false; // a secret is kept in the secret store under id
    QString importedFrom; // "~/.aws/config", "environment", ... or empty

    // A fresh id that no other profile has (a UUID without braces).
    static QString newId();
    static QString typeName(Type type);

    // The first problem, in words for the dialog; empty when the profile
    // can be saved. Pure: never touches the disk or the network.
    QString validate() const;
    // The same for an endpoint alone ("" when it is fine or optional).
    static QString endpointProblem(const QString &endpoint, bool required);

    // The tree root this profile shows as.
    Connection toConnection() const;
    // The options its locations open with. They see only the environment
    // that locates files and proxies (HOME, AWS_CONFIG_FILE, HTTPS_PROXY,
    // ...), never AWS_* or LAKECTL_* credentials: a saved connection means
    // the same account whatever the shell exported.
    StoreOptions toOptions(const QString &secret) const;

    bool operator==(const ConnectionProfile &other) const = default;
};

} // namespace lakescope::ui
