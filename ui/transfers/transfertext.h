// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferprogress.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace lakescope::ui {

// How sizes, rates, times and states of transfers read in the queue, the
// status bar and the window title.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)

public:
    static QString bytes(std::uint64_t bytes);
    // "1.2 GB of 4 GB"; "1.2 GB" while the total is still being planned.
    static QString bytesOf(std::uint64_t done, std::uint64_t total, bool planned);
    static QString rate(double bytesPerSecond);
    // "2 h 5 min", "4 min 10 s", "12 s"; empty when unknown.
    static QString eta(std::optional<double> seconds);
    static QString state(TransferState state);
    // 0-100, or -1 while nothing is known about the total.
    static int percent(std::uint64_t done, std::uint64_t total, bool planned);
};

} // namespace lakescope::ui
