// SPDX-License-Identifier: Apache-2.0
// The lakeFS review docks (a branch's changes, a ref's history) and the
// tree's ref actions (create and delete branches and tags).
#include "ui/mainwindow.h"

#include "ui/browser/browserpanel.h"
#include "ui/browser/storetreemodel.h"
#include "ui/browser/storetreeview.h"
#include "ui/preview/previewpanel.h"
#include "ui/session/locations.h"
#include "ui/session/session.h"
#include "ui/versioning/changespanel.h"
#include "ui/versioning/createrefdialog.h"
#include "ui/versioning/deleterefdialog.h"
#include "ui/versioning/historypanel.h"
#include "ui/widgets/messagebar.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace lakescope::ui {

namespace {

StoreUrl repositoryOf(StoreUrl url)
{
    url.ref.clear();
    url.path.clear();
    return url;
}

StoreUrl refRoot(StoreUrl url)
{
    url.path.clear();
    return url;
}

} // namespace

void MainWindow::createVersioningDocks()
{
    m_changes = new ChangesPanel(m_session->access(), m_session->runner(), this);
    m_changesDock = new QDockWidget(tr("Changes"), this);
    m_changesDock->setObjectName(QStringLiteral("changesDock"));
    m_changesDock->setWidget(m_changes);
    addDockWidget(Qt::BottomDockWidgetArea, m_changesDock);

    m_history = new HistoryPanel(m_session->runner(), m_session->access().lake, this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);

    // One bottom area, tabbed, so the table keeps its height.
    tabifyDockWidget(m_transferDock, m_changesDock);
    tabifyDockWidget(m_changesDock, m_historyDock);
    m_changesDock->hide();
    m_historyDock->hide();

    connect(m_changes, &ChangesPanel::objectActivated, this, [this](const StoreUrl &url) {
        m_previewDock->show();
        m_preview->showUrl(url, false);
    });
    const auto branchChanged = [this] {
        if (const auto current = m_browser->currentUrl(); current && current->scheme == Scheme::LakeFs)
            m_browser->reload();
        m_history->reload();
    };
    connect(m_changes, &ChangesPanel::committed, this, branchChanged);
    connect(m_changes, &ChangesPanel::discarded, this, branchChanged);

    connect(m_history, &HistoryPanel::browseRequested, m_browser, &BrowserPanel::openUrl);
    connect(m_history, &HistoryPanel::refsChanged, this, &MainWindow::relistRepository);
    connect(m_history, &HistoryPanel::statusChanged, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_history, &HistoryPanel::operationFailed, this,
            [this](const QString &text) { m_browser->messageBar()->showError(text); });
}

void MainWindow::showChanges(const StoreUrl &branch)
{
    m_changes->setBranch(refRoot(branch));
    m_changesDock->show();
    m_changesDock->raise();
}

void MainWindow::showHistory(const StoreUrl &location)
{
    m_history->setRef(location);
    m_historyDock->show();
    m_historyDock->raise();
}

void MainWindow::relistRepository(const StoreUrl &repository)
{
    StoreUrl root = repositoryOf(repository);
    const QModelIndex node = m_treeModel->findUrl(root);
    if (node.isValid())
        m_treeModel->relist(node);
}

void MainWindow::addRefActions(QMenu *menu, const StoreUrl &url, bool isBranch, bool isTag)
{
    const StoreUrl repository = repositoryOf(url);
    const QString ref = QString::fromStdString(url.ref);
    menu->addSeparator();
    if (isBranch)
        menu->addAction(tr("Uncommitted &Changes"), this, [this, url] { showChanges(url); });
    if (!ref.isEmpty())
        menu->addAction(tr("&History"), this, [this, url] { showHistory(refRoot(url)); });
    const auto create = [this, repository, ref](CreateRefDialog::Kind kind) {
        auto *dialog = new CreateRefDialog(m_session->runner(), m_session->access().lake, repository, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setKind(kind);
        if (!ref.isEmpty())
            dialog->setSource(ref);
        connect(dialog, &CreateRefDialog::refCreated, this, [this, repository] { relistRepository(repository); });
        dialog->open();
    };
    menu->addAction(ref.isEmpty() ? tr("Create &Branch…") : tr("Create &Branch From Here…"), this,
                    [create] { create(CreateRefDialog::Kind::Branch); });
    menu->addAction(ref.isEmpty() ? tr("Create &Tag…") : tr("Create &Tag Here…"), this,
                    [create] { create(CreateRefDialog::Kind::Tag); });
    if (isBranch || isTag) {
        const auto kind = isBranch ? DeleteRefDialog::Kind::Branch : DeleteRefDialog::Kind::Tag;
        menu->addAction(isBranch ? tr("&Delete Branch…") : tr("&Delete Tag…"), this, [this, repository, ref, kind] {
            auto *dialog
                = new DeleteRefDialog(m_session->runner(), m_session->access().lake, repository, kind, ref, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &DeleteRefDialog::refDeleted, this, [this, repository] { relistRepository(repository); });
            dialog->open();
        });
    }
}

} // namespace lakescope::ui
