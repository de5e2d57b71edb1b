// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace lakescope::ui {

// Everything still moving, summed: what the status bar and the window
// title show ("42% — 3 transfers").
struct TransferTotals
{
    int activeJobs = 0;
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    double rate = 0;
    std::optional<double> etaSeconds;
    int percent = -1; // -1 while nothing is running or the size is unknown

    // "42% — 3 transfers, 12 MB/s, 2 min left"; "" when idle.
    QString summary() const;
    bool operator==(const TransferTotals &) const = default;
};

} // namespace lakescope::ui

Q_DECLARE_METATYPE(lakescope::ui::TransferTotals)
