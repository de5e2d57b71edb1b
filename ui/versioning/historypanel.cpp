// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/historypanel.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/versioning/commitdetailsview.h"
#include "ui/versioning/commitlogmodel.h"
#include "ui/versioning/commitreverter.h"
#include "ui/versioning/protectionnotice.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {

QString formatDate(std::int64_t seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

} // namespace

HistoryPanel::HistoryPanel(AsyncRunner *runner, LakeResolver lake, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_lake(lake)
{
    m_model = new CommitLogModel(runner, lake, this);
    m_reverter = new CommitReverter(runner, std::move(lake), this);
    connect(m_reverter, &CommitReverter::statusChanged, this, &HistoryPanel::statusChanged);
    connect(m_reverter, &CommitReverter::failed, this, &HistoryPanel::operationFailed);
    connect(m_reverter, &CommitReverter::reverted, this, [this](const QString &branch, const QString &commitId) {
        emit reverted(branch, commitId);
        emit refsChanged(repositoryUrl());
        if (QString::fromStdString(m_url.ref) == branch)
            reload();
    });
    createActions();
    buildLayout();
    connect(m_model, &CommitLogModel::pageLoaded, this, [this]() {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            selectCommit(0);
        updateStatus();
    });
    connect(m_model, &CommitLogModel::loadingChanged, this, &HistoryPanel::updateStatus);
    connect(m_model, &CommitLogModel::loadFailed, this, &HistoryPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPanel::updateDetails);
    updateDetails();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::createActions()
{
    const auto make = [this](const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_browseAction = make(tr("&Browse Files at This Commit"), &HistoryPanel::browseCurrent);
    m_branchAction = make(tr("Create &Branch Here…"), [this]() { openCreateRefDialog(CreateRefDialog::Kind::Branch); });
    m_tagAction = make(tr("Create &Tag Here…"), [this]() { openCreateRefDialog(CreateRefDialog::Kind::Tag); });
    m_revertAction = make(tr("&Revert on Branch…"), &HistoryPanel::chooseRevertBranch);
    m_copyIdAction = make(tr("&Copy Commit ID"), [this]() {
        if (const lakefs::Commit *commit = currentCommit())
            QGuiApplication::clipboard()->setText(QString::fromStdString(commit->id));
    });
    m_reloadAction = make(tr("Re&load History"), &HistoryPanel::reload);
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    for (QAction *action : {m_copyIdAction, m_reloadAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void HistoryPanel::buildLayout()
{
    m_blameLabel = new QLabel(this);
    m_blameLabel->setWordWrap(true);
    m_blameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_blameLabel->setAccessibleName(tr("Last change"));
    m_blameLabel->hide();
    m_protection = new ProtectionNotice(m_runner, m_lake, this);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    // Widths from the font, not the contents: measuring every row of a long
    // log on each page would cost the GUI thread.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->setSectionResizeMode(CommitLogModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(CommitLogModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("0123456789ab")) + 16);
    header->resizeSection(CommitLogModel::CommitterColumn, metrics.horizontalAdvance(QStringLiteral("committer-name")) + 16);
    header->resizeSection(CommitLogModel::DateColumn, metrics.horizontalAdvance(QStringLiteral("23 Nov 2026 04:31:57")) + 16);
    header->resizeSection(CommitLogModel::ParentsColumn, metrics.horizontalAdvance(QStringLiteral("0123456789ab")) + 16);
    m_view->setAccessibleName(tr("Commits"));
    m_view->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        if (currentCommit())
            buildMenu()->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::activated, this, &HistoryPanel::browseCurrent);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("History status"));
    m_loadMore = new QPushButton(tr("Load &More"), this);
    m_loadMore->setAccessibleName(tr("Load more commits"));
    connect(m_loadMore, &QPushButton::clicked, this, [this]() { m_model->fetchMore({}); });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_loadMore);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_protection);
    listLayout->addWidget(m_blameLabel);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(statusRow);

    m_details = new CommitDetailsView(this);

    // Side by side: the panel lives in a wide, short bottom dock.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_view);
}

void HistoryPanel::setRef(const StoreUrl &url)
{
    m_url = url;
    m_blame.reset();
    m_model->setSource(url);
    requestBlame();
    m_protection->setRef(m_url);
    updateStatus();
}

void HistoryPanel::reload()
{
    setRef(m_url);
}

void HistoryPanel::setPageSize(int amount)
{
    m_model->setPageSize(amount);
}

StoreUrl HistoryPanel::repositoryUrl() const
{
    StoreUrl repository = m_url;
    repository.ref.clear();
    repository.path.clear();
    return repository;
}

const lakefs::Commit *HistoryPanel::currentCommit() const
{
    return m_model->commitAt(m_view->currentIndex().row());
}

void HistoryPanel::selectCommit(int row)
{
    m_view->setCurrentIndex(m_model->index(row, CommitLogModel::IdColumn));
}

void HistoryPanel::updateDetails()
{
    m_details->setCommit(currentCommit());
    updateActions();
}

void HistoryPanel::updateActions()
{
    const bool has = currentCommit() != nullptr;
    for (QAction *action : {m_browseAction, m_branchAction, m_tagAction, m_revertAction, m_copyIdAction})
        action->setEnabled(has);
}

void HistoryPanel::updateStatus()
{
    QString text;
    if (!m_model->errorText().isEmpty())
        text = tr("History could not be loaded: %1").arg(m_model->errorText());
    else if (m_model->isLoading())
        text = tr("Loading commits…");
    else if (m_model->isComplete())
        text = tr("%n commit(s)", nullptr, m_model->rowCount());
    else
        text = tr("%n commit(s) loaded, more available", nullptr, m_model->rowCount());
    m_status->setText(text);
    m_loadMore->setVisible(m_model->canFetchMore({}));
    emit statusChanged(text);
}

QString HistoryPanel::blameText() const
{
    if (!m_blame)
        return {};
    return tr("Last changed in %1 by %2, %3: %4")
        .arg(CommitLogModel::shortId(m_blame->id), QString::fromStdString(m_blame->committer),
             formatDate(m_blame->creationDate), CommitLogModel::firstLine(m_blame->message));
}

void HistoryPanel::requestBlame()
{
    const quint64 generation = ++m_blameGeneration;
    m_blameLabel->setVisible(!m_url.path.empty());
    m_blameLabel->clear();
    if (m_url.path.empty() || m_url.scheme != Scheme::LakeFs)
        return;
    lakefs::LogRequest request;
    request.amount = 1;
    request.limit = true;
    if (m_url.path.back() == '/')
        request.prefixes.push_back(m_url.path);
    else
        request.objects.push_back(m_url.path);
    m_runner->run(
        this,
        [lake = m_lake, url = m_url, request]() -> Result<lakefs::Page<lakefs::Commit>> {
            auto lakeApi = lake(url);
            if (!lakeApi)
                return lakeApi.error();
            return (*lakeApi)->logCommits(url.bucket, url.ref, request);
        },
        [this, generation](Result<lakefs::Page<lakefs::Commit>> page) {
            if (generation != m_blameGeneration)
                return;
            const QString path = QString::fromStdString(m_url.path);
            if (!page)
                m_blameLabel->setText(tr("Last change of %1 unknown: %2").arg(path, UiErrors::describe(page.error())));
            else if (page->results.empty())
                m_blameLabel->setText(tr("No commit on this ref changed %1.").arg(path));
            else
                m_blame = page->results.front();
            if (m_blame)
                m_blameLabel->setText(blameText());
            emit blameChanged(m_blameLabel->text());
        });
}

void HistoryPanel::browseCurrent()
{
    const lakefs::Commit *commit = currentCommit();
    if (!commit)
        return;
    StoreUrl url = repositoryUrl();
    url.ref = commit->id;
    emit browseRequested(url);
}

CreateRefDialog *HistoryPanel::openCreateRefDialog(CreateRefDialog::Kind kind)
{
    const lakefs::Commit *commit = currentCommit();
    auto *dialog = new CreateRefDialog(m_runner, m_lake, repositoryUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKind(kind);
    dialog->setSource(commit ? QString::fromStdString(commit->id) : QString::fromStdString(m_url.ref));
    connect(dialog, &CreateRefDialog::refCreated, this, [this]() { emit refsChanged(repositoryUrl()); });
    dialog->open();
    return dialog;
}

void HistoryPanel::chooseRevertBranch()
{
    if (const lakefs::Commit *commit = currentCommit())
        m_reverter->chooseBranch(repositoryUrl(), QString::fromStdString(commit->id), commit->parents.size() > 1,
                                 QString::fromStdString(m_url.ref));
}

void HistoryPanel::revertOnBranch(const QString &commitId, const QString &branch)
{
    const lakefs::Commit *commit = m_model->commitAt(m_model->rowOfCommit(commitId));
    m_reverter->revert(repositoryUrl(), commitId, commit && commit->parents.size() > 1, branch);
}

QString HistoryPanel::protectionText() const
{
    return m_protection->text();
}

QMenu *HistoryPanel::buildMenu()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Commit actions"));
    menu->addAction(m_browseAction);
    menu->addSeparator();
    menu->addAction(m_branchAction);
    menu->addAction(m_tagAction);
    menu->addAction(m_revertAction);
    menu->addSeparator();
    menu->addAction(m_copyIdAction);
    menu->addAction(m_reloadAction);
    return menu;
}

void HistoryPanel::showContextMenu()
{
    if (!currentCommit())
        return;
    const QRect rect = m_view->visualRect(m_view->currentIndex());
    buildMenu()->popup(m_view->viewport()->mapToGlobal(rect.bottomLeft()));
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool menuKey = key->key() == Qt::Key_Menu
                             || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier);
        if (menuKey) {
            showContextMenu();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            browseCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lakescope::ui
