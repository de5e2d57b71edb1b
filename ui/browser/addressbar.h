// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>

class QAction;

namespace lakescope::ui {

// The location field: shows the canonical URL of where the browser is,
// takes a typed URL or path on Enter. A location that does not parse is
// marked inline (red text, an error icon with the reason as tooltip) instead
// of a modal dialog; Escape puts the current location back.
class AddressBar : public QLineEdit
{
    Q_OBJECT

public:
    explicit AddressBar(QWidget *parent = nullptr);

    // The browser moved: show where it is now (unless the user is typing).
    void setLocation(const QString &url);
    QString location() const { return m_location; }

    void showError(const QString &message);
    void clearError();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorText() const { return m_error; }

    // Focus and select everything, ready to type over (Ctrl+L, Alt+D).
    void focusForEditing();

signals:
    void locationEntered(const QString &text);
    // Escape: the user gave up typing; give focus back to the content.
    void editingCancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_location;
    QString m_error;
    QAction *m_errorAction;
};

} // namespace lakescope::ui
