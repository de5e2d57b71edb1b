// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferengine.h"
#include "ui/session/connection.h"

#include <QList>

#include <string>
#include <vector>

namespace lakescope::ui {

// Reopens the stores an interrupted job's journal names. A journal written
// by this application records which connection opened each root URL; one
// written elsewhere (the CLI) is matched to the first connection serving
// the URL's scheme, else opened with the defaults from the environment.
// The opener runs on worker threads; it holds a snapshot of the connections.
class JournalStoreOpener
{
public:
    static TransferEngine::StoreOpener make(StoreResolver resolver, QList<Connection> connections,
                                            std::vector<std::string> recordedOptions);
    // Which connection opens `rootUrl` (exposed for tests).
    static std::string connectionFor(const std::string &rootUrl, const QList<Connection> &connections,
                                     const std::vector<std::string> &recordedOptions, Scheme scheme);
};

} // namespace lakescope::ui
