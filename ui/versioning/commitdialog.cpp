// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/commitdialog.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/versioning/metadataeditor.h"
#include "ui/widgets/displayformat.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {
constexpr int kShortIdLength = 12;
}

CommitDialog::CommitDialog(StoreAccess access, AsyncRunner *runner, const StoreUrl &branch,
                           DiffTreeModel::Counts summary, QWidget *parent)
    : QDialog(parent), m_access(std::move(access)), m_runner(runner), m_branch(branch)
{
    setWindowTitle(tr("Commit to %1").arg(QString::fromStdString(branch.ref)));
    buildUi(summary);
    updateState();
}

void CommitDialog::buildUi(const DiffTreeModel::Counts &summary)
{
    auto *layout = new QVBoxLayout(this);

    auto *what = new QLabel(this);
    const QString branch = QString::fromStdString(m_branch.ref);
    const QString repo = QString::fromStdString(m_branch.bucket);
    if (summary.total() > 0)
        what->setText(tr("Commit %1 added, %2 removed and %3 changed objects on branch %4 of %5.")
                          .arg(DisplayFormat::count(summary.added), DisplayFormat::count(summary.removed),
                               DisplayFormat::count(summary.changed), branch, repo));
    else
        what->setText(tr("Commit the uncommitted changes of branch %1 of %2.").arg(branch, repo));
    what->setWordWrap(true);
    what->setObjectName(QStringLiteral("summary"));
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_message = new QLineEdit(this);
    m_message->setPlaceholderText(tr("What these changes do"));
    m_message->setAccessibleName(tr("Commit message"));
    form->addRow(tr("&Message:"), m_message);
    layout->addLayout(form);

    auto *metadataLabel = new QLabel(tr("M&etadata:"), this);
    layout->addWidget(metadataLabel);
    m_metadata = new MetadataEditor(tr("Commit metadata"), this);
    metadataLabel->setBuddy(m_metadata->table());
    layout->addWidget(m_metadata);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *result = new QHBoxLayout;
    m_resultId = new QLineEdit(this);
    m_resultId->setReadOnly(true);
    m_resultId->setAccessibleName(tr("New commit id"));
    m_copy = new QPushButton(tr("&Copy id"), this);
    m_copy->setAccessibleName(tr("Copy the full commit id"));
    m_copy->setAutoDefault(false);
    result->addWidget(m_resultId);
    result->addWidget(m_copy);
    layout->addLayout(result);
    m_resultId->hide();
    m_copy->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_commit = m_buttons->addButton(tr("C&ommit"), QDialogButtonBox::AcceptRole);
    m_commit->setDefault(true);
    m_commit->setAccessibleName(tr("Commit"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CommitDialog::reject);
    connect(m_message, &QLineEdit::textChanged, this, &CommitDialog::updateState);
    connect(m_metadata, &MetadataEditor::changed, this, &CommitDialog::updateState);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_commitId); });
    m_message->setFocus();
}

QString CommitDialog::message() const
{
    return m_message->text();
}

void CommitDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void CommitDialog::addMetadataRow(const QString &key, const QString &value)
{
    m_metadata->addRow(key, value);
}

Metadata CommitDialog::metadata() const
{
    return m_metadata->metadata();
}

QString CommitDialog::blockingReason() const
{
    if (m_message->text().trimmed().isEmpty())
        return tr("Enter a commit message.");
    return m_metadata->problem();
}

QString CommitDialog::statusText() const
{
    return m_status->text();
}

void CommitDialog::updateState()
{
    const bool editable = !m_committing && m_commitId.isEmpty();
    m_message->setReadOnly(!editable);
    m_metadata->setEditable(editable);
    if (!m_commitId.isEmpty()) {
        m_commit->hide();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
        return;
    }
    const QString reason = blockingReason();
    m_commit->setEnabled(!m_committing && reason.isEmpty());
    m_commit->setToolTip(reason);
    if (m_committing)
        m_status->setText(tr("Committing to %1…").arg(QString::fromStdString(m_branch.ref)));
    else if (!m_failure.isEmpty())
        m_status->setText(m_failure);
    else
        m_status->setText(reason);
}

void CommitDialog::accept()
{
    if (!m_commitId.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (!m_committing && blockingReason().isEmpty())
        startCommit();
}

void CommitDialog::startCommit()
{
    m_committing = true;
    m_failure.clear();
    updateState();
    lakefs::CommitCreation creation;
    creation.message = m_message->text().trimmed().toStdString();
    creation.metadata = metadata();
    m_runner->run(
        this,
        [access = m_access, url = m_branch, creation]() -> Result<lakefs::Commit> {
            auto lake = access.lake(url);
            if (!lake)
                return lake.error();
            return (*lake)->commit(url.bucket, url.ref, creation);
        },
        [this](Result<lakefs::Commit> result) { finishCommit(result); });
}

void CommitDialog::finishCommit(const Result<lakefs::Commit> &result)
{
    m_committing = false;
    if (!result) {
        m_failure = describeFailure(result.error(), QString::fromStdString(m_branch.ref));
        updateState();
        return;
    }
    m_commitId = QString::fromStdString(result->id);
    m_status->setText(tr("Committed %1 to %2.")
                          .arg(m_commitId.left(kShortIdLength), QString::fromStdString(m_branch.ref)));
    m_resultId->setText(m_commitId);
    m_resultId->show();
    m_copy->show();
    updateState();
    emit committed(m_commitId);
}

QString CommitDialog::describeFailure(const Error &error, const QString &branch)
{
    const QString detail = QString::fromStdString(error.message);
    if ((error.httpStatus == 400 || error.code == ErrorCode::InvalidInput)
        && detail.contains(QStringLiteral("no changes"), Qt::CaseInsensitive))
        return tr("Nothing to commit: branch %1 has no uncommitted changes (someone may have committed or "
                  "discarded them meanwhile). Refresh the changes to see the branch as it is.")
            .arg(branch);
    if ((error.httpStatus == 403 || error.code == ErrorCode::PermissionDenied)
        && detail.contains(QStringLiteral("protected"), Qt::CaseInsensitive))
        return tr("Branch %1 is protected: lakeFS accepts no direct commits on it. Create a branch from it, "
                  "commit there and merge it into %1.")
            .arg(branch);
    return tr("The commit failed: %1").arg(UiErrors::describe(error));
}

} // namespace lakescope::ui
