// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferprogress.h"

#include <QDialog>

#include <vector>

class QPlainTextEdit;

namespace lakescope::ui {

// The files of one job that failed, each with its error, as selectable
// text ("key — error" per line) with a button to copy it all.
class FailedFilesDialog : public QDialog
{
    Q_OBJECT

public:
    FailedFilesDialog(const QString &title, const std::vector<FileProgress> &failed, QWidget *parent = nullptr);

    QString text() const;
    void copyToClipboard() const;

private:
    QPlainTextEdit *m_list;
};

} // namespace lakescope::ui
