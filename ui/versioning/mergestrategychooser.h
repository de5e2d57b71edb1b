// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"

#include <QGroupBox>

class QGridLayout;
class QRadioButton;

namespace lakescope::ui {

// How a merge settles paths changed on both sides: three choices, each with
// the one line that says what it does to the destination. Alt+S, Alt+K and
// Alt+T pick them; the arrows move between them.
class MergeStrategyChooser : public QGroupBox
{
    Q_OBJECT

public:
    MergeStrategyChooser(const QString &source, const QString &destination, QWidget *parent = nullptr);

    lakefs::MergeStrategy strategy() const;
    void setStrategy(lakefs::MergeStrategy strategy);
    void setEditable(bool editable);

    // "keeping main's version (dest-wins)", for what a merge did; empty for the default.
    static QString settledBy(lakefs::MergeStrategy strategy, const QString &source, const QString &destination);

signals:
    void strategyChanged();

private:
    QRadioButton *addChoice(
        QGridLayout *layout, int row, const QString &text, const QString &name, const QString &explained);

    QRadioButton *m_stop = nullptr;
    QRadioButton *m_destWins = nullptr;
    QRadioButton *m_sourceWins = nullptr;
};

} // namespace lakescope::ui
