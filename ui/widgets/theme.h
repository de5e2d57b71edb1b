// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPalette>

namespace lakescope::ui {

// Light and dark looks on the Fusion style, following the desktop's colour
// scheme unless the user picked one. Qt 6.4 cannot tell the scheme itself
// (QStyleHints::colorScheme arrived in 6.5), so "System" asks the XDG
// desktop portal (org.freedesktop.appearance color-scheme, what GNOME 42+,
// KDE and others publish) asynchronously over D-Bus and follows its change
// signal; without a portal it falls back to GTK_THEME's ":dark" suffix and
// then to the platform palette's own lightness.
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit Theme(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // What is shown now: dark or not, after resolving System.
    bool isDark() const { return m_dark; }

    static QPalette lightPalette();
    static QPalette darkPalette();
    // "dark"/"light"/"system" and back, for settings.
    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name);

signals:
    void changed(bool dark);

private slots:
    void onPortalSettingChanged(const QString &group, const QString &key, const QVariant &value);

private:
    void queryPortal();
    void applySystemPreference(bool dark);
    void apply();

    Mode m_mode = Mode::System;
    bool m_systemDark = false;
    bool m_dark = false;
    QPalette m_platformPalette;
};

} // namespace lakescope::ui
