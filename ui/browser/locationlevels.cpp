// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/locationlevels.h"

#include "ui/session/locations.h"

#include <QRegularExpression>

namespace lakescope::ui {

bool LocationLevels::hasAccount(Scheme scheme)
{
    return scheme == Scheme::S3 || scheme == Scheme::LakeFs || scheme == Scheme::Gcs || scheme == Scheme::Azure;
}

LocationLevels::Level LocationLevels::of(const StoreUrl &url)
{
    if (url.isAccount())
        return Level::Account;
    if (url.scheme == Scheme::LakeFs && url.ref.empty())
        return Level::Repository;
    return Level::Store;
}

StoreUrl LocationLevels::up(const StoreUrl &url)
{
    if (!url.key().empty())
        return Locations::folder(url.parent());
    StoreUrl above = url;
    if (url.scheme == Scheme::LakeFs && !url.ref.empty()) {
        above.ref.clear();
        above.path.clear();
        return above;
    }
    if (!url.isAccount() && hasAccount(url.scheme)) {
        above.bucket.clear();
        above.path.clear();
        above.ref.clear();
        return above;
    }
    return url;
}

StoreUrl LocationLevels::child(const StoreUrl &url, std::string_view leaf)
{
    if (url.isAccount()) {
        StoreUrl down = url;
        down.bucket = std::string(leaf);
        return down;
    }
    return url.child(leaf);
}

QList<StoreUrl> LocationLevels::trail(const StoreUrl &url)
{
    QList<StoreUrl> steps;
    StoreUrl at = Locations::folder(url);
    for (int guard = 0; guard < 4096; ++guard) {
        steps.prepend(at);
        const StoreUrl next = up(at);
        if (next == at)
            break;
        at = next;
    }
    return steps;
}

QString LocationLevels::label(const StoreUrl &url)
{
    switch (of(url)) {
    case Level::Account: return QString::fromStdString(url.toString());
    case Level::Repository: return QString::fromStdString(url.bucket);
    case Level::Store: break;
    }
    const QString leaf = Locations::leafName(url);
    if (!leaf.isEmpty())
        return leaf;
    if (url.scheme == Scheme::LakeFs) {
        // A commit id is 64 hex digits; its first 12 tell it apart, as lakeFS's UI shows.
        const QString ref = QString::fromStdString(url.ref);
        static const QRegularExpression commitId(QStringLiteral("^[0-9a-f]{64}$"));
        return commitId.match(ref).hasMatch() ? ref.left(12) : ref;
    }
    if (url.scheme == Scheme::File)
        return QStringLiteral("/");
    return hasAccount(url.scheme) ? QString::fromStdString(url.bucket) : QString::fromStdString(url.storeRoot());
}

QString LocationLevels::refusal(const StoreUrl &url, bool readOnlyRef)
{
    switch (of(url)) {
    case Level::Account:
        return tr("Objects go into a bucket or a repository branch, not the account level.");
    case Level::Repository:
        return tr("Open a branch of %1 to add objects.").arg(QString::fromStdString(url.bucket));
    case Level::Store: break;
    }
    if (url.scheme == Scheme::LakeFs && readOnlyRef)
        return tr("%1 is a tag or a commit, which are read-only: open a branch to add objects.")
            .arg(QString::fromStdString(url.ref));
    return {};
}

} // namespace lakescope::ui
