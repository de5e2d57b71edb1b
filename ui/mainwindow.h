// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QMainWindow>

#include <functional>

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QToolButton;

namespace lakescope::ui {

class BrowserPanel;
class ChangesPanel;
class CompareView;
class HistoryPanel;
class ConnectionManager;
class DropController;
class ObjectActions;
class PreviewPanel;
class Session;
class TransferService;
struct ActionContext;
struct TransferTotals;
class StoreTreeModel;
class StoreTreeView;
class Theme;

// Assembles the window: the store tree on the left, the browser panel on
// the right, its actions in a toolbar and menus, its status in the status
// bar. Behaviour lives in the panels; this class only wires and remembers
// the layout (QSettings, organisation "Lakescope", application "Lakescope").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Open `location` (URL or path) if given, else where the last session
    // ended, else the default connection.
    void openStartLocation(const QString &location = {});
    bool openLocation(const QString &text);

    // Geometry, splitter, columns and last location are saved on close
    // unless this is off (screenshots and checks must not touch settings).
    void setSettingsEnabled(bool enabled) { m_settingsEnabled = enabled; }
    void restoreSettings();
    void saveSettings() const;

    // Adds View > Theme (System, Light, Dark), remembered in the settings.
    void setTheme(Theme *theme);

    BrowserPanel *browser() const { return m_browser; }
    StoreTreeView *treeView() const { return m_tree; }
    StoreTreeModel *treeModel() const { return m_treeModel; }
    ConnectionManager *connections() const { return m_connections; }
    TransferService *transfers() const { return m_transfers; }
    DropController *drops() const { return m_drops; }
    ObjectActions *objectActions() const { return m_actions; }
    PreviewPanel *preview() const { return m_preview; }
    QDockWidget *transferDock() const { return m_transferDock; }
    QDockWidget *previewDock() const { return m_previewDock; }
    ChangesPanel *changes() const { return m_changes; }
    HistoryPanel *history() const { return m_history; }
    QDockWidget *changesDock() const { return m_changesDock; }
    QDockWidget *historyDock() const { return m_historyDock; }
    CompareView *compareView() const { return m_compare; }
    QDockWidget *compareDock() const { return m_compareDock; }
    // A lakeFS branch's uncommitted changes, a ref's or an object's history.
    void showChanges(const StoreUrl &branch);
    void showHistory(const StoreUrl &location);
    // Two refs of a repository compared; an empty base is the default branch.
    void showCompare(const StoreUrl &repository, const QString &base, const QString &compare);
    // The merge review of `source` (any ref) into `destination` (a branch;
    // an empty ref is the repository's default branch).
    void openMergeReview(const StoreUrl &source, const StoreUrl &destination);
    QString statusText() const;

signals:
    // The first page of the current folder is shown (or its error is).
    void firstListingShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindowpanels.cpp: the docks and what connects them.
    void createPanels();
    void wireConnections();
    void wireActions();
    void wireTransfers();
    ActionContext actionContext() const;
    void openCommitPicker(const StoreUrl &repository);
    void showTreeMenu(const QPoint &position);
    // mainwindowversioning.cpp: the lakeFS review docks and ref actions.
    void createVersioningDocks();
    void relistRepository(const StoreUrl &repository);
    void addRefActions(QMenu *menu, const StoreUrl &url, bool isBranch, bool isTag);
    // Calls `then` with the repository's default branch, found on a worker.
    void withDefaultBranch(const StoreUrl &repository, std::function<void(const QString &branch)> then);
    void refreshAfterMerge(const StoreUrl &destination);
    void showTotals(const TransferTotals &totals);

    void createToolBar();
    void createMenus();
    void createStatusBar();
    void updateTitle();
    void showAbout();

    Session *m_session;
    BrowserPanel *m_browser;
    StoreTreeModel *m_treeModel;
    StoreTreeView *m_tree;
    QSplitter *m_splitter;
    QLabel *m_status = nullptr;
    QToolButton *m_stopButton = nullptr;
    QMenu *m_viewMenu = nullptr;
    Theme *m_theme = nullptr;
    QLabel *m_totals = nullptr;
    ConnectionManager *m_connections = nullptr;
    TransferService *m_transfers = nullptr;
    DropController *m_drops = nullptr;
    ObjectActions *m_actions = nullptr;
    PreviewPanel *m_preview = nullptr;
    QDockWidget *m_transferDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    ChangesPanel *m_changes = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_changesDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    CompareView *m_compare = nullptr;
    QDockWidget *m_compareDock = nullptr;
    QString m_totalsSummary;
    QStringList m_treeRoots; // what the tree shows, to skip resets that change nothing
    bool m_settingsEnabled = true;
};

} // namespace lakescope::ui
