// SPDX-License-Identifier: Apache-2.0
#include "ui/session/session.h"

#include "core/common/bytestream.h"
#include "core/lakefs/client/lakeconnection.h"
#include "core/lakefs/demolake.h"
#include "ui/bridge/asyncrunner.h"

#include <QDir>
#include <QStandardPaths>

#include <mutex>

namespace lakescope::ui {

namespace {

StoreUrl mustParse(const QString &text)
{
    Result<StoreUrl> url = StoreUrl::parse(text.toStdString(), QDir::homePath().toStdString());
    return url ? *url : StoreUrl{};
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent), m_registry(std::make_shared<StoreRegistry>()),
      m_options(std::make_shared<const StoreOptions>()), m_connections(defaultConnections()),
      m_runner(std::make_unique<AsyncRunner>(4))
{
    registerBuiltinStores(*m_registry);
    auto demo = std::make_shared<DemoLake>();
    demo->options = std::make_shared<StoreOptions>(*m_options);
    (void)demo->options->set("lakefs_endpoint", "file://" + demoLakeFolder().toStdString());
    // Captured by value: the lambda may outlive this session on a worker.
    m_resolver = [registry = m_registry, options = m_options, demo](const StoreUrl &url) -> Result<StoreLocation> {
        // lakefs:// goes to the built-in demo lake until the user names a
        // lakeFS server of their own.
        if (url.scheme != Scheme::LakeFs || options->get("lakefs_endpoint"))
            return registry->open(url, *options);
        if (Status seeded = demo->seedOnce(); !seeded)
            return seeded.error();
        return registry->open(url, *demo->options);
    };
    seedScratch();
}

Status Session::DemoLake::seedOnce()
{
    // Seeding runs on the first worker that needs the lake; the others wait
    // for it rather than list a repository that is half written.
    std::call_once(m_once, [this] {
        Result<lakefs::VersionedRepositoryPtr> lake = lakefs::connectLake(*options);
        m_status = lake ? lakefs::seedDemoLake(**lake) : Status(lake.error());
    });
    return m_status;
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
        [resolver = m_resolver, note] {
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

Session::Session(StoreResolver resolver, QList<Connection> connections, QObject *parent)
    : QObject(parent), m_resolver(std::move(resolver)), m_connections(std::move(connections)),
      m_runner(std::make_unique<AsyncRunner>(4))
{
}

Session::~Session()
{
    // Windows (and their models) are gone by now and have cancelled their
    // work; wait for the rest before the registry goes.
    m_runner->waitForDone();
}

QList<Connection> Session::defaultConnections()
{
    return {
        {tr("Local files"), mustParse(QDir::homePath()), Connection::Kind::Home},
        {tr("File system"), mustParse(QStringLiteral("/")), Connection::Kind::FileSystem},
        {tr("Scratch"), mustParse(QStringLiteral("memory://scratch/")), Connection::Kind::Memory},
        {tr("Demo lake"), mustParse(QStringLiteral("lakefs://demo/main/")), Connection::Kind::Lake},
    };
}

Result<StoreUrl> Session::parseLocation(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalidInput(tr("Type a location, e.g. s3://bucket/path or /home").toStdString());
    return StoreUrl::parse(trimmed.toStdString(), QDir::homePath().toStdString(), QDir::currentPath().toStdString());
}

StoreUrl Session::defaultLocation() const
{
    return m_connections.isEmpty() ? mustParse(QDir::homePath()) : m_connections.front().url;
}

} // namespace lakescope::ui
