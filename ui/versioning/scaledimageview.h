// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QWidget>

namespace lakescope::ui {

// One image scaled to fit the widget (aspect kept, never enlarged past
// four times), or a sentence where there is no image.
class ScaledImageView : public QWidget
{
    Q_OBJECT

public:
    explicit ScaledImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setPlaceholder(const QString &text);
    const QImage &image() const { return m_image; }

    QSize sizeHint() const override { return {200, 150}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_placeholder;
};

} // namespace lakescope::ui
