// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/linediff.h"

#include <QAbstractScrollArea>
#include <QStringList>

#include <utility>
#include <vector>

class QAction;

namespace lakescope::ui {

// Two texts in two columns, one diff row per line, each side with its own
// line numbers: removed lines tinted on the left, added ones on the right,
// the changed part of a modified line tinted stronger, a row with a line on
// one side only left blank (hatched) on the other. One scroll area for both
// columns, so they always scroll together; rows are painted on demand, so a
// few thousand lines cost nothing.
//
// Whole lines of one side can be selected and copied: click or drag on a
// side, or move the current line with Up/Down (Shift extends, Ctrl+Left and
// Ctrl+Right pick the side, Ctrl+A selects the side, Ctrl+Up/Down scroll by
// a line); Ctrl+C copies the selected lines without numbers or markers. The
// context menu also copies a whole side.
class SideBySideTextView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Side { Left, Right };

    explicit SideBySideTextView(QWidget *parent = nullptr);

    // `rows` index into `left` and `right`.
    void setContent(const QStringList &left, const QStringList &right, std::vector<DiffRow> rows);
    void clear();
    int rowCount() const { return int(m_rows.size()); }
    // Whether each text ended with a line ending, so a copied side is the text as read.
    void setFinalNewlines(bool left, bool right);
    // Said after the line counts in the accessible description ("Not in main").
    void setNote(const QString &note);

    int currentRow() const { return m_current; }
    Side currentSide() const { return m_side; }
    // Moves the current line (-1: none); `extend` keeps the selection's anchor.
    void setCurrentRow(int row, Side side, bool extend = false);
    // First and last selected row, on currentSide(); {-1, -1} when none.
    std::pair<int, int> selectedRows() const;
    QString selectedText() const;
    QString sideText(Side side) const;
    // The part of a Modified row's line marked as changed, in UTF-16 code
    // units of the line as shown (tabs expanded); empty where nothing is.
    Span changedSpan(int row, Side side) const;

    QAction *copyLinesAction() const { return m_copyLines; }
    QAction *copyLeftSideAction() const { return m_copyLeft; }
    QAction *copyRightSideAction() const { return m_copyRight; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct RowMarks
    {
        Span left;
        Span right;
    };

    void updateScrollBars();
    int rowHeight() const;
    int gutterWidth() const;
    int rowAt(int y) const;
    void ensureRowVisible(int row);
    void copyToClipboard(const QString &text);
    void updateDescription();
    void updateActions();
    void paintSide(QPainter &painter, const QRect &column, int row, bool leftSide) const;

    QStringList m_left;     // as shown: tabs expanded
    QStringList m_right;
    QStringList m_leftRaw;  // as read, for copying
    QStringList m_rightRaw;
    bool m_leftFinalNewline = true;
    bool m_rightFinalNewline = true;
    std::vector<DiffRow> m_rows;
    std::vector<RowMarks> m_marks;
    int m_longestLine = 0;
    int m_addedRows = 0;
    int m_removedRows = 0;
    QString m_note;

    Side m_side = Side::Left;
    int m_current = -1;
    int m_anchor = -1;

    QAction *m_copyLines;
    QAction *m_copyLeft;
    QAction *m_copyRight;
    QAction *m_selectSide;
};

} // namespace lakescope::ui
