// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QPushButton;

namespace lakescope::ui {

// A slim, non-modal banner above the content for errors the user should
// see but need not confirm ("Permission denied: /root"). Optional action
// button (e.g. "Retry"); closes with its × or when the content changes.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &text, const QString &actionText = {});
    // The same bar in blue, for news that needs no fixing.
    void showInfo(const QString &text, const QString &actionText = {});
    void dismiss();
    QString text() const;

signals:
    void actionTriggered();

private:
    enum class Kind { Error, Info };
    void setKind(Kind kind);

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace lakescope::ui
