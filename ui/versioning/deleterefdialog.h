// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace lakescope::ui {

class AsyncRunner;

// Confirms deleting a branch or a tag. Before offering Delete it reads the
// repository (its default branch is refused, with the reason) and its
// branch protection rules (a protected branch says which rule covers it).
// Everything runs on the runner; show it with open().
class DeleteRefDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Branch, Tag };

    // `repository` is lakefs://repo; starts the checks at once.
    DeleteRefDialog(AsyncRunner *runner, LakeResolver lake, const StoreUrl &repository, Kind kind,
                    const QString &name, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString refName() const { return m_name; }
    // Set once the checks are in: why deletion is not offered, or empty.
    QString refusal() const { return m_refusal; }
    // The protection rule sentence for a branch, or empty.
    QString protection() const { return m_protection; }
    bool isChecked() const { return m_checked; }
    bool canDelete() const { return m_checked && m_refusal.isEmpty() && !m_busy; }
    QString messageText() const;

public slots:
    // Deletes when allowed; the dialog accepts on success.
    void confirm();
    void accept() override { confirm(); }

signals:
    void checked();
    void refDeleted(lakescope::ui::DeleteRefDialog::Kind kind, const QString &name);
    void failed(const QString &message);

private:
    struct Checks
    {
        std::string defaultBranch;
        std::vector<lakefs::BranchProtectionRule> rules;
    };

    void startChecks();
    void showChecks(const Result<Checks> &checks);
    QString kindWord() const;

    AsyncRunner *m_runner;
    LakeResolver m_lake;
    StoreUrl m_repository;
    Kind m_kind;
    QString m_name;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_refusal;
    QString m_protection;
    bool m_checked = false;
    bool m_busy = false;
};

} // namespace lakescope::ui
