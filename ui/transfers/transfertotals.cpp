// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/transfertotals.h"

#include "ui/transfers/transfertext.h"

#include <QCoreApplication>

namespace lakescope::ui {

QString TransferTotals::summary() const
{
    if (activeJobs == 0)
        return {};
    const auto tr = [](const char *text) { return QCoreApplication::translate("lakescope::ui::TransferTotals", text); };
    QString text = activeJobs == 1 ? tr("1 transfer") : tr("%1 transfers").arg(activeJobs);
    if (percent >= 0)
        //: "42% — 3 transfers"
        text = tr("%1% \u2014 %2").arg(percent).arg(text);
    if (const QString speed = TransferText::rate(rate); !speed.isEmpty())
        text += QStringLiteral(", ") + speed;
    if (const QString left = TransferText::eta(etaSeconds); !left.isEmpty())
        //: time left, e.g. "2 min 5 s left"
        text += QStringLiteral(", ") + tr("%1 left").arg(left);
    return text;
}

} // namespace lakescope::ui
