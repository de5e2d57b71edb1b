// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/deleterefdialog.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/versioning/branchprotection.h"
#include "ui/versioning/referrors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lakescope::ui {

DeleteRefDialog::DeleteRefDialog(AsyncRunner *runner, LakeResolver lake, const StoreUrl &repository, Kind kind,
                                 const QString &name, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_lake(std::move(lake)), m_repository(repository), m_kind(kind),
      m_name(name)
{
    setWindowTitle(kind == Kind::Branch ? tr("Delete Branch") : tr("Delete Tag"));
    m_message = new QLabel(tr("Checking “%1”…").arg(name), this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Confirmation"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    // Deleting must never be what a stray Enter does.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeleteRefDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    startChecks();
}

QString DeleteRefDialog::kindWord() const
{
    return m_kind == Kind::Branch ? tr("branch") : tr("tag");
}

QString DeleteRefDialog::messageText() const
{
    return m_message->text();
}

void DeleteRefDialog::startChecks()
{
    m_runner->run(
        this,
        [lake = m_lake, repository = m_repository]() -> Result<Checks> {
            auto lakeApi = lake(repository);
            if (!lakeApi)
                return lakeApi.error();
            auto info = (*lakeApi)->getRepository(repository.bucket);
            if (!info)
                return info.error();
            Checks checks;
            checks.defaultBranch = info->defaultBranch;
            // Rules only add a warning; a lake without them still deletes.
            if (auto rules = (*lakeApi)->branchProtection(repository.bucket))
                checks.rules = std::move(*rules);
            return checks;
        },
        [this](Result<Checks> checks) { showChecks(checks); });
}

void DeleteRefDialog::showChecks(const Result<Checks> &checks)
{
    m_checked = true;
    if (!checks) {
        m_refusal = UiErrors::describe(checks.error());
        m_message->setText(m_refusal);
    } else if (m_kind == Kind::Branch && m_name.toStdString() == checks->defaultBranch) {
        m_refusal = tr("“%1” is the default branch of %2. lakeFS never deletes a repository's default branch: "
                       "change the default branch in the repository settings first.")
                        .arg(m_name, QString::fromStdString(m_repository.bucket));
        m_message->setText(m_refusal);
    } else {
        if (m_kind == Kind::Branch)
            m_protection = BranchProtection(checks->rules).describe(m_name);
        if (!m_protection.isEmpty()) {
            m_refusal = tr("Branch “%1” cannot be deleted here: Lakescope keeps protected branches. Remove the rule in "
                           "lakeFS first. %2")
                            .arg(m_name, m_protection);
            m_message->setText(m_refusal);
        } else {
            m_message->setText(m_kind == Kind::Branch
                                   ? tr("Delete branch “%1”? Its uncommitted changes are lost; its commits stay "
                                        "reachable from other refs that contain them.")
                                         .arg(m_name)
                                   : tr("Delete tag “%1”? The commit it marks is not deleted.").arg(m_name));
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canDelete());
    emit checked();
}

void DeleteRefDialog::confirm()
{
    if (!canDelete()) {
        if (!m_refusal.isEmpty())
            emit failed(m_refusal);
        return;
    }
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->setText(tr("Deleting “%1”…").arg(m_name));
    m_runner->run(
        this,
        [lake = m_lake, repository = m_repository, kind = m_kind, name = m_name.toStdString()]() -> Status {
            auto lakeApi = lake(repository);
            if (!lakeApi)
                return lakeApi.error();
            return kind == Kind::Branch ? (*lakeApi)->deleteBranch(repository.bucket, name)
                                        : (*lakeApi)->deleteTag(repository.bucket, name);
        },
        [this](Status deleted) {
            m_busy = false;
            if (!deleted) {
                const QString message = RefErrors::remove(deleted.error(), kindWord(), m_name);
                m_message->setText(message);
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                emit failed(message);
                return;
            }
            emit refDeleted(m_kind, m_name);
            QDialog::accept();
        });
}

} // namespace lakescope::ui
