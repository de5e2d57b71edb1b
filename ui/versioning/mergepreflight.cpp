// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/mergepreflight.h"

#include "ui/bridge/uierrors.h"
#include "ui/versioning/mergeerrors.h"

namespace lakescope::ui {

MergePreflight::Findings MergePreflight::run(lakefs::VersionedRepository &lake, const std::string &repository,
    const std::string &source, const std::string &destination)
{
    Findings findings;
    auto repo = lake.getRepository(repository);
    if (!repo) {
        findings.failure = repo.error();
        return findings;
    }
    findings.readOnly = repo->readOnly;

    auto branch = lake.getBranch(repository, destination);
    if (branch) {
        findings.destinationCommitId = branch->commitId;
        lakefs::DiffRequest oneChange;
        oneChange.amount = 1;
        auto staged = lake.diffBranch(repository, destination, oneChange);
        if (!staged) {
            findings.failure = staged.error();
            return findings;
        }
        findings.destinationDirty = !staged->results.empty();
    } else if (branch.error().code == ErrorCode::NotFound) {
        auto commit = lake.getCommit(repository, destination);
        if (!commit) {
            findings.failure = commit.error();
            return findings;
        }
        findings.destinationIsBranch = false;
        findings.destinationCommitId = commit->id;
    } else {
        findings.failure = branch.error();
        return findings;
    }

    auto sourceCommit = lake.getCommit(repository, source);
    if (!sourceCommit) {
        findings.failure = sourceCommit.error();
        return findings;
    }
    findings.sourceCommitId = sourceCommit->id;

    lakefs::DiffRequest firstChange;
    firstChange.kind = lakefs::DiffKind::ThreeDot;
    firstChange.amount = 1;
    auto incoming = lake.diffRefs(repository, destination, source, firstChange);
    if (!incoming) {
        findings.failure = incoming.error();
        return findings;
    }
    findings.nothingToMerge = incoming->results.empty();
    return findings;
}

QStringList MergePreflight::reasons(
    const Findings &findings, const QString &repository, const QString &source, const QString &destination)
{
    QStringList reasons;
    if (findings.readOnly)
        reasons << MergeErrors::readOnlyRepository(repository);
    if (!findings.destinationIsBranch)
        reasons << MergeErrors::notABranch(destination);
    if (findings.destinationDirty)
        reasons << MergeErrors::dirtyDestination(destination);
    if (findings.failure) {
        if (findings.failure->code == ErrorCode::NotFound)
            reasons << tr("%1 or %2 was not found in repository %3: it may have been deleted meanwhile.")
                           .arg(source, destination, repository);
        else
            reasons << tr("Could not check the merge: %1").arg(UiErrors::describe(*findings.failure));
    } else if (findings.nothingToMerge) {
        reasons << MergeErrors::nothingToMerge(source, destination);
    }
    return reasons;
}

} // namespace lakescope::ui
