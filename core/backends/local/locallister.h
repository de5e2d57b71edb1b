// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/backends/local/localfs.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/store/objectinfo.h"

#include <cstdint>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope {

// Lists a LocalStore's folder tree as S3 would list keys. Directories are
// read with readdir (no stat), sorted once, and only entries that land on a
// page are stat'ed. The sorted remainder of a listing is kept in a small
// cache under the page token it issued, so paging through a folder of
// 100,000 files reads it once; a token the cache has lost still works, by
// re-reading and skipping past it.
class LocalLister
{
public:
    explicit LocalLister(std::string root);

    Result<ListPage> list(const ListOptions &options, CancellationToken cancel);

private:
    // One entry of a folder: where its name lies in the folder's arena, and
    // the 8 bytes after the folder's common name prefix, big-endian, so
    // most comparisons while sorting are one integer compare.
    struct Name
    {
        std::uint64_t head;
        std::uint32_t offset;
        std::uint32_t length;
    };

    // One directory being walked: its key ("a/b/", "" for the root) and its
    // entries in key order, directories with a trailing '/'. The names sit
    // NUL-terminated in one arena (a vector, so moving a Frame never moves
    // them: pending stat calls point into it).
    struct Frame
    {
        std::string dirKey;
        std::vector<char> arena;
        std::vector<Name> names;
        std::size_t next = 0;
        localfs::UniqueFd fd; // open only while a page is being built

        std::string_view name(std::size_t i) const { return {arena.data() + names[i].offset, names[i].length}; }
        const char *cName(std::size_t i) const { return arena.data() + names[i].offset; }
    };

    // Where a listing stands between two pages.
    struct Cursor
    {
        std::vector<Frame> frames;
        std::string folded; // last common prefix, for delimiters other than '/'
    };

    enum class Mode { Folder, Tree, TreeFolded };

    static void sortNames(Frame &frame);
    Status readDir(const std::string &dirKey, std::string_view namePrefix, Mode mode, Frame &frame) const;
    Status openCursor(const std::string &prefix, Mode mode, const std::string &token, Cursor &cursor) const;
    Status seek(Cursor &cursor, Mode mode, const std::string &token) const;
    // A file picked for the page, stat'ed once the page is chosen.
    struct Pending
    {
        int dirFd;
        const char *name;
        std::string key;
    };

    bool openFd(Frame &frame) const;
    // The objects among `pending`, in order, on two threads for big pages.
    static std::vector<ObjectInfo> statAll(std::vector<Pending> &pending);

    bool takeCursor(const std::string &cacheKey, Cursor &cursor);
    void keepCursor(std::string cacheKey, Cursor cursor);

    static constexpr std::size_t kCachedCursors = 16;
    static constexpr std::size_t kCachedNames = 2'000'000;

    std::string m_root;
    std::mutex m_mutex;
    std::list<std::pair<std::string, Cursor>> m_cursors; // most recent first
};

} // namespace lakescope
