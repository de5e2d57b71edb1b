// SPDX-License-Identifier: Apache-2.0
#include "tests/support/tempdir.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace lakescope::testing {

namespace fs = std::filesystem;

TempDir::TempDir() : m_dir(QDir::tempPath() + QStringLiteral("/lakescope-test-XXXXXX")) {}

fs::path TempDir::path() const
{
    return fs::path(m_dir.path().toStdString());
}

fs::path TempDir::filePath(std::string_view relative) const
{
    return path() / fs::path(std::string(relative));
}

bool TempDir::writeFile(std::string_view relative, std::string_view content)
{
    const fs::path file = filePath(relative);
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return static_cast<bool>(out);
}

bool TempDir::makeDir(std::string_view relative)
{
    std::error_code ec;
    fs::create_directories(filePath(relative), ec);
    return !ec;
}

bool TempDir::makeSymlink(std::string_view relative, const fs::path &target)
{
    std::error_code ec;
    fs::create_directories(filePath(relative).parent_path(), ec);
    fs::create_symlink(target, filePath(relative), ec);
    return !ec;
}

bool TempDir::exists(std::string_view relative) const
{
    std::error_code ec;
    return fs::exists(fs::symlink_status(filePath(relative), ec));
}

std::string TempDir::readFile(std::string_view relative) const
{
    std::ifstream in(filePath(relative), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> TempDir::entries(std::string_view relative) const
{
    std::vector<std::string> found;
    const fs::path base = filePath(relative);
    std::error_code ec;
    for (fs::recursive_directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = fs::relative(it->path(), base, ec).generic_string();
        if (it->is_directory() && !it->is_symlink())
            name += '/';
        found.push_back(std::move(name));
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace lakescope::testing
