// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeoptions.h"
#include "core/store/storeregistry.h"
#include "ui/session/connection.h"

#include <QList>
#include <QObject>

#include <memory>

namespace lakescope::ui {

class AsyncRunner;
class ConnectionTable;

// What one running GUI shares between its windows: the store registry (so
// memory://scratch is one store and connections are reused), the background
// runner, the connections shown as tree roots and the options (with
// secrets) that open their locations. Injected into windows and models; no
// singletons.
class Session : public QObject
{
    Q_OBJECT

public:
    // The real thing: built-in stores, options from the environment, and the
    // default connections (home folder, file system root, Scratch, demo lake).
    explicit Session(QObject *parent = nullptr);
    // For tests: any resolver and connections (containers and lakes come
    // from the built-in registry, opened with the environment's options).
    Session(StoreResolver resolver, QList<Connection> connections, QObject *parent = nullptr);
    ~Session() override;

    AsyncRunner *runner() const { return m_runner.get(); }
    const StoreAccess &access() const { return m_access; }
    const StoreResolver &resolver() const { return m_access.objects; }
    const QList<Connection> &connections() const { return m_connections; }
    const Connection *connection(const QString &id) const;

    // Replaces the tree roots (built-in ones first, then the user's).
    void setConnections(QList<Connection> connections);
    // The options a connection's locations open with, secret included.
    // Workers read a snapshot, so a change applies to the next open; stores
    // opened before keep theirs (the registry caches by identity, so a new
    // key or endpoint is a new store).
    void setConnectionOptions(const QString &id, const StoreOptions &options);
    void removeConnectionOptions(const QString &id);

    // Parse what a user typed (URL, absolute or ~ path). Pure, no I/O.
    // The result carries no connection; see connectionFor().
    Result<StoreUrl> parseLocation(const QString &text) const;
    // Which connection a typed URL without one belongs to: `preferred` when
    // it has the URL's scheme, else the first connection that does, else
    // none (the defaults from the environment).
    QString connectionFor(const StoreUrl &url, const QString &preferred = {}) const;
    // Where a first launch starts: the first connection (the home folder).
    StoreUrl defaultLocation() const;

    static QList<Connection> defaultConnections();
    // Where the built-in demo lake lives: a LocalLake under the user's data
    // folder, seeded with sample data the first time it is opened.
    static QString demoLakeFolder();
    static QString demoConnectionId() { return QStringLiteral("demo"); }

signals:
    void connectionsChanged();

private:
    void buildAccess();
    void seedScratch();

    std::shared_ptr<StoreRegistry> m_registry;
    std::shared_ptr<ConnectionTable> m_table;
    StoreAccess m_access;
    QList<Connection> m_connections;
    std::unique_ptr<AsyncRunner> m_runner;
};

} // namespace lakescope::ui
