// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>

namespace lakescope::ui {

// The application's icons, drawn with QPainter at whatever size and device
// pixel ratio is asked for. Qt's SVG plugin is an optional runtime package
// (absent on a plain Debian qt6-base install), so SVG files in resources
// could silently render as nothing; painted icons always work and stay
// crisp. Toolbar glyphs take the palette's text colour, so they follow a
// dark scheme.
class Icons
{
public:
    static QIcon app();
    static QIcon folder();
    static QIcon file();
    static QIcon home();
    static QIcon drive();
    static QIcon memory();
    static QIcon bucket();
    static QIcon lake();
    static QIcon repository();
    static QIcon branch();
    static QIcon tag();
    static QIcon commit();
    static QIcon back();
    static QIcon forward();
    static QIcon up();
    static QIcon refresh();
    static QIcon stop();
    static QIcon search();
    static QIcon error();
    static QIcon info();
    static QIcon close();
};

} // namespace lakescope::ui
