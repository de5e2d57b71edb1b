// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include "ui/browser/addressbar.h"
#include "ui/browser/browserpanel.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/browser/storetreemodel.h"
#include "ui/browser/storetreeview.h"
#include "ui/actions/objectactions.h"
#include "ui/connections/connectionmanager.h"
#include "ui/transfers/transferservice.h"
#include "ui/session/locations.h"
#include "ui/session/session.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace lakescope::ui {

namespace {

const QString kGeometry = QStringLiteral("MainWindow/geometry");
const QString kWindowState = QStringLiteral("MainWindow/state");
const QString kSplitter = QStringLiteral("MainWindow/splitter");
const QString kHeader = QStringLiteral("Browser/header");
const QString kLastLocation = QStringLiteral("Browser/lastLocation");
const QString kTheme = QStringLiteral("Appearance/theme");

} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_browser(new BrowserPanel(session, this)),
      m_treeModel(new StoreTreeModel(session->runner(), session->access(), this)), m_tree(new StoreTreeView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowIcon(Icons::app());
    m_tree->setStoreModel(m_treeModel);
    m_tree->setMinimumWidth(160);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1000});
    m_splitter->setContentsMargins(6, 4, 6, 0);
    setCentralWidget(m_splitter);

    createStatusBar();
    createPanels();
    createToolBar();
    createMenus();
    m_browser->setTabOrderAfter(m_tree);

    connect(m_tree, &StoreTreeView::openRequested, m_browser, &BrowserPanel::openUrl);
    connect(m_browser, &BrowserPanel::locationChanged, this, [this](const StoreUrl &url) {
        m_tree->showLocation(url);
        updateTitle();
    });
    connect(m_browser, &BrowserPanel::firstPageArrived, this, &MainWindow::firstListingShown);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addAction(m_browser->backAction());
    bar->addAction(m_browser->forwardAction());
    bar->addAction(m_browser->upAction());
    bar->addAction(m_browser->refreshAction());
    bar->addSeparator();
    bar->addWidget(m_browser->addressBar());
    bar->addSeparator();
    m_browser->filterEdit()->setFixedWidth(220);
    bar->addWidget(m_browser->filterEdit());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connections->addAction());
    file->addAction(m_connections->editAction());
    file->addAction(m_connections->removeAction());
    file->addSeparator();
    file->addAction(m_actions->newFolderAction());
    file->addAction(m_actions->uploadFilesAction());
    file->addAction(m_actions->uploadFolderAction());
    file->addAction(m_actions->downloadAction());
    file->addSeparator();
    file->addAction(m_actions->propertiesAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->copyAction());
    edit->addAction(m_actions->pasteAction());
    edit->addAction(m_actions->copyUrlAction());
    edit->addSeparator();
    edit->addAction(m_actions->renameAction());
    edit->addAction(m_actions->deleteAction());
    edit->addSeparator();
    edit->addAction(m_browser->focusFilterAction());
    edit->addAction(m_browser->searchServerAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_browser->backAction());
    go->addAction(m_browser->forwardAction());
    go->addAction(m_browser->upAction());
    go->addSeparator();
    go->addAction(m_browser->focusAddressAction());
    go->addSeparator();
    // The connections change while the window is open: list them afresh.
    QList<QAction *> connectionEntries;
    connect(go, &QMenu::aboutToShow, this, [this, go, connectionEntries]() mutable {
        qDeleteAll(connectionEntries);
        connectionEntries.clear();
        for (const Connection &connection : m_session->connections()) {
            connectionEntries.append(
                go->addAction(connection.name, this, [this, url = connection.url] { m_browser->openUrl(url); }));
        }
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_browser->refreshAction());
    view->addAction(m_browser->stopAction());
    view->addSeparator();
    view->addAction(m_actions->previewAction());
    view->addAction(m_transferDock->toggleViewAction());
    view->addAction(m_changesDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());
    view->addAction(m_compareDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lakescope"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    m_status = new QLabel(this);
    m_status->setContentsMargins(6, 0, 6, 0);
    m_stopButton = new QToolButton(this);
    m_stopButton->setDefaultAction(m_browser->stopAction());
    m_stopButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stopButton->setAutoRaise(true);
    m_stopButton->setVisible(false);
    m_totals = new QLabel(this);
    m_totals->setContentsMargins(6, 0, 6, 0);
    m_totals->setAccessibleName(tr("Transfers in progress"));
    m_totals->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_totals);
    statusBar()->addPermanentWidget(m_stopButton);
    statusBar()->setSizeGripEnabled(true);

    m_status->setText(m_browser->statusText());
    connect(m_browser, &BrowserPanel::statusChanged, m_status, &QLabel::setText);
    connect(m_browser, &BrowserPanel::loadingChanged, m_stopButton, &QWidget::setVisible);
}

void MainWindow::setTheme(Theme *theme)
{
    m_theme = theme;
    if (m_settingsEnabled)
        theme->setMode(Theme::modeFromName(QSettings().value(kTheme).toString()));
    QMenu *menu = m_viewMenu->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(menu);
    const QList<std::pair<Theme::Mode, QString>> modes = {
        {Theme::Mode::System, tr("Follow the &system")},
        {Theme::Mode::Light, tr("&Light")},
        {Theme::Mode::Dark, tr("&Dark")},
    };
    for (const auto &[mode, label] : modes) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(theme->mode() == mode);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            m_theme->setMode(mode);
            if (m_settingsEnabled)
                QSettings().setValue(kTheme, Theme::modeName(mode));
        });
    }
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateTitle()
{
    const auto url = m_browser->currentUrl();
    QString title = url ? tr("%1 — Lakescope").arg(Locations::title(*url)) : tr("Lakescope");
    // Progress first, so it reads in a taskbar entry cut short.
    if (!m_totalsSummary.isEmpty())
        title = m_totalsSummary.section(QStringLiteral(" — "), 0, 0) + QStringLiteral(" · ") + title;
    setWindowTitle(title);
}

bool MainWindow::openLocation(const QString &text)
{
    return m_browser->openLocation(text);
}

void MainWindow::openStartLocation(const QString &location)
{
    if (!location.isEmpty() && m_browser->openLocation(location))
        return;
    if (m_settingsEnabled) {
        const QString last = QSettings().value(kLastLocation).toString();
        if (!last.isEmpty() && m_browser->openLocation(last))
            return;
    }
    m_browser->openUrl(m_session->defaultLocation());
}

void MainWindow::restoreSettings()
{
    if (!m_settingsEnabled)
        return;
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kWindowState).toByteArray());
    m_splitter->restoreState(settings.value(kSplitter).toByteArray());
    m_browser->restoreHeaderState(settings.value(kHeader).toByteArray());
}

void MainWindow::saveSettings() const
{
    if (!m_settingsEnabled)
        return;
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kWindowState, saveState());
    settings.setValue(kSplitter, m_splitter->saveState());
    settings.setValue(kHeader, m_browser->saveHeaderState());
    if (const auto url = m_browser->currentUrl())
        settings.setValue(kLastLocation, QString::fromStdString(url->toString()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_browser->model()->stop();
    // Unfinished transfers keep their journals and come back next launch.
    m_transfers->interruptAll();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Lakescope"),
                       tr("<h3>Lakescope %1</h3><p>A fast, safe explorer for data lakes: S3, GCS, Azure, "
                          "lakeFS and local folders.</p><p>Licensed under the Apache License 2.0.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace lakescope::ui
