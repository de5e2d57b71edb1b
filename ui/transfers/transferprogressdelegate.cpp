// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/transferprogressdelegate.h"

#include "ui/transfers/transferqueuemodel.h"

#include <QApplication>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace lakescope::ui {

void TransferProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QVariant percent = index.data(TransferQueueModel::PercentRole);
    if (index.column() != TransferQueueModel::ProgressColumn || !percent.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection stays visible behind the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    const int value = percent.toInt();
    bar.maximum = value < 0 ? 0 : 100; // 0..0 draws a busy bar
    bar.progress = std::max(0, value);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = !bar.text.isEmpty();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace lakescope::ui
