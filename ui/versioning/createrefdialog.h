// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lakescope::ui {

class AsyncRunner;

// Creates a branch or a tag in one repository from any source: a branch, a
// tag, a commit id or a ref expression. The name is checked against
// lakeFS's rules as it is typed; creation runs on the runner and its
// errors stay in the dialog. Show it with open(); it closes on success.
class CreateRefDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Branch, Tag };

    // `repository` is lakefs://repo (ref and path are ignored).
    CreateRefDialog(AsyncRunner *runner, LakeResolver lake, const StoreUrl &repository, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;
    void setRefName(const QString &name);
    QString refName() const;
    void setSource(const QString &sourceRef);
    QString source() const;

    // Why the name is refused (lakeFS's rule in words), or empty.
    QString validationError() const;
    // The error of the last attempt, or the validation error.
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public slots:
    // Creates the ref if the name is valid; the dialog accepts on success.
    void submit();
    void accept() override { submit(); }

signals:
    // `commitId` is the commit the new ref points at.
    void refCreated(lakescope::ui::CreateRefDialog::Kind kind, const QString &name, const QString &commitId);
    void failed(const QString &message);

private:
    void revalidate();
    void setBusy(bool busy);
    QString kindWord() const;

    AsyncRunner *m_runner;
    LakeResolver m_lake;
    StoreUrl m_repository;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_source = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace lakescope::ui
