// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "core/transfer/transferjob.h"
#include "core/transfer/transferjournal.h"
#include "ui/transfers/transferplanner.h"

#include <QString>

#include <vector>

namespace lakescope::ui {

// One row of the transfer queue: what the user asked for (one copy, move,
// drop or resumed journal), carried out by zero or more engine jobs (a drop
// of loose files and folders becomes one job per folder plus one for the
// files). Lives on the GUI thread only.
struct TransferEntry
{
    QString id;
    QString title;
    StoreUrl destinationFolder;
    std::vector<TransferJobPtr> jobs;
    // Summed over the jobs at the last poll; the entry's own phases
    // (preparing, deleting the sources of a move) override the state.
    JobProgress progress;
    TransferState state = TransferState::Queued;
    QString error;

    bool preparing = true;                 // stores being opened, sources stat'ed
    bool cancelRequested = false;          // cancelled before the jobs existed
    bool pauseRequested = false;
    bool announced = false;                // jobFinished was emitted
    std::vector<TransferPlanner::Removal> removals; // a move's sources, deleted after Done
    bool removing = false;
    bool retrying = false;
    bool dismissed = false;                // leaves the queue once it ended, unannounced                 // retryFailed() not yet applied by the worker

    // An interrupted job of an earlier run, offered for resume.
    std::string journalId;
    std::vector<std::string> journalOptions;
    bool awaitingResume = false;
};

} // namespace lakescope::ui
