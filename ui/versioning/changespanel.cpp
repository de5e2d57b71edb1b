// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/changespanel.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/versioning/commitdialog.h"
#include "ui/versioning/diffsources.h"
#include "ui/versioning/difftreemodel.h"
#include "ui/versioning/enterkeyfilter.h"
#include "ui/versioning/protectionnotice.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/panelactions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {

constexpr int kPathsNamed = 8;

} // namespace

ChangesPanel::ChangesPanel(StoreAccess access, AsyncRunner *runner, QWidget *parent)
    : QWidget(parent), m_access(std::move(access)), m_runner(runner), m_model(new DiffTreeModel(runner, this))
{
    buildUi();
    connect(m_model, &DiffTreeModel::statusChanged, this, &ChangesPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangesPanel::updateState);
    updateState();
}

ChangesPanel::~ChangesPanel() = default;

void ChangesPanel::buildUi()
{
    setAccessibleName(tr("Uncommitted changes"));
    m_showAdded = PanelActions::add(this, tr("Added"), QStringLiteral("showAdded"));
    m_showRemoved = PanelActions::add(this, tr("Removed"), QStringLiteral("showRemoved"));
    m_showChanged = PanelActions::add(this, tr("Changed"), QStringLiteral("showChanged"));
    for (QAction *filter : {m_showAdded, m_showRemoved, m_showChanged}) {
        filter->setCheckable(true);
        filter->setChecked(true);
        filter->setToolTip(tr("Show %1 objects").arg(filter->text().toLower()));
        connect(filter, &QAction::toggled, this, [this] {
            DiffTreeModel::Kinds kinds;
            kinds.setFlag(DiffTreeModel::Added, m_showAdded->isChecked());
            kinds.setFlag(DiffTreeModel::Removed, m_showRemoved->isChecked());
            kinds.setFlag(DiffTreeModel::Changed, m_showChanged->isChecked());
            m_model->setKindFilter(kinds);
        });
    }
    m_refresh = PanelActions::add(this, tr("&Refresh"), QStringLiteral("refreshChanges"), {QKeySequence::Refresh});
    m_refresh->setIcon(Icons::refresh());
    m_discardSelection = PanelActions::add(this, tr("&Discard selected"), QStringLiteral("discardSelected"),
                                    {QKeySequence::Delete});
    m_discardSelection->setToolTip(tr("Drop the uncommitted changes of the selected objects and folders (Del)"));
    m_discardAll = PanelActions::add(this, tr("Discard &all"), QStringLiteral("discardAll"));
    m_discardAll->setToolTip(tr("Drop every uncommitted change of the branch"));
    m_commit = PanelActions::add(this, tr("&Commit…"), QStringLiteral("commitChanges"),
                          {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_commit->setIcon(Icons::commit());
    m_commit->setToolTip(tr("Commit the uncommitted changes (Ctrl+Enter)"));

    connect(m_refresh, &QAction::triggered, this, [this] {
        m_message.clear();
        refresh();
    });
    connect(m_discardSelection, &QAction::triggered, this, &ChangesPanel::discardSelection);
    connect(m_discardAll, &QAction::triggered, this, &ChangesPanel::discardAll);
    connect(m_commit, &QAction::triggered, this, &ChangesPanel::commit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    for (QAction *action : {m_showAdded, m_showRemoved, m_showChanged})
        bar->addWidget(PanelActions::button(action, this));
    bar->addStretch();
    for (QAction *action : {m_refresh, m_discardSelection, m_discardAll, m_commit})
        bar->addWidget(PanelActions::button(action, this));
    layout->addLayout(bar);
    m_protection = new ProtectionNotice(m_runner, m_access.lake, this);
    connect(m_protection, &ProtectionNotice::protectionChanged, this, &ChangesPanel::updateState);
    layout->addWidget(m_protection);

    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setExpandsOnDoubleClick(true);
    m_view->setAccessibleName(tr("Changed objects"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DiffTreeModel::NameColumn, QHeaderView::Stretch);
    new EnterKeyFilter(m_view, [this] { activateCurrent(); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model->isFolder(index))
            activate(index);
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_discardSelection, m_commit, m_refresh});
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChangesPanel::updateState);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setText(tr("Stop"));
    m_cancelLoad->setIcon(Icons::stop());
    m_cancelLoad->setAccessibleName(tr("Stop loading the changes"));
    connect(m_cancelLoad, &QToolButton::clicked, m_model, &DiffTreeModel::cancel);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancelLoad);
    layout->addLayout(statusRow);
    setFocusProxy(m_view);
}

void ChangesPanel::setBranch(const StoreUrl &branch)
{
    m_branch = branch;
    m_branch.path.clear();
    m_message.clear();
    m_protection->setRef(m_branch);
    refresh();
}

void ChangesPanel::setPageSize(int amount)
{
    m_model->setPageSize(amount);
}

void ChangesPanel::refresh()
{
    if (m_branch.bucket.empty() || m_branch.ref.empty()) {
        m_model->clear();
        return;
    }
    m_model->setPageSource(DiffSources::uncommitted(m_access, m_branch));
}

QMessageBox *ChangesPanel::confirmation() const
{
    return m_confirmation;
}

CommitDialog *ChangesPanel::commitDialog() const
{
    return m_commitDialog;
}

QString ChangesPanel::statusText() const
{
    return m_status->text();
}

bool ChangesPanel::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChangesPanel::updateState()
{
    const QString branch = QString::fromStdString(m_branch.ref);
    const bool empty = m_model->isComplete() && m_model->totals().total() == 0;
    m_empty->setText(tr("No uncommitted changes on %1").arg(branch));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    QString status = m_model->statusText();
    if (!m_message.isEmpty())
        status = status.isEmpty() ? m_message : m_message + QLatin1Char(' ') + status;
    m_status->setText(status);
    m_cancelLoad->setVisible(m_model->isLoading());
    // lakeFS refuses both on a protected branch; the notice says why.
    const bool writable = !m_discarding && !m_protection->isProtected();
    const bool haveChanges = m_model->totals().total() > 0;
    m_commit->setEnabled(haveChanges && writable);
    m_discardAll->setEnabled(haveChanges && writable);
    m_discardSelection->setEnabled(writable && m_view->selectionModel()->hasSelection());
}

QString ChangesPanel::protectionText() const
{
    return m_protection->text();
}

QStringList ChangesPanel::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(DiffTreeModel::NameColumn))
        paths << m_model->path(index);
    paths.sort();
    // A folder's reset covers what is selected inside it.
    QStringList covering;
    for (const QString &path : paths) {
        if (covering.isEmpty() || !covering.last().endsWith(QLatin1Char('/')) || !path.startsWith(covering.last()))
            covering << path;
    }
    return covering;
}

void ChangesPanel::discardSelection()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty() || m_discarding)
        return;
    std::vector<Reset> resets;
    QStringList named;
    for (const QString &path : paths) {
        const bool folder = path.endsWith(QLatin1Char('/'));
        resets.push_back({folder ? lakefs::ResetType::CommonPrefix : lakefs::ResetType::Object, path.toStdString()});
        if (named.size() < kPathsNamed) {
            const QModelIndex index = m_model->indexOfPath(path);
            named << (folder ? tr("%1 (%2)").arg(path, DiffTreeModel::countsText(m_model->counts(index))) : path);
        }
    }
    if (paths.size() > kPathsNamed)
        named << tr("and %n more", nullptr, int(paths.size() - kPathsNamed));
    confirmDiscard(tr("Discard the uncommitted changes of these on branch %1?\n\n%2")
                       .arg(QString::fromStdString(m_branch.ref), named.join(QLatin1Char('\n'))),
                   std::move(resets));
}

void ChangesPanel::discardAll()
{
    if (m_discarding || m_model->totals().total() == 0)
        return;
    const DiffTreeModel::Counts all = m_model->totals();
    const QString count = m_model->isComplete() ? DisplayFormat::count(all.total())
                                                : tr("at least %1").arg(DisplayFormat::count(all.total()));
    confirmDiscard(tr("Discard all %1 uncommitted changes on branch %2 (%3)?")
                       .arg(count, QString::fromStdString(m_branch.ref), DiffTreeModel::countsText(all)),
                   {Reset{lakefs::ResetType::Reset, {}}});
}

void ChangesPanel::confirmDiscard(const QString &question, std::vector<Reset> resets)
{
    if (m_confirmation)
        m_confirmation->deleteLater();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard changes"), question, QMessageBox::NoButton, this);
    box->setInformativeText(tr("Added objects are deleted; changed and removed objects return to their last "
                               "committed version. This cannot be undone."));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setAccessibleName(tr("Discard the changes"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, discard, resets = std::move(resets)](QAbstractButton *b) {
        if (b == discard)
            runDiscard(resets);
    });
    box->open();
}

void ChangesPanel::runDiscard(std::vector<Reset> resets)
{
    m_discarding = true;
    m_message = tr("Discarding…");
    updateState();
    const int count = static_cast<int>(resets.size());
    const bool whole = count == 1 && resets.front().type == lakefs::ResetType::Reset;
    m_runner->run(
        this,
        [access = m_access, url = m_branch, resets = std::move(resets)]() -> Status {
            auto lake = access.lake(url);
            if (!lake)
                return lake.error();
            for (const Reset &reset : resets) {
                if (Status status = (*lake)->resetBranch(url.bucket, url.ref, reset.type, reset.path); !status)
                    return status;
            }
            return {};
        },
        [this, count, whole](Status status) {
            m_discarding = false;
            if (!status)
                m_message = tr("Could not discard the changes: %1").arg(UiErrors::describe(status.error()));
            else if (whole)
                m_message = tr("Discarded every uncommitted change.");
            else
                m_message = tr("Discarded the changes of %n item(s).", nullptr, count);
            emit discarded();
            refresh();
        });
}

void ChangesPanel::commit()
{
    if (!m_commit->isEnabled())
        return;
    if (m_commitDialog)
        m_commitDialog->deleteLater();
    auto *dialog = new CommitDialog(m_access, m_runner, m_branch, m_model->totals(), this);
    m_commitDialog = dialog;
    connect(dialog, &CommitDialog::committed, this, [this](const QString &id) {
        m_message = tr("Committed %1.").arg(id.left(12));
        emit committed(id);
        refresh();
    });
    dialog->open();
}

void ChangesPanel::activateCurrent()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    if (m_model->isFolder(current))
        m_view->setExpanded(current, !m_view->isExpanded(current));
    else
        activate(current);
}

void ChangesPanel::activate(const QModelIndex &index)
{
    StoreUrl url = m_branch;
    if (index.data(DiffTreeModel::KindRole).toInt() == DiffTreeModel::Removed)
        url.ref += '@';
    url.path = m_model->path(index).toStdString();
    emit objectActivated(url);
}

} // namespace lakescope::ui
