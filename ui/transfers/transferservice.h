// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferengine.h"
#include "ui/transfers/transferentry.h"
#include "ui/transfers/transferlauncher.h"
#include "ui/transfers/transfertotals.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace lakescope::ui {

class AsyncRunner;
class Session;

// The GUI's transfer queue: one TransferEngine for the whole application,
// fed by copy()/moveTo() from the browser, drops and pastes. Stores are
// opened and sources stat'ed on a worker, never on the GUI thread.
//
// Engine events arrive on worker threads; they are queued under a mutex
// and drained by one queued call. Byte progress is polled every 300 ms and
// published as one jobsChanged() batch, never per chunk.
//
// Main window wiring:
//     auto *transfers = new TransferService(session, this);
//     objectActions->setTransferLauncher(transfers);      // TransferLauncher
//     connect(transfers, &TransferService::jobFinished, ...refresh that folder...);
//     connect(transfers, &TransferService::totalsChanged, ...status bar / title...);
//     closeEvent: transfers->interruptAll();               // journals kept
class TransferService : public QObject, public TransferLauncher
{
    Q_OBJECT

public:
    // Journals go to $LAKESCOPE_STATE_DIR, else $XDG_STATE_HOME/lakescope/jobs
    // (the CLI's directory, so `lakescope-cli jobs` sees the GUI's jobs).
    explicit TransferService(Session *session, QObject *parent = nullptr);
    TransferService(Session *session, EngineConfig config, QObject *parent = nullptr);
    // Interrupts what still runs (journals kept for the next launch).
    ~TransferService() override;

    static std::string defaultStateDirectory();
    QString stateDirectory() const;

    QString copy(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder, ConflictPolicy policy) override;
    QString moveTo(const StoreUrl &source, const StoreUrl &target) override;
    // The same with any job options (options.ifExists is the policy; a
    // bandwidth limit, a part size) and a title ("" = the usual one).
    QString copyWith(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder, TransferOptions options,
                     const QString &title = {});

    // The queue, oldest first.
    QStringList jobIds() const { return m_order; }
    const TransferEntry *entry(const QString &id) const;
    std::size_t fileCount(const QString &id) const;
    FileProgress file(const QString &id, std::size_t index) const;
    // Every file that failed, with its error.
    std::vector<FileProgress> failedFiles(const QString &id) const;

    bool canPause(const QString &id) const;
    bool canResume(const QString &id) const;
    bool canCancel(const QString &id) const;
    bool canRetry(const QString &id) const;
    bool canDiscard(const QString &id) const;

    void pause(const QString &id);
    // Continues a paused job, or an interrupted one from its journal.
    void resume(const QString &id);
    void cancel(const QString &id);
    void retryFailed(const QString &id);
    // Gives up an interrupted job: its uploads are aborted, its journal deleted.
    void discard(const QString &id);
    // Drops finished rows (Done, Failed, Cancelled) from the queue.
    void clearFinished();
    // Cancels the job if it still runs and drops its row without a
    // jobFinished (a staged drag that ended inside the application).
    void dismiss(const QString &id);
    // Lists the journals of jobs an earlier run left interrupted (on a
    // worker) and adds them as Interrupted rows; the constructor calls it.
    void loadInterrupted();
    // Stops every running job, keeping its journal: for quitting.
    void interruptAll();

    TransferTotals totals() const { return m_totals; }
    // Polls now instead of at the next tick (tests, a panel shown).
    void pollNow();
    // Engine-level events drained so far (for tests of the batching).
    int drainedBatches() const { return m_drainedBatches; }

signals:
    void jobAdded(const QString &id);
    // State or progress of these rows changed (one signal per poll or drain).
    void jobsChanged(const QStringList &ids);
    void jobRemoved(const QString &id);
    // A job ended (Done, Failed, Cancelled, Interrupted): refresh the folder.
    void jobFinished(const QString &id, lakescope::TransferState state, const lakescope::StoreUrl &destinationFolder);
    void totalsChanged(const lakescope::ui::TransferTotals &totals);
    // Interrupted journals were listed (after loadInterrupted()).
    void interruptedLoaded(int count);

private:
    struct Inbox;

    TransferEntry &addEntry(const QString &title, const StoreUrl &destinationFolder);
    TransferEntry *find(const QString &id);
    void start(const QString &id, Result<TransferPlanner::Plan> plan);
    void attach(const QString &id, std::vector<TransferJobPtr> jobs);
    void drainEvents();
    void poll();
    void refresh(TransferEntry &entry);
    void settle(TransferEntry &entry);
    void removeSources(TransferEntry &entry);
    void forgetJournals(const TransferEntry &entry);
    void removeEntry(const QString &id);
    void publish(const QStringList &changed);
    void updateTimer();
    void onJobControl(const QString &id, const std::function<void(TransferJob &)> &action);
    TransferEngine::StoreOpener openerFor(const std::vector<std::string> &recordedOptions) const;

    Session *m_session;
    std::unique_ptr<AsyncRunner> m_runner;
    std::shared_ptr<Inbox> m_inbox;
    std::unique_ptr<TransferEngine> m_engine;
    std::vector<std::unique_ptr<TransferEntry>> m_entries;
    QStringList m_order;
    QHash<QString, TransferEntry *> m_byId;
    QTimer m_poll;
    TransferTotals m_totals;
    int m_nextId = 1;
    int m_drainedBatches = 0;
    bool m_shuttingDown = false;
};

} // namespace lakescope::ui
