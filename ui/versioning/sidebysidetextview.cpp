// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/sidebysidetextview.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace lakescope::ui {

namespace {

constexpr int kPadding = 4;

// Semi-transparent, so the same tint reads on a light and a dark base.
QColor removedTint(int alpha) { return QColor(230, 60, 60, alpha); }
QColor addedTint(int alpha) { return QColor(40, 180, 80, alpha); }

QStringList expandTabs(const QStringList &lines)
{
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines) {
        QString copy = line;
        out.append(copy.replace(QLatin1Char('\t'), QStringLiteral("    ")));
    }
    return out;
}

} // namespace

SideBySideTextView::SideBySideTextView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
}

void SideBySideTextView::setContent(const QStringList &left, const QStringList &right, std::vector<DiffRow> rows)
{
    m_left = expandTabs(left);
    m_right = expandTabs(right);
    m_rows = std::move(rows);
    m_longestLine = 0;
    for (const QStringList *side : {&m_left, &m_right}) {
        for (const QString &line : *side)
            m_longestLine = std::max(m_longestLine, int(line.size()));
    }
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void SideBySideTextView::clear()
{
    setContent({}, {}, {});
}

int SideBySideTextView::rowHeight() const
{
    return fontMetrics().height() + 2;
}

int SideBySideTextView::gutterWidth() const
{
    const int lines = int(std::max(m_left.size(), m_right.size()));
    const int digits = int(QString::number(std::max(lines, 1)).size());
    // Digits, then a "+" or "−" marker, so changes do not rest on colour alone.
    return fontMetrics().horizontalAdvance(QLatin1Char('0')) * (digits + 2) + 2 * kPadding;
}

void SideBySideTextView::updateScrollBars()
{
    const int visibleRows = std::max(1, viewport()->height() / rowHeight());
    verticalScrollBar()->setRange(0, std::max(0, rowCount() - visibleRows));
    verticalScrollBar()->setPageStep(visibleRows);
    verticalScrollBar()->setSingleStep(1);

    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int textWidth = viewport()->width() / 2 - gutterWidth() - 2 * kPadding;
    horizontalScrollBar()->setRange(0, std::max(0, m_longestLine * charWidth - textWidth));
    horizontalScrollBar()->setPageStep(std::max(1, textWidth));
    horizontalScrollBar()->setSingleStep(charWidth * 4);
}

void SideBySideTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const int height = rowHeight();
    const int half = viewport()->width() / 2;
    const QRect leftColumn(0, 0, half, height);
    const QRect rightColumn(half + 1, 0, viewport()->width() - half - 1, height);
    const int first = verticalScrollBar()->value();
    for (int row = first, y = 0; row < rowCount() && y < viewport()->height(); ++row, y += height) {
        paintSide(painter, leftColumn.translated(0, y), row, true);
        paintSide(painter, rightColumn.translated(0, y), row, false);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(half, 0, half, viewport()->height());
}

void SideBySideTextView::paintSide(QPainter &painter, const QRect &column, int row, bool leftSide) const
{
    const DiffRow &diffRow = m_rows[std::size_t(row)];
    const std::optional<std::size_t> index = leftSide ? diffRow.left : diffRow.right;
    const QStringList &lines = leftSide ? m_left : m_right;
    const int gutter = gutterWidth();
    const QRect gutterRect(column.left(), column.top(), gutter, column.height());
    const QRect textRect(column.left() + gutter, column.top(), column.width() - gutter, column.height());

    if (!index || *index >= std::size_t(lines.size())) {
        // A line only the other side has: a quiet hatch marks the gap.
        if (diffRow.op != DiffRow::Op::Same) {
            QColor hatch = palette().color(QPalette::Text);
            hatch.setAlpha(28);
            painter.fillRect(column, QBrush(hatch, Qt::BDiagPattern));
        }
        return;
    }

    const bool changed = diffRow.op != DiffRow::Op::Same;
    QColor gutterBack = palette().color(QPalette::AlternateBase);
    painter.fillRect(gutterRect, gutterBack);
    if (changed) {
        const QColor line = leftSide ? removedTint(45) : addedTint(50);
        const QColor number = leftSide ? removedTint(80) : addedTint(90);
        painter.fillRect(textRect, line);
        painter.fillRect(gutterRect, number);
    }

    const QFontMetrics metrics = fontMetrics();
    const int baseline = column.top() + 1 + metrics.ascent();
    QColor numberColor = palette().color(QPalette::Text);
    numberColor.setAlpha(140);
    painter.setPen(numberColor);
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    const QRect numberRect(gutterRect.left(), gutterRect.top(), gutter - kPadding - 2 * charWidth, column.height());
    painter.drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(*index + 1));
    if (changed) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPoint(gutterRect.right() - kPadding - charWidth, baseline),
                         leftSide ? QStringLiteral("\u2212") : QStringLiteral("+"));
    }

    // Only the visible slice of a line is drawn: a minified JSON object can
    // be one line of a quarter megabyte.
    const int scroll = horizontalScrollBar()->value();
    const int firstChar = scroll / std::max(1, charWidth);
    const int visibleChars = textRect.width() / std::max(1, charWidth) + 2;
    const QString &text = lines.at(qsizetype(*index));
    painter.save();
    painter.setClipRect(textRect);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QPoint(textRect.left() + kPadding + firstChar * charWidth - scroll, baseline),
                     text.mid(firstChar, visibleChars));
    painter.restore();
}

void SideBySideTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void SideBySideTextView::keyPressEvent(QKeyEvent *event)
{
    // Arrows and Page Up/Down come from QAbstractScrollArea; Home and End
    // jump to the start and the end as in any read-only text.
    if (event->key() == Qt::Key_Home) {
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
        return;
    }
    if (event->key() == Qt::Key_End) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SideBySideTextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateScrollBars();
}

} // namespace lakescope::ui
