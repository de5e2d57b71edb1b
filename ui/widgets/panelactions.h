// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QToolButton;
class QWidget;

namespace lakescope::ui {

// The actions of a panel that lives in a dock: their shortcuts work while
// focus is anywhere inside the panel and nowhere else, so two docks can
// both answer F5 or Del without an ambiguous shortcut.
class PanelActions
{
public:
    // An action owned by and added to `owner`; `name` is its object name.
    static QAction *add(QWidget *owner, const QString &text, const QString &name, QList<QKeySequence> keys = {});
    // A tool button showing `action` with its text beside the icon.
    static QToolButton *button(QAction *action, QWidget *parent);
};

} // namespace lakescope::ui
