// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/browserpanel.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/browser/addressbar.h"
#include "ui/browser/folderlisting.h"
#include "ui/browser/objectfilterproxy.h"
#include "ui/browser/objecttablemodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/session/locations.h"
#include "ui/session/session.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {

// Filters rows in place; debounced on big folders, where each pass costs.
constexpr int kLargeFolder = 20000;
constexpr int kFilterDelayMs = 150;

} // namespace

BrowserPanel::BrowserPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ObjectTableModel(session->runner(), this)),
      m_proxy(new ObjectFilterProxy(this)), m_table(new ObjectTableView(this)), m_addressBar(new AddressBar(this)),
      m_filterEdit(new QLineEdit(this)), m_messageBar(new MessageBar(this)), m_filterTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_filterEdit->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->installEventFilter(this);
    m_filterTimer->setSingleShot(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_table, 1);

    createActions();

    connect(m_addressBar, &AddressBar::locationEntered, this, [this](const QString &text) {
        if (openLocation(text))
            m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_addressBar, &AddressBar::editingCancelled, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] {
        m_filterTimer->start(m_model->rowCount() > kLargeFolder ? kFilterDelayMs : 0);
    });
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_filterEdit->text());
        updateStatus();
        updatePlaceholder();
    });
    connect(m_table, &QAbstractItemView::activated, this, &BrowserPanel::openIndex);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid() && index.data(ObjectTableModel::IsFolderRole).toBool())
            menu.addAction(tr("Open"), this, [this, index] { openIndex(index); });
        menu.addAction(m_copyUrl);
        menu.addSeparator();
        menu.addAction(m_refresh);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_messageBar, &MessageBar::actionTriggered, this, &BrowserPanel::refresh);
    connect(m_model, &ObjectTableModel::pageMerged, this, &BrowserPanel::onPageMerged);
    connect(m_model, &ObjectTableModel::stateChanged, this, &BrowserPanel::onModelStateChanged);
    connect(m_model, &ObjectTableModel::errorOccurred, this, &BrowserPanel::showListingError);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BrowserPanel::updatePlaceholder);

    updateActions();
    updateStatus();
}

BrowserPanel::~BrowserPanel() = default;

void BrowserPanel::createActions()
{
    const auto make = [this](const QIcon &icon, const QString &text, const QList<QKeySequence> &keys) {
        auto *action = new QAction(icon, text, this);
        // Platform bindings often repeat ours (Back is Alt+Left on Linux), and
        // a key bound twice to one action is "ambiguous" and does nothing.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty() && !unique.contains(key))
                unique.append(key);
        }
        action->setShortcuts(unique);
        addAction(action);
        return action;
    };
    // Explicit keys, not QKeySequence::Back and friends: on some platforms
    // those include Backspace, which here means Up.
    m_back = make(Icons::back(), tr("Back"), {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_forward = make(Icons::forward(), tr("Forward"), {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_up = make(Icons::up(), tr("Up"), {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_Backspace)});
    m_refresh = make(Icons::refresh(), tr("Refresh"), {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_stop = new QAction(Icons::stop(), tr("Stop"), this);
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setShortcutContext(Qt::WidgetShortcut); // Escape elsewhere belongs to line edits
    m_table->addAction(m_stop);
    m_focusAddress = make({}, tr("Edit Location"), {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::ALT | Qt::Key_D)});
    m_focusFilter = make({}, tr("Filter"), {QKeySequence(Qt::CTRL | Qt::Key_F)});
    m_copyUrl = make({}, tr("Copy URL"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});

    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_up->setToolTip(tr("Up to the parent folder (Alt+Up)"));
    m_refresh->setToolTip(tr("Refresh (F5)"));
    m_stop->setToolTip(tr("Stop listing (Esc)"));

    connect(m_back, &QAction::triggered, this, &BrowserPanel::goBack);
    connect(m_forward, &QAction::triggered, this, &BrowserPanel::goForward);
    connect(m_up, &QAction::triggered, this, &BrowserPanel::goUp);
    connect(m_refresh, &QAction::triggered, this, &BrowserPanel::refresh);
    connect(m_stop, &QAction::triggered, m_model, &ObjectTableModel::stop);
    connect(m_focusAddress, &QAction::triggered, m_addressBar, &AddressBar::focusForEditing);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        if (!currentUrl())
            return;
        StoreUrl url = *currentUrl();
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row())) {
            const QModelIndex source = m_proxy->mapToSource(current);
            std::string leaf = m_model->keyAt(source.row()).substr(m_model->prefix().size());
            if (!leaf.empty() && leaf.back() == '/')
                leaf.pop_back();
            url = url.child(leaf);
        }
        QGuiApplication::clipboard()->setText(Locations::text(url));
    });
}

bool BrowserPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in the filter: drop the filter and go back to the rows.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_filterEdit->clear();
        m_table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool BrowserPanel::isLoading() const
{
    return m_resolving || m_model->isLoading();
}

bool BrowserPanel::openLocation(const QString &text)
{
    Result<StoreUrl> url = m_session->parseLocation(text);
    if (!url) {
        m_addressBar->showError(UiErrors::describe(url.error()));
        return false;
    }
    m_addressBar->clearError();
    // Typed text names no connection: stay on the current one when the
    // scheme matches, so s3://other-bucket opens with the same account.
    const std::optional<StoreUrl> current = m_history.current();
    url->connection = m_session
                          ->connectionFor(*url, current ? QString::fromStdString(current->connection) : QString())
                          .toStdString();
    navigate(*url, Step::Visit);
    return true;
}

void BrowserPanel::openUrl(const StoreUrl &url)
{
    navigate(url, Step::Visit);
}

void BrowserPanel::navigate(const StoreUrl &requested, Step step)
{
    const StoreUrl url = Locations::folder(requested);
    const std::optional<StoreUrl> previous = m_history.current();
    if (step == Step::Visit)
        m_history.visit(url);
    // Coming back up from a sub-folder: select the folder we left.
    m_selectName.clear();
    if (previous && step != Step::Reload && !(*previous == url) && Locations::folder(previous->parent()) == url)
        m_selectName = Locations::leafName(*previous);

    const quint64 navigation = ++m_navigation;
    m_firstPagePending = true;
    m_resolving = true;
    m_resolveError.clear();
    m_messageBar->dismiss();
    if (step != Step::Reload) {
        m_filterEdit->clear();
        m_proxy->setFilterText({});
    }
    m_addressBar->setLocation(Locations::text(url));
    m_model->clear();
    updateActions();
    updateStatus();
    updatePlaceholder();
    emit loadingChanged(true);
    emit locationChanged(url);

    // Opening a store may read credentials or ask a service: never here.
    m_session->runner()->run(
        this, [resolver = m_session->resolver(), url] { return resolver(url); },
        [this, navigation](Result<StoreLocation> location) {
            if (navigation != m_navigation)
                return;
            m_resolving = false;
            if (!location) {
                m_resolveError = UiErrors::describe(location.error());
                showListingError(m_resolveError);
                onModelStateChanged();
                return;
            }
            m_model->setFolder(location->store, FolderListing::folderPrefix(location->key));
        });
}

void BrowserPanel::goBack()
{
    if (const auto url = m_history.back())
        navigate(*url, Step::Back);
}

void BrowserPanel::goForward()
{
    if (const auto url = m_history.forward())
        navigate(*url, Step::Forward);
}

void BrowserPanel::goUp()
{
    const auto current = m_history.current();
    if (!current)
        return;
    const StoreUrl parent = Locations::folder(current->parent());
    if (!(parent == *current))
        navigate(parent, Step::Visit);
}

void BrowserPanel::refresh()
{
    if (const auto current = m_history.current())
        navigate(*current, Step::Reload);
}

void BrowserPanel::openIndex(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || !m_history.current())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!m_model->rowAt(source.row()).folder)
        return; // opening objects comes with previews
    std::string leaf = m_model->keyAt(source.row()).substr(m_model->prefix().size());
    leaf.pop_back(); // the folder's '/'
    navigate(m_history.current()->child(leaf), Step::Visit);
}

void BrowserPanel::onPageMerged()
{
    if (m_firstPagePending) {
        m_firstPagePending = false;
        emit firstPageArrived();
    }
    selectPendingName();
    updateStatus();
    updatePlaceholder();
}

void BrowserPanel::selectPendingName()
{
    if (m_selectName.isEmpty())
        return;
    const int row = m_model->rowOfName(m_selectName);
    if (row < 0) {
        if (!m_model->isLoading())
            m_selectName.clear();
        return;
    }
    m_selectName.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ObjectTableModel::NameColumn));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void BrowserPanel::onModelStateChanged()
{
    const ObjectTableModel::State state = m_model->state();
    if (state != ObjectTableModel::State::Idle && state != ObjectTableModel::State::Loading && m_firstPagePending) {
        m_firstPagePending = false;
        emit firstPageArrived();
    }
    if (state == ObjectTableModel::State::Complete)
        m_selectName.clear();
    updateActions();
    updateStatus();
    updatePlaceholder();
    emit loadingChanged(isLoading());
}

void BrowserPanel::showListingError(const QString &message)
{
    const QString hint = m_model->lastError() ? UiErrors::hint(m_model->lastError()->code) : QString();
    m_messageBar->showError(hint.isEmpty() ? message : message + QLatin1Char('\n') + hint, tr("Retry"));
    if (m_firstPagePending && !m_resolving) {
        m_firstPagePending = false;
        emit firstPageArrived();
    }
}

void BrowserPanel::updateActions()
{
    const auto current = m_history.current();
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
    m_up->setEnabled(current && !(Locations::folder(current->parent()) == *current));
    m_refresh->setEnabled(current.has_value());
    m_stop->setEnabled(isLoading());
    m_copyUrl->setEnabled(current.has_value());
}

void BrowserPanel::updateStatus()
{
    using State = ObjectTableModel::State;
    const int total = m_model->rowCount();
    QString text;
    if (m_resolving) {
        text = tr("Opening…");
    } else if (!m_resolveError.isEmpty()) {
        text = tr("Could not open this location");
    } else if (m_model->state() == State::Loading) {
        text = tr("Loading… %1 loaded").arg(DisplayFormat::count(total));
    } else if (m_model->state() == State::Failed && total == 0) {
        text = tr("Could not list this folder");
    } else if (m_model->state() == State::Complete && total == 0) {
        text = tr("No items");
    } else if (m_model->state() != State::Idle) {
        const QString items = tr("%Ln item(s)", "", total);
        if (m_proxy->isFiltering()) {
            text = tr("%Ln of %1 shown", "", m_proxy->rowCount()).arg(items);
        } else {
            const int folders = m_model->folderCount();
            const QString bytes = DisplayFormat::size(m_model->totalBytes());
            // Folder sizes are unknown until summed, so "0 B" would mislead.
            if (folders == total)
                text = tr("%1 (%2)").arg(items, tr("%Ln folder(s)", "", folders));
            else if (folders == 0)
                text = tr("%1, %2").arg(items, bytes);
            else
                text = tr("%1 (%2), %3").arg(items, tr("%Ln folder(s)", "", folders), bytes);
        }
        if (m_model->state() == State::Stopped)
            text = tr("%1 — listing stopped").arg(text);
        else if (m_model->state() == State::Failed)
            text = tr("%1 — listing failed").arg(text);
    }
    if (text == m_statusText)
        return;
    m_statusText = text;
    emit statusChanged(text);
}

void BrowserPanel::updatePlaceholder()
{
    using State = ObjectTableModel::State;
    QString text;
    if (m_model->rowCount() == 0) {
        if (m_resolving || m_model->state() == State::Loading)
            text = tr("Loading…");
        else if (!m_resolveError.isEmpty() || m_model->state() == State::Failed)
            text = tr("This location could not be listed.");
        else if (m_model->state() == State::Stopped)
            text = tr("Listing stopped.");
        else if (m_model->state() == State::Complete)
            text = tr("This folder is empty.");
    } else if (m_proxy->rowCount() == 0 && m_proxy->isFiltering()) {
        text = tr("No items match “%1”.").arg(m_proxy->filterText());
    }
    m_table->setPlaceholderText(text);
}

QByteArray BrowserPanel::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void BrowserPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state)) {
        m_table->horizontalHeader()->setSectionResizeMode(ObjectTableModel::NameColumn, QHeaderView::Stretch);
        m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                      m_table->horizontalHeader()->sortIndicatorOrder());
    }
}

} // namespace lakescope::ui
