// SPDX-License-Identifier: Apache-2.0
#include "ui/session/session.h"

#include "core/common/bytestream.h"
#include "core/lakefs/client/lakeconnection.h"
#include "core/lakefs/demolake.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/session/connectiontable.h"

#include <QDir>
#include <QStandardPaths>

#include <mutex>

namespace lakescope::ui {

namespace {

StoreUrl mustParse(const QString &text)
{
    if (std::optional<StoreUrl> account = StoreUrl::parseAccount(text.toStdString()))
        return *account;
    Result<StoreUrl> url = StoreUrl::parse(text.toStdString(), QDir::homePath().toStdString());
    return url ? *url : StoreUrl{};
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent), m_registry(std::make_shared<StoreRegistry>()),
      m_table(std::make_shared<ConnectionTable>(std::make_shared<const StoreOptions>())),
      m_connections(defaultConnections()), m_runner(std::make_unique<AsyncRunner>(4))
{
    registerBuiltinStores(*m_registry);
    StoreOptions demo;
    (void)demo.set("lakefs_endpoint", "file://" + demoLakeFolder().toStdString());
    m_table->set(demoConnectionId().toStdString(), std::move(demo), [](const StoreOptions &options) -> Status {
        Result<lakefs::VersionedRepositoryPtr> lake = lakefs::connectLake(options);
        return lake ? lakefs::seedDemoLake(**lake) : Status(lake.error());
    });
    buildAccess();
    m_access.objects = [registry = m_registry, table = m_table](const StoreUrl &url) -> Result<StoreLocation> {
        Result<std::shared_ptr<const StoreOptions>> options = table->options(url.connection);
        if (!options)
            return options.error();
        return registry->open(url, **options);
    };
    seedScratch();
}

Session::Session(StoreResolver resolver, QList<Connection> connections, QObject *parent)
    : QObject(parent), m_registry(std::make_shared<StoreRegistry>()),
      m_table(std::make_shared<ConnectionTable>(std::make_shared<const StoreOptions>())),
      m_connections(std::move(connections)), m_runner(std::make_unique<AsyncRunner>(4))
{
    registerBuiltinStores(*m_registry);
    buildAccess();
    m_access.objects = std::move(resolver);
}

void Session::buildAccess()
{
    // Captured by value: the lambdas may outlive this session on a worker.
    m_access.containers = [registry = m_registry,
                           table = m_table](const StoreUrl &url) -> Result<std::shared_ptr<ContainerService>> {
        Result<std::shared_ptr<const StoreOptions>> options = table->options(url.connection);
        if (!options)
            return options.error();
        return registry->openService(url, **options);
    };
    m_access.lake = [table = m_table](const StoreUrl &url) -> Result<lakefs::VersionedRepositoryPtr> {
        return table->lake(url.connection);
    };
}

const Connection *Session::connection(const QString &id) const
{
    for (const Connection &candidate : m_connections) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

void Session::setConnections(QList<Connection> connections)
{
    m_connections = std::move(connections);
    emit connectionsChanged();
}

void Session::setConnectionOptions(const QString &id, const StoreOptions &options)
{
    m_table->set(id.toStdString(), options);
}

void Session::removeConnectionOptions(const QString &id)
{
    m_table->remove(id.toStdString());
}

QString Session::connectionFor(const StoreUrl &url, const QString &preferred) const
{
    const auto serves = [&url](const Connection &candidate) {
        if (candidate.url.scheme != url.scheme)
            return false;
        // Local folders and memory stores need no options; only remote
        // schemes are worth tying to a connection.
        return candidate.kind == Connection::Kind::Remote || candidate.kind == Connection::Kind::Lake;
    };
    if (const Connection *wanted = connection(preferred); wanted && serves(*wanted))
        return wanted->id;
    for (const Connection &candidate : m_connections) {
        if (serves(candidate))
            return candidate.id;
    }
    return {};
}

QString Session::demoLakeFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/lakescope/demo-lake");
}

void Session::seedScratch()
{
    // An empty Scratch looks broken on first launch; one note says what it is.
    const QByteArray note = tr("Scratch is an in-memory store: quick, private, and gone when Lakescope quits.\n"
                               "Use it to try things out without touching real data.\n")
                                .toUtf8();
    m_runner->runVoid(
        this,
        [resolver = m_access.objects, note] {
            Result<StoreUrl> url = StoreUrl::parse("memory://scratch/");
            if (!url)
                return;
            Result<StoreLocation> scratch = resolver(*url);
            if (!scratch || scratch->store->head("README.txt"))
                return;
            StringSource body(note.toStdString());
            PutOptions options;
            options.contentType = "text/plain; charset=utf-8";
            (void)scratch->store->put("README.txt", body, options);
        },
        [] {});
}

Session::~Session()
{
    // Windows (and their models) are gone by now and have cancelled their
    // work; wait for the rest before the registry goes.
    m_runner->waitForDone();
}

QList<Connection> Session::defaultConnections()
{
    const auto builtIn = [](const QString &id, const QString &name, const QString &url, Connection::Kind kind) {
        Connection connection{id, name, mustParse(url), kind, true};
        // Local folders and memory stores open the same under any
        // connection; only remote ones carry theirs (see connectionFor).
        if (kind == Connection::Kind::Lake || kind == Connection::Kind::Remote)
            connection.url.connection = id.toStdString();
        return connection;
    };
    return {
        builtIn(QStringLiteral("home"), tr("Local files"), QDir::homePath(), Connection::Kind::Home),
        builtIn(QStringLiteral("filesystem"), tr("File system"), QStringLiteral("/"), Connection::Kind::FileSystem),
        builtIn(QStringLiteral("scratch"), tr("Scratch"), QStringLiteral("memory://scratch/"), Connection::Kind::Memory),
        builtIn(demoConnectionId(), tr("Demo lake"), QStringLiteral("lakefs://"), Connection::Kind::Lake),
    };
}

Result<StoreUrl> Session::parseLocation(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalidInput(tr("Type a location, e.g. s3://bucket/path or /home").toStdString());
    if (std::optional<StoreUrl> account = StoreUrl::parseAccount(trimmed.toStdString()))
        return *account;
    return StoreUrl::parse(trimmed.toStdString(), QDir::homePath().toStdString(), QDir::currentPath().toStdString());
}

StoreUrl Session::defaultLocation() const
{
    return m_connections.isEmpty() ? mustParse(QDir::homePath()) : m_connections.front().url;
}

} // namespace lakescope::ui
