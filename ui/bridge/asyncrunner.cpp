// SPDX-License-Identifier: Apache-2.0
#include "ui/bridge/asyncrunner.h"

namespace lakescope::ui {

AsyncRunner::AsyncRunner(int maxThreads, QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(maxThreads);
    m_pool.setObjectName(QStringLiteral("AsyncRunner"));
}

AsyncRunner::~AsyncRunner()
{
    // Work still running would post to a dead object; results queued for
    // this object are discarded by Qt when it goes.
    m_pool.waitForDone();
}

bool AsyncRunner::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

void AsyncRunner::startTask(std::function<void()> task)
{
    ++m_pending;
    m_pool.start(std::move(task));
}

void AsyncRunner::finishTask()
{
    if (--m_pending == 0)
        emit idle();
}

} // namespace lakescope::ui
