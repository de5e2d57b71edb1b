// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTemporaryDir>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope::testing {

// A scratch folder removed with the fixture, with one-line helpers to lay
// out files and to see everything a test left behind (hidden files too).
class TempDir
{
public:
    TempDir();

    bool isValid() const { return m_dir.isValid(); }
    std::filesystem::path path() const;
    std::filesystem::path filePath(std::string_view relative) const;

    // Create a file (and its parent folders) holding `content`.
    bool writeFile(std::string_view relative, std::string_view content = {});
    bool makeDir(std::string_view relative);
    bool makeSymlink(std::string_view relative, const std::filesystem::path &target);
    bool exists(std::string_view relative) const;
    // The file's bytes, or "" when it cannot be read.
    std::string readFile(std::string_view relative) const;

    // Every file and folder below `relative` (the whole dir by default), as
    // sorted relative paths, folders with a trailing '/'. Symlinks are not
    // followed.
    std::vector<std::string> entries(std::string_view relative = {}) const;

private:
    QTemporaryDir m_dir;
};

} // namespace lakescope::testing
