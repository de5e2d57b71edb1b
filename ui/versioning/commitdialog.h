// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"
#include "core/lakefs/lakefstypes.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"
#include "ui/versioning/difftreemodel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lakescope::ui {

class AsyncRunner;
class MetadataEditor;

// Commits a branch's uncommitted changes: a required message, key/value
// metadata and a summary of what goes in. The commit runs on the runner;
// the dialog stays responsive and, when done, shows the new commit's id
// (short, with the full one copyable) instead of closing, so the user sees
// what happened. Open it with open(), never exec().
class CommitDialog : public QDialog
{
    Q_OBJECT

public:
    // `branch` is lakefs://repo/branch/; `summary` what the changes view counted.
    CommitDialog(StoreAccess access, AsyncRunner *runner, const StoreUrl &branch, DiffTreeModel::Counts summary,
                 QWidget *parent = nullptr);

    QString message() const;
    void setMessage(const QString &message);
    // Appends a metadata row.
    void addMetadataRow(const QString &key = {}, const QString &value = {});
    Metadata metadata() const;

    // Why Commit is disabled, or empty when it is enabled.
    QString blockingReason() const;
    bool isCommitting() const { return m_committing; }
    // The new commit's full id once it landed.
    QString commitId() const { return m_commitId; }
    // The line under the form: the reason, progress, the result or the error.
    QString statusText() const;

    // What a failed commit means, in plain words (no changes, protected branch).
    static QString describeFailure(const Error &error, const QString &branch);

    void accept() override;

signals:
    void committed(const QString &commitId);

private:
    void buildUi(const DiffTreeModel::Counts &summary);
    void updateState();
    void startCommit();
    void finishCommit(const Result<lakefs::Commit> &result);

    StoreAccess m_access;
    AsyncRunner *m_runner;
    StoreUrl m_branch;
    QLineEdit *m_message = nullptr;
    MetadataEditor *m_metadata = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_resultId = nullptr;
    QPushButton *m_copy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_commit = nullptr;
    bool m_committing = false;
    QString m_commitId;
    QString m_failure;
};

} // namespace lakescope::ui
