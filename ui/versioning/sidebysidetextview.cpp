// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/sidebysidetextview.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace lakescope::ui {

namespace {

constexpr int kPadding = 4;
constexpr int kSpokenLineLength = 80;

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

// The byte span of a UTF-8 line as UTF-16 code units of the same line. The
// span never starts or ends inside a UTF-8 sequence, so it never splits a
// surrogate pair either.
Span utf16Span(const QByteArray &utf8, Span bytes)
{
    if (bytes.length == 0)
        return {};
    const qsizetype begin = QString::fromUtf8(utf8.constData(), qsizetype(bytes.begin)).size();
    const qsizetype length =
        QString::fromUtf8(utf8.constData() + bytes.begin, qsizetype(bytes.length)).size();
    return {std::size_t(begin), std::size_t(length)};
}

QString spoken(const QString &line)
{
    const QString shown = line.size() > kSpokenLineLength ? line.left(kSpokenLineLength) + QStringLiteral("…") : line;
    return QStringLiteral("'%1'").arg(shown);
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
    viewport()->setCursor(Qt::IBeamCursor);

    // The shortcuts are shown in the menu; the keys themselves are taken in
    // keyPressEvent (see event()), so a window-wide Ctrl+C cannot collide.
    m_copyLines = new QAction(tr("Copy Lines"), this);
    m_copyLines->setObjectName(QStringLiteral("copyLines"));
    m_copyLines->setShortcut(QKeySequence::Copy);
    m_copyLines->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyLines, &QAction::triggered, this, [this] { copyToClipboard(selectedText()); });
    m_selectSide = new QAction(tr("Select All Lines of This Side"), this);
    m_selectSide->setObjectName(QStringLiteral("selectSide"));
    m_selectSide->setShortcut(QKeySequence::SelectAll);
    m_selectSide->setShortcutContext(Qt::WidgetShortcut);
    connect(m_selectSide, &QAction::triggered, this, [this] {
        if (rowCount() == 0)
            return;
        m_anchor = 0;
        setCurrentRow(rowCount() - 1, m_side, true);
    });
    m_copyLeft = new QAction(tr("Copy Left Side"), this);
    m_copyLeft->setObjectName(QStringLiteral("copyLeftSide"));
    connect(m_copyLeft, &QAction::triggered, this, [this] { copyToClipboard(sideText(Side::Left)); });
    m_copyRight = new QAction(tr("Copy Right Side"), this);
    m_copyRight->setObjectName(QStringLiteral("copyRightSide"));
    connect(m_copyRight, &QAction::triggered, this, [this] { copyToClipboard(sideText(Side::Right)); });
    updateActions();
}

void SideBySideTextView::setContent(const QStringList &left, const QStringList &right, std::vector<DiffRow> rows)
{
    m_leftRaw = left;
    m_rightRaw = right;
    m_left = expandTabs(left);
    m_right = expandTabs(right);
    m_rows = std::move(rows);
    m_longestLine = 0;
    for (const QStringList *side : {&m_left, &m_right}) {
        for (const QString &line : *side)
            m_longestLine = std::max(m_longestLine, int(line.size()));
    }

    // The changed parts are found here, on the GUI thread, in the lines as
    // shown: each side is capped by the pane's text limit, so this is one
    // linear pass over at most that many characters, and the spans come out
    // in the shown (tab-expanded, UTF-16) positions the painter needs.
    m_marks.assign(m_rows.size(), RowMarks{});
    m_addedRows = 0;
    m_removedRows = 0;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const DiffRow &diffRow = m_rows[row];
        if (diffRow.op == DiffRow::Op::Added || diffRow.op == DiffRow::Op::Modified)
            ++m_addedRows;
        if (diffRow.op == DiffRow::Op::Removed || diffRow.op == DiffRow::Op::Modified)
            ++m_removedRows;
        if (diffRow.op != DiffRow::Op::Modified || !diffRow.left || !diffRow.right
            || *diffRow.left >= std::size_t(m_left.size()) || *diffRow.right >= std::size_t(m_right.size()))
            continue;
        const QByteArray leftBytes = m_left.at(qsizetype(*diffRow.left)).toUtf8();
        const QByteArray rightBytes = m_right.at(qsizetype(*diffRow.right)).toUtf8();
        const auto [leftSpan, rightSpan] = changedSpans(std::string_view(leftBytes.constData(), leftBytes.size()),
                                                        std::string_view(rightBytes.constData(), rightBytes.size()));
        m_marks[row] = {utf16Span(leftBytes, leftSpan), utf16Span(rightBytes, rightSpan)};
    }

    m_current = -1;
    m_anchor = -1;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    updateActions();
    updateDescription();
    viewport()->update();
}

void SideBySideTextView::clear()
{
    m_note.clear();
    setContent({}, {}, {});
}

void SideBySideTextView::setFinalNewlines(bool left, bool right)
{
    m_leftFinalNewline = left;
    m_rightFinalNewline = right;
}

void SideBySideTextView::setNote(const QString &note)
{
    m_note = note;
    updateDescription();
}

void SideBySideTextView::setCurrentRow(int row, Side side, bool extend)
{
    row = rowCount() == 0 ? -1 : std::clamp(row, -1, rowCount() - 1);
    // A selection lives on one side: switching sides starts a new one.
    if (!extend || m_anchor < 0 || side != m_side)
        m_anchor = row;
    m_current = row;
    m_side = side;
    ensureRowVisible(row);
    updateActions();
    updateDescription();
    viewport()->update();
}

std::pair<int, int> SideBySideTextView::selectedRows() const
{
    if (m_current < 0 || m_anchor < 0)
        return {-1, -1};
    return {std::min(m_anchor, m_current), std::max(m_anchor, m_current)};
}

QString SideBySideTextView::selectedText() const
{
    const auto [first, last] = selectedRows();
    if (first < 0)
        return {};
    const QStringList &lines = m_side == Side::Left ? m_leftRaw : m_rightRaw;
    QStringList out;
    for (int row = first; row <= last; ++row) {
        const DiffRow &diffRow = m_rows[std::size_t(row)];
        const std::optional<std::size_t> index = m_side == Side::Left ? diffRow.left : diffRow.right;
        if (index && *index < std::size_t(lines.size()))
            out << lines.at(qsizetype(*index));
    }
    // No line ending after the last line: one copied line pastes as a value.
    return out.join(QLatin1Char('\n'));
}

QString SideBySideTextView::sideText(Side side) const
{
    const QStringList &lines = side == Side::Left ? m_leftRaw : m_rightRaw;
    if (lines.isEmpty())
        return {};
    const bool finalNewline = side == Side::Left ? m_leftFinalNewline : m_rightFinalNewline;
    return lines.join(QLatin1Char('\n')) + (finalNewline ? QStringLiteral("\n") : QString());
}

Span SideBySideTextView::changedSpan(int row, Side side) const
{
    if (row < 0 || row >= int(m_marks.size()))
        return {};
    return side == Side::Left ? m_marks[std::size_t(row)].left : m_marks[std::size_t(row)].right;
}

void SideBySideTextView::copyToClipboard(const QString &text)
{
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void SideBySideTextView::updateActions()
{
    m_copyLines->setEnabled(selectedRows().first >= 0);
    m_copyLeft->setEnabled(!m_leftRaw.isEmpty());
    m_copyRight->setEnabled(!m_rightRaw.isEmpty());
    m_selectSide->setEnabled(rowCount() > 0);
}

void SideBySideTextView::updateDescription()
{
    QString description = tr("%n lines", nullptr, rowCount());
    description += tr(", %1 added, %2 removed").arg(m_addedRows).arg(m_removedRows);
    if (!m_note.isEmpty())
        description += QStringLiteral(". ") + m_note;
    if (m_current >= 0) {
        const DiffRow &row = m_rows[std::size_t(m_current)];
        const auto line = [](const QStringList &lines, std::optional<std::size_t> index) {
            return index && *index < std::size_t(lines.size()) ? spoken(lines.at(qsizetype(*index))) : QString();
        };
        const QString left = line(m_leftRaw, row.left);
        const QString right = line(m_rightRaw, row.right);
        QString what;
        switch (row.op) {
        case DiffRow::Op::Same:
            what = left.isEmpty() && right.isEmpty() ? tr("empty") : tr("unchanged %1").arg(left.isEmpty() ? right : left);
            break;
        case DiffRow::Op::Removed:
            what = tr("removed %1").arg(left);
            break;
        case DiffRow::Op::Added:
            what = tr("added %1").arg(right);
            break;
        case DiffRow::Op::Modified:
            what = tr("removed %1, added %2").arg(left, right);
            break;
        }
        description += tr("; current line %1: %2").arg(m_current + 1).arg(what);
        const auto [first, last] = selectedRows();
        if (last > first)
            description += m_side == Side::Left ? tr("; %n lines selected on the left", nullptr, last - first + 1)
                                                : tr("; %n lines selected on the right", nullptr, last - first + 1);
        else
            description += m_side == Side::Left ? tr(" (left side)") : tr(" (right side)");
    }
    setAccessibleDescription(description);
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

int SideBySideTextView::rowAt(int y) const
{
    return verticalScrollBar()->value() + std::max(0, y) / rowHeight();
}

void SideBySideTextView::ensureRowVisible(int row)
{
    if (row < 0)
        return;
    const int visibleRows = std::max(1, viewport()->height() / rowHeight());
    QScrollBar *bar = verticalScrollBar();
    if (row < bar->value())
        bar->setValue(row);
    else if (row >= bar->value() + visibleRows)
        bar->setValue(row - visibleRows + 1);
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
    const auto [selectedFirst, selectedLast] = selectedRows();
    QColor selection = palette().color(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::Highlight);
    selection.setAlpha(hasFocus() ? 70 : 40);
    for (int row = first, y = 0; row < rowCount() && y < viewport()->height(); ++row, y += height) {
        const QRect left = leftColumn.translated(0, y);
        const QRect right = rightColumn.translated(0, y);
        paintSide(painter, left, row, true);
        paintSide(painter, right, row, false);
        const QRect &chosen = m_side == Side::Left ? left : right;
        if (row >= selectedFirst && row <= selectedLast && selectedFirst >= 0)
            painter.fillRect(chosen, selection);
        if (row == m_current && hasFocus()) {
            painter.save();
            QPen frame(palette().color(QPalette::Highlight));
            frame.setWidth(1);
            frame.setStyle(Qt::DotLine);
            painter.setPen(frame);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(chosen.adjusted(0, 0, -1, -1));
            painter.restore();
        }
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

    const QFontMetrics metrics = fontMetrics();
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    const int scroll = horizontalScrollBar()->value();
    const bool changed = diffRow.op != DiffRow::Op::Same;
    QColor gutterBack = palette().color(QPalette::AlternateBase);
    painter.fillRect(gutterRect, gutterBack);
    if (changed) {
        const QColor line = leftSide ? removedTint(45) : addedTint(50);
        const QColor number = leftSide ? removedTint(80) : addedTint(90);
        painter.fillRect(textRect, line);
        painter.fillRect(gutterRect, number);
    }

    const int baseline = column.top() + 1 + metrics.ascent();
    QColor numberColor = palette().color(QPalette::Text);
    numberColor.setAlpha(140);
    painter.setPen(numberColor);
    const QRect numberRect(gutterRect.left(), gutterRect.top(), gutter - kPadding - 2 * charWidth, column.height());
    painter.drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(*index + 1));
    if (changed) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPoint(gutterRect.right() - kPadding - charWidth, baseline),
                         leftSide ? QStringLiteral("\u2212") : QStringLiteral("+"));
    }

    // Only the visible slice of a line is drawn: a minified JSON object can
    // be one line of a quarter megabyte.
    const int firstChar = scroll / std::max(1, charWidth);
    const int visibleChars = textRect.width() / std::max(1, charWidth) + 2;
    const QString &text = lines.at(qsizetype(*index));
    const QString slice = text.mid(firstChar, visibleChars);
    const int sliceX = textRect.left() + kPadding + firstChar * charWidth - scroll;
    painter.save();
    painter.setClipRect(textRect);
    const Span span = changedSpan(row, leftSide ? Side::Left : Side::Right);
    const int spanBegin = std::max(int(span.begin), firstChar);
    const int spanEnd = std::min(int(span.begin + span.length), firstChar + visibleChars);
    if (changed && spanEnd > spanBegin) {
        // Measured on the slice, not counted in cells: an accented letter or
        // an emoji may come from a fallback font of another width.
        const int x = sliceX + metrics.horizontalAdvance(slice.left(spanBegin - firstChar));
        const int width = metrics.horizontalAdvance(slice.mid(spanBegin - firstChar, spanEnd - spanBegin));
        painter.fillRect(QRect(x, textRect.top(), std::max(width, 2), textRect.height()),
                         leftSide ? removedTint(95) : addedTint(105));
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QPoint(sliceX, baseline), slice);
    painter.restore();
}

void SideBySideTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

bool SideBySideTextView::event(QEvent *event)
{
    // Copy and Select All belong to the view while it has focus, even when
    // the window has the same keys for its own actions.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void SideBySideTextView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        m_copyLines->trigger();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        m_selectSide->trigger();
        return;
    }
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    const int last = rowCount() - 1;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        if (control) {
            // Ctrl+Up/Down scroll without moving the current line, as in editors.
            verticalScrollBar()->setValue(verticalScrollBar()->value() + step);
            return;
        }
        // The first press lands on the first visible row rather than jumping back to the top.
        const int from = m_current >= 0 ? m_current + step : verticalScrollBar()->value();
        setCurrentRow(std::clamp(from, 0, std::max(0, last)), m_side, shift);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (control) {
            const Side side = event->key() == Qt::Key_Left ? Side::Left : Side::Right;
            setCurrentRow(m_current >= 0 ? m_current : verticalScrollBar()->value(), side);
            return;
        }
        break;
    case Qt::Key_Home:
        // Home and End jump to the start and the end as in any read-only text.
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
        if (m_current >= 0 || shift)
            setCurrentRow(0, m_side, shift);
        return;
    case Qt::Key_End:
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        if (m_current >= 0 || shift)
            setCurrentRow(last, m_side, shift);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        // The page scrolls as before; the current line comes along.
        const int page = verticalScrollBar()->pageStep() * (event->key() == Qt::Key_PageUp ? -1 : 1);
        verticalScrollBar()->setValue(verticalScrollBar()->value() + page);
        if (m_current >= 0)
            setCurrentRow(std::clamp(m_current + page, 0, std::max(0, last)), m_side, shift);
        return;
    }
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SideBySideTextView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(event->position().toPoint().y());
    if (row >= rowCount())
        return;
    const Side side = event->position().x() < viewport()->width() / 2 ? Side::Left : Side::Right;
    if (event->button() == Qt::RightButton) {
        // A right click inside the selection keeps it for the menu.
        const auto [first, last] = selectedRows();
        if (side == m_side && row >= first && row <= last)
            return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton)
        setCurrentRow(row, side, event->modifiers().testFlag(Qt::ShiftModifier));
}

void SideBySideTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!event->buttons().testFlag(Qt::LeftButton) || rowCount() == 0)
        return;
    // Dragging past the top or the bottom scrolls, one row per move.
    const int y = event->position().toPoint().y();
    const int row = y < 0 ? verticalScrollBar()->value() - 1 : rowAt(y);
    setCurrentRow(std::clamp(row, 0, rowCount() - 1), m_side, true);
}

void SideBySideTextView::contextMenuEvent(QContextMenuEvent *event)
{
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copyLines);
    menu->addAction(m_selectSide);
    menu->addSeparator();
    menu->addAction(m_copyLeft);
    menu->addAction(m_copyRight);
    menu->popup(event->globalPos());
}

void SideBySideTextView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void SideBySideTextView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void SideBySideTextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateScrollBars();
}

} // namespace lakescope::ui
