// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;

namespace lakescope::ui {

// Plain Enter on a diff tree opens or closes a folder or opens an object:
// the view's own Enter would start editing, and in a dialog the default
// button would take it. Ctrl+Enter passes through (it commits or merges).
class EnterKeyFilter : public QObject
{
    Q_OBJECT

public:
    EnterKeyFilter(QAbstractItemView *view, std::function<void()> onEnter);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onEnter;
};

} // namespace lakescope::ui
