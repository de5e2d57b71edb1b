// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/enterkeyfilter.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace lakescope::ui {

EnterKeyFilter::EnterKeyFilter(QAbstractItemView *view, std::function<void()> onEnter)
    : QObject(view), m_onEnter(std::move(onEnter))
{
    view->installEventFilter(this);
}

bool EnterKeyFilter::eventFilter(QObject *, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
        m_onEnter();
        return true;
    }
    return false;
}

} // namespace lakescope::ui
