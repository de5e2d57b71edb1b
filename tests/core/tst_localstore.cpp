// SPDX-License-Identifier: Apache-2.0
#include "core/backends/local/localstore.h"
#include "core/common/md5.h"
#include "tests/support/storeconformance.h"
#include "tests/support/tempdir.h"
#include "tests/support/testassert.h"
#include "tests/support/teststreams.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <set>

#include <sys/stat.h>
#include <sys/xattr.h>

using namespace lakescope;
using lakescope::testing::FailingSource;
using lakescope::testing::GeneratedSource;
using lakescope::testing::TempDir;

// LocalStore runs the shared suite, then what only a folder on disk has:
// hostile keys, temp files, real directories, symlinks, and paging through
// folders that are read once and cached between pages.
class TstLocalStore final : public testing::StoreConformance
{
    Q_OBJECT

protected:
    ObjectStorePtr createStore() override
    {
        // The root is a sub-folder, so a test sees anything created beside it.
        m_dir = std::make_unique<TempDir>();
        if (!m_dir->isValid() || !m_dir->makeDir("root"))
            return nullptr;
        m_local = std::make_shared<LocalStore>(m_dir->filePath("root"));
        return m_local;
    }

private:
    LocalStore &local() { return *m_local; }

    // Everything under the root, hidden files included.
    std::vector<std::string> onDisk() const { return m_dir->entries("root"); }

    // Every key of a recursive or folded listing, one fresh store per page,
    // so no page can come from the cursor cache.
    Listing listUncached(const std::string &prefix, const std::string &delimiter, std::size_t maxKeys)
    {
        Listing listing;
        ListOptions options{prefix, delimiter, {}, maxKeys};
        for (;;) {
            LocalStore fresh(m_dir->filePath("root"));
            auto page = fresh.list(options);
            ++listing.pages;
            if (!page) {
                listing.problem = page.error().toString();
                return listing;
            }
            for (const auto &object : page->objects)
                listing.objects.push_back(object.key);
            for (const auto &folded : page->commonPrefixes)
                listing.prefixes.push_back(folded);
            if (page->nextPageToken.empty() || listing.pages > 1000)
                return listing;
            options.pageToken = page->nextPageToken;
        }
    }

    std::unique_ptr<TempDir> m_dir;
    std::shared_ptr<LocalStore> m_local;

private slots:
    void capabilitiesMatchTheFilesystem()
    {
        // Ask the filesystem directly whether it keeps user xattrs.
        QVERIFY(m_dir->writeFile("probe", "x"));
        const bool xattrs = ::setxattr(m_dir->filePath("probe").c_str(), "user.test", "1", 1, 0) == 0;
        const Capabilities caps = local().capabilities();
        QCOMPARE(caps.userMetadata, xattrs);
        QVERIFY(caps.hierarchicalNamespace);
        QVERIFY(caps.serverSideCopy);
        QVERIFY(caps.atomicRename);
        QVERIFY(caps.conditionalPut);
        QVERIFY(!caps.presign);
        LS_VERIFY_ERROR(local().presign("a", PresignMethod::Get, std::chrono::seconds(60)), ErrorCode::NotSupported);
        QCOMPARE(local().displayName(), "file://" + m_dir->filePath("root").string());
    }

    void hostileKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("parent escape") << QByteArray("../../etc/passwd");
        QTest::newRow("absolute") << QByteArray("/etc/passwd");
        QTest::newRow("escape midway") << QByteArray("a/../../b");
        QTest::newRow("dot segment") << QByteArray("a/./b");
        QTest::newRow("empty segment") << QByteArray("a//b");
        QTest::newRow("empty last segment") << QByteArray("a//");
        QTest::newRow("dot dot") << QByteArray("..");
        QTest::newRow("trailing dot dot") << QByteArray("a/..");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("nul byte") << QByteArray("a\0b", 3);
        QTest::newRow("upload area") << QByteArray(".lakescope-uploads/x");
        QTest::newRow("temp file") << QByteArray("x/.f.lakescope-tmp-0123");
    }

    void hostileKeysAreRefused()
    {
        QFETCH(QByteArray, key);
        const std::string hostile = key.toStdString();
        LS_VERIFY_OK(putString("seed.txt", "seed"));
        const auto before = m_dir->entries();

        StringSource source("evil");
        LS_VERIFY_ERROR(local().put(hostile, source), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().head(hostile), ErrorCode::InvalidInput);
        StringSink sink;
        LS_VERIFY_ERROR(local().get(hostile, sink), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().copy("seed.txt", hostile), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().copy(hostile, "copy.txt"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().rename("seed.txt", hostile), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().startMultipart(hostile), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().resumeMultipart(hostile, "0123456789abcdef"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().localPath(hostile), ErrorCode::InvalidInput);
        auto removed = local().removeBatch({hostile});
        LS_VERIFY_OK(removed);
        QVERIFY(!removed->at(0).ok);

        QCOMPARE(m_dir->entries(), before);
        QCOMPARE(m_dir->readFile("root/seed.txt"), std::string("seed"));
    }

    void hostilePrefixesAreRefused()
    {
        const std::vector<std::string> prefixes = {"../", "/etc/", "a/../../", "a/./", "a//", std::string("a\0b", 3)};
        for (const auto &prefix : prefixes) {
            ListOptions options;
            options.prefix = prefix;
            auto listed = local().list(options);
            QVERIFY2(!listed.ok(), prefix.c_str());
            QCOMPARE(listed.error().code, ErrorCode::InvalidInput);
        }
        // A name prefix may start with dots: it only filters one folder.
        QVERIFY(m_dir->writeFile("root/..hidden-ish", "x"));
        ListOptions dots;
        dots.prefix = "..";
        auto listed = local().list(dots);
        LS_VERIFY_OK(listed);
        QCOMPARE(listed->objects.size(), std::size_t{1});
    }

    void symlinkedFolderCannotBeWrittenThrough()
    {
        QVERIFY(m_dir->writeFile("outside/victim.txt", "untouched"));
        QVERIFY(m_dir->makeSymlink("root/link", "../outside"));
        LS_VERIFY_OK(putString("seed.txt", "seed"));

        LS_VERIFY_ERROR(putString("link/new.txt", "escaped"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(putString("link/sub/deep.txt", "escaped"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(putString("link/victim.txt", "overwritten"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().copy("seed.txt", "link/copy.txt"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().rename("seed.txt", "link/moved.txt"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().startMultipart("link/parts.bin"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().resumeMultipart("link/parts.bin", "0123456789abcdef"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().localPath("link/victim.txt"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().localPath("link/sub/deep.txt"), ErrorCode::InvalidInput);
        auto removed = local().removeBatch({"link/victim.txt"});
        LS_VERIFY_OK(removed);
        QVERIFY(!removed->at(0).ok);

        QCOMPARE(m_dir->entries("outside"), std::vector<std::string>{"victim.txt"});
        QCOMPARE(m_dir->readFile("outside/victim.txt"), std::string("untouched"));
        QCOMPARE(m_dir->readFile("root/seed.txt"), std::string("seed"));
    }

    void failedPutLeavesNoTrace()
    {
        LS_VERIFY_OK(putString("data/keep.txt", "old version"));
        const auto before = onDisk();
        FailingSource broken(3u << 20, Error::transient("network dropped"), 8u << 20);
        LS_VERIFY_ERROR(local().put("data/keep.txt", broken), ErrorCode::Transient);
        QVERIFY(broken.delivered() >= 3u << 20); // it really failed halfway
        FailingSource brokenNew(1u << 20, Error::transient("network dropped"));
        LS_VERIFY_ERROR(local().put("data/new.txt", brokenNew), ErrorCode::Transient);

        QCOMPARE(onDisk(), before);
        QCOMPARE(m_dir->readFile("root/data/keep.txt"), std::string("old version"));
    }

    void cancelledPutLeavesNoTrace()
    {
        LS_VERIFY_OK(putString("data/keep.txt", "old version"));
        const auto before = onDisk();
        CancellationSource cancel;
        FailingSource cancelling(2u << 20, cancel, 8u << 20);
        LS_VERIFY_ERROR(local().put("data/keep.txt", cancelling, {}, cancel.token()), ErrorCode::Cancelled);
        QVERIFY(cancel.isCancelled());

        QCOMPARE(onDisk(), before);
        QCOMPARE(m_dir->readFile("root/data/keep.txt"), std::string("old version"));
    }

    void directoriesArePrefixes()
    {
        QVERIFY(m_dir->writeFile("root/a/b/c.txt", "c"));
        QVERIFY(m_dir->writeFile("root/a/d.txt", "d"));
        QVERIFY(m_dir->makeDir("root/a/empty"));

        const Listing folded = listAll("a/", "/");
        QVERIFY2(folded.problem.empty(), folded.problem.c_str());
        QCOMPARE(folded.objects, std::vector<std::string>{"a/d.txt"});
        QCOMPARE(folded.prefixes, (std::vector<std::string>{"a/b/", "a/empty/"}));
        // A recursive listing returns files only; an empty folder has none.
        QCOMPARE(listAll("a/").objects, (std::vector<std::string>{"a/b/c.txt", "a/d.txt"}));

        auto folder = local().head("a/b/");
        LS_VERIFY_OK(folder);
        QCOMPARE(folder->size, std::uint64_t{0});
        LS_VERIFY_ERROR(local().head("a/b"), ErrorCode::NotFound);
        LS_VERIFY_ERROR(local().head("a/missing/"), ErrorCode::NotFound);
    }

    void folderMarkersAreDirectories()
    {
        LS_VERIFY_OK(putString("d/", {}));
        struct stat st{};
        QCOMPARE(::stat(m_dir->filePath("root/d").c_str(), &st), 0);
        QVERIFY(S_ISDIR(st.st_mode));
        PutOptions once;
        once.ifNoneMatch = true;
        LS_VERIFY_ERROR(putString("d/", {}, once), ErrorCode::AlreadyExists);
        LS_VERIFY_ERROR(putString("e/", "not empty"), ErrorCode::InvalidInput);
        QVERIFY(!m_dir->exists("root/e"));

        // Only an empty folder is removed; its files are objects of their own.
        QVERIFY(m_dir->writeFile("root/d/file.txt", "f"));
        auto refused = local().removeBatch({"d/"});
        LS_VERIFY_OK(refused);
        QVERIFY(!refused->at(0).ok);
        QVERIFY(m_dir->exists("root/d/file.txt"));
        auto removed = local().removeBatch({"d/file.txt", "d/"});
        LS_VERIFY_OK(removed);
        QVERIFY(removed->at(0).ok && removed->at(1).ok);
        QVERIFY(!m_dir->exists("root/d"));
    }

    void filesMadeOutsideAreObjects()
    {
        QVERIFY(m_dir->writeFile("root/notes.md", "# hi"));
        QVERIFY(m_dir->writeFile("root/IMAGE.PNG", "png"));
        QVERIFY(m_dir->writeFile("root/blob.xyz", "?"));
        auto notes = local().head("notes.md");
        LS_VERIFY_OK(notes);
        QCOMPARE(notes->size, std::uint64_t{4});
        QCOMPARE(notes->contentType, std::string("text/markdown"));
        QCOMPARE(local().head("IMAGE.PNG").value().contentType, std::string("image/png"));
        QCOMPARE(local().head("blob.xyz").value().contentType, std::string("application/octet-stream"));
        const Listing listing = listAll({});
        QCOMPARE(listing.objects, (std::vector<std::string>{"IMAGE.PNG", "blob.xyz", "notes.md"}));
        QCOMPARE(listing.infos.back().contentType, std::string("text/markdown"));
        QCOMPARE(listing.infos.back().etag, notes->etag);

        // Edited in place by another program: the etag moves.
        QVERIFY(m_dir->writeFile("root/notes.md", "# hi there"));
        auto edited = local().head("notes.md");
        LS_VERIFY_OK(edited);
        QCOMPARE(edited->size, std::uint64_t{10});
        QVERIFY(edited->etag != notes->etag);
    }

    void symlinksAndSpecialFiles()
    {
        QVERIFY(m_dir->writeFile("root/real.txt", "real"));
        QVERIFY(m_dir->writeFile("root/sub/f.txt", "f"));
        QVERIFY(m_dir->makeSymlink("root/link.txt", "real.txt"));
        QVERIFY(m_dir->makeSymlink("root/broken", "does-not-exist"));
        QVERIFY(m_dir->makeSymlink("root/dirlink", "sub"));
        QVERIFY(m_dir->makeSymlink("root/sub/loop", ".."));
        QCOMPARE(::mkfifo(m_dir->filePath("root/pipe").c_str(), 0600), 0);

        // Linked files are files; linked folders are never walked (no loops).
        QCOMPARE(listAll({}).objects, (std::vector<std::string>{"link.txt", "real.txt", "sub/f.txt"}));
        const Listing folded = listAll({}, "/");
        QCOMPARE(folded.objects, (std::vector<std::string>{"link.txt", "real.txt"}));
        QCOMPARE(folded.prefixes, (std::vector<std::string>{"dirlink/", "sub/"}));
        QCOMPARE(getString("link.txt").valueOr("?"), std::string("real"));
        LS_VERIFY_ERROR(local().head("pipe"), ErrorCode::NotFound);
        StringSink sink;
        LS_VERIFY_ERROR(local().get("pipe", sink), ErrorCode::NotFound);
    }

    void getHonoursEtagConditions()
    {
        auto put = putString("c.txt", "conditional");
        LS_VERIFY_OK(put);
        StringSink sink;
        GetOptions match;
        match.ifMatch = put->etag;
        LS_VERIFY_OK(local().get("c.txt", sink, {}, match));
        QCOMPARE(sink.data(), std::string("conditional"));
        match.ifMatch = "not-the-etag";
        LS_VERIFY_ERROR(local().get("c.txt", sink, {}, match), ErrorCode::PreconditionFailed);
        GetOptions noneMatch;
        noneMatch.ifNoneMatch = put->etag;
        LS_VERIFY_ERROR(local().get("c.txt", sink, {}, noneMatch), ErrorCode::NotModified);
        noneMatch.ifNoneMatch = "older-etag";
        LS_VERIFY_OK(local().get("c.txt", sink, {}, noneMatch));
    }

    void nativeRenameKeepsTheFile()
    {
        PutOptions typed;
        typed.contentType = "application/x-kept";
        typed.metadata = {{"owner", "ana"}};
        LS_VERIFY_OK(putString("from.bin", "moving", typed));
        struct stat before{};
        QCOMPARE(::stat(m_dir->filePath("root/from.bin").c_str(), &before), 0);
        auto renamed = local().rename("from.bin", "deep/er/to.bin");
        LS_VERIFY_OK(renamed);
        struct stat after{};
        QCOMPARE(::stat(m_dir->filePath("root/deep/er/to.bin").c_str(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino); // moved, not copied
        QVERIFY(!m_dir->exists("root/from.bin"));
        if (local().capabilities().userMetadata) {
            QCOMPARE(renamed->contentType, typed.contentType);
            QVERIFY(renamed->metadata == typed.metadata);
        }
    }

    void hiddenFilesAreNeverListed()
    {
        LS_VERIFY_OK(putString("visible.txt", "v"));
        auto upload = local().startMultipart("x/parts.bin");
        LS_VERIFY_OK(upload);
        GeneratedSource part(1000, 1);
        LS_VERIFY_OK((*upload)->putPart(1, part));
        QVERIFY(m_dir->writeFile("root/x/.parts.bin.lakescope-tmp-0123abcd", "half-written"));
        // The hidden files exist, so their absence below means something.
        QVERIFY(m_dir->entries("root/.lakescope-uploads").size() >= 2);

        QCOMPARE(listAll({}).objects, std::vector<std::string>{"visible.txt"});
        const Listing folded = listAll({}, "/");
        QCOMPARE(folded.objects, std::vector<std::string>{"visible.txt"});
        QCOMPARE(folded.prefixes, std::vector<std::string>{"x/"});
        QVERIFY(listAll("x/", "/").objects.empty());
        QVERIFY(listAll(".lakescope").objects.empty());

        LS_VERIFY_OK((*upload)->abort());
        QVERIFY(m_dir->entries("root/.lakescope-uploads").empty());
    }

    void completedUploadCleansUp()
    {
        auto upload = local().startMultipart("done.bin");
        LS_VERIFY_OK(upload);
        GeneratedSource part(5000, 3);
        auto info = (*upload)->putPart(1, part);
        LS_VERIFY_OK(info);
        LS_VERIFY_OK((*upload)->complete({*info}));
        QCOMPARE(m_dir->entries("root/.lakescope-uploads"), std::vector<std::string>{});
        QCOMPARE(onDisk(), (std::vector<std::string>{".lakescope-uploads/", "done.bin"}));
    }

    void localPathOfAKey()
    {
        const std::string root = m_dir->filePath("root").string();
        auto path = local().localPath("data/sub/table.csv");
        LS_VERIFY_OK(path);
        QCOMPARE(*path, root + "/data/sub/table.csv");
        QVERIFY(std::filesystem::path(*path).is_absolute());
        QVERIFY(onDisk().empty()); // asking creates nothing

        LS_VERIFY_OK(putString("data/table.csv", "a,b\n"));
        auto existing = local().localPath("data/table.csv");
        LS_VERIFY_OK(existing);
        QCOMPARE(m_dir->readFile("root/data/table.csv"), std::string("a,b\n"));
        QCOMPARE(*existing, root + "/data/table.csv");

        // A folder marker has no file; keys escaping the root are refused.
        LS_VERIFY_ERROR(local().localPath("data/"), ErrorCode::InvalidInput);
        for (const std::string hostile : {"../x", "/etc/passwd", "a/../../b", "../root/x", ".lakescope-uploads/x"})
            LS_VERIFY_ERROR(local().localPath(hostile), ErrorCode::InvalidInput);

        // Symlinked folders: inside the root they are fine, out of it not.
        QVERIFY(m_dir->makeDir("outside"));
        QVERIFY(m_dir->makeSymlink("root/escape", "../outside"));
        QVERIFY(m_dir->makeSymlink("root/system", "/etc"));
        QVERIFY(m_dir->makeSymlink("root/data/up", ".."));
        QVERIFY(m_dir->makeSymlink("root/data/upup", "../.."));
        LS_VERIFY_ERROR(local().localPath("escape/x"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().localPath("escape/deeper/x"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().localPath("system/passwd"), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().localPath("data/upup/x"), ErrorCode::InvalidInput);
        auto alias = local().localPath("data/up/table.csv");
        LS_VERIFY_OK(alias);
        QCOMPARE(*alias, root + "/data/up/table.csv");
        QVERIFY(m_dir->entries("outside").empty());
    }

    void resumedUploadKeepsItsOptions()
    {
        PutOptions options;
        options.contentType = "text/csv";
        options.metadata = {{"owner", "ana"}, {"note", "line one\nline two = 100%"}};
        std::string uploadId;
        {
            auto upload = local().startMultipart("tables/t.csv", options);
            LS_VERIFY_OK(upload);
            uploadId = (*upload)->uploadId();
            StringSource part("a,b\n");
            auto put = (*upload)->putPart(1, part);
            LS_VERIFY_OK(put);
            QCOMPARE(put->md5, Md5::hex("a,b\n"));
            QCOMPARE(put->etag, put->md5);
        }
        // What outlives the process: the parts folder with the key and options.
        const auto folder = m_dir->entries("root/.lakescope-uploads/" + uploadId);
        QCOMPARE(folder, (std::vector<std::string>{"key", "options", "part-00001-" + Md5::hex("a,b\n")}));

        LocalStore later(m_dir->filePath("root")); // as a new process would open it
        auto resumed = later.resumeMultipart("tables/t.csv", uploadId);
        LS_VERIFY_OK(resumed);
        auto parts = (*resumed)->listParts();
        LS_VERIFY_OK(parts);
        QCOMPARE(parts->size(), std::size_t{1});
        QCOMPARE(parts->at(0).size, std::uint64_t{4});
        QCOMPARE(parts->at(0).md5, Md5::hex("a,b\n"));
        StringSource second("1,2\n");
        auto two = (*resumed)->putPart(2, second);
        LS_VERIFY_OK(two);
        parts->push_back(*two);
        auto done = (*resumed)->complete(*parts);
        LS_VERIFY_OK(done);
        QCOMPARE(m_dir->readFile("root/tables/t.csv"), std::string("a,b\n1,2\n"));
        if (local().capabilities().userMetadata) {
            auto head = local().head("tables/t.csv");
            LS_VERIFY_OK(head);
            QCOMPARE(head->contentType, options.contentType);
            QVERIFY(head->metadata == options.metadata);
        }
        QVERIFY(m_dir->entries("root/.lakescope-uploads").empty());
        LS_VERIFY_ERROR(later.resumeMultipart("tables/t.csv", uploadId), ErrorCode::NotFound);

        // ifNoneMatch survives as well: the resumed upload will not replace.
        PutOptions once;
        once.ifNoneMatch = true;
        std::string secondId;
        {
            auto upload = local().startMultipart("tables/t.csv", once);
            LS_VERIFY_OK(upload);
            secondId = (*upload)->uploadId();
        }
        auto again = later.resumeMultipart("tables/t.csv", secondId);
        LS_VERIFY_OK(again);
        StringSource other("other");
        auto part = (*again)->putPart(1, other);
        LS_VERIFY_OK(part);
        LS_VERIFY_ERROR((*again)->complete({*part}), ErrorCode::AlreadyExists);
        QCOMPARE(m_dir->readFile("root/tables/t.csv"), std::string("a,b\n1,2\n"));
        LS_VERIFY_OK((*again)->abort());
    }

    void uploadIdsCannotEscape()
    {
        QVERIFY(m_dir->writeFile("outside/planted/key", "x.bin"));
        QVERIFY(m_dir->writeFile("outside/planted/options", ""));
        const std::vector<std::string> badIds = {"", ".", "..", "../../outside/planted", "a/b", "x y", "up.1",
                                                 std::string(200, 'a')};
        for (const auto &id : badIds)
            LS_VERIFY_ERROR(local().resumeMultipart("x.bin", id), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(local().resumeMultipart("x.bin", "0123456789abcdef0123456789abcdef"), ErrorCode::NotFound);
        // A symlink planted among the uploads is no upload.
        QVERIFY(m_dir->makeDir("root/.lakescope-uploads"));
        QVERIFY(m_dir->makeSymlink("root/.lakescope-uploads/planted", "../../outside/planted"));
        LS_VERIFY_ERROR(local().resumeMultipart("x.bin", "planted"), ErrorCode::NotFound);
        // Nor is a folder that start() did not make (no key and options).
        QVERIFY(m_dir->makeDir("root/.lakescope-uploads/bare"));
        LS_VERIFY_ERROR(local().resumeMultipart("x.bin", "bare"), ErrorCode::NotFound);
        QCOMPARE(m_dir->entries("outside"), (std::vector<std::string>{"planted/", "planted/key", "planted/options"}));
    }

    void rePutPartReplacesIt()
    {
        auto upload = local().startMultipart("again.bin");
        LS_VERIFY_OK(upload);
        StringSource first("first version");
        auto old = (*upload)->putPart(1, first);
        LS_VERIFY_OK(old);
        StringSource second("second version");
        auto current = (*upload)->putPart(1, second);
        LS_VERIFY_OK(current);
        QVERIFY(old->etag != current->etag);
        auto parts = (*upload)->listParts();
        LS_VERIFY_OK(parts);
        QCOMPARE(parts->size(), std::size_t{1});
        QCOMPARE(parts->at(0).etag, current->etag);
        QCOMPARE(parts->at(0).size, std::uint64_t{14});
        // As on S3, the replaced part's etag no longer completes.
        LS_VERIFY_ERROR((*upload)->complete({*old}), ErrorCode::InvalidInput);
        LS_VERIFY_OK((*upload)->complete({*current}));
        QCOMPARE(m_dir->readFile("root/again.bin"), std::string("second version"));
    }

    void listsInByteOrderWhateverTheNames()
    {
        // Names share a long prefix and differ anywhere after it, and some
        // are folders: the listing must still be plain byte order of keys.
        std::mt19937 random(20240611);
        const std::string alphabet = "-./0a";
        std::set<std::string> keys;
        while (keys.size() < 1500) {
            std::string name = "part-0000-";
            const int length = 6 + static_cast<int>(random() % 14);
            for (int i = 0; i < length; ++i) {
                const char c = alphabet[random() % alphabet.size()];
                name += c == '/' ? '-' : c;
            }
            if (name.ends_with('.'))
                continue;
            keys.insert(random() % 4 == 0 ? name + "/inner" : name);
        }
        // A name cannot be both a file and a folder.
        std::vector<std::string> expected;
        for (const auto &k : keys) {
            const std::string folder = k + "/inner";
            if (!keys.contains(folder) && !(k.ends_with("/inner") && keys.contains(k.substr(0, k.size() - 6))))
                expected.push_back(k);
        }
        for (const auto &k : expected)
            QVERIFY(m_dir->writeFile("root/" + k, "x"));
        std::sort(expected.begin(), expected.end());
        const Listing listing = listAll({}, {}, 100);
        QVERIFY2(listing.problem.empty(), listing.problem.c_str());
        QCOMPARE(listing.objects, expected);
    }

    void pagingThroughFiveThousandFiles()
    {
        std::vector<std::string> expected;
        std::vector<std::string> files;
        std::vector<std::string> folders;
        for (int i = 0; i < 4000; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "big/f%04d.csv", i);
            expected.push_back(name);
            files.push_back(name);
        }
        for (int d = 0; d < 10; ++d) {
            folders.push_back("big/d" + std::to_string(d) + "/");
            for (int g = 0; g < 100; ++g)
                expected.push_back(folders.back() + "g" + std::to_string(100 + g));
        }
        for (const auto &k : expected)
            QVERIFY(m_dir->writeFile("root/" + k, "x"));
        std::sort(expected.begin(), expected.end());

        const Listing cached = listAll("big/", {}, 1000);
        QVERIFY2(cached.problem.empty(), cached.problem.c_str());
        QCOMPARE(cached.objects, expected);
        QCOMPARE(cached.pages, 5);

        const Listing uncached = listUncached("big/", {}, 1000);
        QVERIFY2(uncached.problem.empty(), uncached.problem.c_str());
        QCOMPARE(uncached.objects, expected);
        QCOMPARE(uncached.pages, 5);

        // Keys only: the same keys, without a stat per file.
        ListOptions keysOnly{"big/", {}, {}, 1000};
        keysOnly.keysOnly = true;
        std::vector<std::string> keys;
        for (int pages = 0; pages < 100; ++pages) {
            auto page = local().list(keysOnly);
            LS_VERIFY_OK(page);
            for (const auto &object : page->objects) {
                keys.push_back(object.key);
                QVERIFY(object.etag.empty());
            }
            if (page->nextPageToken.empty())
                break;
            keysOnly.pageToken = page->nextPageToken;
        }
        QCOMPARE(keys, expected);

        const Listing foldedUncached = listUncached("big/", "/", 1000);
        QCOMPARE(foldedUncached.objects, files);
        QCOMPARE(foldedUncached.prefixes, folders);
        const Listing foldedCached = listAll("big/", "/", 999);
        QCOMPARE(foldedCached.objects, files);
        QCOMPARE(foldedCached.prefixes, folders);
    }

    void foldedListingResumesWithoutCache()
    {
        for (const char *name : {"x-1/a", "x-2/b", "x-3", "y", "z-9"})
            QVERIFY(m_dir->writeFile(std::string("root/") + name, "x"));
        const Listing listing = listUncached({}, "-", 1);
        QVERIFY2(listing.problem.empty(), listing.problem.c_str());
        QCOMPARE(listing.objects, std::vector<std::string>{"y"});
        QCOMPARE(listing.prefixes, (std::vector<std::string>{"x-", "z-"}));
        QCOMPARE(listing.pages, 3);
    }

    void manyListingsAtOnceOutgrowTheCache()
    {
        for (int i = 0; i < 300; ++i)
            QVERIFY(m_dir->writeFile("root/n/" + std::to_string(1000 + i) + "/leaf", "x"));
        // 24 listings in step: more cursors than the cache keeps, so some
        // pages resume from a re-read instead of a cached cursor.
        constexpr int listings = 24;
        std::vector<ListOptions> options(listings);
        std::vector<std::vector<std::string>> seen(listings);
        for (int i = 0; i < listings; ++i) {
            options[i].prefix = "n/";
            options[i].delimiter = i % 2 == 0 ? "" : "/";
            options[i].maxKeys = 7 + static_cast<std::size_t>(i);
        }
        for (bool active = true; active; ) {
            active = false;
            for (int i = 0; i < listings; ++i) {
                if (options[i].maxKeys == 0)
                    continue;
                auto page = local().list(options[i]);
                LS_VERIFY_OK(page);
                for (const auto &object : page->objects)
                    seen[i].push_back(object.key);
                for (const auto &folded : page->commonPrefixes)
                    seen[i].push_back(folded);
                options[i].pageToken = page->nextPageToken;
                if (page->nextPageToken.empty())
                    options[i].maxKeys = 0; // done
                else
                    active = true;
            }
        }
        for (int i = 0; i < listings; ++i) {
            std::vector<std::string> expected;
            for (int n = 0; n < 300; ++n)
                expected.push_back("n/" + std::to_string(1000 + n) + (i % 2 == 0 ? "/leaf" : "/"));
            QCOMPARE(seen[i], expected);
        }
    }
};

QTEST_GUILESS_MAIN(TstLocalStore)
#include "tst_localstore.moc"
