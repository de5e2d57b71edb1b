// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/objecttableview.h"

#include "ui/browser/objecttablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>

namespace lakescope::ui {

ObjectTableView::ObjectTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setSortingEnabled(false); // enabled in setModel, once there is a model to sort
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setIconSize(QSize(16, 16));

    verticalHeader()->hide();
    // Fixed sections: the header never asks the model for size hints.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(8);
    updateRowHeight();

    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicator(ObjectTableModel::NameColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
}

void ObjectTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    horizontalHeader()->setSectionResizeMode(ObjectTableModel::NameColumn, QHeaderView::Stretch);
    applyDefaultColumnWidths();
    setSortingEnabled(true);
}

void ObjectTableView::applyDefaultColumnWidths()
{
    const QFontMetrics metrics(font());
    QHeaderView *header = horizontalHeader();
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Name")) + 32);
    header->resizeSection(ObjectTableModel::SizeColumn, metrics.horizontalAdvance(QStringLiteral("1023.9 MiB")) + 28);
    header->resizeSection(ObjectTableModel::ModifiedColumn,
                          metrics.horizontalAdvance(QStringLiteral("2000-00-00 00:00")) + 28);
    header->resizeSection(ObjectTableModel::TypeColumn, metrics.horizontalAdvance(QStringLiteral("Plain text document")) + 24);
}

void ObjectTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void ObjectTableView::updateRowHeight()
{
    const int height = std::max(fontMetrics().height(), iconSize().height()) + 8;
    verticalHeader()->setDefaultSectionSize(height);
}

void ObjectTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateRowHeight();
}

void ObjectTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::PlaceholderText);
    painter.setPen(color);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    const QRect area = viewport()->rect().adjusted(24, 48, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace lakescope::ui
