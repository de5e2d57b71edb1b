// SPDX-License-Identifier: Apache-2.0
// The lakeFS review docks (a branch's changes, a ref's history, two refs
// compared), the merge review and the tree's ref actions.
#include "ui/mainwindow.h"

#include "ui/browser/browserpanel.h"
#include "ui/browser/storetreemodel.h"
#include "ui/browser/storetreeview.h"
#include "ui/preview/previewpanel.h"
#include "ui/session/locations.h"
#include "ui/session/session.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/versioning/changespanel.h"
#include "ui/versioning/compareview.h"
#include "ui/versioning/createrefdialog.h"
#include "ui/versioning/deleterefdialog.h"
#include "ui/versioning/historypanel.h"
#include "ui/versioning/mergedialog.h"
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

    m_compare = new CompareView(m_session->access(), m_session->runner(), this);
    m_compareDock = new QDockWidget(tr("Compare"), this);
    m_compareDock->setObjectName(QStringLiteral("compareDock"));
    m_compareDock->setWidget(m_compare);
    addDockWidget(Qt::BottomDockWidgetArea, m_compareDock);

    // One bottom area, tabbed, so the table keeps its height.
    tabifyDockWidget(m_transferDock, m_changesDock);
    tabifyDockWidget(m_changesDock, m_historyDock);
    tabifyDockWidget(m_historyDock, m_compareDock);
    m_changesDock->hide();
    m_historyDock->hide();
    m_compareDock->hide();

    connect(m_compare, &CompareView::mergeRequested, this, &MainWindow::openMergeReview);
    connect(m_compare, &CompareView::objectActivated, this, [this](const StoreUrl &url) {
        m_previewDock->show();
        m_preview->showUrl(url, false);
    });

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

void MainWindow::showCompare(const StoreUrl &repository, const QString &base, const QString &compare)
{
    const StoreUrl root = repositoryOf(repository);
    if (base.isEmpty()) {
        withDefaultBranch(root, [this, root, compare](const QString &branch) { showCompare(root, branch, compare); });
        return;
    }
    m_compare->setRepository(root);
    m_compare->compare(base, compare.isEmpty() ? base : compare);
    const bool opening = m_compareDock->isHidden();
    m_compareDock->show();
    m_compareDock->raise();
    // A review wants room for the tree and two versions side by side: half
    // the window, unless the user already made the bottom area taller.
    if (opening && m_compareDock->height() < height() / 2)
        resizeDocks({m_compareDock}, {height() / 2}, Qt::Vertical);
}

void MainWindow::openMergeReview(const StoreUrl &source, const StoreUrl &destination)
{
    if (destination.ref.empty()) {
        withDefaultBranch(destination, [this, source, destination](const QString &branch) {
            StoreUrl into = refRoot(destination);
            into.ref = branch.toStdString();
            openMergeReview(source, into);
        });
        return;
    }
    auto *dialog = new MergeDialog(m_session->access(), m_session->runner(), refRoot(source), refRoot(destination), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this, destination] { refreshAfterMerge(destination); });
    connect(dialog, &MergeDialog::historyRequested, this, &MainWindow::showHistory);
    dialog->open();
}

void MainWindow::refreshAfterMerge(const StoreUrl &destination)
{
    if (const auto current = m_browser->currentUrl();
        current && current->scheme == Scheme::LakeFs && current->bucket == destination.bucket)
        m_browser->reload();
    m_history->reload();
    if (!m_compareDock->isHidden())
        m_compare->refresh();
    statusBar()->showMessage(
        tr("Merged into %1 of %2.")
            .arg(QString::fromStdString(destination.ref), QString::fromStdString(destination.bucket)),
        8000);
}

void MainWindow::withDefaultBranch(const StoreUrl &repository, std::function<void(const QString &branch)> then)
{
    auto lake = m_session->access().lake;
    const StoreUrl root = repositoryOf(repository);
    m_session->runner()->run(
        this,
        [lake, root]() -> Result<lakefs::Repository> {
            auto opened = lake(root);
            if (!opened)
                return opened.error();
            return (*opened)->getRepository(root.bucket);
        },
        [this, then = std::move(then)](const Result<lakefs::Repository> &repository) {
            if (!repository) {
                m_browser->messageBar()->showError(UiErrors::describe(repository.error()));
                return;
            }
            then(QString::fromStdString(repository->defaultBranch));
        });
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
    if (!ref.isEmpty()) {
        menu->addAction(tr("&History"), this, [this, url] { showHistory(refRoot(url)); });
        menu->addAction(tr("Co&mpare With Default Branch"), this,
                        [this, repository, ref] { showCompare(repository, {}, ref); });
    } else {
        menu->addAction(tr("Co&mpare Refs"), this, [this, repository] { showCompare(repository, {}, {}); });
    }
    if (isBranch || isTag)
        menu->addAction(tr("M&erge Into Default Branch…"), this,
                        [this, url, repository] { openMergeReview(refRoot(url), repository); });
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
