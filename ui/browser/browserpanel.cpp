// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/browserpanel.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/browser/addressbar.h"
#include "ui/browser/branchchanges.h"
#include "ui/browser/folderlisting.h"
#include "ui/browser/levellisting.h"
#include "ui/browser/locationlevels.h"
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
#include <QMetaMethod>
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

    m_filterEdit->setPlaceholderText(tr("Filter (Ctrl+F; * and ? match any; Enter searches the server)"));
    m_filterEdit->setToolTip(tr("Filters the loaded rows by name. Enter lists only the names starting with the "
                                "text from the server, for folders too big to load."));
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
        if (m_filterEdit->text().trimmed().isEmpty() && isServerSearch())
            searchFromServer(); // back to the whole folder
        m_proxy->setFilterText(m_filterEdit->text());
        updateStatus();
        updatePlaceholder();
    });
    connect(m_table, &QAbstractItemView::activated, this, &BrowserPanel::openIndex);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &BrowserPanel::searchFromServer);
    connect(m_addressBar, &AddressBar::crumbClicked, this, [this](const QString &location) {
        openLocation(location);
    });
    m_table->setDropCheck(
        [this](const QModelIndex &index, QString *reason) { return dropTargetFor(index, reason); });
    connect(m_table, &ObjectTableView::dropRequested, this, &BrowserPanel::dropRequested);
    connect(m_table, &ObjectTableView::dropRefused, this, &BrowserPanel::dropRefused);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QPoint global = m_table->viewport()->mapToGlobal(pos);
        if (isSignalConnected(QMetaMethod::fromSignal(&BrowserPanel::contextMenuRequested))) {
            emit contextMenuRequested(global);
            return;
        }
        QMenu menu(this);
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid() && index.data(ObjectTableModel::IsFolderRole).toBool())
            menu.addAction(tr("Open"), this, [this, index] { openIndex(index); });
        menu.addAction(m_copyUrl);
        menu.addSeparator();
        menu.addAction(m_refresh);
        menu.exec(global);
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
    m_searchServer = new QAction(Icons::search(), tr("Search from Server"), this);
    m_searchServer->setToolTip(tr("List only the names starting with the filter text, from the store"));

    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_up->setToolTip(tr("Up to the parent folder (Alt+Up)"));
    m_refresh->setToolTip(tr("Refresh (F5)"));
    m_stop->setToolTip(tr("Stop listing (Esc)"));

    connect(m_back, &QAction::triggered, this, &BrowserPanel::goBack);
    connect(m_forward, &QAction::triggered, this, &BrowserPanel::goForward);
    connect(m_up, &QAction::triggered, this, &BrowserPanel::goUp);
    connect(m_refresh, &QAction::triggered, this, &BrowserPanel::refresh);
    connect(m_searchServer, &QAction::triggered, this, &BrowserPanel::searchFromServer);
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
        if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
            url = Locations::folder(m_model->urlAt(m_proxy->mapToSource(current).row()));
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
    if (previous && step != Step::Reload && !(*previous == url) && LocationLevels::up(*previous) == url)
        m_selectName = LocationLevels::label(*previous);

    const quint64 navigation = ++m_navigation;
    m_firstPagePending = true;
    m_resolving = true;
    m_resolveError.clear();
    m_messageBar->dismiss();
    m_changesCancel.cancel();
    m_changesCancel = CancellationSource();
    m_onBranch = false;
    m_readOnlyRef = false;
    m_table->setColumnHidden(ObjectTableModel::ChangeColumn, true);
    if (step != Step::Reload) {
        m_filterEdit->clear();
        m_proxy->setFilterText({});
    }
    m_addressBar->setLocation(Locations::text(url));
    updateCrumbs(url);
    m_model->clear();
    updateActions();
    updateStatus();
    updatePlaceholder();
    emit loadingChanged(true);
    emit locationChanged(url);

    if (LocationLevels::of(url) != LocationLevels::Level::Store) {
        // Buckets, repositories, refs: listed by their services, page by page.
        m_resolving = false;
        m_model->setSource([access = m_session->access(), url](const std::string &token, std::size_t size,
                                                                CancellationToken cancel) {
            return LevelListing::fetchPage(access, url, token, size, cancel);
        });
        m_model->setLocationUrl(url);
        onModelStateChanged();
        return;
    }

    // Opening a store may read credentials or ask a service: never here.
    const std::string namePrefix = step == Step::Reload && isServerSearch() ? m_model->namePrefix() : std::string();
    m_session->runner()->run(
        this, [resolver = m_session->resolver(), url] { return resolver(url); },
        [this, navigation, url, namePrefix](Result<StoreLocation> location) {
            if (navigation != m_navigation)
                return;
            m_resolving = false;
            if (!location) {
                m_resolveError = UiErrors::describe(location.error());
                showListingError(m_resolveError);
                onModelStateChanged();
                return;
            }
            m_model->setFolder(location->store, FolderListing::folderPrefix(location->key), namePrefix);
            m_model->setLocationUrl(url);
            if (url.scheme == Scheme::LakeFs)
                fetchChanges(url, navigation);
        });
}

void BrowserPanel::fetchChanges(const StoreUrl &url, quint64 navigation)
{
    m_session->runner()->run(
        this,
        [access = m_session->access(), url, cancel = m_changesCancel.token()] {
            return BranchChanges::fetch(access, url, cancel);
        },
        [this, navigation](BranchChanges::Result result) {
            if (navigation != m_navigation)
                return;
            m_onBranch = result.isBranch;
            m_readOnlyRef = !result.isBranch && !result.error;
            if (result.isBranch) {
                m_table->setColumnHidden(ObjectTableModel::ChangeColumn, false);
                m_model->setChanges(std::move(result.changes), std::move(result.removed));
            }
            emit changesArrived();
        });
}

void BrowserPanel::updateCrumbs(const StoreUrl &url)
{
    QList<BreadcrumbBar::Crumb> crumbs;
    for (const StoreUrl &step : LocationLevels::trail(url))
        crumbs.append({LocationLevels::label(step), Locations::text(step)});
    m_addressBar->setCrumbs(crumbs);
}

QString BrowserPanel::readOnlyReason() const
{
    const auto current = m_history.current();
    return current ? LocationLevels::refusal(*current, m_readOnlyRef) : tr("Nothing is open.");
}

std::optional<StoreUrl> BrowserPanel::dropTargetFor(const QModelIndex &proxyIndex, QString *reason) const
{
    const auto current = m_history.current();
    if (!current) {
        *reason = tr("Nothing is open.");
        return std::nullopt;
    }
    if (proxyIndex.isValid()) {
        const int row = m_proxy->mapToSource(proxyIndex).row();
        const ObjectRow &entry = m_model->rowAt(row);
        const StoreUrl url = Locations::folder(m_model->urlAt(row));
        if (entry.kind == ObjectRow::Kind::Tag) {
            *reason = tr("%1 is a tag, which is read-only: drop onto a branch.").arg(entry.name);
            return std::nullopt;
        }
        *reason = LocationLevels::refusal(url, m_readOnlyRef && entry.kind == ObjectRow::Kind::Folder);
        return reason->isEmpty() ? std::optional<StoreUrl>(url) : std::nullopt;
    }
    *reason = readOnlyReason();
    return reason->isEmpty() ? std::optional<StoreUrl>(*current) : std::nullopt;
}

QList<StoreUrl> BrowserPanel::selectedUrls() const
{
    QList<StoreUrl> urls;
    for (const SelectedRow &row : selectedRows())
        urls.append(row.url);
    return urls;
}

QList<BrowserPanel::SelectedRow> BrowserPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<SelectedRow> selected;
    for (int proxyRow : rows) {
        const int row = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
        const ObjectRow &entry = m_model->rowAt(row);
        selected.append({m_model->urlAt(row), entry.folder, entry.size});
    }
    return selected;
}

void BrowserPanel::reload()
{
    refresh();
}

void BrowserPanel::searchFromServer()
{
    const auto current = m_history.current();
    if (!current || !m_model->store())
        return;
    QString text = m_filterEdit->text().trimmed();
    // The store matches a plain prefix; the wildcard part stays a client filter.
    const qsizetype wildcard = text.indexOf(QRegularExpression(QStringLiteral("[*?]")));
    const QString prefix = wildcard < 0 ? text : text.left(wildcard);
    if (prefix.toStdString() == m_model->namePrefix())
        return;
    m_model->setFolder(m_model->store(), m_model->prefix(), prefix.toStdString());
    m_model->setLocationUrl(*current);
    m_firstPagePending = true;
    if (current->scheme == Scheme::LakeFs)
        fetchChanges(*current, m_navigation);
    updateStatus();
    updatePlaceholder();
}

void BrowserPanel::setExternalMimeFactory(ExternalMimeFactory factory)
{
    m_model->setExternalMimeFactory(std::move(factory));
}

void BrowserPanel::setTabOrderAfter(QWidget *tree)
{
    if (tree)
        QWidget::setTabOrder(tree, m_table);
    QWidget::setTabOrder(m_table, m_addressBar);
    QWidget::setTabOrder(m_addressBar, m_filterEdit);
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
    const StoreUrl parent = LocationLevels::up(*current);
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
    navigate(m_model->urlAt(source.row()), Step::Visit);
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
    m_up->setEnabled(current && !(LocationLevels::up(*current) == *current));
    m_refresh->setEnabled(current.has_value());
    m_stop->setEnabled(isLoading());
    m_copyUrl->setEnabled(current.has_value());
    m_searchServer->setEnabled(current && LocationLevels::of(*current) == LocationLevels::Level::Store);
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
        text = tr("%1 loaded, loading more…").arg(DisplayFormat::count(total));
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
        if (isServerSearch())
            text = tr("%1 — names starting with “%2”, from the server")
                       .arg(text, QString::fromStdString(m_model->namePrefix()));
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
