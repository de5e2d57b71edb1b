// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/mergestrategychooser.h"

#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>

namespace lakescope::ui {

MergeStrategyChooser::MergeStrategyChooser(const QString &source, const QString &destination, QWidget *parent)
    : QGroupBox(tr("When a path changed on both sides"), parent)
{
    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(1, 1);
    m_stop = addChoice(layout, 0, tr("&Stop on conflict"), tr("Stop on conflict"),
        tr("The merge is refused if any path changed on both sides; nothing changes."));
    m_destWins = addChoice(layout, 1, tr("&Keep destination (dest-wins)"), tr("Keep destination"),
        tr("Conflicting paths keep %1's version; every other change of %2 lands.").arg(destination, source));
    m_sourceWins = addChoice(layout, 2, tr("&Take source (source-wins)"), tr("Take source"),
        tr("Conflicting paths take %1's version; every other change lands too.").arg(source));
    m_stop->setChecked(true);
}

QRadioButton *MergeStrategyChooser::addChoice(
    QGridLayout *layout, int row, const QString &text, const QString &name, const QString &explained)
{
    auto *radio = new QRadioButton(text, this);
    radio->setAccessibleName(name);
    radio->setAccessibleDescription(explained);
    auto *label = new QLabel(explained, this);
    label->setWordWrap(true);
    // Secondary to the choice, yet readable: the text colour, softened.
    QPalette palette = label->palette();
    QColor soft = palette.color(QPalette::WindowText);
    soft.setAlphaF(0.72f);
    palette.setColor(QPalette::WindowText, soft);
    label->setPalette(palette);
    layout->addWidget(radio, row, 0);
    layout->addWidget(label, row, 1);
    connect(radio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            emit strategyChanged();
    });
    return radio;
}

lakefs::MergeStrategy MergeStrategyChooser::strategy() const
{
    if (m_destWins->isChecked())
        return lakefs::MergeStrategy::DestWins;
    if (m_sourceWins->isChecked())
        return lakefs::MergeStrategy::SourceWins;
    return lakefs::MergeStrategy::Default;
}

void MergeStrategyChooser::setStrategy(lakefs::MergeStrategy strategy)
{
    switch (strategy) {
    case lakefs::MergeStrategy::DestWins:
        m_destWins->setChecked(true);
        break;
    case lakefs::MergeStrategy::SourceWins:
        m_sourceWins->setChecked(true);
        break;
    case lakefs::MergeStrategy::Default:
        m_stop->setChecked(true);
        break;
    }
}

void MergeStrategyChooser::setEditable(bool editable)
{
    for (QRadioButton *radio : { m_stop, m_destWins, m_sourceWins })
        radio->setEnabled(editable);
}

QString MergeStrategyChooser::settledBy(
    lakefs::MergeStrategy strategy, const QString &source, const QString &destination)
{
    switch (strategy) {
    case lakefs::MergeStrategy::DestWins:
        return tr("keeping %1's version (dest-wins)").arg(destination);
    case lakefs::MergeStrategy::SourceWins:
        return tr("taking %1's version (source-wins)").arg(source);
    case lakefs::MergeStrategy::Default:
        break;
    }
    return {};
}

} // namespace lakescope::ui
