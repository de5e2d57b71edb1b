// SPDX-License-Identifier: Apache-2.0
// lakescope: the desktop explorer. Wiring only; everything else lives in ui/.
#include "ui/mainwindow.h"
#include "ui/screenshotwriter.h"
#include "ui/session/session.h"
#include "ui/uiresources.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImageReader>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lakescope"));
    QApplication::setApplicationName(QStringLiteral("Lakescope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lakescope"));
    QApplication::setApplicationVersion(QStringLiteral(LAKESCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lakescope"));

    lakescope::ui::UiResources::init();
    lakescope::ui::UiResources::installTranslations(app);
    // The SVG artwork needs Qt's optional SVG plugin; the painted twin always works.
    QApplication::setWindowIcon(QImageReader::supportedImageFormats().contains("svg")
                                    ? QIcon(QStringLiteral(":/icons/lakescope.svg"))
                                    : lakescope::ui::Icons::app());

    lakescope::ui::Theme theme;

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore data lakes: S3, GCS, Azure, lakeFS and local folders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption themeOption(
        QStringLiteral("theme"), QApplication::translate("main", "Look: system, light or dark (default: the saved choice)."),
        QApplication::translate("main", "name"));
    parser.addOption(themeOption);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to <file> (PNG) once the first listing is shown, then exit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("location"),
                                 QApplication::translate("main", "Where to start: a path or URL, e.g. /data or memory://scratch/."),
                                 QStringLiteral("[location]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString location = positional.isEmpty() ? QString() : positional.front();

    lakescope::ui::Session session;
    lakescope::ui::MainWindow window(&session);
    std::unique_ptr<lakescope::ui::ScreenshotWriter> writer;
    if (parser.isSet(screenshot))
        window.setSettingsEnabled(false);
    window.setTheme(&theme);
    if (parser.isSet(themeOption))
        theme.setMode(lakescope::ui::Theme::modeFromName(parser.value(themeOption)));
    if (parser.isSet(screenshot)) {
        // Deterministic: fixed size, no saved layout, nothing written back.
        window.setSettingsEnabled(false);
        window.resize(1280, 800);
        writer = std::make_unique<lakescope::ui::ScreenshotWriter>(&window, parser.value(screenshot));
        QObject::connect(writer.get(), &lakescope::ui::ScreenshotWriter::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        writer->start();
    } else {
        window.resize(1280, 800);
        window.restoreSettings();
    }
    window.show();
    window.openStartLocation(location);
    return app.exec();
}
