// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace lakescope::ui {

// One commit in full: the id (selectable, to copy), parents, committer,
// date, the whole message and the metadata as a table.
class CommitDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit CommitDetailsView(QWidget *parent = nullptr);

    // nullptr clears the view.
    void setCommit(const lakefs::Commit *commit);
    QString commitId() const;

private:
    QLineEdit *m_fullId = nullptr;
    QLabel *m_parents = nullptr;
    QLabel *m_committer = nullptr;
    QLabel *m_date = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QTableWidget *m_metadata = nullptr;
};

} // namespace lakescope::ui
