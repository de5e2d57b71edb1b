// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace lakescope::ui {

// CSV and TSV as RFC 4180 writes them: fields in double quotes may hold
// the delimiter, newlines and doubled quotes.
class DelimitedText
{
public:
    // The delimiter of the first lines: the one of ',', '\t', ';', '|' that
    // occurs outside quotes most consistently; `fallback` when none does.
    static QChar sniff(const QString &text, QChar fallback = QLatin1Char(','));

    // At most `maxRows` rows. `complete` false means the text is a prefix
    // of the file, so a last row the cut may have split is dropped.
    static QList<QStringList> parse(const QString &text, QChar delimiter, int maxRows, bool complete);
};

} // namespace lakescope::ui
