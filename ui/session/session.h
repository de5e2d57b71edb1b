// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeoptions.h"
#include "core/store/storeregistry.h"
#include "ui/session/connection.h"

#include <QList>
#include <QObject>

#include <memory>
#include <mutex>

namespace lakescope::ui {

class AsyncRunner;

// What one running GUI shares between its windows: the store registry (so
// memory://scratch is one store and connections are reused), the background
// runner, and the connections shown as tree roots. Injected into windows
// and models; no singletons.
class Session : public QObject
{
    Q_OBJECT

public:
    // The real thing: built-in stores, options from the environment, and the
    // default connections (home folder, file system root, Scratch).
    explicit Session(QObject *parent = nullptr);
    // For tests: any resolver and connections.
    Session(StoreResolver resolver, QList<Connection> connections, QObject *parent = nullptr);
    ~Session() override;

    AsyncRunner *runner() const { return m_runner.get(); }
    const StoreResolver &resolver() const { return m_resolver; }
    const QList<Connection> &connections() const { return m_connections; }

    // Parse what a user typed (URL, absolute or ~ path). Pure, no I/O.
    Result<StoreUrl> parseLocation(const QString &text) const;
    // Where a first launch starts: the first connection (the home folder).
    StoreUrl defaultLocation() const;

    static QList<Connection> defaultConnections();
    // Where the built-in demo lake lives: a LocalLake under the user's data
    // folder, seeded with sample data the first time it is opened.
    static QString demoLakeFolder();

private:
    struct DemoLake
    {
        std::shared_ptr<StoreOptions> options; // lakefs_endpoint = the demo folder
        Status seedOnce();

    private:
        std::once_flag m_once;
        Status m_status;
    };

    void seedScratch();

    std::shared_ptr<StoreRegistry> m_registry;
    std::shared_ptr<const StoreOptions> m_options;
    StoreResolver m_resolver;
    QList<Connection> m_connections;
    std::unique_ptr<AsyncRunner> m_runner;
};

} // namespace lakescope::ui
