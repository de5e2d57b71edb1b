// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/objectinfo.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Text shapes shared by the commands: sizes, times, names on a terminal.
namespace lakescope::cli::format {

// "0", "1023", "1.0K", "1.5K", "20M": powers of 1024, rounded up like
// ls -h, one decimal below 10.
std::string humanSize(std::uint64_t bytes);

// "2024-05-01T12:34:56Z", or "" without a time.
std::string isoTime(const std::optional<Timestamp> &time);

// A key as one terminal line: control characters become \n, \t, \xHH so a
// hostile name cannot forge extra lines. JSON output carries names exactly.
void appendPrintable(std::string &out, std::string_view text);
std::string printable(std::string_view text);

// "a/b/c" -> "c", "a/b/" -> "b", "" -> "".
std::string baseName(std::string_view key);

// One line of an error: newlines folded, control characters escaped.
std::string oneLine(std::string_view text);

} // namespace lakescope::cli::format
