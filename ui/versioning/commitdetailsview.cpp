// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/commitdetailsview.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace lakescope::ui {

CommitDetailsView::CommitDetailsView(QWidget *parent) : QWidget(parent)
{
    m_fullId = new QLineEdit(this);
    m_fullId->setReadOnly(true);
    m_fullId->setAccessibleName(tr("Commit ID"));
    m_parents = new QLabel(this);
    m_parents->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_parents->setWordWrap(true);
    m_parents->setAccessibleName(tr("Parents"));
    m_committer = new QLabel(this);
    m_committer->setAccessibleName(tr("Committer"));
    m_date = new QLabel(this);
    m_date->setAccessibleName(tr("Date"));
    m_message = new QPlainTextEdit(this);
    m_message->setReadOnly(true);
    m_message->setAccessibleName(tr("Commit message"));
    m_metadata = new QTableWidget(0, 2, this);
    m_metadata->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->verticalHeader()->hide();
    m_metadata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadata->setAccessibleName(tr("Commit metadata"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Commit:"), m_fullId);
    form->addRow(tr("Parents:"), m_parents);
    form->addRow(tr("Committer:"), m_committer);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Message:"), m_message);
    form->addRow(tr("Metadata:"), m_metadata);
}

QString CommitDetailsView::commitId() const
{
    return m_fullId->text();
}

void CommitDetailsView::setCommit(const lakefs::Commit *commit)
{
    m_fullId->setText(commit ? QString::fromStdString(commit->id) : QString());
    QStringList parents;
    if (commit) {
        for (const auto &parent : commit->parents)
            parents << QString::fromStdString(parent);
    }
    const QString joined = parents.join(QStringLiteral(", "));
    m_parents->setText(parents.size() > 1 ? tr("Merge of %1").arg(joined) : joined);
    m_committer->setText(commit ? QString::fromStdString(commit->committer) : QString());
    m_date->setText(commit ? QLocale().toString(QDateTime::fromSecsSinceEpoch(commit->creationDate),
                                                QLocale::LongFormat)
                           : QString());
    m_message->setPlainText(commit ? QString::fromStdString(commit->message) : QString());
    m_metadata->setRowCount(0);
    if (!commit)
        return;
    for (const auto &[key, value] : commit->metadata) {
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        m_metadata->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(key)));
        m_metadata->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(value)));
    }
}

} // namespace lakescope::ui
