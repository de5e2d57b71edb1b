// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace lakescope::ui {

// How numbers, sizes and times look everywhere in the UI, in one place so
// the table, the status bar and tooltips agree.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // "0 B", "999 B", "1.0 KiB", "12.3 MiB": binary units, one decimal.
    static QString size(std::uint64_t bytes);
    // "1,234,567 bytes" in the user's locale, for tooltips.
    static QString exactBytes(std::uint64_t bytes);
    // Local time, ISO-like and sortable by eye: "2024-05-01 13:45".
    static QString dateTime(qint64 msecsSinceEpoch);
    // Same with seconds and the zone, for tooltips.
    static QString dateTimeLong(qint64 msecsSinceEpoch);
    // A count with the locale's digit grouping.
    static QString count(qint64 n);
};

} // namespace lakescope::ui
