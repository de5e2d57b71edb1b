// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/linediff.h"
#include "core/store/objectinfo.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace lakescope::ui {

// Reads the two sides of one object and decides how to compare them: text
// diffed line by line, two images, or the facts of each side. Pure work for
// a runner thread; the result is plain data the pane only displays.
class CompareSides
{
    Q_DECLARE_TR_FUNCTIONS(CompareSides)

public:
    enum class Kind { Text, Image, Summary, Error };

    struct Limits
    {
        std::uint64_t textBytes = 256 * 1024;
        std::uint64_t imageBytes = 20 * 1024 * 1024;
        std::size_t maxEditDistance = 2000;
    };

    struct Side
    {
        std::optional<ObjectInfo> info; // none: the object is not on this side
        QStringList lines;              // Kind::Text
        bool truncated = false;         // Kind::Text: only the first bytes were read
        bool finalNewline = false;
        bool crlf = false;
        QString encoding;
        QImage image;                   // Kind::Image; null where the side has none
        QString imageFormat;
    };

    struct Outcome
    {
        Kind kind = Kind::Error;
        Side left;
        Side right;
        LineDiff diff; // Kind::Text; indices into left.lines / right.lines
        QString error; // Kind::Error, in words
        QString note;  // why a Summary (too large, binary, image that does not decode)
    };

    static Outcome read(const StoreResolver &resolver, const StoreUrl &left, const StoreUrl &right,
                        const QString &leftTitle, const QString &rightTitle, const Limits &limits,
                        CancellationToken cancel);
};

} // namespace lakescope::ui
