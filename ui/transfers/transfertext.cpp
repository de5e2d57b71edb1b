// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/transfertext.h"

#include <QLocale>

#include <cmath>

namespace lakescope::ui {

QString TransferText::bytes(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

QString TransferText::bytesOf(std::uint64_t done, std::uint64_t total, bool planned)
{
    if (!planned && total == 0)
        return bytes(done);
    //: transferred bytes, e.g. "1.2 GB of 4 GB"
    return planned ? tr("%1 of %2").arg(bytes(done), bytes(total))
                   : tr("%1 of %2 so far").arg(bytes(done), bytes(total));
}

QString TransferText::rate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    //: transfer rate, e.g. "12.5 MB/s"
    return tr("%1/s").arg(bytes(std::uint64_t(bytesPerSecond)));
}

QString TransferText::eta(std::optional<double> seconds)
{
    if (!seconds || !std::isfinite(*seconds) || *seconds < 0)
        return {};
    const qint64 total = qint64(std::ceil(*seconds));
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 secs = total % 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(secs);
    return tr("%1 s").arg(secs);
}

QString TransferText::state(TransferState state)
{
    switch (state) {
    case TransferState::Queued:
        return tr("Queued");
    case TransferState::Planning:
        return tr("Planning");
    case TransferState::Running:
        return tr("Running");
    case TransferState::Paused:
        return tr("Paused");
    case TransferState::Verifying:
        return tr("Verifying");
    case TransferState::Finalising:
        return tr("Finalising");
    case TransferState::Done:
        return tr("Done");
    case TransferState::Skipped:
        return tr("Skipped");
    case TransferState::Failed:
        return tr("Failed");
    case TransferState::Cancelled:
        return tr("Cancelled");
    case TransferState::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

int TransferText::percent(std::uint64_t done, std::uint64_t total, bool planned)
{
    if (total == 0)
        return planned ? 100 : -1;
    return int(std::min<std::uint64_t>(100, done * 100 / total));
}

} // namespace lakescope::ui
