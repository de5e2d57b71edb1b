// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "ui/browser/navigationhistory.h"

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
class BrowserPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserPanel(Session *session, QWidget *parent = nullptr);
    ~BrowserPanel() override;

    // Parse and open typed text; false (and an inline error) if it does not parse.
    bool openLocation(const QString &text);
    void openUrl(const StoreUrl &url);

    std::optional<StoreUrl> currentUrl() const { return m_history.current(); }
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

    Session *m_session;
    NavigationHistory m_history;
    quint64 m_navigation = 0;
    bool m_firstPagePending = false;
    bool m_resolving = false;
    QString m_resolveError;
    QString m_selectName;
    QString m_statusText;

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
};

} // namespace lakescope::ui
