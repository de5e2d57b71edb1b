// SPDX-License-Identifier: Apache-2.0
#include "ui/connections/connectionprobe.h"

#include "core/lakefs/client/lakeconnection.h"
#include "core/store/storeregistry.h"
#include "ui/bridge/uierrors.h"

#include <QDir>
#include <QFileInfo>

namespace lakescope::ui {

namespace {

QString where(const ConnectionProfile &profile)
{
    if (!profile.endpoint.trimmed().isEmpty())
        return profile.endpoint.trimmed();
    if (!profile.awsProfile.trimmed().isEmpty())
        return ConnectionProbe::tr("the endpoint of AWS profile \"%1\"").arg(profile.awsProfile.trimmed());
    return ConnectionProbe::tr("Amazon S3");
}

// Says which of the usual suspects failed: the keys, the network, or TLS.
ConnectionProbe::Report failure(const ConnectionProfile &profile, const Error &error, const QString &secret)
{
    QString detail = UiErrors::describe(error);
    // Core messages never carry secrets; this keeps it so if one ever did.
    if (secret.size() >= 4)
        detail.replace(secret, QStringLiteral("•••"));
    const QString lower = detail.toLower();
    QString message;
    if (error.code == ErrorCode::Unauthenticated || error.code == ErrorCode::PermissionDenied)
        message = ConnectionProbe::tr("%1 rejected the credentials. %2").arg(where(profile), detail);
    else if (lower.contains(QLatin1String("certificate")) || lower.contains(QLatin1String("tls"))
        || lower.contains(QLatin1String("ssl")))
        message = ConnectionProbe::tr("The TLS connection to %1 failed: %2").arg(where(profile), detail);
    else if (error.code == ErrorCode::Transient)
        message = ConnectionProbe::tr("Could not reach %1: %2").arg(where(profile), detail);
    else if (error.code == ErrorCode::Cancelled)
        message = ConnectionProbe::tr("The test was cancelled.");
    else
        message = ConnectionProbe::tr("Connecting to %1 failed: %2").arg(where(profile), detail);
    return { false, message };
}

} // namespace

ConnectionProbe::Report ConnectionProbe::run(
    const ConnectionProfile &profile, const QString &secret, CancellationToken cancel)
{
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return { false, problem };
    switch (profile.type) {
    case ConnectionProfile::Type::S3:
        return probeS3(profile, secret, cancel);
    case ConnectionProfile::Type::LakeFs:
        return probeLake(profile, secret);
    case ConnectionProfile::Type::Folder:
        return probeFolder(profile);
    }
    return {};
}

ConnectionProbe::Report ConnectionProbe::probeS3(
    const ConnectionProfile &profile, const QString &secret, CancellationToken cancel)
{
    // A registry of its own: the session's caches must not keep a client
    // built from a form the user may still change or cancel.
    StoreRegistry registry;
    registerBuiltinStores(registry);
    const StoreUrl root = *StoreUrl::parseAccount("s3://");
    Result<std::shared_ptr<ContainerService>> service = registry.openService(root, profile.toOptions(secret));
    if (!service)
        return failure(profile, service.error(), secret);
    Result<std::vector<ContainerInfo>> buckets = (*service)->listContainers(cancel);
    if (!buckets)
        return failure(profile, buckets.error(), secret);
    const auto count = qsizetype(buckets->size());
    return { true, count == 1 ? tr("Connected: 1 bucket") : tr("Connected: %1 buckets").arg(count) };
}

ConnectionProbe::Report ConnectionProbe::probeLake(const ConnectionProfile &profile, const QString &secret)
{
    Result<lakefs::VersionedRepositoryPtr> lake = lakefs::connectLake(profile.toOptions(secret));
    if (!lake)
        return failure(profile, lake.error(), secret);
    lakefs::PageRequest request;
    request.amount = lakefs::kMaxPageAmount;
    Result<lakefs::Page<lakefs::Repository>> repositories = (*lake)->listRepositories(request);
    if (!repositories)
        return failure(profile, repositories.error(), secret);
    const auto count = qsizetype(repositories->results.size());
    if (repositories->hasMore)
        return { true, tr("Connected: more than %1 repositories").arg(count) };
    return { true, count == 1 ? tr("Connected: 1 repository") : tr("Connected: %1 repositories").arg(count) };
}

ConnectionProbe::Report ConnectionProbe::probeFolder(const ConnectionProfile &profile)
{
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(profile.folder.trimmed()));
    const QFileInfo info(path);
    if (!info.exists())
        return { false, tr("The folder %1 does not exist.").arg(path) };
    if (!info.isDir())
        return { false, tr("%1 is a file, not a folder.").arg(path) };
    QDir folder(path);
    if (!info.isReadable() || !info.isExecutable() || !folder.exists())
        return { false, tr("The folder %1 is not readable: permission denied.").arg(path) };
    const qsizetype entries = folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size();
    return { true,
        entries == 1 ? tr("Connected: the folder holds 1 item")
                     : tr("Connected: the folder holds %1 items").arg(entries) };
}

} // namespace lakescope::ui
