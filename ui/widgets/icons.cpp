// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace lakescope::ui {

namespace {

// Every icon is drawn on a 24 x 24 design grid; the engine scales it.
using DrawFunction = void (*)(QPainter &painter, const QColor &ink);

class PaintedIconEngine final : public QIconEngine
{
public:
    explicit PaintedIconEngine(DrawFunction draw) : m_draw(draw) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.35);
        const QPalette palette = QApplication::palette();
        const QColor ink = mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                                                   : palette.color(QPalette::WindowText);
        m_draw(*painter, ink);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaintedIconEngine(m_draw); }
    QString key() const override { return QStringLiteral("lakescope-painted"); }

private:
    DrawFunction m_draw;
};

QIcon makeIcon(DrawFunction draw)
{
    return QIcon(new PaintedIconEngine(draw));
}

QPen strokePen(const QColor &color, qreal width = 2.0)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void drawFolder(QPainter &p, const QColor &)
{
    QPainterPath back;
    back.moveTo(2, 6);
    back.quadTo(2, 4, 4, 4);
    back.lineTo(9, 4);
    back.lineTo(11, 6);
    back.lineTo(20, 6);
    back.quadTo(22, 6, 22, 8);
    back.lineTo(22, 18);
    back.lineTo(2, 18);
    back.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x3d, 0x84, 0xc6));
    p.drawPath(back);

    QLinearGradient front(0, 8, 0, 20);
    front.setColorAt(0, QColor(0x7c, 0xc0, 0xf4));
    front.setColorAt(1, QColor(0x4f, 0x9e, 0xe3));
    p.setBrush(front);
    p.drawRoundedRect(QRectF(2, 8.5, 20, 11.5), 1.6, 1.6);
}

void drawFile(QPainter &p, const QColor &)
{
    QPainterPath page;
    page.moveTo(5.5, 2.5);
    page.lineTo(14, 2.5);
    page.lineTo(19.5, 8);
    page.lineTo(19.5, 21.5);
    page.lineTo(5.5, 21.5);
    page.closeSubpath();
    p.setPen(QPen(QColor(0x8a, 0x96, 0xa3), 1.0));
    p.setBrush(QColor(0xfb, 0xfc, 0xfd));
    p.drawPath(page);

    QPainterPath corner;
    corner.moveTo(14, 2.5);
    corner.lineTo(14, 8);
    corner.lineTo(19.5, 8);
    p.setBrush(QColor(0xdd, 0xe3, 0xea));
    p.drawPath(corner);

    p.setPen(QPen(QColor(0xb4, 0xbe, 0xc9), 1.0));
    for (qreal y : {11.5, 14.0, 16.5})
        p.drawLine(QPointF(8.5, y), QPointF(16.5, y));
}

void drawHome(QPainter &p, const QColor &)
{
    drawFolder(p, {});
    QPainterPath house;
    house.moveTo(12, 10);
    house.lineTo(16.5, 14);
    house.lineTo(15.2, 14);
    house.lineTo(15.2, 18);
    house.lineTo(8.8, 18);
    house.lineTo(8.8, 14);
    house.lineTo(7.5, 14);
    house.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawPath(house);
}

void drawDrive(QPainter &p, const QColor &)
{
    QLinearGradient body(0, 7, 0, 18);
    body.setColorAt(0, QColor(0xb9, 0xc3, 0xcd));
    body.setColorAt(1, QColor(0x86, 0x93, 0xa0));
    p.setPen(QPen(QColor(0x5f, 0x6b, 0x77), 1.0));
    p.setBrush(body);
    p.drawRoundedRect(QRectF(2.5, 7.5, 19, 10), 2.2, 2.2);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x4c, 0xd9, 0x64));
    p.drawEllipse(QPointF(17.5, 12.5), 1.3, 1.3);
    p.setPen(QPen(QColor(0x5f, 0x6b, 0x77), 1.0));
    p.drawLine(QPointF(5.5, 12.5), QPointF(12.5, 12.5));
}

void drawMemory(QPainter &p, const QColor &)
{
    p.setPen(QPen(QColor(0x2e, 0x7d, 0x4f), 1.4, Qt::SolidLine, Qt::RoundCap));
    for (qreal x : {8.0, 12.0, 16.0}) {
        p.drawLine(QPointF(x, 2.5), QPointF(x, 5.5));
        p.drawLine(QPointF(x, 18.5), QPointF(x, 21.5));
    }
    for (qreal y : {8.0, 12.0, 16.0}) {
        p.drawLine(QPointF(2.5, y), QPointF(5.5, y));
        p.drawLine(QPointF(18.5, y), QPointF(21.5, y));
    }
    QLinearGradient chip(0, 5, 0, 19);
    chip.setColorAt(0, QColor(0x5c, 0xc9, 0x8a));
    chip.setColorAt(1, QColor(0x2f, 0x9e, 0x62));
    p.setPen(Qt::NoPen);
    p.setBrush(chip);
    p.drawRoundedRect(QRectF(5, 5, 14, 14), 2.2, 2.2);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(QRectF(9, 9, 6, 6), 1, 1);
}

void drawBucket(QPainter &p, const QColor &)
{
    QPainterPath body;
    body.moveTo(4, 6.5);
    body.lineTo(6.2, 20);
    body.quadTo(12, 22.5, 17.8, 20);
    body.lineTo(20, 6.5);
    body.closeSubpath();
    QLinearGradient fill(4, 0, 20, 0);
    fill.setColorAt(0, QColor(0xf5, 0xa6, 0x3c));
    fill.setColorAt(1, QColor(0xe0, 0x7b, 0x1a));
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(body);
    p.setBrush(QColor(0xfb, 0xd2, 0x94));
    p.drawEllipse(QRectF(4, 4, 16, 5));
}

// A versioned lake: water under a branch fork, so lakeFS roots stand apart
// from plain buckets.
void drawLake(QPainter &p, const QColor &)
{
    p.setPen(Qt::NoPen);
    QLinearGradient water(0, 13, 0, 22);
    water.setColorAt(0, QColor(0x3b, 0xb3, 0xc4));
    water.setColorAt(1, QColor(0x1d, 0x7f, 0x99));
    p.setBrush(water);
    p.drawEllipse(QRectF(2, 13, 20, 9));
    const QColor branch(0x2f, 0x6b, 0x3a);
    p.setPen(strokePen(branch, 1.8));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(8, 15), QPointF(8, 5));
    QPainterPath fork;
    fork.moveTo(8, 12);
    fork.cubicTo(8, 9, 16, 10, 16, 6);
    p.drawPath(fork);
    p.setPen(Qt::NoPen);
    p.setBrush(branch);
    p.drawEllipse(QPointF(8, 4.5), 2.1, 2.1);
    p.drawEllipse(QPointF(16, 5.5), 2.1, 2.1);
}

void drawApp(QPainter &p, const QColor &)
{
    QLinearGradient sky(0, 1, 0, 23);
    sky.setColorAt(0, QColor(0x26, 0xa6, 0xd9));
    sky.setColorAt(1, QColor(0x15, 0x5f, 0xb0));
    p.setPen(Qt::NoPen);
    p.setBrush(sky);
    p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);

    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < 3; ++i) {
        const qreal y = 13.5 + i * 3.2;
        QPainterPath wave;
        wave.moveTo(4, y);
        wave.cubicTo(6.5, y - 1.6, 8.5, y - 1.6, 10, y);
        wave.cubicTo(11.5, y + 1.6, 13.5, y + 1.6, 16, y);
        wave.cubicTo(17.5, y - 1.6, 19, y - 1.6, 20, y);
        p.setPen(strokePen(QColor(255, 255, 255, 235 - i * 55), 1.5));
        p.drawPath(wave);
    }
    // The lens: a scope looking into the lake.
    p.setPen(strokePen(Qt::white, 1.8));
    p.setBrush(QColor(255, 255, 255, 60));
    p.drawEllipse(QPointF(14.5, 7.5), 3.6, 3.6);
    p.drawLine(QPointF(11.9, 10.1), QPointF(9.3, 12.7));
}

void drawArrow(QPainter &p, const QColor &ink, qreal angle)
{
    p.translate(12, 12);
    p.rotate(angle);
    p.setPen(strokePen(ink, 2.0));
    p.drawLine(QPointF(-7, 0), QPointF(7, 0));
    p.drawPolyline(QList<QPointF>{{-1, -6}, {-7, 0}, {-1, 6}});
}

void drawBack(QPainter &p, const QColor &ink) { drawArrow(p, ink, 0); }
void drawForward(QPainter &p, const QColor &ink) { drawArrow(p, ink, 180); }
void drawUp(QPainter &p, const QColor &ink) { drawArrow(p, ink, 90); }

void drawRefresh(QPainter &p, const QColor &ink)
{
    p.setPen(strokePen(ink, 2.0));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(4.5, 4.5, 15, 15), 60 * 16, 290 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    QPainterPath head;
    head.moveTo(14, 2.2);
    head.lineTo(19.8, 5.2);
    head.lineTo(14.8, 9.4);
    head.closeSubpath();
    p.drawPath(head);
}

void drawStop(QPainter &p, const QColor &)
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd9, 0x48, 0x3b));
    p.drawRoundedRect(QRectF(5, 5, 14, 14), 2.5, 2.5);
}

void drawSearch(QPainter &p, const QColor &ink)
{
    QColor soft = ink;
    soft.setAlphaF(0.6f);
    p.setPen(strokePen(soft, 1.8));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(10, 10), 5.5, 5.5);
    p.drawLine(QPointF(14.2, 14.2), QPointF(19.5, 19.5));
}

void drawError(QPainter &p, const QColor &)
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd9, 0x48, 0x3b));
    p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
    p.setPen(strokePen(Qt::white, 2.2));
    p.drawLine(QPointF(12, 7), QPointF(12, 13));
    p.drawPoint(QPointF(12, 17));
}

void drawInfo(QPainter &p, const QColor &)
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2f, 0x7d, 0xd1));
    p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
    p.setPen(strokePen(Qt::white, 2.2));
    p.drawPoint(QPointF(12, 7.5));
    p.drawLine(QPointF(12, 11), QPointF(12, 17));
}

void drawClose(QPainter &p, const QColor &ink)
{
    p.setPen(strokePen(ink, 1.8));
    p.drawLine(QPointF(7, 7), QPointF(17, 17));
    p.drawLine(QPointF(17, 7), QPointF(7, 17));
}

// lakeFS refs: a branch is a fork, a tag a label, a commit a dot on a line,
// a repository a lake with a ring of versions around it.
void drawBranch(QPainter &p, const QColor &)
{
    const QColor stem(0x2f, 0x6b, 0x3a);
    p.setPen(strokePen(stem, 1.8));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(8, 19), QPointF(8, 5));
    QPainterPath fork;
    fork.moveTo(8, 15);
    fork.cubicTo(8, 11, 16, 12, 16, 7);
    p.drawPath(fork);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x4c, 0xa8, 0x5c));
    for (const QPointF &at : {QPointF(8, 4.5), QPointF(8, 19.5), QPointF(16, 6)})
        p.drawEllipse(at, 2.3, 2.3);
}

void drawTag(QPainter &p, const QColor &)
{
    QPainterPath label;
    label.moveTo(3, 5);
    label.quadTo(3, 3, 5, 3);
    label.lineTo(12, 3);
    label.lineTo(21, 12);
    label.lineTo(12, 21);
    label.lineTo(3, 12);
    label.closeSubpath();
    QLinearGradient fill(0, 3, 0, 21);
    fill.setColorAt(0, QColor(0xf7, 0xc9, 0x4a));
    fill.setColorAt(1, QColor(0xe0, 0x9f, 0x1f));
    p.setPen(QPen(QColor(0xb0, 0x7a, 0x10), 1.0));
    p.setBrush(fill);
    p.drawPath(label);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(7.5, 7.5), 1.7, 1.7);
}

void drawCommit(QPainter &p, const QColor &ink)
{
    QColor line = ink;
    line.setAlphaF(0.55f);
    p.setPen(strokePen(line, 1.8));
    p.drawLine(QPointF(2.5, 12), QPointF(7, 12));
    p.drawLine(QPointF(17, 12), QPointF(21.5, 12));
    p.setPen(QPen(QColor(0x1d, 0x6f, 0xb8), 2.0));
    p.setBrush(QColor(0xd6, 0xe9, 0xfa));
    p.drawEllipse(QPointF(12, 12), 4.6, 4.6);
}

void drawRepository(QPainter &p, const QColor &)
{
    p.setPen(Qt::NoPen);
    QLinearGradient water(0, 9, 0, 22);
    water.setColorAt(0, QColor(0x3b, 0xb3, 0xc4));
    water.setColorAt(1, QColor(0x1d, 0x7f, 0x99));
    p.setBrush(water);
    p.drawRoundedRect(QRectF(3, 9, 18, 12.5), 2.5, 2.5);
    p.setBrush(QColor(0x9f, 0xdd, 0xe6));
    p.drawRoundedRect(QRectF(5, 5.5, 14, 3), 1.2, 1.2);
    p.setBrush(QColor(0xcf, 0xee, 0xf3));
    p.drawRoundedRect(QRectF(7, 2.5, 10, 2.5), 1.0, 1.0);
    p.setPen(strokePen(QColor(255, 255, 255, 220), 1.4));
    p.setBrush(Qt::NoBrush);
    QPainterPath wave;
    wave.moveTo(6, 15);
    wave.cubicTo(8, 13.5, 10, 13.5, 12, 15);
    wave.cubicTo(14, 16.5, 16, 16.5, 18, 15);
    p.drawPath(wave);
}

} // namespace

// Built on first use; QIcon is implicitly shared, so handing out copies is cheap.
#define LAKESCOPE_ICON(name, draw)                                                                 \
    QIcon Icons::name()                                                                            \
    {                                                                                              \
        static const QIcon icon = makeIcon(draw);                                                  \
        return icon;                                                                               \
    }

LAKESCOPE_ICON(app, drawApp)
LAKESCOPE_ICON(folder, drawFolder)
LAKESCOPE_ICON(file, drawFile)
LAKESCOPE_ICON(home, drawHome)
LAKESCOPE_ICON(drive, drawDrive)
LAKESCOPE_ICON(memory, drawMemory)
LAKESCOPE_ICON(bucket, drawBucket)
LAKESCOPE_ICON(lake, drawLake)
LAKESCOPE_ICON(repository, drawRepository)
LAKESCOPE_ICON(branch, drawBranch)
LAKESCOPE_ICON(tag, drawTag)
LAKESCOPE_ICON(commit, drawCommit)
LAKESCOPE_ICON(back, drawBack)
LAKESCOPE_ICON(forward, drawForward)
LAKESCOPE_ICON(up, drawUp)
LAKESCOPE_ICON(refresh, drawRefresh)
LAKESCOPE_ICON(stop, drawStop)
LAKESCOPE_ICON(search, drawSearch)
LAKESCOPE_ICON(error, drawError)
LAKESCOPE_ICON(info, drawInfo)
LAKESCOPE_ICON(close, drawClose)

#undef LAKESCOPE_ICON

} // namespace lakescope::ui
