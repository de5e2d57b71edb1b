// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/messagebar.h"

#include "ui/widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace lakescope::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setKind(Kind::Error);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setVisible(false);
    m_close->setIcon(Icons::close());
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    hide();
}

void MessageBar::setKind(Kind kind)
{
    // Soft red or soft blue, readable in light and dark schemes alike.
    if (kind == Kind::Error) {
        setStyleSheet(QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px; }"
                                     "#messageBar QLabel { color: #7a1c1c; background: transparent; }"));
        m_icon->setPixmap(Icons::error().pixmap(QSize(18, 18)));
    } else {
        setStyleSheet(QStringLiteral("#messageBar { background: #e8f1fb; border: 1px solid #a9c8ec; border-radius: 4px; }"
                                     "#messageBar QLabel { color: #143d66; background: transparent; }"));
        m_icon->setPixmap(Icons::info().pixmap(QSize(18, 18)));
    }
    setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Information"));
}

void MessageBar::showInfo(const QString &text, const QString &actionText)
{
    setKind(Kind::Info);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBar::showError(const QString &text, const QString &actionText)
{
    setKind(Kind::Error);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBar::dismiss()
{
    hide();
    m_text->clear();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace lakescope::ui
