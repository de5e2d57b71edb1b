// SPDX-License-Identifier: Apache-2.0
#include "ui/preview/delimitedtext.h"

#include <map>

namespace lakescope::ui {

QChar DelimitedText::sniff(const QString &text, QChar fallback)
{
    static const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char('|')};
    QChar best = fallback;
    int bestScore = 0;
    for (QChar candidate : candidates) {
        const QList<QStringList> rows = parse(text.left(64 * 1024), candidate, 20, false);
        if (rows.isEmpty())
            continue;
        // Columns per row; a real delimiter gives the same count on most rows.
        std::map<qsizetype, int> widths;
        for (const QStringList &row : rows)
            ++widths[row.size()];
        qsizetype commonWidth = 1;
        int commonRows = 0;
        for (const auto &[width, count] : widths) {
            if (count > commonRows || (count == commonRows && width > commonWidth)) {
                commonWidth = width;
                commonRows = count;
            }
        }
        if (commonWidth < 2)
            continue;
        const int score = commonRows * 100 + int(commonWidth);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

QList<QStringList> DelimitedText::parse(const QString &text, QChar delimiter, int maxRows, bool complete)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool rowStarted = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            rowStarted = true;
        } else if (c == delimiter) {
            row.append(field);
            field.clear();
            rowStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (rowStarted || !field.isEmpty()) {
                row.append(field);
                rows.append(row);
                if (rows.size() >= maxRows)
                    return rows;
            }
            row.clear();
            field.clear();
            rowStarted = false;
        } else {
            field += c;
            rowStarted = true;
        }
    }
    // The last line: whole when the text is the whole file, else possibly
    // cut by the read limit.
    if (complete && !quoted && (rowStarted || !field.isEmpty())) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace lakescope::ui
