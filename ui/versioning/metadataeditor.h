// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectinfo.h"

#include <QString>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace lakescope::ui {

// Key/value rows for a commit's or a merge's metadata, with Add and Remove
// buttons. A row left blank is ignored, so adding one never blocks the
// dialog it sits in; a value without a key or a key used twice does.
class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    // `accessibleName` names the table ("Commit metadata", "Merge metadata").
    explicit MetadataEditor(const QString &accessibleName, QWidget *parent = nullptr);

    void addRow(const QString &key = {}, const QString &value = {});
    Metadata metadata() const;
    // Why the rows cannot be used, or empty.
    QString problem() const;
    // The table, for a label's buddy and for tests.
    QTableWidget *table() const { return m_table; }
    void setEditable(bool editable);

signals:
    void changed();

private:
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_editable = true;
};

} // namespace lakescope::ui
