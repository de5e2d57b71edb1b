// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lakescope::ui {

// What a merge did: which refs, the merge commit (short, and in full to
// copy) and what landed. Close is its default button.
class MergeResultPage : public QWidget
{
    Q_OBJECT

public:
    explicit MergeResultPage(QWidget *parent = nullptr);

    // `summary` says what landed ("2 added, 1 removed, …").
    void showMerge(const QString &repository, const QString &source, const QString &destination,
        const QString &commitId, const QString &summary);
    QString summary() const;
    QString title() const;
    QPushButton *closeButton() const { return m_close; }

signals:
    void closeRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_id = nullptr;
    QPushButton *m_close = nullptr;
    QString m_commitId;
};

} // namespace lakescope::ui
