// SPDX-License-Identifier: Apache-2.0
// The main window's docks and the wiring between the browser, the
// connections, the object actions, the preview and the transfer queue.
#include "ui/mainwindow.h"

#include "ui/actions/actioncontext.h"
#include "ui/actions/objectactions.h"
#include "ui/actions/propertiesdialog.h"
#include "ui/browser/browserpanel.h"
#include "ui/browser/commitpickerdialog.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/storetreemodel.h"
#include "ui/browser/storetreeview.h"
#include "ui/connections/connectionmanager.h"
#include "ui/preview/previewpanel.h"
#include "ui/session/locations.h"
#include "ui/session/session.h"
#include "ui/transfers/dropcontroller.h"
#include "ui/transfers/stageddragmime.h"
#include "ui/transfers/transferpanel.h"
#include "ui/transfers/transferservice.h"
#include "ui/transfers/transfertotals.h"
#include "ui/widgets/messagebar.h"

#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace lakescope::ui {

namespace {

bool sameFolder(const StoreUrl &a, const StoreUrl &b)
{
    return a.connection == b.connection && Locations::folder(a).toString() == Locations::folder(b).toString();
}

} // namespace

void MainWindow::createPanels()
{
    m_connections = new ConnectionManager(m_session, nullptr, nullptr, this);
    m_transfers = new TransferService(m_session, this);
    m_drops = new DropController(m_transfers, this);
    m_actions = new ObjectActions(m_session, this, this);
    m_preview = new PreviewPanel(m_session, this);

    m_transferDock = new QDockWidget(tr("Transfers"), this);
    m_transferDock->setObjectName(QStringLiteral("transfersDock"));
    m_transferDock->setWidget(new TransferPanel(m_transfers, m_transferDock));
    m_transferDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    addDockWidget(Qt::BottomDockWidgetArea, m_transferDock);
    // Out of the way until there is something to show (a job adds itself).
    m_transferDock->hide();

    m_previewDock = new QDockWidget(tr("Preview"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    m_previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    m_previewDock->hide();

    createVersioningDocks();
    wireConnections();
    wireActions();
    wireTransfers();
}

void MainWindow::wireConnections()
{
    m_connections->setDialogParent(this);
    connect(m_connections, &ConnectionManager::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_session, &Session::connectionsChanged, this, [this] {
        // A reset tree loses its expanded folders and its current node:
        // skip it when only secrets changed, and point at the location again.
        QStringList roots;
        for (const Connection &connection : m_session->connections())
            roots << connection.id + QLatin1Char('|') + connection.name + QLatin1Char('|')
                         + QString::fromStdString(connection.url.toString()) + QLatin1Char('|')
                         + QString::number(int(connection.kind));
        if (roots == m_treeRoots)
            return;
        m_treeRoots = roots;
        m_treeModel->setConnections(m_session->connections());
        if (const auto current = m_browser->currentUrl())
            m_tree->showLocation(*current);
    });
    connect(m_browser, &BrowserPanel::locationChanged, this, [this](const StoreUrl &url) {
        m_connections->setCurrentConnection(QString::fromStdString(url.connection));
    });
    connect(m_tree, &StoreTreeView::commitPickerRequested, this, &MainWindow::openCommitPicker);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    m_connections->start();
}

void MainWindow::openCommitPicker(const StoreUrl &repository)
{
    auto *picker = new CommitPickerDialog(m_session->runner(), m_session->access().lake, repository, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &CommitPickerDialog::commitChosen, m_browser, &BrowserPanel::openUrl);
    picker->open();
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    using Kind = StoreTreeModel::NodeKind;
    const QModelIndex index = m_tree->indexAt(position);
    const Kind kind = index.isValid() ? m_treeModel->kindOf(index) : Kind::LoadMore;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!index.isValid() || kind == Kind::LoadMore || kind == Kind::CommitPicker) {
        menu->addAction(m_connections->addAction());
        menu->popup(m_tree->viewport()->mapToGlobal(position));
        return;
    }
    const StoreUrl url = m_treeModel->urlOf(index);
    if (kind != Kind::TagGroup)
        menu->addAction(tr("&Open"), this, [this, url] { m_browser->openUrl(url); });
    if (kind == Kind::Repository)
        menu->addAction(tr("Browse at a &Commit…"), this, [this, url] { openCommitPicker(url); });
    if (kind != Kind::TagGroup) {
        menu->addAction(tr("Copy &URL"), this, [url] {
            QGuiApplication::clipboard()->setText(QString::fromStdString(url.toString()));
        });
    }
    if (kind == Kind::Folder || kind == Kind::Bucket || kind == Kind::Branch || kind == Kind::Tag) {
        menu->addAction(tr("&Properties"), this, [this, url] {
            auto *dialog = new PropertiesDialog(m_session, ActionEntry{url, true, std::nullopt}, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    if (url.scheme == Scheme::LakeFs && !url.isAccount()
        && (kind == Kind::Repository || kind == Kind::Branch || kind == Kind::Tag)) {
        addRefActions(menu, url, kind == Kind::Branch, kind == Kind::Tag);
    }
    if (kind == Kind::Connection && index.row() < m_session->connections().size()) {
        // The tree's roots are the session's connections, in order.
        m_connections->setCurrentConnection(m_session->connections().at(index.row()).id);
        menu->addSeparator();
        menu->addAction(m_connections->addAction());
        menu->addAction(m_connections->editAction());
        menu->addAction(m_connections->removeAction());
    }
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

ActionContext MainWindow::actionContext() const
{
    ActionContext context;
    context.folder = m_browser->currentUrl();
    for (const BrowserPanel::SelectedRow &row : m_browser->selectedRows())
        context.selection.append({row.url, row.isFolder, row.isFolder ? std::nullopt : std::optional(row.size)});
    return context;
}

void MainWindow::wireActions()
{
    m_actions->setTransferLauncher(m_transfers);
    m_actions->setContextProvider([this] { return actionContext(); });
    // One Ctrl+Shift+C: the actions' copy-URL also covers "no selection".
    m_browser->copyUrlAction()->setShortcut({});
    m_browser->tableView()->addActions(m_actions->actions());

    const auto selectionChanged = [this] {
        m_actions->updateActions();
        m_preview->showSelection(actionContext().selection);
    };
    connect(m_browser->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionChanged);
    connect(m_browser, &BrowserPanel::locationChanged, this, selectionChanged);
    connect(m_browser, &BrowserPanel::contextMenuRequested, this, [this](const QPoint &globalPos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_actions->populateMenu(menu);
        // On a lakeFS ref, one object's history and blame, or the folder's.
        const QList<BrowserPanel::SelectedRow> rows = m_browser->selectedRows();
        const auto current = m_browser->currentUrl();
        if (current && current->scheme == Scheme::LakeFs && !current->ref.empty() && rows.size() <= 1) {
            const StoreUrl target = rows.isEmpty() ? *current : rows.front().url;
            menu->addSeparator();
            menu->addAction(tr("&History"), this, [this, target] { showHistory(target); });
        }
        // At lakefs://repo/ the rows are its branches and tags: review them in place.
        if (current && current->scheme == Scheme::LakeFs && !current->bucket.empty() && current->ref.empty()
            && rows.size() == 1 && !rows.front().url.ref.empty()) {
            StoreUrl ref = rows.front().url;
            ref.path.clear();
            const QString name = QString::fromStdString(ref.ref);
            menu->addSeparator();
            menu->addAction(tr("&History"), this, [this, ref] { showHistory(ref); });
            menu->addAction(tr("Co&mpare With Default Branch"), this,
                            [this, ref, name] { showCompare(ref, {}, name); });
            menu->addAction(tr("M&erge Into Default Branch…"), this, [this, ref] {
                StoreUrl repository = ref;
                repository.ref.clear();
                openMergeReview(ref, repository);
            });
        }
        menu->popup(globalPos);
    });
    connect(m_actions, &ObjectActions::messageRequested, this, [this](const QString &text, bool isError) {
        if (isError)
            m_browser->messageBar()->showError(text);
        else
            statusBar()->showMessage(text, 8000);
    });
    connect(m_actions, &ObjectActions::changed, this, [this](const StoreUrl &folder) {
        if (const auto current = m_browser->currentUrl(); current && sameFolder(*current, folder))
            m_browser->reload();
    });
    connect(m_actions, &ObjectActions::openRequested, this, [this](const ActionEntry &entry) {
        if (entry.isFolder) {
            m_browser->openUrl(entry.url);
            return;
        }
        // Opening an object shows it: the preview knows every kind it can
        // render and offers the download for the rest.
        m_previewDock->show();
        m_preview->showUrl(entry.url, false);
    });

    connect(m_actions->previewAction(), &QAction::toggled, m_previewDock, &QDockWidget::setVisible);
    connect(m_previewDock, &QDockWidget::visibilityChanged, m_actions->previewAction(), &QAction::setChecked);
    connect(m_previewDock, &QDockWidget::visibilityChanged, this, [this, selectionChanged](bool visible) {
        if (!visible)
            return;
        // Wide enough for a few table columns when it first opens narrow.
        if (m_previewDock->width() < 360)
            resizeDocks({m_previewDock}, {400}, Qt::Horizontal);
        selectionChanged();
    });
    connect(m_preview, &PreviewPanel::downloadRequested, m_actions,
            [this](const StoreUrl &url) { m_actions->download({url}); });
    m_actions->updateActions();
}

void MainWindow::wireTransfers()
{
    StagedDragMime::purgeStaging();
    m_browser->setExternalMimeFactory(StagedDragMime::factory(m_transfers));

    const auto drop = [this](const QList<QUrl> &localUrls, const QList<StoreUrl> &storeUrls,
                             const StoreUrl &target, Qt::DropAction action) {
        m_drops->handleDrop(localUrls, storeUrls, target, action, this);
    };
    connect(m_browser, &BrowserPanel::dropRequested, this, drop);
    connect(m_tree, &StoreTreeView::dropRequested, this, drop);
    const auto refused = [this](const QString &reason) { statusBar()->showMessage(reason, 8000); };
    connect(m_browser, &BrowserPanel::dropRefused, this, refused);
    connect(m_tree, &StoreTreeView::dropRefused, this, refused);

    // A new job shows the queue, so a drop is never silent.
    connect(m_transfers, &TransferService::jobAdded, m_transferDock, &QWidget::show);
    connect(m_transfers, &TransferService::jobFinished, this,
            [this](const QString &, TransferState, const StoreUrl &destination) {
                if (const auto current = m_browser->currentUrl(); current && sameFolder(*current, destination))
                    m_browser->reload();
            });
    connect(m_transfers, &TransferService::totalsChanged, this, &MainWindow::showTotals);
    connect(m_transfers, &TransferService::interruptedLoaded, this, [this](int count) {
        if (count <= 0)
            return;
        m_transferDock->show();
        m_browser->messageBar()->showInfo(
            tr("%n transfer(s) did not finish last time: resume or discard them in Transfers.", nullptr, count));
    });
    m_transfers->loadInterrupted();
}

void MainWindow::showTotals(const TransferTotals &totals)
{
    m_totalsSummary = totals.summary();
    m_totals->setText(m_totalsSummary);
    m_totals->setVisible(!m_totalsSummary.isEmpty());
    updateTitle();
}

} // namespace lakescope::ui
