// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/local/diskio.h"

#include "core/backends/local/localfs.h"
#include "core/common/uri.h"

#include <cerrno>
#include <ctime>
#include <filesystem>
#include <system_error>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace lakescope::lakefs::diskio {

using localfs::errnoError;
using localfs::UniqueFd;

Status makeDirs(const std::string &path)
{
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec)
        return errnoError(ec.value(), path);
    return {};
}

Result<std::string> readFile(const std::string &path)
{
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid())
        return errnoError(errno, path);
    struct stat st{};
    if (::fstat(fd.get(), &st) != 0)
        return errnoError(errno, path);
    std::string data;
    data.resize(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    for (;;) {
        if (done == data.size())
            data.resize(data.size() + 4096);
        const ssize_t n = ::read(fd.get(), data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errnoError(errno, path);
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    data.resize(done);
    return data;
}

Status writeAll(int fd, std::string_view data, const std::string &what)
{
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errnoError(errno, what);
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

namespace {

std::string parentOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : (slash == 0 ? std::string("/") : path.substr(0, slash));
}

} // namespace

Status writeFileAtomic(const std::string &tmpDir, const std::string &path, std::string_view data)
{
    const std::string temp = tmpDir + "/" + randomToken(8) + ".tmp";
    UniqueFd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (!fd.valid())
        return errnoError(errno, temp);
    Status status = writeAll(fd.get(), data, temp);
    if (status && ::fsync(fd.get()) != 0)
        status = errnoError(errno, temp);
    fd.reset();
    if (status && ::rename(temp.c_str(), path.c_str()) != 0)
        status = errnoError(errno, path);
    if (!status) {
        ::unlink(temp.c_str());
        return status;
    }
    return syncDirectory(parentOf(path));
}

Status syncDirectory(const std::string &path)
{
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid())
        return errnoError(errno, path);
    if (::fsync(fd.get()) != 0)
        return errnoError(errno, path);
    return {};
}

Status removeFile(const std::string &path)
{
    if (::unlink(path.c_str()) != 0 && errno != ENOENT)
        return errnoError(errno, path);
    return {};
}

Status removeTree(const std::string &path)
{
    std::error_code ec;
    fs::remove_all(path, ec);
    if (ec)
        return errnoError(ec.value(), path);
    return {};
}

bool exists(const std::string &path)
{
    struct stat st{};
    return ::stat(path.c_str(), &st) == 0;
}

std::vector<std::string> listNames(const std::string &path)
{
    std::vector<std::string> names;
    DIR *dir = ::opendir(path.c_str());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string_view name(entry->d_name);
        if (name != "." && name != "..")
            names.emplace_back(name);
    }
    ::closedir(dir);
    return names;
}

std::string encodeName(std::string_view name)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-' || c == '~' || (c == '.' && i > 0);
        if (plain) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(digits[c >> 4]);
            out.push_back(digits[c & 0xf]);
        }
    }
    return out;
}

std::optional<std::string> decodeName(std::string_view fileName)
{
    auto decoded = uri::decode(fileName);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

std::string randomToken(std::size_t bytes)
{
    return localfs::randomHex(bytes);
}

std::int64_t nowSeconds()
{
    return static_cast<std::int64_t>(std::time(nullptr));
}

} // namespace lakescope::lakefs::diskio
