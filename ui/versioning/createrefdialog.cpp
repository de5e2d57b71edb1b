// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/createrefdialog.h"

#include "core/lakefs/tree/refexpression.h"
#include "ui/bridge/asyncrunner.h"
#include "ui/versioning/referrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lakescope::ui {

CreateRefDialog::CreateRefDialog(AsyncRunner *runner, LakeResolver lake, const StoreUrl &repository,
                                 QWidget *parent)
    : QDialog(parent), m_runner(runner), m_lake(std::move(lake)), m_repository(repository)
{
    setWindowTitle(tr("Create Branch or Tag in %1").arg(QString::fromStdString(repository.bucket)));

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Branch"));
    m_kind->addItem(tr("Tag"));
    m_kind->setAccessibleName(tr("Kind of reference"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. feature-cleanup or v1.1"));
    m_source = new QLineEdit(this);
    m_source->setAccessibleName(tr("Source"));
    m_source->setPlaceholderText(tr("branch, tag, commit id or expression such as main~2"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Problem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Source:"), m_source);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateRefDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreateRefDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &CreateRefDialog::revalidate);
    connect(m_source, &QLineEdit::textChanged, this, &CreateRefDialog::revalidate);
    revalidate();
}

void CreateRefDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(kind == Kind::Branch ? 0 : 1);
}

CreateRefDialog::Kind CreateRefDialog::kind() const
{
    return m_kind->currentIndex() == 1 ? Kind::Tag : Kind::Branch;
}

void CreateRefDialog::setRefName(const QString &name)
{
    m_name->setText(name);
}

QString CreateRefDialog::refName() const
{
    return m_name->text().trimmed();
}

void CreateRefDialog::setSource(const QString &sourceRef)
{
    m_source->setText(sourceRef);
}

QString CreateRefDialog::source() const
{
    return m_source->text().trimmed();
}

QString CreateRefDialog::kindWord() const
{
    return kind() == Kind::Branch ? tr("branch") : tr("tag");
}

QString CreateRefDialog::validationError() const
{
    const QString name = refName();
    if (name.isEmpty())
        return tr("Enter a name for the new %1.").arg(kindWord());
    if (kind() == Kind::Branch) {
        if (!lakefs::validateBranchName(name.toStdString()))
            return tr("Branch names use letters, digits, “_” and “-”, and do not start with “-”.");
    } else if (Status valid = lakefs::validateTagName(name.toStdString()); !valid) {
        return tr("Tag names must not contain spaces, “..”, “/”, “@{” or any of ^:?*[\\, must not end with “.” "
                  "or “.lock”, and must not be “@”.");
    }
    if (source().isEmpty())
        return tr("Enter the branch, tag or commit the new %1 starts from.").arg(kindWord());
    if (!lakefs::parseRefExpression(source().toStdString()))
        return tr("“%1” is not a branch, tag, commit id or ref expression.").arg(source());
    return {};
}

QString CreateRefDialog::errorText() const
{
    return m_message->text();
}

void CreateRefDialog::revalidate()
{
    if (m_busy)
        return;
    const QString problem = validationError();
    // An empty field is not an error yet; it only keeps Create disabled.
    const bool blank = refName().isEmpty() || source().isEmpty();
    m_message->setText(blank ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void CreateRefDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_kind->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_source->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_message->setText(tr("Creating…"));
}

void CreateRefDialog::submit()
{
    if (m_busy)
        return;
    if (const QString problem = validationError(); !problem.isEmpty()) {
        m_message->setText(problem);
        emit failed(problem);
        return;
    }
    setBusy(true);
    const Kind refKind = kind();
    const QString name = refName();
    const std::string sourceRef = source().toStdString();
    m_runner->run(
        this,
        [lake = m_lake, repository = m_repository, refKind, name = name.toStdString(),
         sourceRef]() -> Result<std::string> {
            auto lakeApi = lake(repository);
            if (!lakeApi)
                return lakeApi.error();
            if (refKind == Kind::Branch)
                return (*lakeApi)->createBranch(repository.bucket, name, sourceRef);
            auto tag = (*lakeApi)->createTag(repository.bucket, name, sourceRef);
            if (!tag)
                return tag.error();
            return tag->commitId;
        },
        [this, refKind, name](Result<std::string> created) {
            setBusy(false);
            if (!created) {
                const QString message = RefErrors::create(created.error(), kindWord(), name);
                m_message->setText(message);
                emit failed(message);
                return;
            }
            m_message->clear();
            emit refCreated(refKind, name, QString::fromStdString(*created));
            QDialog::accept();
        });
}

} // namespace lakescope::ui
