// SPDX-License-Identifier: Apache-2.0
#include "ui/connections/connectionimporter.h"

#include "core/auth/awsprofilefile.h"
#include "core/lakefs/client/lakectlconfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace lakescope::ui {

namespace {

// AwsProfileFile answers questions about a profile it is given, but does
// not list them; the section headers do, and hasProfile() confirms each
// against the real parser.
QStringList sectionNames(const QString &path, AwsProfileFile::Kind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression header(
        QStringLiteral(R"(^\s*\[\s*([^\]]+?)\s*\]\s*(?:[#;].*)?$)"), QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = header.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();) {
        const QString section = it.next().captured(1);
        if (kind == AwsProfileFile::Kind::Credentials) {
            names.append(section);
        } else if (section == QLatin1String("default")) {
            names.append(section);
        } else if (section.startsWith(QLatin1String("profile "))) {
            names.append(section.mid(8).trimmed());
        }
    }
    return names;
}

} // namespace

ConnectionImporter::ConnectionImporter(EnvLookup env)
    : m_env(std::move(env))
{
    if (!m_env) {
        m_env = [](const QString &name) -> std::optional<QString> {
            if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
                return std::nullopt;
            return qEnvironmentVariable(name.toLocal8Bit().constData());
        };
    }
}

std::optional<QString> ConnectionImporter::env(const QString &name) const
{
    std::optional<QString> value = m_env(name);
    return value && !value->isEmpty() ? value : std::nullopt;
}

QString ConnectionImporter::home() const
{
    return env(QStringLiteral("HOME")).value_or(QDir::homePath());
}

ConnectionImporter::Findings ConnectionImporter::discover() const
{
    Findings findings;
    addAwsProfiles(findings);
    addAwsEnvironment(findings);
    addLakectl(findings);
    return findings;
}

void ConnectionImporter::addAwsProfiles(Findings &findings) const
{
    const auto pathOf = [this](const QString &variable, const QString &name) {
        QString path = env(variable).value_or(home() + QStringLiteral("/.aws/") + name);
        if (path.startsWith(QLatin1String("~/")))
            path = home() + path.mid(1);
        return path;
    };
    const QString credentialsPath
        = pathOf(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("credentials"));
    const QString configPath = pathOf(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("config"));

    QStringList names;
    for (const auto &[path, kind, label] :
        { std::tuple { credentialsPath, AwsProfileFile::Kind::Credentials, QStringLiteral("~/.aws/credentials") },
            std::tuple { configPath, AwsProfileFile::Kind::Config, QStringLiteral("~/.aws/config") } }) {
        Result<AwsProfileFile> file = AwsProfileFile::load(path.toStdString(), kind, label.toStdString());
        if (!file) {
            findings.problems.append(
                tr("Could not read %1: %2").arg(label, QString::fromStdString(file.error().message)));
            continue;
        }
        for (const QString &name : sectionNames(path, kind)) {
            if (file->hasProfile(name.toStdString()) && !names.contains(name))
                names.append(name);
        }
    }
    for (const QString &name : std::as_const(names)) {
        Found found;
        found.profile.id = ConnectionProfile::newId();
        found.profile.type = ConnectionProfile::Type::S3;
        found.profile.name = tr("AWS profile %1").arg(name);
        found.profile.awsProfile = name;
        found.profile.importedFrom = tr("AWS profile \"%1\"").arg(name);
        findings.connections.append(found);
    }
}

void ConnectionImporter::addAwsEnvironment(Findings &findings) const
{
    const std::optional<QString> keyId = env(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const std::optional<QString> secret = env(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (!keyId || !secret)
        return;
    Found found;
    found.profile.id = ConnectionProfile::newId();
    found.profile.type = ConnectionProfile::Type::S3;
    found.profile.accessKeyId = keyId->trimmed();
    found.profile.endpoint = env(QStringLiteral("AWS_ENDPOINT_URL_S3"))
                                 .value_or(env(QStringLiteral("AWS_ENDPOINT_URL")).value_or(QString()));
    found.profile.region
        = env(QStringLiteral("AWS_REGION")).value_or(env(QStringLiteral("AWS_DEFAULT_REGION")).value_or(QString()));
    const QString host = QUrl(found.profile.endpoint).host();
    found.profile.name = host.isEmpty() ? tr("AWS (environment)") : tr("S3 on %1 (environment)").arg(host);
    found.profile.importedFrom = tr("environment variables");
    found.profile.hasSecret = true;
    found.secret = *secret;
    findings.connections.append(found);
}

void ConnectionImporter::addLakectl(Findings &findings) const
{
    QString path = env(QStringLiteral("LAKECTL_CONFIG_FILE")).value_or(home() + QStringLiteral("/.lakectl.yaml"));
    std::optional<lakefs::LakectlConfig> config;
    if (Result<std::optional<lakefs::LakectlConfig>> loaded = lakefs::LakectlConfig::load(path.toStdString()))
        config = std::move(*loaded);
    else
        findings.problems.append(tr("Could not read %1: %2").arg(path, QString::fromStdString(loaded.error().message)));

    QStringList sources;
    const auto value = [&](const QString &variable, const char *key) -> QString {
        if (std::optional<QString> fromEnv = env(variable)) {
            if (!sources.contains(tr("environment variables")))
                sources.append(tr("environment variables"));
            return *fromEnv;
        }
        if (config) {
            if (std::optional<std::string> fromFile = config->get(key); fromFile && !fromFile->empty()) {
                if (!sources.contains(path))
                    sources.append(path);
                return QString::fromStdString(*fromFile);
            }
        }
        return {};
    };
    Found found;
    found.profile.endpoint = value(QStringLiteral("LAKECTL_SERVER_ENDPOINT_URL"), "server.endpoint_url");
    if (found.profile.endpoint.isEmpty())
        return;
    found.profile.accessKeyId = value(QStringLiteral("LAKECTL_CREDENTIALS_ACCESS_KEY_ID"), "credentials.access_key_id");
    found.secret = value(QStringLiteral("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY"), "credentials.secret_access_key");
    found.profile.id = ConnectionProfile::newId();
    found.profile.type = ConnectionProfile::Type::LakeFs;
    const QString host = QUrl(found.profile.endpoint).host();
    found.profile.name = host.isEmpty() ? tr("lakeFS") : tr("lakeFS on %1").arg(host);
    found.profile.hasSecret = !found.secret.isEmpty();
    found.profile.importedFrom = sources.join(QStringLiteral(", "));
    findings.connections.append(found);
}

} // namespace lakescope::ui
