// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferprogress.h"

#include <chrono>
#include <string>

namespace lakescope::cli {

// The --progress line of a transfer on stderr. A terminal gets one line
// redrawn in place; a pipe or file (a log, a test) gets a whole line a
// second and a last one, so nothing there depends on '\r'.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(int fd = 2);

    // Called at every poll; draws when it is time to.
    void update(const JobProgress &progress);
    // The last line, always, with the average rate since construction;
    // ends the redrawn line on a terminal.
    void finish(JobProgress progress);

    // "42%  1.5G/3.6G  120M/s  ETA 0:17  12/40 files, 1 failed, 2 skipped";
    // the last line has no ETA, and "--%" stands in while totals are unknown.
    static std::string line(const JobProgress &progress, bool last);
    // "0:07", "12:05", "1:02:03".
    static std::string duration(double seconds);

private:
    void draw(const JobProgress &progress, bool last);

    int m_fd;
    bool m_terminal;
    std::chrono::steady_clock::time_point m_started;
    std::chrono::steady_clock::time_point m_lastLine;
};

} // namespace lakescope::cli
