// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/displayformat.h"

#include <QDateTime>
#include <QLocale>

namespace lakescope::ui {

QString DisplayFormat::size(std::uint64_t bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    static const char *const units[] = {QT_TR_NOOP("%1 KiB"), QT_TR_NOOP("%1 MiB"), QT_TR_NOOP("%1 GiB"),
                                        QT_TR_NOOP("%1 TiB"), QT_TR_NOOP("%1 PiB"), QT_TR_NOOP("%1 EiB")};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    // Round first so 1048575 bytes reads "1.0 MiB", not "1024.0 KiB".
    while (value >= 1023.95 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    return tr(units[unit]).arg(QLocale().toString(value, 'f', 1));
}

QString DisplayFormat::exactBytes(std::uint64_t bytes)
{
    return tr("%1 bytes").arg(QLocale().toString(qulonglong(bytes)));
}

QString DisplayFormat::dateTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayFormat::dateTimeLong(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString DisplayFormat::count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace lakescope::ui
