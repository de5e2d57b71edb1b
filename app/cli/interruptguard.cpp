// SPDX-License-Identifier: Apache-2.0
#include "app/cli/interruptguard.h"

#include <pthread.h>

namespace lakescope::cli {

namespace {

volatile std::sig_atomic_t g_signal = 0;
volatile std::sig_atomic_t g_count = 0;

extern "C" void recordSignal(int number)
{
    g_signal = number;
    g_count = g_count + 1;
}

sigset_t transferSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_signal = 0;
    g_count = 0;
    const sigset_t set = transferSignals();
    pthread_sigmask(SIG_BLOCK, &set, &m_previousMask);
}

InterruptGuard::~InterruptGuard()
{
    if (m_armed) {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
}

void InterruptGuard::arm()
{
    SignalAction action {};
    action.sa_handler = recordSignal;
    sigemptyset(&action.sa_mask);
    // Threads started later (by the engine, or by libraries) may take the
    // signal too; their interrupted calls restart instead of failing.
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &m_previousInt);
    sigaction(SIGTERM, &action, &m_previousTerm);
    // A shell starts background jobs with SIGINT ignored; so they stay.
    if (m_previousInt.sa_handler == SIG_IGN)
        sigaction(SIGINT, &m_previousInt, nullptr);
    if (m_previousTerm.sa_handler == SIG_IGN)
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    m_armed = true;
    const sigset_t set = transferSignals();
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

int InterruptGuard::signal() const
{
    return g_signal;
}

int InterruptGuard::count() const
{
    return g_count;
}

} // namespace lakescope::cli
