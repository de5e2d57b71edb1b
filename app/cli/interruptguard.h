// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <csignal>

namespace lakescope::cli {

// SIGINT and SIGTERM while a transfer runs. The handler only records the
// signal (async-signal-safe); the wait loop sees it and interrupts the job,
// so its journal stays for --resume. Construct it before the threads that
// do the work: they inherit the signals blocked, so a worker's system call
// is never cut short and the main thread alone takes the signal once arm()
// unblocks it there.
class InterruptGuard
{
public:
    using SignalAction = struct sigaction;

    InterruptGuard();
    // Restores the previous handlers and signal mask.
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    void arm();
    // The last signal received (0: none) and how many came, so a second
    // Ctrl-C can stop waiting for the first to settle.
    int signal() const;
    int count() const;

private:
    sigset_t m_previousMask {};
    SignalAction m_previousInt {};
    SignalAction m_previousTerm {};
    bool m_armed = false;
};

} // namespace lakescope::cli
