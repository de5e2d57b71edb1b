// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/scaledimageview.h"

#include <QPainter>

#include <algorithm>

namespace lakescope::ui {

ScaledImageView::ScaledImageView(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ScaledImageView::setImage(const QImage &image)
{
    m_image = image;
    m_placeholder.clear();
    update();
}

void ScaledImageView::setPlaceholder(const QString &text)
{
    m_image = QImage();
    m_placeholder = text;
    update();
}

void ScaledImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = rect().adjusted(4, 4, -4, -4);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const double scale = std::min({double(area.width()) / m_image.width(), double(area.height()) / m_image.height(),
                                   4.0});
    const QSize shown(std::max(1, int(m_image.width() * scale)), std::max(1, int(m_image.height() * scale)));
    QRect target(QPoint(0, 0), shown);
    target.moveCenter(area.center());
    // Enlarged pixels stay sharp (a small chart or icon), shrunk ones smooth.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
    painter.drawImage(target, m_image);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(target.adjusted(-1, -1, 0, 0));
}

} // namespace lakescope::ui
