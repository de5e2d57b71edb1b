// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/locallister.h"

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace lakescope {

namespace {

std::string cacheKeyOf(const ListOptions &options, const std::string &token)
{
    std::string key;
    key.reserve(options.prefix.size() + options.delimiter.size() + token.size() + 2);
    key += options.prefix;
    key += '\0';
    key += options.delimiter;
    key += '\0';
    key += token;
    return key;
}

bool isDotOrDotDot(const char *name)
{
    return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

} // namespace

LocalLister::LocalLister(std::string root) : m_root(std::move(root)) {}

Status LocalLister::readDir(const std::string &dirKey, std::string_view namePrefix, Mode mode, Frame &frame) const
{
    frame.dirKey = dirKey;
    frame.arena.clear();
    frame.names.clear();
    frame.next = 0;
    const std::string path = localfs::joinPath(m_root, dirKey);
    localfs::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid()) {
        // A folder that does not exist lists as empty, as a prefix would.
        if (errno == ENOENT || errno == ENOTDIR)
            return {};
        return localfs::errnoError(errno, path);
    }
    // fdopendir owns what it is given; keep our descriptor for fstatat.
    const int readFd = ::dup(fd.get());
    DIR *dir = readFd >= 0 ? ::fdopendir(readFd) : nullptr;
    if (!dir) {
        const int err = errno;
        if (readFd >= 0)
            ::close(readFd);
        return localfs::errnoError(err, path);
    }
    const bool atRoot = dirKey.empty();
    int readError = 0;
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            readError = errno;
            break;
        }
        const char *cname = entry->d_name;
        if (isDotOrDotDot(cname))
            continue;
        const std::string_view name(cname);
        if (!name.starts_with(namePrefix) || localfs::isHiddenName(name, atRoot))
            continue;
        bool isDir = false;
        switch (entry->d_type) {
        case DT_REG:
            break;
        case DT_DIR:
            isDir = true;
            break;
        case DT_LNK:
        case DT_UNKNOWN: {
            struct stat st{};
            if (::fstatat(fd.get(), cname, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            if (S_ISLNK(st.st_mode)) {
                if (::fstatat(fd.get(), cname, &st, 0) != 0)
                    continue; // broken link
                // A tree walk never descends through a linked folder: it
                // may loop, or lead out of the root.
                if (S_ISDIR(st.st_mode) && mode != Mode::Folder)
                    continue;
            }
            if (S_ISDIR(st.st_mode))
                isDir = true;
            else if (!S_ISREG(st.st_mode))
                continue;
            break;
        }
        default:
            continue; // sockets, fifos, devices are not objects
        }
        const auto offset = static_cast<std::uint32_t>(frame.arena.size());
        frame.arena.insert(frame.arena.end(), name.begin(), name.end());
        if (isDir)
            frame.arena.push_back('/');
        frame.names.push_back({0, offset, static_cast<std::uint32_t>(frame.arena.size() - offset)});
        frame.arena.push_back('\0');
    }
    ::closedir(dir);
    if (readError != 0)
        return localfs::errnoError(readError, path);
    sortNames(frame);
    frame.fd = std::move(fd);
    return {};
}

void LocalLister::sortNames(Frame &frame)
{
    // Byte order of names, with folders as "name/", is the key order. Names
    // in one folder often share a long prefix ("part-00000..."), so compare
    // from where they start to differ.
    if (frame.names.empty())
        return;
    std::size_t common = frame.name(0).size();
    for (std::size_t i = 1; i < frame.names.size() && common > 0; ++i) {
        const std::string_view a = frame.name(0);
        const std::string_view b = frame.name(i);
        std::size_t n = 0;
        const std::size_t limit = std::min({common, a.size(), b.size()});
        while (n < limit && a[n] == b[n])
            ++n;
        common = n;
    }
    for (std::size_t i = 0; i < frame.names.size(); ++i) {
        const std::string_view name = frame.name(i);
        std::uint64_t head = 0;
        for (std::size_t k = 0; k < 8; ++k) {
            const std::size_t at = common + k;
            head = (head << 8) | (at < name.size() ? static_cast<unsigned char>(name[at]) : 0u);
        }
        frame.names[i].head = head;
    }
    const std::size_t skip = common + 8;
    std::sort(frame.names.begin(), frame.names.end(), [&frame, skip](const Name &a, const Name &b) {
        if (a.head != b.head)
            return a.head < b.head;
        // Names never hold NUL, so equal heads mean both go on past them.
        const std::string_view restA(frame.arena.data() + a.offset + std::min<std::size_t>(skip, a.length),
                                     a.length - std::min<std::size_t>(skip, a.length));
        const std::string_view restB(frame.arena.data() + b.offset + std::min<std::size_t>(skip, b.length),
                                     b.length - std::min<std::size_t>(skip, b.length));
        return restA < restB;
    });
}

Status LocalLister::openCursor(const std::string &prefix, Mode mode, const std::string &token, Cursor &cursor) const
{
    const auto slash = prefix.rfind('/');
    const std::string dirKey = slash == std::string::npos ? std::string() : prefix.substr(0, slash + 1);
    const std::string_view namePrefix = std::string_view(prefix).substr(dirKey.size());
    Frame frame;
    if (auto read = readDir(dirKey, namePrefix, mode, frame); !read)
        return read;
    cursor.frames.push_back(std::move(frame));
    return token.empty() ? Status{} : seek(cursor, mode, token);
}

Status LocalLister::seek(Cursor &cursor, Mode mode, const std::string &token) const
{
    // Skip every entry at or before the token; descend only into the one
    // folder the token lies in, so a resumed walk reads no other folder.
    for (;;) {
        Frame &frame = cursor.frames.back();
        std::string descendInto;
        while (frame.next < frame.names.size()) {
            std::string key = frame.dirKey;
            key += frame.name(frame.next);
            if (key.back() != '/' || mode == Mode::Folder) {
                if (key > token)
                    break;
                ++frame.next;
                continue;
            }
            if (token.starts_with(key)) {
                ++frame.next;
                descendInto = key;
                break;
            }
            if (key > token)
                break;
            ++frame.next; // the whole folder sorts before the token
        }
        if (descendInto.empty())
            return {};
        Frame sub;
        if (!readDir(descendInto, {}, mode, sub))
            return {};
        cursor.frames.push_back(std::move(sub));
    }
}

bool LocalLister::openFd(Frame &frame) const
{
    if (!frame.fd.valid()) {
        const std::string path = localfs::joinPath(m_root, frame.dirKey);
        frame.fd.reset(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    }
    return frame.fd.valid();
}

std::vector<ObjectInfo> LocalLister::statAll(std::vector<Pending> &pending)
{
    std::vector<ObjectInfo> objects(pending.size());
    std::vector<char> found(pending.size(), 0);
    auto work = [&](std::size_t begin, std::size_t end) {
        struct stat st{};
        for (std::size_t i = begin; i < end; ++i) {
            Pending &file = pending[i];
            // Gone since readdir, or no longer a file: left out.
            if (::fstatat(file.dirFd, file.name, &st, 0) == 0 && S_ISREG(st.st_mode)) {
                objects[i] = localfs::infoFromStat(std::move(file.key), st);
                found[i] = 1;
            }
        }
    };
    // stat calls are most of a listing's time, and a second core halves
    // them; below a few hundred files a thread costs more than it saves.
    static const bool manyCores = std::thread::hardware_concurrency() > 1;
    constexpr std::size_t kSplitAt = 256;
    bool done = false;
    if (manyCores && pending.size() >= kSplitAt) {
        const std::size_t half = pending.size() / 2;
        try {
            std::thread helper(work, half, pending.size());
            work(0, half);
            helper.join();
            done = true;
        } catch (const std::system_error &) {
            // No thread to be had: do it all here.
        }
    }
    if (!done)
        work(0, pending.size());
    if (std::find(found.begin(), found.end(), 0) != found.end()) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < objects.size(); ++i) {
            if (found[i])
                objects[kept++] = std::move(objects[i]);
        }
        objects.resize(kept);
    }
    return objects;
}

Result<ListPage> LocalLister::list(const ListOptions &options, CancellationToken cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    if (auto valid = localfs::validatePrefix(options.prefix); !valid)
        return valid.error();
    const std::size_t maxKeys = options.maxKeys == 0 ? 1000 : options.maxKeys;
    const std::string &delimiter = options.delimiter;
    const Mode mode = delimiter == "/" ? Mode::Folder : delimiter.empty() ? Mode::Tree : Mode::TreeFolded;
    const std::string &token = options.pageToken;

    Cursor cursor;
    if (token.empty() || !takeCursor(cacheKeyOf(options, token), cursor)) {
        if (auto opened = openCursor(options.prefix, mode, token, cursor); !opened)
            return opened.error();
        if (mode == Mode::TreeFolded && token.ends_with(delimiter))
            cursor.folded = token;
    }

    // Entries are chosen first and the files among them stat'ed together
    // afterwards, so the stat calls can be shared between two threads.
    ListPage page;
    std::vector<Pending> pending;
    pending.reserve(std::min<std::size_t>(maxKeys, 4096));
    std::vector<Frame> finished; // folders whose names `pending` points into
    std::size_t count = 0;
    std::string lastKey;
    bool lastIsFile = false;
    bool more = false;
    while (!cursor.frames.empty()) {
        if (cancel.isCancelled())
            return Error::cancelled();
        Frame &frame = cursor.frames.back();
        if (frame.next == frame.names.size()) {
            finished.push_back(std::move(frame));
            cursor.frames.pop_back();
            continue;
        }
        const std::string_view name = frame.name(frame.next);
        const char *cName = frame.cName(frame.next);
        const bool isDir = name.back() == '/';
        std::string key;
        key.reserve(frame.dirKey.size() + name.size());
        key += frame.dirKey;
        key += name;
        if (isDir && mode != Mode::Folder) {
            ++frame.next;
            Frame sub;
            // An unreadable folder is passed over, as find(1) carries on.
            if (readDir(key, {}, mode, sub))
                cursor.frames.push_back(std::move(sub));
            continue;
        }
        if (mode == Mode::TreeFolded) {
            if (!cursor.folded.empty() && key.starts_with(cursor.folded)) {
                ++frame.next;
                continue;
            }
            const auto pos = key.find(delimiter, options.prefix.size());
            if (pos != std::string::npos) {
                if (count == maxKeys) {
                    more = true;
                    break;
                }
                key.resize(pos + delimiter.size());
                cursor.folded = key;
                page.commonPrefixes.push_back(key);
                lastKey = std::move(key);
                lastIsFile = false;
                ++count;
                ++frame.next;
                continue;
            }
        }
        // Stop only when another entry is certain, so the last page carries
        // no token.
        if (count == maxKeys) {
            more = true;
            break;
        }
        ++frame.next;
        ++count;
        if (isDir) {
            page.commonPrefixes.push_back(key);
            lastKey = std::move(key);
            lastIsFile = false;
        } else if (openFd(frame)) {
            pending.push_back({frame.fd.get(), cName, std::move(key)});
            lastIsFile = true;
        }
    }

    if (more) {
        // A file that vanishes before its stat still ends the page: the
        // token only says where to resume.
        page.nextPageToken = lastIsFile ? pending.back().key : lastKey;
    }
    if (options.keysOnly) {
        // readdir already told files from folders; without a stat there is
        // nothing more to learn, so keys-only listings cost what find(1) does.
        page.objects.resize(pending.size());
        for (std::size_t i = 0; i < pending.size(); ++i)
            page.objects[i].key = std::move(pending[i].key);
    } else {
        page.objects = statAll(pending);
    }
    if (more) {
        for (auto &frame : cursor.frames)
            frame.fd.reset();
        keepCursor(cacheKeyOf(options, page.nextPageToken), std::move(cursor));
    }
    return page;
}

bool LocalLister::takeCursor(const std::string &cacheKey, Cursor &cursor)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_cursors.begin(); it != m_cursors.end(); ++it) {
        if (it->first == cacheKey) {
            cursor = std::move(it->second);
            m_cursors.erase(it);
            return true;
        }
    }
    return false;
}

void LocalLister::keepCursor(std::string cacheKey, Cursor cursor)
{
    std::lock_guard lock(m_mutex);
    m_cursors.emplace_front(std::move(cacheKey), std::move(cursor));
    // Bound both the count and the names held, so abandoned listings of
    // huge folders cannot pile up.
    std::size_t names = 0;
    std::size_t kept = 0;
    for (auto it = m_cursors.begin(); it != m_cursors.end(); ) {
        for (const auto &frame : it->second.frames)
            names += frame.names.size() - frame.next;
        if (kept == kCachedCursors || (kept > 0 && names > kCachedNames)) {
            it = m_cursors.erase(it);
            continue;
        }
        ++kept;
        ++it;
    }
}

} // namespace lakescope
