// SPDX-License-Identifier: Apache-2.0
#include "ui/connections/connectionprofile.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <array>
#include <cstdlib>

namespace lakescope::ui {

namespace {

// Variables that locate files, certificates and proxies; credentials and
// endpoints from the shell must not leak into a saved connection.
constexpr std::array kPassedVariables = {
    "HOME",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "HTTPS_PROXY",
    "https_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "CURL_CA_BUNDLE",
    "SSL_CERT_FILE",
};

std::optional<std::string> passedEnvironment(const std::string &name)
{
    for (const char *allowed : kPassedVariables) {
        if (name == allowed) {
            if (const char *value = std::getenv(allowed))
                return std::string(value);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

QString caBundleProblem(const QString &path)
{
    if (!path.trimmed().isEmpty() && !QDir::isAbsolutePath(QDir::fromNativeSeparators(path.trimmed())))
        return ConnectionProfile::tr("The CA certificates file must be an absolute path.");
    return {};
}

bool isPlainHttp(const QString &endpoint)
{
    return QUrl(endpoint.trimmed()).scheme() == QLatin1String("http");
}

} // namespace

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ConnectionProfile::typeName(Type type)
{
    switch (type) {
    case Type::S3:
        return tr("Amazon S3 or S3-compatible");
    case Type::LakeFs:
        return tr("lakeFS");
    case Type::Folder:
        return tr("Local folder");
    }
    return {};
}

QString ConnectionProfile::endpointProblem(const QString &endpoint, bool required)
{
    const QString text = endpoint.trimmed();
    if (text.isEmpty())
        return required ? tr("Enter the endpoint, e.g. http://localhost:8000.") : QString();
    // "minio:9000" parses as scheme "minio"; say what is missing instead.
    if (!text.contains(QLatin1String("://")))
        return tr("The endpoint needs http:// or https:// in front, e.g. https://%1.").arg(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("The endpoint is not a valid URL: %1.").arg(url.errorString());
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("The endpoint must start with http:// or https://, not %1://.").arg(url.scheme());
    if (url.host().isEmpty())
        return tr("The endpoint has no host name.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The endpoint must not have a query or fragment.");
    return {};
}

QString ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    switch (type) {
    case Type::S3: {
        if (QString problem = endpointProblem(endpoint, false); !problem.isEmpty())
            return problem;
        static const QRegularExpression regionPattern(QStringLiteral("^[a-z0-9-]+$"));
        if (!region.trimmed().isEmpty() && !regionPattern.match(region.trimmed()).hasMatch())
            return tr("The region may hold only lower-case letters, digits and '-', e.g. eu-west-1.");
        if (!awsProfile.trimmed().isEmpty() && !accessKeyId.trimmed().isEmpty())
            return tr("Use either an AWS profile or an access key, not both.");
        if (!accessKeyId.isEmpty() && accessKeyId.trimmed() != accessKeyId)
            return tr("The access key id has spaces at its start or end.");
        return caBundleProblem(caBundle);
    }
    case Type::LakeFs:
        if (QString problem = endpointProblem(endpoint, true); !problem.isEmpty())
            return problem;
        if (accessKeyId.trimmed().isEmpty())
            return tr("Enter the lakeFS access key id.");
        if (accessKeyId.trimmed() != accessKeyId)
            return tr("The access key id has spaces at its start or end.");
        return caBundleProblem(caBundle);
    case Type::Folder:
        if (folder.trimmed().isEmpty())
            return tr("Choose a folder.");
        if (!QDir::isAbsolutePath(QDir::fromNativeSeparators(folder.trimmed())))
            return tr("The folder must be an absolute path, e.g. /data.");
        return {};
    }
    return {};
}

Connection ConnectionProfile::toConnection() const
{
    Connection connection;
    connection.id = id;
    connection.name = name.trimmed();
    switch (type) {
    case Type::S3:
        connection.kind = Connection::Kind::Remote;
        connection.url = *StoreUrl::parseAccount("s3://");
        connection.url.connection = id.toStdString();
        break;
    case Type::LakeFs:
        connection.kind = Connection::Kind::Lake;
        connection.url = *StoreUrl::parseAccount("lakefs://");
        connection.url.connection = id.toStdString();
        break;
    case Type::Folder: {
        connection.kind = Connection::Kind::Folder;
        const QString path = QDir::cleanPath(QDir::fromNativeSeparators(folder.trimmed()));
        if (Result<StoreUrl> url = StoreUrl::parse(path.toStdString(), QDir::homePath().toStdString()))
            connection.url = *url;
        break;
    }
    }
    return connection;
}

StoreOptions ConnectionProfile::toOptions(const QString &secret) const
{
    StoreOptions options(passedEnvironment);
    const auto set = [&options](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            (void)options.set(key, value.trimmed().toStdString());
    };
    if (!verifyTls)
        (void)options.set("allow_invalid_certificates", "true");
    if (type != Type::Folder)
        set("ca_bundle", caBundle);
    switch (type) {
    case Type::S3:
        set("aws_endpoint", endpoint);
        set("aws_region", region);
        set("aws_profile", awsProfile);
        if (!accessKeyId.isEmpty()) {
            set("aws_access_key_id", accessKeyId);
            // Secrets are taken as typed: spaces may belong to them.
            (void)options.set("aws_secret_access_key", secret.toStdString());
        }
        if (addressing != Addressing::Auto)
            (void)options.set("aws_virtual_hosted_style_request", addressing == Addressing::Virtual ? "true" : "false");
        // Typing http:// is the user's consent to plain HTTP.
        if (isPlainHttp(endpoint))
            (void)options.set("aws_allow_http", "true");
        break;
    case Type::LakeFs:
        set("lakefs_endpoint", endpoint);
        set("lakefs_access_key_id", accessKeyId);
        if (!secret.isEmpty())
            (void)options.set("lakefs_secret_access_key", secret.toStdString());
        if (isPlainHttp(endpoint))
            (void)options.set("allow_http", "true");
        break;
    case Type::Folder:
        break;
    }
    return options;
}

} // namespace lakescope::ui
