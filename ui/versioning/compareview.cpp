// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/compareview.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/versioning/difftreemodel.h"
#include "ui/versioning/enterkeyfilter.h"
#include "ui/versioning/objectcomparepane.h"
#include "ui/versioning/refcomparison.h"
#include "ui/versioning/refpicker.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/panelactions.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {

constexpr int kShortId = 12;

} // namespace

CompareView::CompareView(StoreAccess access, AsyncRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_access(std::move(access))
    , m_runner(runner)
    , m_model(new DiffTreeModel(runner, this))
    , m_pages(std::make_shared<std::atomic<int>>(0))
{
    buildUi();
    connect(m_model, &DiffTreeModel::statusChanged, this, &CompareView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompareView::updateState);
    updateState();
}

CompareView::~CompareView()
{
    m_model->cancel();
}

QHBoxLayout *CompareView::buildToolbar()
{
    // Widgets are created in Tab order: base, swap, compare, two-dot; the
    // tree and the content pane follow, the rest of the bar comes last.
    m_basePicker = new RefPicker(m_access, m_runner, this);
    m_basePicker->setObjectName(QStringLiteral("baseRef"));
    m_basePicker->setAccessibleName(tr("Base ref"));
    m_swap = PanelActions::add(this, QStringLiteral("\u21c4"), QStringLiteral("swapRefs"));
    m_swap->setToolTip(tr("Swap base and compare"));
    connect(m_swap, &QAction::triggered, this, &CompareView::swap);
    m_swapButton = PanelActions::button(m_swap, this);
    m_swapButton->setObjectName(QStringLiteral("swapButton"));
    m_swapButton->setAccessibleName(tr("Swap base and compare"));
    m_swapButton->setFocusPolicy(Qt::StrongFocus);
    m_comparePicker = new RefPicker(m_access, m_runner, this);
    m_comparePicker->setObjectName(QStringLiteral("compareRef"));
    m_comparePicker->setAccessibleName(tr("Compare ref"));
    for (RefPicker *picker : { m_basePicker, m_comparePicker })
        connect(picker, &RefPicker::refEntered, this, &CompareView::load);

    m_twoDot = new QCheckBox(tr("T&wo-dot"), this);
    m_twoDot->setObjectName(QStringLiteral("twoDot"));
    m_twoDot->setAccessibleName(tr("Two-dot comparison"));
    m_twoDot->setToolTip(tr("Unchecked (three-dot): what the compare ref changed since it split from base, "
                            "which is what a merge would bring.\nChecked (two-dot): every difference between "
                            "the two refs as they are now, including what changed on base."));
    connect(m_twoDot, &QCheckBox::toggled, this, &CompareView::load);

    m_showAdded = PanelActions::add(this, tr("Added"), QStringLiteral("showAdded"));
    m_showRemoved = PanelActions::add(this, tr("Removed"), QStringLiteral("showRemoved"));
    m_showChanged = PanelActions::add(this, tr("Changed"), QStringLiteral("showChanged"));
    m_showConflicts = PanelActions::add(this, tr("Conflicts"), QStringLiteral("showConflicts"));
    for (QAction *filter : { m_showAdded, m_showRemoved, m_showChanged, m_showConflicts }) {
        filter->setCheckable(true);
        filter->setChecked(true);
        filter->setToolTip(tr("Show %1 objects").arg(filter->text().toLower()));
        connect(filter, &QAction::toggled, this, [this] {
            DiffTreeModel::Kinds kinds;
            kinds.setFlag(DiffTreeModel::Added, m_showAdded->isChecked());
            kinds.setFlag(DiffTreeModel::Removed, m_showRemoved->isChecked());
            kinds.setFlag(DiffTreeModel::Changed, m_showChanged->isChecked());
            kinds.setFlag(DiffTreeModel::Conflict, m_showConflicts->isChecked());
            m_model->setKindFilter(kinds);
        });
    }
    m_showConflicts->setToolTip(tr("Show objects both refs changed since they split (a merge would conflict)"));

    m_refresh = PanelActions::add(this, tr("&Refresh"), QStringLiteral("refreshComparison"), { QKeySequence::Refresh });
    m_refresh->setIcon(Icons::refresh());
    m_refresh->setToolTip(tr("Compare the refs again (F5)"));
    connect(m_refresh, &QAction::triggered, this, &CompareView::refresh);
    m_merge
        = PanelActions::add(this, tr("&Merge…"), QStringLiteral("mergeComparison"), { QKeySequence(Qt::CTRL | Qt::Key_M) });
    connect(m_merge, &QAction::triggered, this, [this] {
        if (!m_merge->isEnabled())
            return;
        emit mergeRequested(urlAt(m_compare.toStdString(), {}), urlAt(m_base.toStdString(), {}));
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto *baseLabel = new QLabel(tr("&Base"), this);
    baseLabel->setBuddy(m_basePicker);
    auto *compareLabel = new QLabel(tr("&Compare"), this);
    compareLabel->setBuddy(m_comparePicker);
    bar->addWidget(baseLabel);
    bar->addWidget(m_basePicker, 1);
    bar->addWidget(m_swapButton);
    bar->addWidget(compareLabel);
    bar->addWidget(m_comparePicker, 1);
    bar->addWidget(m_twoDot);
    bar->addSpacing(12);
    return bar;
}

void CompareView::buildUi()
{
    setAccessibleName(tr("Compare refs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QHBoxLayout *bar = buildToolbar();
    layout->addLayout(bar);

    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Differences"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DiffTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DiffTreeModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiffTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    new EnterKeyFilter(m_view, [this] { activateCurrent(); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model->isFolder(index))
            activate(index);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompareView::showCurrent);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({ m_merge, m_refresh });

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_pane = new ObjectComparePane(m_access, m_runner, this);
    m_pane->setAccessibleName(tr("Both versions of the selected object"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_pane);
    // Folder names carry their counts: the tree gets half the width.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    for (QAction *action : { m_showAdded, m_showRemoved, m_showChanged, m_showConflicts })
        bar->addWidget(PanelActions::button(action, this));
    bar->addStretch();
    bar->addWidget(PanelActions::button(m_refresh, this));
    bar->addWidget(PanelActions::button(m_merge, this));

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 4);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(QStringLiteral("stopLoading"));
    m_stop->setText(tr("Stop"));
    m_stop->setIcon(Icons::stop());
    m_stop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stop->setAccessibleName(tr("Stop loading the differences"));
    connect(m_stop, &QToolButton::clicked, m_model, &DiffTreeModel::cancel);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stop);
    layout->addLayout(statusRow);

    setFocusProxy(m_basePicker);
}

void CompareView::setRepository(const StoreUrl &repository)
{
    m_repository = repository;
    m_repository.ref.clear();
    m_repository.path.clear();
    ++m_generation;
    m_resolving = false;
    m_base.clear();
    m_compare.clear();
    m_mergeBase.clear();
    m_error.clear();
    m_model->clear();
    m_pane->clear();
    m_basePicker->setRepository(m_repository);
    m_comparePicker->setRepository(m_repository);
    updateState();
}

void CompareView::compare(const QString &base, const QString &compare)
{
    m_basePicker->setRef(base);
    m_comparePicker->setRef(compare);
    load();
}

void CompareView::setTwoDot(bool twoDot)
{
    m_twoDot->setChecked(twoDot); // reloads when it changes
}

bool CompareView::isTwoDot() const
{
    return m_twoDot->isChecked();
}

void CompareView::setPageSize(int amount)
{
    m_model->setPageSize(amount);
}

QString CompareView::baseRef() const
{
    return m_basePicker->ref();
}

QString CompareView::compareRef() const
{
    return m_comparePicker->ref();
}

int CompareView::pagesLoaded() const
{
    return m_pages->load();
}

void CompareView::refresh()
{
    load();
}

void CompareView::swap()
{
    const QString base = baseRef();
    compare(compareRef(), base);
}

void CompareView::load()
{
    const quint64 generation = ++m_generation;
    m_model->clear();
    m_pane->clear();
    m_error.clear();
    m_mergeBase.clear();
    m_base = baseRef();
    m_compare = compareRef();
    m_shownTwoDot = isTwoDot();
    m_baseIsBranch = false;
    m_sameCommit = false;
    m_resolving = false;
    if (m_repository.bucket.empty() || m_base.isEmpty() || m_compare.isEmpty()) {
        updateState();
        return;
    }
    m_resolving = true;
    updateState();
    m_runner->run(
        this,
        [access = m_access, url = m_repository, base = m_base, compare = m_compare, twoDot = m_shownTwoDot] {
            return RefComparison::resolve(access, url, base, compare, twoDot);
        },
        [this, generation](RefComparison comparison) { resolved(generation, comparison); });
}

void CompareView::resolved(quint64 generation, const RefComparison &comparison)
{
    if (generation != m_generation)
        return;
    m_resolving = false;
    m_error = comparison.errorText();
    if (m_error.isEmpty()) {
        m_baseIsBranch = comparison.baseIsBranch;
        m_mergeBase = comparison.mergeBase;
        m_sameCommit = comparison.sameCommit();
        m_pages->store(0);
        m_model->setPageSource(comparison.pageSource(m_access, m_pages));
    } else {
        updateState();
    }
    emit comparisonStarted();
}

QString CompareView::statusText() const
{
    return m_status->text();
}

bool CompareView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void CompareView::updateState()
{
    const bool empty = m_error.isEmpty() && m_model->isComplete() && m_model->totals().total() == 0;
    if (empty && (m_sameCommit || m_shownTwoDot))
        m_empty->setText(tr("Nothing to compare: %1 and %2 hold the same objects.").arg(m_base, m_compare));
    else if (empty)
        m_empty->setText(tr("Nothing to compare: %2 changed nothing since it split from %1.").arg(m_base, m_compare));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);

    QString status;
    const DiffTreeModel::Counts totals = m_model->totals();
    if (!m_error.isEmpty()) {
        status = m_error;
    } else if (m_resolving) {
        status = tr("Comparing %1 with %2…").arg(m_base, m_compare);
    } else if (m_model->error()) {
        status = m_model->statusText();
    } else if (m_base.isEmpty() || m_compare.isEmpty()) {
        status = tr("Pick a base and a compare ref, then press Enter.");
    } else if (empty) {
        status = m_empty->text();
    } else if (totals.total() > 0 || m_model->isLoading()) {
        status = tr("%1 changes: %2").arg(DisplayFormat::count(totals.total()), DiffTreeModel::countsText(totals));
        if (m_model->isLoading())
            status += QLatin1Char(' ') + tr("(loading more…)");
        else if (m_model->wasCancelled())
            status += QLatin1Char(' ') + tr("(loading was stopped)");
        else if (m_model->counts({}).total() != totals.total())
            status += QLatin1Char(' ') + tr("(%1 shown)").arg(DisplayFormat::count(m_model->counts({}).total()));
    }
    m_status->setText(status);
    m_stop->setVisible(m_model->isLoading());
    updateMerge();
}

void CompareView::updateMerge()
{
    QString why;
    if (m_base.isEmpty() || m_compare.isEmpty() || m_resolving)
        why = tr("Compare two refs first.");
    else if (!m_error.isEmpty())
        why = tr("The comparison failed.");
    else if (!m_baseIsBranch)
        why = tr("Only a branch can receive a merge; %1 is not a branch.").arg(m_base);
    else if (m_base == m_compare || m_sameCommit)
        why = tr("Base and compare are the same.");
    else if (m_model->totals().total() == 0)
        why = m_model->isComplete() ? tr("Nothing to merge: the comparison is empty.")
                                    : tr("Wait for the differences to load.");
    m_merge->setEnabled(why.isEmpty());
    m_merge->setToolTip(why.isEmpty() ? tr("Review and merge %1 into %2 (Ctrl+M)").arg(m_compare, m_base) : why);
}

StoreUrl CompareView::urlAt(const std::string &ref, const QString &path) const
{
    StoreUrl url = m_repository;
    url.ref = ref;
    url.path = path.toStdString();
    return url;
}

QString CompareView::leftRef(const QModelIndex &index) const
{
    const bool conflict = index.data(DiffTreeModel::KindRole).toInt() == DiffTreeModel::Conflict;
    return m_shownTwoDot || conflict || m_mergeBase.isEmpty() ? m_base : m_mergeBase;
}

void CompareView::showCurrent()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (!current.isValid() || m_model->isFolder(current)) {
        m_pane->clear();
        return;
    }
    const QString path = m_model->path(current);
    const QString left = leftRef(current);
    const QString leftTitle = left == m_base ? m_base : tr("merge base %1").arg(m_mergeBase.left(kShortId));
    m_pane->compare(urlAt(left.toStdString(), path), urlAt(m_compare.toStdString(), path), leftTitle, m_compare);
}

void CompareView::activateCurrent()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    if (m_model->isFolder(current))
        m_view->setExpanded(current, !m_view->isExpanded(current));
    else
        activate(current);
}

void CompareView::activate(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    // A removed object no longer exists on the compare ref: open the version it had.
    const bool removed = row.data(DiffTreeModel::KindRole).toInt() == DiffTreeModel::Removed;
    const QString ref = removed ? leftRef(row) : m_compare;
    emit objectActivated(urlAt(ref.toStdString(), m_model->path(row)));
}

} // namespace lakescope::ui
