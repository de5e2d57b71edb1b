// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/failedfilesdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lakescope::ui {

FailedFilesDialog::FailedFilesDialog(const QString &title, const std::vector<FileProgress> &failed, QWidget *parent)
    : QDialog(parent), m_list(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Failed items"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel((failed.size() == 1 ? tr("%1: 1 item failed").arg(title)
                                                    : tr("%1: %2 items failed").arg(title).arg(failed.size())), this);
    label->setWordWrap(true);
    layout->addWidget(label);

    QStringList lines;
    lines.reserve(qsizetype(failed.size()));
    for (const FileProgress &file : failed) {
        // Where it was going reads shorter than a full local source path.
        const std::string &key = file.destinationKey.empty() ? file.sourceKey : file.destinationKey;
        lines.append(tr("%1 \u2014 %2").arg(QString::fromStdString(key), QString::fromStdString(file.message)));
    }
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
    m_list->setAccessibleName(tr("Failed items and their errors"));
    label->setBuddy(m_list);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy all failed items"));
    connect(copy, &QPushButton::clicked, this, &FailedFilesDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 360);
}

QString FailedFilesDialog::text() const
{
    return m_list->toPlainText();
}

void FailedFilesDialog::copyToClipboard() const
{
    QApplication::clipboard()->setText(text());
}

} // namespace lakescope::ui
