// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/transferpanel.h"

#include "ui/transfers/failedfilesdialog.h"
#include "ui/transfers/transferprogressdelegate.h"
#include "ui/transfers/transferqueuemodel.h"
#include "ui/transfers/transferservice.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace lakescope::ui {

TransferPanel::TransferPanel(TransferService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new TransferQueueModel(service, this)),
      m_toolBar(new QToolBar(this)), m_view(new QTreeView(this)), m_totals(new QLabel(this))
{
    setAccessibleName(tr("Transfers"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolBar->setAccessibleName(tr("Transfer actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause = addAction(tr("&Pause"), QStringLiteral("media-playback-pause"), QKeySequence(tr("Ctrl+P")),
                        &TransferPanel::pauseSelected);
    m_resume = addAction(tr("&Resume"), QStringLiteral("media-playback-start"), QKeySequence(tr("Ctrl+R")),
                         &TransferPanel::resumeSelected);
    m_cancel = addAction(tr("&Cancel"), QStringLiteral("process-stop"), QKeySequence(QKeySequence::Delete),
                         &TransferPanel::cancelSelected);
    m_retry = addAction(tr("Retry &failed"), QStringLiteral("view-refresh"), QKeySequence(tr("Ctrl+Shift+R")),
                        &TransferPanel::retrySelected);
    m_showFailed = addAction(tr("Show failed &items"), QStringLiteral("dialog-error"), QKeySequence(tr("Ctrl+I")),
                             &TransferPanel::showFailed);
    m_discard = addAction(tr("&Discard"), QStringLiteral("edit-delete"), QKeySequence(tr("Shift+Del")),
                          &TransferPanel::discardSelected);
    m_toolBar->addSeparator();
    m_clear = addAction(tr("C&lear finished"), QStringLiteral("edit-clear-history"),
                        QKeySequence(tr("Ctrl+Shift+Delete")), &TransferPanel::clearFinished);
    m_toolBar->addSeparator();
    m_totals->setAccessibleName(tr("Transfer totals"));
    m_toolBar->addWidget(m_totals);
    layout->addWidget(m_toolBar);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Transfer queue"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setItemDelegateForColumn(TransferQueueModel::ProgressColumn, new TransferProgressDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(TransferQueueModel::NameColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(TransferQueueModel::NameColumn, 360);
    m_view->setColumnWidth(TransferQueueModel::ProgressColumn, 140);
    m_view->setColumnWidth(TransferQueueModel::BytesColumn, 150);
    for (QAction *action : {m_pause, m_resume, m_cancel, m_retry, m_showFailed, m_discard, m_clear})
        m_view->addAction(action);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TransferPanel::updateActions);
    connect(service, &TransferService::jobsChanged, this, &TransferPanel::updateActions);
    connect(service, &TransferService::jobRemoved, this, &TransferPanel::updateActions);
    connect(service, &TransferService::totalsChanged, this, &TransferPanel::updateTotals);
    updateActions();
    updateTotals();
}

QAction *TransferPanel::addAction(const QString &text, const QString &iconName, const QKeySequence &shortcut,
                                  void (TransferPanel::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setShortcut(shortcut);
    // The browser has its own Delete and Ctrl+R; these apply in the queue.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                     shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    m_toolBar->addAction(action);
    QWidget::addAction(action);
    return action;
}

FailedFilesDialog *TransferPanel::failedFilesDialog() const
{
    return m_failedDialog;
}

QStringList TransferPanel::selectedJobs() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString id = m_model->jobId(index);
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty()) {
        if (const QString current = m_model->jobId(m_view->currentIndex()); !current.isEmpty())
            ids.append(current);
    }
    QStringList ordered;
    for (const QString &id : m_service->jobIds()) {
        if (ids.contains(id))
            ordered.append(id);
    }
    return ordered;
}

void TransferPanel::selectJob(const QString &id)
{
    const QModelIndex index = m_model->indexOfJob(id);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TransferPanel::updateActions()
{
    bool pause = false;
    bool resume = false;
    bool cancel = false;
    bool retry = false;
    bool failed = false;
    bool discard = false;
    for (const QString &id : selectedJobs()) {
        pause = pause || m_service->canPause(id);
        resume = resume || m_service->canResume(id);
        cancel = cancel || m_service->canCancel(id);
        discard = discard || m_service->canDiscard(id);
        retry = retry || m_service->canRetry(id);
        const TransferEntry *entry = m_service->entry(id);
        failed = failed || (entry && entry->progress.filesFailed > 0);
    }
    m_pause->setEnabled(pause);
    m_resume->setEnabled(resume);
    m_cancel->setEnabled(cancel);
    m_retry->setEnabled(retry);
    m_showFailed->setEnabled(failed);
    m_discard->setEnabled(discard);
    bool finished = false;
    for (const QString &id : m_service->jobIds()) {
        const TransferEntry *entry = m_service->entry(id);
        finished = finished || (entry && isFinished(entry->state) && entry->state != TransferState::Interrupted);
    }
    m_clear->setEnabled(finished);
}

void TransferPanel::updateTotals()
{
    const QString summary = m_service->totals().summary();
    m_totals->setText(summary);
    m_totals->setAccessibleDescription(summary);
}

void TransferPanel::pauseSelected()
{
    for (const QString &id : selectedJobs())
        m_service->pause(id);
    updateActions();
}

void TransferPanel::resumeSelected()
{
    for (const QString &id : selectedJobs())
        m_service->resume(id);
    updateActions();
}

void TransferPanel::cancelSelected()
{
    for (const QString &id : selectedJobs())
        m_service->cancel(id);
    updateActions();
}

void TransferPanel::discardSelected()
{
    for (const QString &id : selectedJobs())
        m_service->discard(id);
    updateActions();
}

void TransferPanel::retrySelected()
{
    for (const QString &id : selectedJobs())
        m_service->retryFailed(id);
    updateActions();
}

void TransferPanel::showFailed()
{
    for (const QString &id : selectedJobs()) {
        const TransferEntry *entry = m_service->entry(id);
        if (!entry || entry->progress.filesFailed == 0)
            continue;
        if (m_failedDialog)
            m_failedDialog->close();
        m_failedDialog = new FailedFilesDialog(entry->title, m_service->failedFiles(id), this);
        m_failedDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_failedDialog->open();
        return;
    }
}

void TransferPanel::clearFinished()
{
    m_service->clearFinished();
}

} // namespace lakescope::ui
