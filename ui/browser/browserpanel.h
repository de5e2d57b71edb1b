// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/store/storeurl.h"
#include "ui/browser/navigationhistory.h"
#include "ui/browser/objecttablemodel.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QTimer;

namespace lakescope::ui {

class AddressBar;
class MessageBar;
class ObjectFilterProxy;
class ObjectTableModel;
class ObjectTableView;
class Session;

// One browsing place: the folder table with its filter, the address bar,
// the navigation actions and their history, and a message bar for errors.
// The main window only places these widgets and actions.
//
// It browses every level: s3:// (buckets), lakefs:// (repositories),
// lakefs://repo (branches and tags), and folders inside any store. On a
// lakeFS branch the Change column shows the uncommitted state of each row.
class BrowserPanel : public QWidget
{
    Q_OBJECT

public:
    struct SelectedRow
    {
        StoreUrl url; // full URL with its connection; folders end in '/'
        bool isFolder = false;
        std::uint64_t size = 0;
    };

    explicit BrowserPanel(Session *session, QWidget *parent = nullptr);
    ~BrowserPanel() override;

    // Parse and open typed text; false (and an inline error) if it does not parse.
    bool openLocation(const QString &text);
    void openUrl(const StoreUrl &url);

    std::optional<StoreUrl> currentUrl() const { return m_history.current(); }
    // The folder shown (with its connection), or an empty URL before the first visit.
    StoreUrl currentFolder() const { return m_history.current().value_or(StoreUrl{}); }
    // The selected rows, in display order.
    QList<StoreUrl> selectedUrls() const;
    QList<SelectedRow> selectedRows() const;
    // List the folder shown again (F5).
    void reload();
    // Why objects cannot go into the folder shown ("" when they can).
    QString readOnlyReason() const;
    // True while the folder is a lakeFS branch (the Change column shows).
    bool isOnBranch() const { return m_onBranch; }
    bool isServerSearch() const { return !m_model->namePrefix().empty(); }
    // List only names starting with the filter text, from the store (for
    // folders too big to load); what the filter's Enter does.
    void searchFromServer();
    // Remote rows dragged out to other applications: see ObjectTableModel.
    void setExternalMimeFactory(ExternalMimeFactory factory);
    // Keyboard order: `tree` -> table -> address bar -> filter.
    void setTabOrderAfter(QWidget *tree);
    QString statusText() const { return m_statusText; }
    bool isLoading() const;

    AddressBar *addressBar() const { return m_addressBar; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    ObjectTableView *tableView() const { return m_table; }
    ObjectTableModel *model() const { return m_model; }
    ObjectFilterProxy *proxy() const { return m_proxy; }
    MessageBar *messageBar() const { return m_messageBar; }

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *upAction() const { return m_up; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *stopAction() const { return m_stop; }
    QAction *focusAddressAction() const { return m_focusAddress; }
    QAction *focusFilterAction() const { return m_focusFilter; }
    QAction *copyUrlAction() const { return m_copyUrl; }
    QAction *searchServerAction() const { return m_searchServer; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void locationChanged(const lakescope::StoreUrl &url);
    void statusChanged(const QString &text);
    void loadingChanged(bool loading);
    // Once per navigation, when the first page (or the error) is in.
    void firstPageArrived();
    // The table wants its context menu (globalPos in screen coordinates);
    // with no receiver, the panel shows a small menu of its own.
    void contextMenuRequested(const QPoint &globalPos);
    // Files (localUrls) or store objects (storeUrls) were dropped onto
    // targetFolder (a folder row, or the folder shown).
    void dropRequested(const QList<QUrl> &localUrls, const QList<lakescope::StoreUrl> &storeUrls,
                       const lakescope::StoreUrl &targetFolder, Qt::DropAction action);
    void dropRefused(const QString &reason);
    // The branch changes of the folder shown came in (or failed).
    void changesArrived();

private:
    enum class Step { Visit, Back, Forward, Reload };

    void createActions();
    void navigate(const StoreUrl &requested, Step step);
    void goBack();
    void goForward();
    void goUp();
    void refresh();
    void openIndex(const QModelIndex &proxyIndex);
    void onPageMerged();
    void onModelStateChanged();
    void showListingError(const QString &message);
    void updateActions();
    void updateStatus();
    void updatePlaceholder();
    void selectPendingName();
    void updateCrumbs(const StoreUrl &url);
    void fetchChanges(const StoreUrl &url, quint64 navigation);
    std::optional<StoreUrl> dropTargetFor(const QModelIndex &proxyIndex, QString *reason) const;

    Session *m_session;
    NavigationHistory m_history;
    quint64 m_navigation = 0;
    bool m_firstPagePending = false;
    bool m_resolving = false;
    QString m_resolveError;
    QString m_selectName;
    QString m_statusText;
    bool m_onBranch = false;
    bool m_readOnlyRef = false;
    CancellationSource m_changesCancel;

    ObjectTableModel *m_model;
    ObjectFilterProxy *m_proxy;
    ObjectTableView *m_table;
    AddressBar *m_addressBar;
    QLineEdit *m_filterEdit;
    MessageBar *m_messageBar;
    QTimer *m_filterTimer;

    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_up = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_focusAddress = nullptr;
    QAction *m_focusFilter = nullptr;
    QAction *m_copyUrl = nullptr;
    QAction *m_searchServer = nullptr;
};

} // namespace lakescope::ui
