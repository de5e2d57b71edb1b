// SPDX-License-Identifier: Apache-2.0
#include "ui/uiresources.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initLakescopeResources()
{
    Q_INIT_RESOURCE(lakescope);
}

namespace lakescope::ui {

void UiResources::init()
{
    initLakescopeResources();
}

void UiResources::installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("lakescope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("lakescope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace lakescope::ui
