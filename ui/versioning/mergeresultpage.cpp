// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/mergeresultpage.h"

#include "ui/versioning/difftreemodel.h"
#include "ui/widgets/displayformat.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {
constexpr int kShortIdLength = 12;
}

MergeResultPage::MergeResultPage(AsyncRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_landed(new DiffTreeModel(runner, this))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("resultTitle"));
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultCounts"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *idRow = new QHBoxLayout;
    auto *idLabel = new QLabel(tr("Merge &commit:"), this);
    m_id = new QLineEdit(this);
    m_id->setReadOnly(true);
    m_id->setAccessibleName(tr("Merge commit id"));
    idLabel->setBuddy(m_id);
    auto *copy = new QPushButton(tr("Co&py id"), this);
    copy->setAccessibleName(tr("Copy the full merge commit id"));
    copy->setAutoDefault(false);
    idRow->addWidget(idLabel);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(copy);
    layout->addLayout(idRow);

    auto *landedLabel = new QLabel(tr("What &landed:"), this);
    layout->addWidget(landedLabel);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_landed);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Changes the merge brought"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    landedLabel->setBuddy(m_tree);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *history = buttons->addButton(tr("Show &History"), QDialogButtonBox::ActionRole);
    history->setAccessibleName(tr("Show the destination's history"));
    history->setAutoDefault(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(m_close, &QPushButton::clicked, this, &MergeResultPage::closeRequested);
    connect(history, &QPushButton::clicked, this, &MergeResultPage::historyRequested);
    connect(m_landed, &DiffTreeModel::statusChanged, this, &MergeResultPage::updateSummary);
    connect(m_landed, &DiffTreeModel::loaded, this, [this] {
        // A merge of a few folders reads best opened; a huge one stays folded.
        if (m_landed->totals().total() < 500)
            m_tree->expandAll();
    });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_commitId); });
}

void MergeResultPage::showMerge(const QString &repository, const QString &source, const QString &destination,
    const QString &commitId, DiffPageSource landed, const QString &settled)
{
    m_commitId = commitId;
    m_settled = settled;
    m_title->setText(tr("<h3>Merged <b>%1</b> into <b>%2</b></h3>Repository <b>%3</b>, merge commit <b>%4</b>")
                         .arg(source.toHtmlEscaped(), destination.toHtmlEscaped(), repository.toHtmlEscaped(),
                             commitId.left(kShortIdLength)));
    m_id->setText(commitId);
    m_close->setDefault(true);
    m_landed->setPageSource(std::move(landed));
    updateSummary();
}

void MergeResultPage::updateSummary()
{
    QString counts;
    if (m_landed->error())
        counts = m_landed->statusText();
    else if (!m_landed->isComplete())
        counts = tr("Counting what landed…");
    else if (m_landed->totals().total() == 0)
        counts = tr("The merge changed no objects.");
    else
        counts = tr("%1 added, %2 removed, %3 changed.")
                     .arg(DisplayFormat::count(m_landed->totals().added),
                          DisplayFormat::count(m_landed->totals().removed),
                          DisplayFormat::count(m_landed->totals().changed));
    m_summary->setText(m_settled.isEmpty() ? counts : tr("%1 %2").arg(counts, m_settled));
}

QString MergeResultPage::summary() const
{
    return m_summary->text();
}

QString MergeResultPage::title() const
{
    return m_title->text();
}

} // namespace lakescope::ui
