// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/versioning/diffpageloader.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace lakescope::ui {

class AsyncRunner;
class DiffTreeModel;

// What a merge did: which refs, the merge commit (short, and in full to
// copy) and what landed, read back from the merge commit itself (its first
// parent against it), so the counts hold whatever the strategy kept and
// however much of the review had loaded. Close is its default button.
class MergeResultPage : public QWidget
{
    Q_OBJECT

public:
    explicit MergeResultPage(AsyncRunner *runner, QWidget *parent = nullptr);

    // `landed` pages through the merge commit's changes; `settled` says how
    // conflicts were resolved ("2 conflicts resolved by …"), or is empty.
    void showMerge(const QString &repository, const QString &source, const QString &destination,
        const QString &commitId, DiffPageSource landed, const QString &settled);
    // "2 added, 1 removed, 1 changed. 2 conflicts resolved by …" once the
    // changes are counted; "Counting what landed…" before.
    QString summary() const;
    QString title() const;
    DiffTreeModel *landedModel() const { return m_landed; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void closeRequested();
    void historyRequested();

private:
    void updateSummary();

    DiffTreeModel *m_landed = nullptr;
    QTreeView *m_tree = nullptr;
    QString m_settled;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_id = nullptr;
    QPushButton *m_close = nullptr;
    QString m_commitId;
};

} // namespace lakescope::ui
