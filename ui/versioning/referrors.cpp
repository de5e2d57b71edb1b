// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/referrors.h"

#include "ui/bridge/uierrors.h"

namespace lakescope::ui {

bool RefErrors::mentions(const Error &error, const char *words)
{
    return QString::fromStdString(error.message).contains(QLatin1String(words), Qt::CaseInsensitive);
}

QString RefErrors::withDetail(const QString &sentence, const Error &error)
{
    return tr("%1 (lakeFS: %2)").arg(sentence, QString::fromStdString(error.message));
}

QString RefErrors::revert(const Error &error, const QString &commit, const QString &branch)
{
    if (mentions(error, "dirty") || mentions(error, "uncommitted"))
        return withDetail(tr("Branch “%1” has uncommitted changes. Commit or reset them, then revert again.")
                              .arg(branch),
                          error);
    if (mentions(error, "protected"))
        return withDetail(tr("Branch “%1” is protected: lakeFS does not allow commits on it, reverts included. "
                             "Revert on another branch and merge it instead.")
                              .arg(branch),
                          error);
    if (mentions(error, "no changes"))
        return withDetail(tr("Reverting %1 changes nothing on “%2”: its changes are already gone there.")
                              .arg(commit, branch),
                          error);
    if (error.code == ErrorCode::Conflict)
        return withDetail(tr("Commit %1 cannot be reverted on “%2” automatically: later changes on the branch "
                             "touch the same objects.")
                              .arg(commit, branch),
                          error);
    if (error.code == ErrorCode::NotFound)
        return withDetail(tr("Branch “%1” or commit %2 no longer exists.").arg(branch, commit), error);
    return UiErrors::describe(error);
}

QString RefErrors::create(const Error &error, const QString &kind, const QString &name)
{
    if (error.code == ErrorCode::AlreadyExists || mentions(error, "already exists"))
        return withDetail(tr("A branch or tag named “%1” already exists. Choose another name.").arg(name), error);
    if (error.code == ErrorCode::NotFound)
        return withDetail(tr("The source of the new %1 was not found: check the branch, tag or commit.").arg(kind),
                          error);
    if (error.code == ErrorCode::InvalidInput)
        return withDetail(tr("“%1” is not accepted as a %2 name or source.").arg(name, kind), error);
    return UiErrors::describe(error);
}

QString RefErrors::remove(const Error &error, const QString &kind, const QString &name)
{
    if (mentions(error, "default branch"))
        return withDetail(tr("“%1” is the repository's default branch and cannot be deleted.").arg(name), error);
    if (mentions(error, "protected"))
        return withDetail(tr("Branch “%1” is protected. Remove its protection rule first.").arg(name), error);
    if (error.code == ErrorCode::NotFound)
        return withDetail(tr("The %1 “%2” no longer exists.").arg(kind, name), error);
    return UiErrors::describe(error);
}

} // namespace lakescope::ui
