// SPDX-License-Identifier: Apache-2.0
#include "tests/support/lakefspeer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace lakescope::testing {

using namespace std::chrono_literals;

namespace {

// Generous for a loaded 2-core machine; an idle one starts in ~50 ms.
constexpr auto kStartTimeout = 60s;

} // namespace

LakeFsPeer::LakeFsPeer(const Options &options)
    : m_options(options)
    , m_dir(QDir::tempPath() + QStringLiteral("/lakescope-lakefs-XXXXXX"))
{
}

LakeFsPeer::~LakeFsPeer()
{
    stop();
}

std::unique_ptr<LakeFsPeer> LakeFsPeer::start(const QString &cliPath, QString *error)
{
    return start(cliPath, Options(), error);
}

std::unique_ptr<LakeFsPeer> LakeFsPeer::start(const QString &cliPath, const Options &options, QString *error)
{
    std::unique_ptr<LakeFsPeer> peer(new LakeFsPeer(options));
    QString why;
    if (peer->launch(cliPath, &why))
        return peer;
    if (error)
        *error = QStringLiteral("lakeFS peer (%1 serve lakefs): %2").arg(cliPath, why);
    return nullptr;
}

bool LakeFsPeer::launch(const QString &cliPath, QString *error)
{
    if (!QFileInfo(cliPath).isExecutable()) {
        *error = QStringLiteral("no executable at %1 (build lakescope-cli)").arg(cliPath);
        return false;
    }
    if (m_options.root.isEmpty()) {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("cannot create a lake folder: %1").arg(m_dir.errorString());
            return false;
        }
        m_root = m_dir.filePath(QStringLiteral("lake"));
    } else {
        m_root = m_options.root;
    }

    QStringList arguments { QStringLiteral("serve"), QStringLiteral("lakefs"), QStringLiteral("--root"), m_root,
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--access-key-id"),
        m_options.accessKeyId, QStringLiteral("--secret-access-key"), m_options.secretAccessKey };
    if (m_options.demo)
        arguments.append(QStringLiteral("--demo"));
    arguments.append(m_options.extraArguments);
    m_process.setProgram(cliPath, arguments);
    if (!m_process.start(error))
        return false;
    // Port 0: the server binds a free port itself and prints it, so nothing
    // can take the port between picking and binding.
    const auto listening = m_process.waitForLine(
        QRegularExpression(QStringLiteral(R"(^listening on http://127\.0\.0\.1:(\d+)$)")), kStartTimeout, error);
    if (!listening)
        return false;
    m_port = quint16(listening->captured(1).toUInt());
    if (!m_process.waitForHttp(m_port, "/api/v1/healthcheck", 204, 10s, error))
        return false;
    return true;
}

QString LakeFsPeer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString LakeFsPeer::apiUrl() const
{
    return endpoint() + QStringLiteral("/api/v1");
}

QProcessEnvironment LakeFsPeer::clientEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LAKECTL_SERVER_ENDPOINT_URL"), endpoint());
    environment.insert(QStringLiteral("LAKECTL_CREDENTIALS_ACCESS_KEY_ID"), m_options.accessKeyId);
    environment.insert(QStringLiteral("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY"), m_options.secretAccessKey);
    return environment;
}

void LakeFsPeer::stop()
{
    m_process.stop();
}

} // namespace lakescope::testing
