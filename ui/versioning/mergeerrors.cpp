// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/mergeerrors.h"

#include "ui/bridge/uierrors.h"

namespace lakescope::ui {

namespace {
constexpr int kListedPaths = 10;
}

bool MergeErrors::mentions(const Error &error, const char *words)
{
    return QString::fromStdString(error.message).contains(QLatin1String(words), Qt::CaseInsensitive);
}

QString MergeErrors::dirtyDestination(const QString &destination)
{
    return tr("%1 has uncommitted changes. Commit or discard them before merging.").arg(destination);
}

QString MergeErrors::readOnlyRepository(const QString &repository)
{
    return tr("Repository %1 is read-only; merges are refused.").arg(repository);
}

QString MergeErrors::nothingToMerge(const QString &source, const QString &destination)
{
    return tr("Nothing to merge: %1 already has every change of %2.").arg(destination, source);
}

QString MergeErrors::notABranch(const QString &destination)
{
    return tr("%1 is not a branch (it is a tag or a commit, which never change). A merge lands on a branch: "
              "choose one as the destination.")
        .arg(destination);
}

QString MergeErrors::describe(
    const Error &error, const QString &repository, const QString &source, const QString &destination)
{
    const QString detail = QString::fromStdString(error.message);
    auto withDetail = [&detail](const QString &sentence) {
        return detail.isEmpty() ? sentence : tr("%1 (lakeFS: %2)").arg(sentence, detail);
    };
    if (mentions(error, "dirty") || mentions(error, "uncommitted"))
        return withDetail(dirtyDestination(destination));
    if (mentions(error, "read-only") || mentions(error, "read only"))
        return withDetail(readOnlyRepository(repository));
    if (mentions(error, "no changes"))
        return withDetail(nothingToMerge(source, destination));
    if (mentions(error, "protected"))
        return withDetail(tr("Branch %1 is protected: lakeFS refuses this merge on it. Ask an administrator "
                             "about the protection rule.")
                              .arg(destination));
    if (error.code == ErrorCode::NotFound)
        return withDetail(tr("Branch %1 or ref %2 no longer exists.").arg(destination, source));
    if (error.code == ErrorCode::Conflict)
        return withDetail(tr("The merge conflicts with changes made on %1 meanwhile. Refresh the review and "
                             "try again.")
                              .arg(destination));
    return tr("The merge failed: %1").arg(UiErrors::describe(error));
}

QString MergeErrors::stoppedOnConflicts(const QStringList &paths, const QString &destination)
{
    if (paths.isEmpty())
        return tr("The merge stopped on conflicts. Nothing was changed. Choose a strategy that settles them "
                  "(keep %1's version or take the source's) and merge again.")
            .arg(destination);
    const QString changed = paths.size() == 1 ? tr("1 path changed on both sides")
                                              : tr("%1 paths changed on both sides").arg(paths.size());
    return tr("The merge stopped: %1: %2. Nothing was changed. Choose a strategy that settles them (keep %3's "
              "version or take the source's) and merge again.")
        .arg(changed, pathList(paths), destination);
}

QString MergeErrors::pathList(const QStringList &paths)
{
    if (paths.size() <= kListedPaths)
        return paths.join(QStringLiteral(", "));
    return tr("%1 and %2 more")
        .arg(paths.mid(0, kListedPaths).join(QStringLiteral(", ")))
        .arg(paths.size() - kListedPaths);
}

} // namespace lakescope::ui
