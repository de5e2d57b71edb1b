// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/mergeresultpage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {
constexpr int kShortIdLength = 12;
}

MergeResultPage::MergeResultPage(QWidget *parent)
    : QWidget(parent)
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
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(m_close, &QPushButton::clicked, this, &MergeResultPage::closeRequested);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_commitId); });
}

void MergeResultPage::showMerge(const QString &repository, const QString &source, const QString &destination,
    const QString &commitId, const QString &summary)
{
    m_commitId = commitId;
    m_title->setText(tr("<h3>Merged <b>%1</b> into <b>%2</b></h3>Repository <b>%3</b>, merge commit <b>%4</b>")
                         .arg(source.toHtmlEscaped(), destination.toHtmlEscaped(), repository.toHtmlEscaped(),
                             commitId.left(kShortIdLength)));
    m_summary->setText(summary);
    m_id->setText(commitId);
    m_close->setDefault(true);
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
