// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;
class QTreeView;

namespace lakescope::ui {

class FailedFilesDialog;
class TransferQueueModel;
class TransferService;

// The transfer queue for a bottom dock: every job with its progress, bytes,
// speed, time left and state; files below a job when it is expanded. The
// actions work on the selected jobs, from the toolbar, the context menu and
// their shortcuts (active while the panel has focus):
//   Pause Ctrl+P, Resume Ctrl+R, Cancel Delete, Retry failed Ctrl+Shift+R,
//   Show failed items Ctrl+I, Discard (an interrupted job of an earlier run:
//   abort its uploads, delete its journal) Shift+Delete, Clear finished
//   Ctrl+Shift+Delete.
//
//     auto *dock = new QDockWidget(tr("Transfers"), window);
//     dock->setObjectName("transfersDock");
//     dock->setWidget(new TransferPanel(transfers, dock));
//     window->addDockWidget(Qt::BottomDockWidgetArea, dock);
class TransferPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TransferPanel(TransferService *service, QWidget *parent = nullptr);

    TransferQueueModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }

    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *retryAction() const { return m_retry; }
    QAction *showFailedAction() const { return m_showFailed; }
    QAction *discardAction() const { return m_discard; }
    QAction *clearFinishedAction() const { return m_clear; }

    // Selected job rows (a file row counts as its job), in queue order.
    QStringList selectedJobs() const;
    void selectJob(const QString &id);
    // The dialog showFailedAction() opened last (null when closed).
    FailedFilesDialog *failedFilesDialog() const;

private:
    QAction *addAction(const QString &text, const QString &iconName, const QKeySequence &shortcut,
                       void (TransferPanel::*slot)());
    void updateActions();
    void updateTotals();
    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void retrySelected();
    void showFailed();
    void discardSelected();
    void clearFinished();

    TransferService *m_service;
    TransferQueueModel *m_model;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    QLabel *m_totals;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_showFailed = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_clear = nullptr;
    QPointer<FailedFilesDialog> m_failedDialog;
};

} // namespace lakescope::ui
