// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace lakescope::ui {

// The location as a row of buttons, one per level ("lakefs://", "demo",
// "main", "datasets"): a click goes there. When the row is wider than the
// bar, the first steps are hidden, the last one always shows. A click beside
// the buttons asks to edit the location as text.
class BreadcrumbBar : public QWidget
{
    Q_OBJECT

public:
    struct Crumb
    {
        QString label;
        QString location; // what to open, as typed text
    };

    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setCrumbs(const QList<Crumb> &crumbs);
    const QList<Crumb> &crumbs() const { return m_crumbs; }
    // One button per crumb, first to last (hidden ones included).
    QList<QToolButton *> buttons() const { return m_buttons; }

signals:
    void crumbClicked(const QString &location);
    void editRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fit();

    QList<Crumb> m_crumbs;
    QList<QToolButton *> m_buttons;
    QList<QWidget *> m_separators;
    QHBoxLayout *m_layout;
};

} // namespace lakescope::ui
