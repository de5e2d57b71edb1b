// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTableView>

namespace lakescope::ui {

// The folder table: file-manager defaults (whole-row selection, no grid,
// alternating rows, stretching name column) and fixed row heights, which
// keep scrolling and inserts O(visible rows) even with a million rows.
// Shows a placeholder text ("This folder is empty", "Loading…") while it
// has no rows.
class ObjectTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ObjectTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);

    // Reasonable widths for everything but the stretching name column.
    void applyDefaultColumnWidths();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateRowHeight();

    QString m_placeholder;
};

} // namespace lakescope::ui
