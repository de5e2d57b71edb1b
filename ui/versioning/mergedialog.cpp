// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/mergedialog.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/diffsources.h"
#include "ui/versioning/enterkeyfilter.h"
#include "ui/versioning/mergeerrors.h"
#include "ui/versioning/mergeresultpage.h"
#include "ui/versioning/mergestrategychooser.h"
#include "ui/versioning/metadataeditor.h"
#include "ui/versioning/objectcomparepane.h"
#include "ui/widgets/displayformat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {
constexpr int kExpandAllBelow = 500; // entries; a larger review opens its top folders only
} // namespace

MergeDialog::MergeDialog(
    StoreAccess access, AsyncRunner *runner, const StoreUrl &source, const StoreUrl &destination, QWidget *parent)
    : QDialog(parent)
    , m_access(std::move(access))
    , m_runner(runner)
    , m_source(source)
    , m_destination(destination)
{
    setWindowTitle(tr("Merge %1 into %2").arg(sourceName(), destinationName()));
    m_model = new DiffTreeModel(runner, this);

    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildReviewPage());
    m_result = new MergeResultPage(runner, m_pages);
    connect(m_result, &MergeResultPage::historyRequested, this, [this] { emit historyRequested(m_destination); });
    m_pages->addWidget(m_result);
    connect(m_result, &MergeResultPage::closeRequested, this, &MergeDialog::accept);
    layout->addWidget(m_pages);
    // Room for the changes and two versions side by side, within the screen.
    const QScreen *screen = parent != nullptr ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen != nullptr ? screen->availableGeometry().size() * 0.9 : QSize(1100, 720);
    resize(QSize(1100, 720).boundedTo(room));

    const QKeySequence mergeKeys[]
        = { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) };
    for (const QKeySequence &keys : mergeKeys) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!isResultShown())
                accept();
        });
    }
    connect(m_model, &DiffTreeModel::statusChanged, this, &MergeDialog::updateSummary);
    connect(m_model, &DiffTreeModel::loaded, this, [this] {
        if (m_model->totals().total() < kExpandAllBelow)
            m_tree->expandAll();
        else
            m_tree->expandToDepth(0);
        updateState();
    });

    m_model->setPageSource(
        DiffSources::betweenRefs(m_access, m_destination, m_destination.ref, m_source.ref, lakefs::DiffKind::ThreeDot));
    startPreflight();
    updateSummary();
    updateState();
    m_tree->setFocus();
}

MergeDialog::~MergeDialog()
{
    m_model->cancel();
}

QString MergeDialog::sourceName() const
{
    return QString::fromStdString(m_source.ref);
}

QString MergeDialog::destinationName() const
{
    return QString::fromStdString(m_destination.ref);
}

QString MergeDialog::repositoryName() const
{
    return QString::fromStdString(m_destination.bucket);
}

QWidget *MergeDialog::buildReviewPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QLabel(page);
    header->setObjectName(QStringLiteral("header"));
    header->setTextFormat(Qt::RichText);
    header->setText(
        tr("<h3>Merge <b>%1</b> into <b>%2</b></h3>Repository <b>%3</b>")
            .arg(sourceName().toHtmlEscaped(), destinationName().toHtmlEscaped(), repositoryName().toHtmlEscaped()));
    layout->addWidget(header);

    m_preflightLabel = new QLabel(page);
    m_preflightLabel->setObjectName(QStringLiteral("preflight"));
    m_preflightLabel->setWordWrap(true);
    m_preflightLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preflightLabel->setAccessibleName(tr("Merge checks"));
    layout->addWidget(m_preflightLabel);

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setAccessibleName(tr("Changes that will land"));
    m_conflictsOnly = new QCheckBox(tr("Show only &conflicts"), page);
    m_conflictsOnly->setAccessibleName(tr("Show only conflicts"));
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_conflictsOnly);
    layout->addLayout(summaryRow);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Changes that will land on %1").arg(destinationName()));
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    // Enter belongs to the tree here, not to the dialog's default button.
    new EnterKeyFilter(m_tree, [this] {
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
        if (current.isValid() && m_model->isFolder(current))
            m_tree->setExpanded(current, !m_tree->isExpanded(current));
        else
            showSelected();
    });
    m_compare = new ObjectComparePane(m_access, m_runner, splitter);
    m_compare->setAccessibleName(tr("Both versions of the selected object"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_compare);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_strategy = new MergeStrategyChooser(sourceName(), destinationName(), page);
    layout->addWidget(m_strategy);

    m_warning = new QLabel(page);
    m_warning->setObjectName(QStringLiteral("conflictWarning"));
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);

    auto *form = new QFormLayout;
    // lakeFS's own default, untranslated: it lands in the repository's log,
    // which the whole team reads.
    m_message = new QLineEdit(QStringLiteral("Merge '%1' into '%2'").arg(sourceName(), destinationName()), page);
    m_message->setAccessibleName(tr("Merge message"));
    form->addRow(tr("Messa&ge:"), m_message);
    layout->addLayout(form);
    auto *metadataLabel = new QLabel(tr("M&etadata:"), page);
    layout->addWidget(metadataLabel);
    m_metadata = new MetadataEditor(tr("Merge metadata"), page);
    m_metadata->setMaximumHeight(120);
    metadataLabel->setBuddy(m_metadata->table());
    layout->addWidget(m_metadata);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Merge status"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(page);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setAccessibleName(tr("Merge"));
    m_merge->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    connect(m_strategy, &MergeStrategyChooser::strategyChanged, this, &MergeDialog::updateState);
    connect(m_conflictsOnly, &QCheckBox::toggled, this, &MergeDialog::setConflictsOnly);
    connect(m_metadata, &MetadataEditor::changed, this, &MergeDialog::updateState);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MergeDialog::showSelected);
    return page;
}

lakefs::MergeStrategy MergeDialog::strategy() const
{
    return m_strategy->strategy();
}

void MergeDialog::setStrategy(lakefs::MergeStrategy strategy)
{
    m_strategy->setStrategy(strategy);
}

QString MergeDialog::message() const
{
    return m_message->text();
}

void MergeDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void MergeDialog::setConflictsOnly(bool only)
{
    if (m_conflictsOnly->isChecked() != only) {
        m_conflictsOnly->setChecked(only); // comes back here through toggled
        return;
    }
    m_model->setKindFilter(only ? DiffTreeModel::Kinds(DiffTreeModel::Conflict)
                                : DiffTreeModel::Kinds(DiffTreeModel::Added | DiffTreeModel::Removed
                                    | DiffTreeModel::Changed | DiffTreeModel::Conflict));
    m_tree->expandAll();
}

QString MergeDialog::blockingReason() const
{
    if (!m_preflightDone)
        return tr("Checking whether %1 can be merged into %2…").arg(sourceName(), destinationName());
    if (!m_preflightReasons.isEmpty())
        return m_preflightReasons.join(QLatin1Char('\n'));
    return m_metadata->problem();
}

QString MergeDialog::conflictWarning() const
{
    return m_warning->text();
}

QString MergeDialog::statusText() const
{
    return m_status->text();
}

bool MergeDialog::isResultShown() const
{
    return m_pages->currentIndex() == 1;
}

QString MergeDialog::resultSummary() const
{
    return m_result->summary();
}

void MergeDialog::startPreflight()
{
    m_preflightLabel->setText(blockingReason());
    m_runner->run(
        this,
        [access = m_access, url = m_destination, sourceRef = m_source.ref]() -> Result<MergePreflight::Findings> {
            auto lake = access.lake(url);
            if (!lake)
                return lake.error();
            return MergePreflight::run(**lake, url.bucket, sourceRef, url.ref);
        },
        [this](Result<MergePreflight::Findings> findings) {
            if (!findings) {
                MergePreflight::Findings failed;
                failed.failure = findings.error();
                finishPreflight(failed);
                return;
            }
            finishPreflight(*findings);
        });
}

void MergeDialog::finishPreflight(const MergePreflight::Findings &findings)
{
    m_preflightDone = true;
    m_findings = findings;
    m_preflightReasons = MergePreflight::reasons(findings, repositoryName(), sourceName(), destinationName());
    updateState();
}

void MergeDialog::updateSummary()
{
    const DiffTreeModel::Counts totals = m_model->totals();
    DiffTreeModel::Counts landing = totals;
    landing.conflicts = 0;
    QString text = landing.total() > 0 ? DiffTreeModel::countsText(landing) : tr("no changes");
    if (totals.conflicts > 0)
        text = totals.conflicts == 1 ? tr("%1, 1 conflict").arg(text)
                                     : tr("%1, %2 conflicts").arg(text, DisplayFormat::count(totals.conflicts));
    if (m_model->error())
        text = m_model->statusText();
    else if (!m_model->isComplete())
        text = tr("%1 (loading…)").arg(text);
    m_summary->setText(tr("Changes that will land: %1").arg(text));
    if (m_warning)
        updateState();
}

void MergeDialog::updateState()
{
    if (!m_warning)
        return; // still building
    const bool editable = !m_merging && m_mergeCommitId.isEmpty();
    m_message->setReadOnly(!editable);
    m_metadata->setEditable(editable);
    m_strategy->setEditable(editable);

    const QString reason = blockingReason();
    m_merge->setEnabled(editable && reason.isEmpty());
    m_merge->setToolTip(reason);
    m_preflightLabel->setText(m_preflightDone ? m_preflightReasons.join(QLatin1Char('\n')) : reason);
    m_preflightLabel->setVisible(!m_preflightLabel->text().isEmpty());
    m_preflightLabel->setStyleSheet(
        m_preflightReasons.isEmpty() ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));

    const qint64 conflicts = m_model->totals().conflicts;
    const QString paths = conflicts == 1 ? tr("1 path changed on both sides")
                                         : tr("%1 paths changed on both sides").arg(DisplayFormat::count(conflicts));
    QString warning;
    if (conflicts > 0) {
        switch (strategy()) {
        case lakefs::MergeStrategy::Default:
            warning = tr("%1: with “Stop on conflict” the merge will fail. Choose “Keep destination” or “Take "
                         "source” to settle them.")
                          .arg(paths);
            break;
        case lakefs::MergeStrategy::DestWins:
            warning = tr("%1: they will keep %2's version.").arg(paths, destinationName());
            break;
        case lakefs::MergeStrategy::SourceWins:
            warning = tr("%1: they will take %2's version.").arg(paths, sourceName());
            break;
        }
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_warning->setStyleSheet(
        strategy() == lakefs::MergeStrategy::Default ? QStringLiteral("color: #b00020;") : QString());

    if (m_merging)
        m_status->setText(tr("Merging %1 into %2…").arg(sourceName(), destinationName()));
    else if (!m_failure.isEmpty())
        m_status->setText(m_failure);
    else if (m_preflightDone && m_preflightReasons.isEmpty())
        m_status->setText(m_metadata->problem());
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
}

void MergeDialog::showSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || m_model->isFolder(current)) {
        m_compare->clear();
        return;
    }
    const std::string path = m_model->path(current).toStdString();
    // The commits the preflight resolved are what the merge would see; the
    // names stand in until it answered.
    StoreUrl left = m_destination;
    left.ref = m_findings.destinationCommitId.empty() ? m_destination.ref : m_findings.destinationCommitId;
    left.path = path;
    StoreUrl right = m_source;
    right.ref = m_findings.sourceCommitId.empty() ? m_source.ref : m_findings.sourceCommitId;
    right.path = path;
    m_compare->compare(left, right, destinationName(), sourceName());
}


void MergeDialog::accept()
{
    if (isResultShown()) {
        QDialog::accept();
        return;
    }
    if (!m_merging && m_mergeCommitId.isEmpty() && m_preflightDone && blockingReason().isEmpty())
        startMerge();
}

void MergeDialog::startMerge()
{
    m_merging = true;
    m_failure.clear();
    m_refusedConflicts.clear();
    updateState();
    lakefs::MergeRequest request;
    request.message = m_message->text().trimmed().toStdString();
    request.metadata = m_metadata->metadata();
    request.strategy = strategy();
    m_mergedWith = request.strategy;
    m_runner->run(
        this,
        [access = m_access, url = m_destination, sourceRef = m_source.ref, request]() -> Result<lakefs::MergeResult> {
            auto lake = access.lake(url);
            if (!lake)
                return lake.error();
            return (*lake)->merge(url.bucket, sourceRef, url.ref, request);
        },
        [this](Result<lakefs::MergeResult> result) { finishMerge(result); });
}

void MergeDialog::finishMerge(const Result<lakefs::MergeResult> &result)
{
    m_merging = false;
    if (!result) {
        m_failure = MergeErrors::describe(result.error(), repositoryName(), sourceName(), destinationName());
        updateState();
        return;
    }
    if (result->conflicted()) {
        for (const std::string &path : result->conflicts)
            m_refusedConflicts << QString::fromStdString(path);
        m_failure = MergeErrors::stoppedOnConflicts(m_refusedConflicts, destinationName());
        updateState();
        setConflictsOnly(true);
        if (!m_refusedConflicts.isEmpty()) {
            const QModelIndex first = m_model->indexOfPath(m_refusedConflicts.first());
            if (first.isValid()) {
                m_tree->setCurrentIndex(first);
                m_tree->scrollTo(first);
            }
        }
        return;
    }
    m_mergeCommitId = QString::fromStdString(result->reference);
    showResult();
    emit merged(m_mergeCommitId);
}

void MergeDialog::showResult()
{
    const qint64 conflicts = m_model->totals().conflicts;
    QString settled;
    if (conflicts > 0) {
        const QString how = MergeStrategyChooser::settledBy(m_mergedWith, sourceName(), destinationName());
        settled = conflicts == 1 ? tr("1 conflict resolved by %1.").arg(how)
                                 : tr("%1 conflicts resolved by %2.").arg(DisplayFormat::count(conflicts), how);
    }
    // What landed is the merge commit against its first parent, the
    // destination as it was.
    const std::string merge = m_mergeCommitId.toStdString();
    m_result->showMerge(repositoryName(), sourceName(), destinationName(), m_mergeCommitId,
        DiffSources::betweenRefs(m_access, m_destination, merge + "^1", merge, lakefs::DiffKind::TwoDot), settled);
    updateState();
    m_pages->setCurrentIndex(1);
    m_result->closeButton()->setFocus();
}

} // namespace lakescope::ui
