// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/storeurl.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace lakescope::ui {

// What the preview shows for one object, built on a worker from its first
// bytes, so the GUI thread only puts it on screen.
struct PreviewContent
{
    enum class Kind {
        Empty,   // nothing selected
        Loading,
        Text,    // text, Markdown, pretty-printed JSON
        Table,   // CSV / TSV
        Image,
        Summary, // too large, binary or unknown: facts and a Download button
        Error,
    };

    Kind kind = Kind::Empty;
    StoreUrl url;
    QString name;
    QString type;          // "CSV table", "UTF-16 text", "PNG image", ...
    std::uint64_t size = 0;
    qint64 modified = 0;   // ms since the epoch, 0 = unknown
    QString text;          // Text and Error
    QStringList header;    // Table
    QList<QStringList> rows;
    QImage image;
    // What part is shown, e.g. "First 1.0 MiB of 40.0 MiB", or why only a
    // summary is shown.
    QString note;
};

} // namespace lakescope::ui
