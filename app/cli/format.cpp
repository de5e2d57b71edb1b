// SPDX-License-Identifier: Apache-2.0
#include "app/cli/format.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace lakescope::cli::format {

std::string humanSize(std::uint64_t bytes)
{
    if (bytes < 1024)
        return std::to_string(bytes);
    static constexpr std::array<char, 6> units { 'K', 'M', 'G', 'T', 'P', 'E' };
    std::size_t unit = 0;
    long double value = static_cast<long double>(bytes) / 1024.0L;
    while (value >= 1024.0L && unit + 1 < units.size()) {
        value /= 1024.0L;
        ++unit;
    }
    // Rounded up as ls -h does, so a size is never shown smaller than it is;
    // rounding can reach the next unit (1023.9K -> 1.0M).
    char text[32];
    const long double tenths = std::ceil(value * 10.0L);
    if (tenths < 100.0L) {
        std::snprintf(text, sizeof text, "%.1Lf%c", tenths / 10.0L, units[unit]);
        return text;
    }
    const long double whole = std::ceil(value);
    if (whole >= 1024.0L && unit + 1 < units.size()) {
        std::snprintf(text, sizeof text, "1.0%c", units[unit + 1]);
        return text;
    }
    std::snprintf(text, sizeof text, "%.0Lf%c", whole, units[unit]);
    return text;
}

std::string isoTime(const std::optional<Timestamp> &time)
{
    if (!time)
        return {};
    const std::time_t seconds = std::chrono::system_clock::to_time_t(*time);
    std::tm parts {};
    if (!::gmtime_r(&seconds, &parts))
        return {};
    char text[32];
    const std::size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return std::string(text, n);
}

void appendPrintable(std::string &out, std::string_view text)
{
    static constexpr char digits[] = "0123456789abcdef";
    // Nearly every key is clean: copy it whole.
    const bool clean = std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u != 0x7f;
    });
    if (clean) {
        out.append(text);
        return;
    }
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0x7f) {
            out.push_back(c);
            continue;
        }
        out.push_back('\\');
        switch (c) {
        case '\n':
            out.push_back('n');
            break;
        case '\t':
            out.push_back('t');
            break;
        case '\r':
            out.push_back('r');
            break;
        default:
            out.push_back('x');
            out.push_back(digits[u >> 4]);
            out.push_back(digits[u & 15]);
        }
    }
}

std::string printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    appendPrintable(out, text);
    return out;
}

std::string baseName(std::string_view key)
{
    if (!key.empty() && key.back() == '/')
        key.remove_suffix(1);
    const auto slash = key.rfind('/');
    return std::string(slash == std::string_view::npos ? key : key.substr(slash + 1));
}

std::string oneLine(std::string_view text)
{
    return printable(text);
}

} // namespace lakescope::cli::format
