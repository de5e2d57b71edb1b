// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/linediff.h"

#include <QAbstractScrollArea>
#include <QStringList>

#include <vector>

namespace lakescope::ui {

// Two texts in two columns, one diff row per line, each side with its own
// line numbers: removed lines tinted on the left, added ones on the right,
// a row with a line on one side only left blank (hatched) on the other.
// One scroll area for both columns, so they always scroll together; rows
// are painted on demand, so a few thousand lines cost nothing.
class SideBySideTextView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit SideBySideTextView(QWidget *parent = nullptr);

    // `rows` index into `left` and `right`.
    void setContent(const QStringList &left, const QStringList &right, std::vector<DiffRow> rows);
    void clear();
    int rowCount() const { return int(m_rows.size()); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateScrollBars();
    int rowHeight() const;
    int gutterWidth() const;
    void paintSide(QPainter &painter, const QRect &column, int row, bool leftSide) const;

    QStringList m_left;
    QStringList m_right;
    std::vector<DiffRow> m_rows;
    int m_longestLine = 0;
};

} // namespace lakescope::ui
