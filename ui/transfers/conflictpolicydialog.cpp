// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/conflictpolicydialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lakescope::ui {

namespace {

const char *const kSettingsKey = "transfers/ifExists";

} // namespace

ConflictPolicyDialog::ConflictPolicyDialog(const QString &question, QWidget *parent)
    : QDialog(parent), m_choices(new QButtonGroup(this))
{
    setWindowTitle(tr("Copy"));
    setAccessibleName(tr("If a file already exists"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("%1: if a file already exists:").arg(question), this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);

    const struct
    {
        ConflictPolicy policy;
        QString text;
        QString description;
    } choices[] = {
        {ConflictPolicy::Overwrite, tr("&Overwrite"), tr("Replace the existing file")},
        {ConflictPolicy::Skip, tr("&Skip"), tr("Keep the existing file")},
        {ConflictPolicy::SkipIdentical, tr("Skip &identical"),
         tr("Keep the existing file when size and checksum match, replace it otherwise")},
        {ConflictPolicy::NewerOnly, tr("&Newer only"), tr("Replace the existing file only with a newer one")},
        {ConflictPolicy::Rename, tr("&Keep both (rename)"), tr("Write the new file as \"name (1).ext\" beside it")},
    };
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text, this);
        button->setToolTip(choice.description);
        button->setAccessibleName(QString(choice.text).remove(QLatin1Char('&')));
        button->setAccessibleDescription(choice.description);
        m_choices->addButton(button, int(choice.policy));
        layout->addWidget(button);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Copy"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setPolicy(rememberedPolicy());
}

ConflictPolicy ConflictPolicyDialog::policy() const
{
    const int id = m_choices->checkedId();
    return id < 0 ? ConflictPolicy::Overwrite : ConflictPolicy(id);
}

void ConflictPolicyDialog::setPolicy(ConflictPolicy policy)
{
    if (QAbstractButton *button = m_choices->button(int(policy))) {
        button->setChecked(true);
        button->setFocus();
    }
}

ConflictPolicy ConflictPolicyDialog::rememberedPolicy()
{
    const QString name = QSettings().value(QLatin1String(kSettingsKey)).toString();
    // Until the user chose: never send again what is already there, never
    // keep a stale copy.
    return parseConflictPolicy(name.toStdString()).value_or(ConflictPolicy::SkipIdentical);
}

void ConflictPolicyDialog::rememberPolicy(ConflictPolicy policy)
{
    QSettings().setValue(QLatin1String(kSettingsKey), QString::fromUtf8(conflictPolicyName(policy).data(),
                                                                        qsizetype(conflictPolicyName(policy).size())));
}

void ConflictPolicyDialog::accept()
{
    rememberPolicy(policy());
    QDialog::accept();
}

} // namespace lakescope::ui
