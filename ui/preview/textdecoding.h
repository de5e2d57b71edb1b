// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lakescope::ui {

// Turns the first bytes of a file into text: a BOM decides (UTF-8,
// UTF-16 LE/BE), else valid UTF-8 is UTF-8, else Windows-1252 (Latin-1
// where the platform lacks it), the usual guess for legacy Western files.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    struct Decoded
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "Windows-1252", ...
    };

    // `truncated`: the bytes are a prefix, so a character cut at the end is
    // not a sign of a wrong encoding and is dropped.
    static Decoded decode(const QByteArray &bytes, bool truncated);
    // NUL bytes or many control characters without a UTF-16 BOM.
    static bool looksBinary(const QByteArray &bytes);
    static bool isValidUtf8(const QByteArray &bytes, bool truncated);
};

} // namespace lakescope::ui
