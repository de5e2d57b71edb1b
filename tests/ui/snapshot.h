// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QWidget>

namespace lakescope::testing {

// Pictures for eyes, only when asked for: with LAKESCOPE_SNAPSHOT_DIR set,
// `widget` is saved there as NAME.png. Without it nothing is written, so
// parallel test runs never share a file.
inline bool saveSnapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LAKESCOPE_SNAPSHOT_DIR");
    if (dir.isEmpty())
        return true;
    return widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace lakescope::testing
