// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/panelactions.h"

#include <QAction>
#include <QToolButton>

namespace lakescope::ui {

QAction *PanelActions::add(QWidget *owner, const QString &text, const QString &name, QList<QKeySequence> keys)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

QToolButton *PanelActions::button(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}

} // namespace lakescope::ui
