// SPDX-License-Identifier: Apache-2.0
// The light and dark looks, and following the desktop's colour scheme as
// the XDG portal announces it.
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

using lakescope::ui::Theme;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void explicitModesSetThePalette();
    void systemModeFollowsThePortal();
    void choiceOverridesTheSystem();
    void modeNamesRoundTrip();
};

namespace {

bool windowIsDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

void announceScheme(Theme &theme, uint scheme)
{
    // What the portal's SettingChanged signal delivers: the value wrapped in a variant.
    QVERIFY(QMetaObject::invokeMethod(&theme, "onPortalSettingChanged",
                                      Q_ARG(QString, QStringLiteral("org.freedesktop.appearance")),
                                      Q_ARG(QString, QStringLiteral("color-scheme")),
                                      Q_ARG(QVariant, QVariant::fromValue(QDBusVariant(scheme)))));
}

} // namespace

void TestTheme::explicitModesSetThePalette()
{
    Theme theme;
    theme.setMode(Theme::Mode::Dark);
    QVERIFY(theme.isDark());
    QVERIFY(windowIsDark());
    // Text must stay readable on the dark base.
    const QPalette dark = QApplication::palette();
    QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 150);

    theme.setMode(Theme::Mode::Light);
    QVERIFY(!theme.isDark());
    QVERIFY(!windowIsDark());
}

void TestTheme::systemModeFollowsThePortal()
{
    Theme theme;
    theme.setMode(Theme::Mode::System);
    announceScheme(theme, 2); // prefer light
    QVERIFY(!theme.isDark());
    QSignalSpy changed(&theme, &Theme::changed);
    announceScheme(theme, 1); // prefer dark
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.front().front().toBool(), true);
    QVERIFY(windowIsDark());
    announceScheme(theme, 2);
    QVERIFY(!windowIsDark());
}

void TestTheme::choiceOverridesTheSystem()
{
    Theme theme;
    theme.setMode(Theme::Mode::Light);
    announceScheme(theme, 1);
    QVERIFY(!theme.isDark());
    QVERIFY(!windowIsDark());
    // Going back to System picks up what the desktop said meanwhile.
    theme.setMode(Theme::Mode::System);
    QVERIFY(theme.isDark());
}

void TestTheme::modeNamesRoundTrip()
{
    for (const Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        QCOMPARE(Theme::modeFromName(Theme::modeName(mode)), mode);
    QCOMPARE(Theme::modeFromName(QStringLiteral("bogus")), Theme::Mode::System);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
