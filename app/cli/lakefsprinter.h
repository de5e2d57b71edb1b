// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The text lakectl prints for lakeFS's objects, so scripts and eyes used to
// lakectl read ours alike. Names from the lake pass through
// format::printable: a hostile path cannot forge extra lines.
namespace lakescope::cli::lakefsprint {

// Unix seconds as Go's time.String() in UTC: "2023-03-15 08:09:36 +0000 UTC".
std::string date(std::int64_t unixSeconds);

// A bordered table with a header row, as lakectl draws its listings:
//   +--------+-----------+
//   | BRANCH | COMMIT ID |
//   +--------+-----------+
//   | main   | 1a2b...   |
//   +--------+-----------+
std::string table(const std::vector<std::string> &headers, const std::vector<std::vector<std::string>> &rows);

// "+ added path", "- removed path", "~ changed path", "* conflict path";
// prefixes (with a delimiter) as "~ changed prefix/".
std::string diffLine(const lakefs::DiffEntry &entry);

// After a commit:
//   Branch: lakefs://repo/branch
//   Commit for branch "branch" completed.
//
//   ID: <id>
//   Message: <message>
//   Timestamp: <date>
//   Parents: <id>, <id>
std::string commitReport(std::string_view branchUri, std::string_view branch, const lakefs::Commit &commit);

// One entry of "log": ID, Author, Date (and Merge: for a merge commit),
// then the message and metadata indented, as lakectl log prints them.
std::string logEntry(const lakefs::Commit &commit);

} // namespace lakescope::cli::lakefsprint
