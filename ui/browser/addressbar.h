// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/browser/breadcrumbbar.h"

#include <QLineEdit>

class QAction;

namespace lakescope::ui {

// The location field: shows the canonical URL of where the browser is,
// takes a typed URL or path on Enter. A location that does not parse is
// marked inline (red text, an error icon with the reason as tooltip) instead
// of a modal dialog; Escape puts the current location back.
//
// While not being edited it shows breadcrumbs over the text: one button per
// level, a click opens that level (crumbClicked), a click beside them or
// Ctrl+L / Alt+D (focusForEditing) turns it back into a text field.
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

    // The levels of the location, top first, for the breadcrumbs.
    void setCrumbs(const QList<BreadcrumbBar::Crumb> &crumbs);
    BreadcrumbBar *breadcrumbs() const { return m_crumbs; }
    bool isShowingCrumbs() const;

signals:
    void locationEntered(const QString &text);
    void crumbClicked(const QString &location);
    // Escape: the user gave up typing; give focus back to the content.
    void editingCancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCrumbs();

    QString m_location;
    QString m_error;
    QAction *m_errorAction;
    BreadcrumbBar *m_crumbs;
};

} // namespace lakescope::ui
