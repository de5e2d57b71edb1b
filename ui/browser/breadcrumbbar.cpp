// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>

namespace lakescope::ui {

BreadcrumbBar::BreadcrumbBar(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(2, 0, 2, 0);
    m_layout->setSpacing(0);
    m_layout->addStretch(1);
    setAccessibleName(tr("Location path"));
    setCursor(Qt::IBeamCursor);
}

void BreadcrumbBar::setCrumbs(const QList<Crumb> &crumbs)
{
    m_crumbs = crumbs;
    rebuild();
}

void BreadcrumbBar::rebuild()
{
    for (QToolButton *button : std::as_const(m_buttons))
        delete button;
    for (QWidget *separator : std::as_const(m_separators))
        delete separator;
    m_buttons.clear();
    m_separators.clear();

    int at = 0;
    for (qsizetype i = 0; i < m_crumbs.size(); ++i) {
        if (i > 0) {
            auto *separator = new QLabel(QStringLiteral("›"), this);
            separator->setForegroundRole(QPalette::PlaceholderText);
            m_layout->insertWidget(at++, separator);
            m_separators.append(separator);
        }
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setText(m_crumbs[i].label);
        button->setToolTip(m_crumbs[i].location);
        button->setAccessibleName(tr("Go to %1").arg(m_crumbs[i].label));
        button->setCursor(Qt::PointingHandCursor);
        button->setFocusPolicy(Qt::NoFocus); // the location field is the keyboard's way in
        if (i == m_crumbs.size() - 1) {
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        }
        const QString location = m_crumbs[i].location;
        connect(button, &QToolButton::clicked, this, [this, location] { emit crumbClicked(location); });
        m_layout->insertWidget(at++, button);
        m_buttons.append(button);
    }
    fit();
}

void BreadcrumbBar::fit()
{
    if (m_buttons.isEmpty())
        return;
    for (QToolButton *button : std::as_const(m_buttons))
        button->setVisible(true);
    for (QWidget *separator : std::as_const(m_separators))
        separator->setVisible(true);
    // Hide leading steps until the rest fits; the last one always stays.
    const auto needed = [this] {
        int width = 4;
        for (QToolButton *button : std::as_const(m_buttons))
            width += button->isVisible() ? button->sizeHint().width() : 0;
        for (QWidget *separator : std::as_const(m_separators))
            width += separator->isVisible() ? separator->sizeHint().width() : 0;
        return width;
    };
    for (qsizetype i = 0; i + 1 < m_buttons.size() && needed() > width(); ++i) {
        m_buttons[i]->setVisible(false);
        m_separators[i]->setVisible(false);
    }
}

void BreadcrumbBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit editRequested();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void BreadcrumbBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

} // namespace lakescope::ui
