// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/addressbar.h"

#include "ui/widgets/icons.h"

#include <QAction>
#include <QKeyEvent>

namespace lakescope::ui {

AddressBar::AddressBar(QWidget *parent)
    : QLineEdit(parent), m_errorAction(new QAction(Icons::error(), QString(), this)), m_crumbs(new BreadcrumbBar(this))
{
    setPlaceholderText(tr("Location: s3://bucket/path, /home/me, memory://scratch/"));
    setClearButtonEnabled(false);
    setAccessibleName(tr("Location"));
    addAction(m_errorAction, QLineEdit::TrailingPosition);
    m_errorAction->setVisible(false);

    connect(this, &QLineEdit::returnPressed, this, [this] {
        setModified(false);
        emit locationEntered(text());
    });
    connect(this, &QLineEdit::textEdited, this, [this] { clearError(); });
    connect(m_crumbs, &BreadcrumbBar::crumbClicked, this, &AddressBar::crumbClicked);
    connect(m_crumbs, &BreadcrumbBar::editRequested, this, &AddressBar::focusForEditing);
    m_crumbs->setAutoFillBackground(true);
    m_crumbs->setBackgroundRole(QPalette::Base);
    m_crumbs->hide();
}

void AddressBar::setCrumbs(const QList<BreadcrumbBar::Crumb> &crumbs)
{
    m_crumbs->setCrumbs(crumbs);
    updateCrumbs();
}

bool AddressBar::isShowingCrumbs() const
{
    return !m_crumbs->isHidden();
}

void AddressBar::updateCrumbs()
{
    // Text while typing or while an error needs fixing; buttons otherwise.
    const bool show = !hasFocus() && m_error.isEmpty() && !m_crumbs->crumbs().isEmpty();
    if (show) {
        const int frame = 2;
        m_crumbs->setGeometry(rect().adjusted(frame, frame, -frame, -frame));
        m_crumbs->raise();
    }
    m_crumbs->setVisible(show);
}

void AddressBar::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    updateCrumbs();
}

void AddressBar::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    updateCrumbs();
}

void AddressBar::setLocation(const QString &url)
{
    m_location = url;
    clearError();
    // Do not snatch the text from someone typing a new location.
    if (!(hasFocus() && isModified())) {
        setText(url);
        setModified(false);
        setCursorPosition(0);
    }
}

void AddressBar::showError(const QString &message)
{
    m_error = message;
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    setPalette(errorPalette);
    setToolTip(message);
    m_errorAction->setToolTip(message);
    m_errorAction->setVisible(true);
    updateCrumbs();
}

void AddressBar::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    setPalette(QPalette());
    setToolTip({});
    m_errorAction->setVisible(false);
    updateCrumbs();
}

void AddressBar::focusForEditing()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void AddressBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        setText(m_location);
        setModified(false);
        clearError();
        emit editingCancelled();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void AddressBar::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Leaving without Enter: show where we are again, unless an error is up
    // (then the typed text stays so it can be fixed).
    if (m_error.isEmpty() && text() != m_location) {
        setText(m_location);
        setModified(false);
        setCursorPosition(0);
    }
    updateCrumbs();
}

} // namespace lakescope::ui
