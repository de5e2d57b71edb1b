// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/metadataeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lakescope::ui {

MetadataEditor::MetadataEditor(const QString &accessibleName, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(accessibleName);
    // Tab leaves the table, so the dialog stays usable from the keyboard.
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table);

    auto *rows = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setAccessibleName(tr("Add a metadata entry"));
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setAccessibleName(tr("Remove the selected metadata entry"));
    m_remove->setAutoDefault(false);
    rows->addWidget(m_add);
    rows->addWidget(m_remove);
    rows->addStretch();
    layout->addLayout(rows);
    setFocusProxy(m_table);

    connect(m_table, &QTableWidget::itemChanged, this, &MetadataEditor::changed);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        updateButtons();
        emit changed();
    });
    updateButtons();
}

void MetadataEditor::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    updateButtons();
    emit changed();
}

Metadata MetadataEditor::metadata() const
{
    Metadata metadata;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (!key.isEmpty())
            metadata[key.toStdString()] = value.toStdString();
    }
    return metadata;
}

QString MetadataEditor::problem() const
{
    QSet<QString> keys;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        if (key.isEmpty())
            return tr("Metadata row %1 has a value but no key.").arg(row + 1);
        if (keys.contains(key))
            return tr("The metadata key “%1” is used twice; keys must be unique.").arg(key);
        keys.insert(key);
    }
    return {};
}

void MetadataEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void MetadataEditor::updateButtons()
{
    m_table->setEnabled(m_editable);
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable && m_table->rowCount() > 0);
}

} // namespace lakescope::ui
