// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "ui/connections/connectionprofile.h"

#include <QCoreApplication>
#include <QString>

namespace lakescope::ui {

// "Test connection": opens what a profile describes the way browsing it
// would and lists its top level (S3 buckets, lakeFS repositories, the
// folder's entries). Blocks on the network or disk: run it on a worker.
class ConnectionProbe
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProbe)

public:
    struct Report
    {
        bool ok = false;
        // "Connected: 3 buckets", or what failed and where, in words.
        // Never contains the secret.
        QString message;
    };

    static Report run(const ConnectionProfile &profile, const QString &secret, CancellationToken cancel = {});

private:
    static Report probeS3(const ConnectionProfile &profile, const QString &secret, CancellationToken cancel);
    static Report probeLake(const ConnectionProfile &profile, const QString &secret);
    static Report probeFolder(const ConnectionProfile &profile);
};

} // namespace lakescope::ui
