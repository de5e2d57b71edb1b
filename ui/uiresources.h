// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

namespace lakescope::ui {

// Resources and translations compiled into lakescope_ui. A static library's
// resources must be registered by name before first use.
class UiResources
{
public:
    static void init();
    // Qt's own strings plus ours for `locale`; English plural forms when
    // there is no translation for it.
    static void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());
};

} // namespace lakescope::ui
