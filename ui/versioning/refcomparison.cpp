// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/refcomparison.h"

#include "ui/bridge/uierrors.h"
#include "ui/versioning/diffsources.h"

namespace lakescope::ui {

RefComparison RefComparison::resolve(
    const StoreAccess &access, const StoreUrl &repository, const QString &base, const QString &compare, bool twoDot)
{
    RefComparison comparison;
    comparison.repository = repository;
    comparison.base = base;
    comparison.compare = compare;
    comparison.twoDot = twoDot;
    auto lake = access.lake(repository);
    if (!lake) {
        comparison.error = lake.error();
        return comparison;
    }
    const std::string &repo = repository.bucket;
    for (const QString *ref : { &base, &compare }) {
        auto commit = (*lake)->getCommit(repo, ref->toStdString());
        if (!commit) {
            comparison.error = commit.error();
            if (commit.error().code == ErrorCode::NotFound)
                comparison.unknownRef = *ref;
            return comparison;
        }
        (ref == &base ? comparison.baseCommit : comparison.compareCommit) = QString::fromStdString(commit->id);
    }
    comparison.baseIsBranch = static_cast<bool>((*lake)->getBranch(repo, base.toStdString()));
    if (!twoDot) {
        auto mergeBase = (*lake)->findMergeBase(repo, compare.toStdString(), base.toStdString());
        if (!mergeBase) {
            comparison.error = mergeBase.error();
            comparison.noCommonHistory = mergeBase.error().code == ErrorCode::NotFound;
            return comparison;
        }
        comparison.mergeBase = QString::fromStdString(mergeBase->baseCommitId);
    }
    return comparison;
}

QString RefComparison::errorText() const
{
    if (!error)
        return {};
    if (!unknownRef.isEmpty()) {
        return tr("No such ref: “%1” is not a branch, tag or commit of %2 (%3).")
            .arg(unknownRef, QString::fromStdString(repository.bucket), UiErrors::describe(*error));
    }
    if (noCommonHistory) {
        return tr("%1 and %2 share no history, so a merge would have no base. Check Two-dot to see every "
                  "difference between them.")
            .arg(base, compare);
    }
    return tr("Could not compare %1 with %2: %3").arg(base, compare, UiErrors::describe(*error));
}

DiffPageSource RefComparison::pageSource(const StoreAccess &access, std::shared_ptr<std::atomic<int>> pages) const
{
    const lakefs::DiffKind kind = twoDot ? lakefs::DiffKind::TwoDot : lakefs::DiffKind::ThreeDot;
    return [source = DiffSources::betweenRefs(access, repository, base.toStdString(), compare.toStdString(), kind),
               pages = std::move(pages)](const lakefs::PageRequest &page) {
        auto result = source(page);
        if (result)
            ++*pages;
        return result;
    };
}

} // namespace lakescope::ui
