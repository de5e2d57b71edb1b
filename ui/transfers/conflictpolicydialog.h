// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferoptions.h"

#include <QDialog>

class QButtonGroup;

namespace lakescope::ui {

// Asked once per drop or paste: what to do with files that already exist at
// the destination. Starts on the last choice (kept in QSettings), so Enter
// repeats it. Use open() and read policy() on accepted().
class ConflictPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    // `question` names what goes where: "12 items to s3://bucket/x/".
    explicit ConflictPolicyDialog(const QString &question, QWidget *parent = nullptr);

    ConflictPolicy policy() const;
    void setPolicy(ConflictPolicy policy);

    static ConflictPolicy rememberedPolicy();
    static void rememberPolicy(ConflictPolicy policy);

    void accept() override;

private:
    QButtonGroup *m_choices;
};

} // namespace lakescope::ui
