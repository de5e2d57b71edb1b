// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/diffsources.h"

namespace lakescope::ui {

DiffPageSource DiffSources::uncommitted(const StoreAccess &access, const StoreUrl &branch)
{
    return [lakes = access.lake, branch](const lakefs::PageRequest &page) -> Result<lakefs::Page<lakefs::DiffEntry>> {
        auto lake = lakes(branch);
        if (!lake)
            return lake.error();
        lakefs::DiffRequest request;
        request.after = page.after;
        request.amount = page.amount;
        return (*lake)->diffBranch(branch.bucket, branch.ref, request);
    };
}

DiffPageSource DiffSources::betweenRefs(const StoreAccess &access, const StoreUrl &repository, const std::string &left,
                                        const std::string &right, lakefs::DiffKind kind)
{
    return [lakes = access.lake, repository, left, right, kind](
               const lakefs::PageRequest &page) -> Result<lakefs::Page<lakefs::DiffEntry>> {
        auto lake = lakes(repository);
        if (!lake)
            return lake.error();
        lakefs::DiffRequest request;
        request.after = page.after;
        request.amount = page.amount;
        request.kind = kind;
        return (*lake)->diffRefs(repository.bucket, left, right, request);
    };
}

} // namespace lakescope::ui
