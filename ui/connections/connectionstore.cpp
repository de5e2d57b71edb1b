// SPDX-License-Identifier: Apache-2.0
#include "ui/connections/connectionstore.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

namespace lakescope::ui {

namespace {

const QString kGroup = QStringLiteral("Connections");
const QString kImportedKey = QStringLiteral("ConnectionsImported");

QString typeKey(ConnectionProfile::Type type)
{
    switch (type) {
    case ConnectionProfile::Type::S3:
        return QStringLiteral("s3");
    case ConnectionProfile::Type::LakeFs:
        return QStringLiteral("lakefs");
    case ConnectionProfile::Type::Folder:
        return QStringLiteral("folder");
    }
    return {};
}

std::optional<ConnectionProfile::Type> typeFromKey(const QString &key)
{
    for (auto type :
        { ConnectionProfile::Type::S3, ConnectionProfile::Type::LakeFs, ConnectionProfile::Type::Folder }) {
        if (typeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QString addressingKey(ConnectionProfile::Addressing addressing)
{
    switch (addressing) {
    case ConnectionProfile::Addressing::Auto:
        return QStringLiteral("auto");
    case ConnectionProfile::Addressing::Path:
        return QStringLiteral("path");
    case ConnectionProfile::Addressing::Virtual:
        return QStringLiteral("virtual");
    }
    return {};
}

ConnectionProfile::Addressing addressingFromKey(const QString &key)
{
    if (key == QLatin1String("path"))
        return ConnectionProfile::Addressing::Path;
    if (key == QLatin1String("virtual"))
        return ConnectionProfile::Addressing::Virtual;
    return ConnectionProfile::Addressing::Auto;
}

} // namespace

ConnectionStore::ConnectionStore(QSettings &settings)
    : m_settings(settings)
{
}

QList<ConnectionProfile> ConnectionStore::load() const
{
    QList<ConnectionProfile> profiles;
    m_settings.beginGroup(kGroup);
    for (const QString &id : m_settings.childGroups()) {
        m_settings.beginGroup(id);
        ConnectionProfile profile;
        profile.id = id;
        profile.name = m_settings.value(QStringLiteral("name")).toString();
        const std::optional<ConnectionProfile::Type> type
            = typeFromKey(m_settings.value(QStringLiteral("type")).toString());
        profile.endpoint = m_settings.value(QStringLiteral("endpoint")).toString();
        profile.region = m_settings.value(QStringLiteral("region")).toString();
        profile.addressing = addressingFromKey(m_settings.value(QStringLiteral("addressing")).toString());
        profile.awsProfile = m_settings.value(QStringLiteral("awsProfile")).toString();
        profile.accessKeyId = m_settings.value(QStringLiteral("accessKeyId")).toString();
        profile.folder = m_settings.value(QStringLiteral("folder")).toString();
        profile.verifyTls = m_settings.value(QStringLiteral("verifyTls"), true).toBool();
        profile.caBundle = m_settings.value(QStringLiteral("caBundle")).toString();
        profile.hasSecret = m_settings.value(QStringLiteral("hasSecret"), false).toBool();
        profile.importedFrom = m_settings.value(QStringLiteral("importedFrom")).toString();
        m_settings.endGroup();
        if (!type || profile.name.trimmed().isEmpty())
            continue;
        profile.type = *type;
        profiles.append(profile);
    }
    m_settings.endGroup();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(profiles.begin(), profiles.end(),
        [&collator](const auto &a, const auto &b) { return collator.compare(a.name, b.name) < 0; });
    return profiles;
}

void ConnectionStore::save(const ConnectionProfile &profile)
{
    if (profile.id.isEmpty())
        return;
    m_settings.beginGroup(kGroup);
    m_settings.remove(profile.id); // fields of another type must not linger
    m_settings.beginGroup(profile.id);
    m_settings.setValue(QStringLiteral("name"), profile.name.trimmed());
    m_settings.setValue(QStringLiteral("type"), typeKey(profile.type));
    const auto optional = [this](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            m_settings.setValue(key, value.trimmed());
    };
    optional(QStringLiteral("endpoint"), profile.endpoint);
    optional(QStringLiteral("region"), profile.region);
    if (profile.type == ConnectionProfile::Type::S3)
        m_settings.setValue(QStringLiteral("addressing"), addressingKey(profile.addressing));
    optional(QStringLiteral("awsProfile"), profile.awsProfile);
    optional(QStringLiteral("accessKeyId"), profile.accessKeyId);
    optional(QStringLiteral("folder"), profile.folder);
    m_settings.setValue(QStringLiteral("verifyTls"), profile.verifyTls);
    optional(QStringLiteral("caBundle"), profile.caBundle);
    m_settings.setValue(QStringLiteral("hasSecret"), profile.hasSecret);
    optional(QStringLiteral("importedFrom"), profile.importedFrom);
    m_settings.endGroup();
    m_settings.endGroup();
    m_settings.sync();
}

void ConnectionStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings.beginGroup(kGroup);
    m_settings.remove(id);
    m_settings.endGroup();
    m_settings.sync();
}

bool ConnectionStore::imported() const
{
    return m_settings.value(kImportedKey, false).toBool();
}

void ConnectionStore::setImported(bool imported)
{
    m_settings.setValue(kImportedKey, imported);
    m_settings.sync();
}

} // namespace lakescope::ui
