// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/branchchanges.h"

#include "ui/browser/folderlisting.h"
#include "ui/browser/naturalsortkey.h"

namespace lakescope::ui {

BranchChanges::Result BranchChanges::fetch(const StoreAccess &access, const StoreUrl &url, CancellationToken cancel,
                                           std::size_t maxEntries)
{
    Result out;
    if (url.scheme != Scheme::LakeFs || url.ref.empty() || !access.lake)
        return out;
    auto lake = access.lake(url);
    if (!lake) {
        out.error = lake.error();
        return out;
    }
    // Tags, commits and ref expressions are not branches: read-only, no diff.
    if (!(*lake)->getBranch(url.bucket, url.ref))
        return out;
    out.isBranch = true;

    const std::string prefix = FolderListing::folderPrefix(url.key());
    lakefs::DiffRequest request;
    request.prefix = prefix;
    request.delimiter = "/";
    request.amount = lakefs::kMaxPageAmount;
    std::size_t seen = 0;
    for (;;) {
        if (cancel.isCancelled())
            return out;
        auto page = (*lake)->diffBranch(url.bucket, url.ref, request);
        if (!page) {
            out.error = page.error();
            return out;
        }
        for (const lakefs::DiffEntry &entry : page->results) {
            if (entry.path.size() <= prefix.size())
                continue;
            std::string leaf = entry.path.substr(prefix.size());
            const bool folder = entry.pathType == lakefs::PathType::CommonPrefix;
            if (!leaf.empty() && leaf.back() == '/')
                leaf.pop_back();
            const QString name = QString::fromStdString(leaf);
            ObjectTableModel::Change change = ObjectTableModel::Change::Modified;
            if (entry.type == lakefs::DiffType::Added)
                change = ObjectTableModel::Change::Added;
            else if (entry.type == lakefs::DiffType::Removed)
                change = ObjectTableModel::Change::Removed;
            // A folder with some removed objects still exists: it changed.
            if (folder && change == ObjectTableModel::Change::Removed)
                change = ObjectTableModel::Change::Modified;
            out.changes.insert(name, change);
            if (change == ObjectTableModel::Change::Removed) {
                ObjectRow row;
                row.name = name;
                row.sortKey = NaturalSortKey::make(name);
                row.type = FolderListing::typeName(name, false);
                row.size = entry.sizeBytes.value_or(0);
                out.removed.push_back(std::move(row));
            }
        }
        seen += page->results.size();
        if (!page->hasMore || page->results.empty() || seen >= maxEntries)
            return out;
        request.after = page->nextOffset.empty() ? page->results.back().path : page->nextOffset;
    }
}

} // namespace lakescope::ui
