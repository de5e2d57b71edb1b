// SPDX-License-Identifier: Apache-2.0
#include "ui/preview/textdecoding.h"

#include <QStringDecoder>

namespace lakescope::ui {

namespace {

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != c)
            return false;
    }
    return true;
}

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

} // namespace

bool TextDecoding::isValidUtf8(const QByteArray &bytes, bool truncated)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int follow = 0;
        if (lead < 0x80)
            follow = 0;
        else if (lead >= 0xC2 && lead <= 0xDF)
            follow = 1;
        else if (lead >= 0xE0 && lead <= 0xEF)
            follow = 2;
        else if (lead >= 0xF0 && lead <= 0xF4)
            follow = 3;
        else
            return false;
        if (i + follow >= size) {
            // The last character is incomplete: fine when the read limit cut it.
            for (qsizetype k = i + 1; k < size; ++k) {
                if ((data[k] & 0xC0) != 0x80)
                    return false;
            }
            return truncated;
        }
        for (int k = 1; k <= follow; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += follow + 1;
    }
    return true;
}

bool TextDecoding::looksBinary(const QByteArray &bytes)
{
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF}))
        return false;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192);
    int controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++controls;
    }
    return sample > 0 && controls * 10 > sample;
}

TextDecoding::Decoded TextDecoding::decode(const QByteArray &bytes, bool truncated)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return {decodeWith(QStringConverter::Utf8, bytes.mid(3)), QStringLiteral("UTF-8")};
    if (startsWith(bytes, {0xFF, 0xFE})) {
        QByteArray body = bytes.mid(2);
        if (body.size() % 2)
            body.chop(1);
        return {decodeWith(QStringConverter::Utf16LE, body), QStringLiteral("UTF-16LE")};
    }
    if (startsWith(bytes, {0xFE, 0xFF})) {
        QByteArray body = bytes.mid(2);
        if (body.size() % 2)
            body.chop(1);
        return {decodeWith(QStringConverter::Utf16BE, body), QStringLiteral("UTF-16BE")};
    }
    if (isValidUtf8(bytes, truncated)) {
        QByteArray whole = bytes;
        if (truncated) {
            // Drop a character the read limit cut, rather than show U+FFFD.
            for (qsizetype back = 1; back <= 4 && back <= whole.size(); ++back) {
                const unsigned char c = static_cast<unsigned char>(whole[whole.size() - back]);
                if ((c & 0xC0) == 0x80)
                    continue;
                const int needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                if (needed > back)
                    whole.chop(back);
                break;
            }
        }
        return {decodeWith(QStringConverter::Utf8, whole), QStringLiteral("UTF-8")};
    }
    QStringDecoder windows("windows-1252", QStringConverter::Flag::Stateless);
    if (windows.isValid())
        return {windows.decode(bytes), QStringLiteral("Windows-1252")};
    return {decodeWith(QStringConverter::Latin1, bytes), QStringLiteral("ISO-8859-1")};
}

} // namespace lakescope::ui
