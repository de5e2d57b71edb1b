// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The few POSIX file operations the local lake is built from. Every file
// that names state (a branch, a tag, a commit) is replaced whole by
// write-temp + fsync + rename + fsync of the folder, so a crash leaves the
// old or the new version, never a mix.
namespace lakescope::lakefs::diskio {

Status makeDirs(const std::string &path);
// NotFound when the file is missing.
Result<std::string> readFile(const std::string &path);
// Writes all of `data` to `fd`, through short writes and EINTR; `what`
// names the file in an error.
Status writeAll(int fd, std::string_view data, const std::string &what);
// `tmpDir` must be on the same filesystem as `path`.
Status writeFileAtomic(const std::string &tmpDir, const std::string &path, std::string_view data);
Status syncDirectory(const std::string &path);
Status removeFile(const std::string &path);
Status removeTree(const std::string &path);
bool exists(const std::string &path);
// Names inside a folder (no "." or ".."); empty when it is missing.
std::vector<std::string> listNames(const std::string &path);

// Branch and tag names become file names: bytes outside [A-Za-z0-9_.~-]
// and a leading '.' are %XX-escaped, so any name maps to one plain file.
std::string encodeName(std::string_view name);
std::optional<std::string> decodeName(std::string_view fileName);

std::string randomToken(std::size_t bytes = 16);
std::int64_t nowSeconds();

} // namespace lakescope::lakefs::diskio
