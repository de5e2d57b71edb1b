// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace lakescope::ui {

// Runs blocking work (store calls, disk, network) on a private thread pool
// and hands the result back on the runner's thread, so the GUI thread never
// waits for I/O. Results are posted to the runner itself, not to the caller:
// a QPointer to the caller can then be checked on the GUI thread, which is
// the only race-free way to drop results for objects destroyed meanwhile.
//
// Cancellation is cooperative: callers capture a CancellationToken in the
// work and cancel its source when the result is no longer wanted. The
// destructor waits for running work, so cancel first.
class AsyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit AsyncRunner(int maxThreads = 4, QObject *parent = nullptr);
    ~AsyncRunner() override;

    // `work()` runs on a pool thread; `done(result)` runs later on this
    // runner's thread, only if `context` still exists then.
    template<typename Work, typename Done>
    void run(QObject *context, Work work, Done done);

    // Same, for work without a result.
    template<typename Work, typename Done>
    void runVoid(QObject *context, Work work, Done done);

    // Tasks queued or running, for tests and shutdown.
    int pendingTasks() const { return m_pending; }
    // Blocks until every task ran; for tests and teardown only.
    bool waitForDone(int msecs = -1);

signals:
    void idle();

private:
    void startTask(std::function<void()> task);
    void finishTask();

    QThreadPool m_pool;
    int m_pending = 0;
};

template<typename Work, typename Done>
void AsyncRunner::run(QObject *context, Work work, Done done)
{
    using Result = std::decay_t<std::invoke_result_t<Work &>>;
    // Shared so the lambdas stay copyable whatever the callables capture.
    auto sharedDone = std::make_shared<Done>(std::move(done));
    auto sharedWork = std::make_shared<Work>(std::move(work));
    QPointer<QObject> guard(context);
    startTask([this, guard, sharedWork, sharedDone]() {
        auto result = std::make_shared<Result>((*sharedWork)());
        QMetaObject::invokeMethod(
            this,
            [this, guard, sharedDone, result]() {
                finishTask();
                if (guard)
                    (*sharedDone)(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

template<typename Work, typename Done>
void AsyncRunner::runVoid(QObject *context, Work work, Done done)
{
    run(
        context,
        [work = std::move(work)]() mutable {
            work();
            return true;
        },
        [done = std::move(done)](bool) mutable { done(); });
}

} // namespace lakescope::ui
