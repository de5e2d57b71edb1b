// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/naturalsortkey.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace lakescope::ui {

namespace {

constexpr char kNumberMarker = 0x30; // after every punctuation code below

// ASCII punctuation in the order ICU's root collation uses, packed below the
// number marker so "a-b", "a_b" and "a.b" sort before "a1" and "ab".
constexpr std::string_view kPunctuation = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

const std::array<char, 128> &asciiTable()
{
    static const std::array<char, 128> table = [] {
        std::array<char, 128> t{};
        for (int c = 0; c < 128; ++c)
            t[c] = static_cast<char>(c);
        for (int c = 'A'; c <= 'Z'; ++c)
            t[c] = static_cast<char>(c - 'A' + 'a');
        for (std::size_t i = 0; i < kPunctuation.size(); ++i)
            t[static_cast<unsigned char>(kPunctuation[i])] = static_cast<char>(0x01 + i);
        return t;
    }();
    return table;
}

void appendNumber(QByteArray &key, QStringView digits)
{
    qsizetype start = 0;
    while (start + 1 < digits.size() && digits[start] == QLatin1Char('0'))
        ++start;
    const qsizetype length = digits.size() - start;
    key.append(kNumberMarker);
    key.append(static_cast<char>(std::min<qsizetype>(length, 255)));
    for (qsizetype i = start; i < digits.size(); ++i)
        key.append(static_cast<char>(digits[i].unicode()));
}

void appendNonAscii(QByteArray &key, QChar c)
{
    // Decompose so "é" keys as "e" plus a dropped accent, then fold case.
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    for (QChar d : decomposed) {
        if (d.category() == QChar::Mark_NonSpacing)
            continue;
        if (d.unicode() < 128)
            key.append(asciiTable()[d.unicode()]);
        else
            key.append(QString(d.toCaseFolded()).toUtf8());
    }
}

} // namespace

QByteArray NaturalSortKey::make(QStringView name)
{
    const auto &table = asciiTable();
    QByteArray key;
    key.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size();) {
        const QChar c = name[i];
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            qsizetype end = i + 1;
            while (end < name.size() && name[end].unicode() >= '0' && name[end].unicode() <= '9')
                ++end;
            appendNumber(key, name.mid(i, end - i));
            i = end;
            continue;
        }
        if (c.unicode() < 128) {
            key.append(table[c.unicode()]);
        } else if (c.isHighSurrogate() && i + 1 < name.size()) {
            key.append(name.mid(i, 2).toUtf8());
            i += 2;
            continue;
        } else {
            appendNonAscii(key, c);
        }
        ++i;
    }
    return key;
}

int NaturalSortKey::compare(const QByteArray &keyA, QStringView nameA, const QByteArray &keyB, QStringView nameB)
{
    const int byKey = keyA.compare(keyB);
    if (byKey != 0)
        return byKey;
    return nameA.compare(nameB);
}

} // namespace lakescope::ui
