// SPDX-License-Identifier: Apache-2.0
// LakeFsClient's object calls against `lakescope-cli serve lakefs`:
// uploads with metadata, ranged reads, listings and diffs paged across
// 1,001 entries, awkward paths, conditional uploads, bulk delete and
// server-side copy; and the lakefs:// store on that server refusing writes
// to tags and commits before any request.
#include "core/backends/lakefs/lakefsstore.h"
#include "core/common/md5.h"
#include "tests/lakefs/lakefsclientfixture.h"
#include "tests/support/testassert.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace lakescope;
using namespace lakescope::lakefs;
using lakescope::testing::LakeFsClientFixture;

class TstLakeFsClientObjects final : public QObject, private LakeFsClientFixture
{
    Q_OBJECT

public:
    // Uploads keep the client's default content type unless a test sets one.
    TstLakeFsClientObjects() : LakeFsClientFixture("objects", "") {}

private:
    std::mutex m_traceMutex;
    std::vector<std::string> m_trace;

    std::vector<std::string> tracedRequests()
    {
        std::lock_guard lock(m_traceMutex);
        std::vector<std::string> requests;
        for (const auto &line : m_trace) {
            if (line.starts_with("> ") && line.find(": ") == std::string::npos)
                requests.push_back(line);
        }
        return requests;
    }

private slots:
    void initTestCase()
    {
        const std::string failure = start([this](LakeFsClientConfig &config) {
            config.endpoint = peer().apiUrl().toStdString(); // with /api/v1, as lakectl files often have it
            config.http.trace = [this](std::string_view line) {
                std::lock_guard lock(m_traceMutex);
                m_trace.emplace_back(line);
            };
        });
        QVERIFY2(failure.empty(), failure.c_str());
        QCOMPARE(client().endpoint(), peer().endpoint().toStdString());
    }

    void uploadStatAndRead()
    {
        const std::string repo = newRepository();
        UploadRequest request;
        request.contentType = "text/csv";
        request.metadata = {{"owner", "ana"}, {"source", "sensor 7"}};
        const std::string text = "a,b\n1,2\n";
        auto stats = upload(repo, "main", "tables/t.csv", text, request);
        LS_VERIFY_OK(stats);
        QCOMPARE(stats->path, std::string("tables/t.csv"));
        QCOMPARE(stats->checksum, Md5::hex(text));
        QCOMPARE(stats->sizeBytes, std::uint64_t{text.size()});

        auto stat = client().statObject(repo, "main", "tables/t.csv");
        LS_VERIFY_OK(stat);
        QCOMPARE(stat->contentType, std::string("text/csv"));
        QVERIFY(stat->metadata == request.metadata);
        QVERIFY(stat->mtime > 0);
        auto bare = client().statObject(repo, "main", "tables/t.csv", false);
        LS_VERIFY_OK(bare);
        QVERIFY(bare->metadata.empty());

        StringSink sink;
        auto got = client().getObject(repo, "main", "tables/t.csv", sink);
        LS_VERIFY_OK(got);
        QCOMPARE(sink.data(), text);
        QVERIFY(got->metadata == request.metadata);
        QCOMPARE(read(repo, "main", "tables/t.csv", ByteRange::span(2, 3)), text.substr(2, 3));
        QCOMPARE(read(repo, "main", "tables/t.csv", ByteRange::from(4)), text.substr(4));
        QCOMPARE(read(repo, "main", "tables/t.csv", ByteRange::span(6, 100)), text.substr(6));
        StringSink none;
        LS_VERIFY_ERROR(client().getObject(repo, "main", "tables/t.csv", none, ByteRange::from(8)),
                        ErrorCode::InvalidInput);

        auto missing = client().statObject(repo, "main", "tables/nope.csv");
        LS_VERIFY_ERROR(missing, ErrorCode::NotFound);
        QVERIFY2(missing.error().message.find("'tables/nope.csv' at ref 'main'") != std::string::npos,
                 missing.error().message.c_str());
        auto noBranch = client().statObject(repo, "nobranch", "tables/t.csv");
        LS_VERIFY_ERROR(noBranch, ErrorCode::NotFound);
    }

    void largeObjectStreams()
    {
        const std::string repo = newRepository();
        std::string big(5u << 20, '\0');
        for (std::size_t i = 0; i < big.size(); ++i)
            big[i] = static_cast<char>((i * 7919) >> 3);
        ViewSource source(big);
        UploadRequest request;
        request.path = "big.bin";
        auto stats = client().uploadObject(repo, "main", request, source);
        LS_VERIFY_OK(stats);
        QCOMPARE(stats->checksum, Md5::hex(big));
        QCOMPARE(stats->contentType, std::string("application/octet-stream"));
        QCOMPARE(read(repo, "main", "big.bin", ByteRange::span(3u << 20, 1000)), big.substr(3u << 20, 1000));
        QCOMPARE(Md5::hex(read(repo, "main", "big.bin")), Md5::hex(big));
    }

    void awkwardPaths_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("space") << QByteArray("with space/file name.txt");
        QTest::newRow("hash") << QByteArray("issue#42");
        QTest::newRow("percent") << QByteArray("100% sure/%41%zz");
        QTest::newRow("plus") << QByteArray("a+b=c&d?.txt");
        QTest::newRow("unicode") << QByteArray("donn\xc3\xa9" "es/\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x9a\x80.bin");
        QTest::newRow("dots") << QByteArray("a/./b/../c");
    }

    void awkwardPaths()
    {
        QFETCH(QByteArray, path);
        const std::string key = path.toStdString();
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", key, "payload"));
        QCOMPARE(read(repo, "main", key), std::string("payload"));
        ListObjectsRequest list;
        auto page = client().listObjects(repo, "main", list);
        LS_VERIFY_OK(page);
        QCOMPARE(page->results.size(), std::size_t{1});
        QCOMPARE(page->results[0].path, key);
        ObjectCopy copy;
        copy.srcPath = key;
        copy.destPath = key + " (copy)";
        LS_VERIFY_OK(client().copyObject(repo, "main", copy));
        QCOMPARE(read(repo, "main", key + " (copy)"), std::string("payload"));
        LS_VERIFY_OK(client().deleteObject(repo, "main", key));
        LS_VERIFY_ERROR(client().statObject(repo, "main", key), ErrorCode::NotFound);
    }

    void refsWithAwkwardNames()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", "f", "x"));
        CommitCreation creation;
        creation.message = "x";
        LS_VERIFY_OK(client().commit(repo, "main", creation));
        // Tags may hold '.', '+' and '%'; branches '-' and '_'.
        LS_VERIFY_OK(client().createTag(repo, "v1.0+build%7", "main"));
        QCOMPARE(read(repo, "v1.0+build%7", "f"), std::string("x"));
        QCOMPARE(client().getTag(repo, "v1.0+build%7")->id, std::string("v1.0+build%7"));
        LS_VERIFY_OK(client().createBranch(repo, "feature_x-1", "main"));
        QCOMPARE(read(repo, "feature_x-1", "f"), std::string("x"));
    }

    void listingAndDiffPageAcross1001()
    {
        const std::string repo = newRepository();
        constexpr int kObjects = 1003;
        auto name = [](int i) {
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "many/%05d.txt", i);
            return std::string(buffer);
        };
        std::atomic<int> next{0};
        std::atomic<int> failures{0};
        std::vector<std::thread> workers;
        for (int t = 0; t < 4; ++t) {
            workers.emplace_back([&] {
                for (int i = next++; i < kObjects; i = next++) {
                    if (!upload(repo, "main", name(i), std::to_string(i)).ok())
                        ++failures;
                }
            });
        }
        for (auto &worker : workers)
            worker.join();
        QCOMPARE(failures.load(), 0);
        LS_VERIFY_OK(upload(repo, "main", "top.txt", "top"));

        ListObjectsRequest request;
        request.prefix = "many/";
        request.amount = 5000; // capped at 1000 by the API
        auto first = client().listObjects(repo, "main", request);
        LS_VERIFY_OK(first);
        QCOMPARE(first->results.size(), std::size_t{1000});
        QVERIFY(first->hasMore);
        QCOMPARE(first->nextOffset, name(999));
        request.after = first->nextOffset;
        auto second = client().listObjects(repo, "main", request);
        LS_VERIFY_OK(second);
        QCOMPARE(second->results.size(), std::size_t{kObjects - 1000});
        QVERIFY(!second->hasMore);
        QCOMPARE(second->results.front().path, name(1000));

        ListObjectsRequest folded;
        folded.delimiter = "/";
        auto top = client().listObjects(repo, "main", folded);
        LS_VERIFY_OK(top);
        QCOMPARE(top->results.size(), std::size_t{2});
        QCOMPARE(top->results[0].path, std::string("many/"));
        QCOMPARE(top->results[0].pathType, PathType::CommonPrefix);
        QCOMPARE(top->results[1].path, std::string("top.txt"));

        std::size_t diffed = 0;
        DiffRequest diff;
        diff.amount = 1000;
        int pages = 0;
        for (; pages < 10; ++pages) {
            auto page = client().diffBranch(repo, "main", diff);
            LS_VERIFY_OK(page);
            diffed += page->results.size();
            if (!page->hasMore)
                break;
            diff.after = page->nextOffset;
        }
        QCOMPARE(diffed, std::size_t{kObjects + 1});
        QCOMPARE(pages, 1);
    }

    void conditionalUpload()
    {
        const std::string repo = newRepository();
        UploadRequest once;
        once.ifNoneMatch = true;
        LS_VERIFY_OK(upload(repo, "main", "once.txt", "first", once));
        auto second = upload(repo, "main", "once.txt", "second", once);
        LS_VERIFY_ERROR(second, ErrorCode::PreconditionFailed);
        QCOMPARE(second.error().httpStatus, 412);
        QCOMPARE(read(repo, "main", "once.txt"), std::string("first"));
    }

    void formDataContentType()
    {
        // lakeFS reads such a body as a form: it must travel as one.
        const std::string repo = newRepository();
        UploadRequest request;
        request.contentType = "multipart/form-data; boundary=inner";
        const std::string body = "--inner\r\nnot really a form\r\n--inner--\r\n";
        auto stats = upload(repo, "main", "form.bin", body, request);
        LS_VERIFY_OK(stats);
        QCOMPARE(stats->checksum, Md5::hex(body));
        QCOMPARE(read(repo, "main", "form.bin"), body);
        QCOMPARE(client().statObject(repo, "main", "form.bin")->contentType, request.contentType);
    }

    void bulkDeleteAndCopy()
    {
        const std::string repo = newRepository();
        for (const char *path : {"a", "b", "c"})
            LS_VERIFY_OK(upload(repo, "main", path, path));
        auto errors = client().deleteObjects(repo, "main", {"a", "b", "missing"});
        LS_VERIFY_OK(errors);
        QVERIFY(errors->empty());
        LS_VERIFY_ERROR(client().statObject(repo, "main", "a"), ErrorCode::NotFound);
        std::vector<std::string> tooMany(1001, "x");
        LS_VERIFY_ERROR(client().deleteObjects(repo, "main", tooMany), ErrorCode::InvalidInput);

        UploadRequest typed;
        typed.contentType = "text/plain";
        typed.metadata = {{"k", "v"}};
        LS_VERIFY_OK(upload(repo, "main", "src.txt", "copy me", typed));
        CommitCreation creation;
        creation.message = "src";
        LS_VERIFY_OK(client().commit(repo, "main", creation));
        LS_VERIFY_OK(client().createBranch(repo, "dev", "main"));
        ObjectCopy copy;
        copy.srcPath = "src.txt";
        copy.srcRef = "main";
        copy.destPath = "copied/dst.txt";
        auto copied = client().copyObject(repo, "dev", copy);
        LS_VERIFY_OK(copied);
        QCOMPARE(copied->path, std::string("copied/dst.txt"));
        QCOMPARE(copied->checksum, Md5::hex("copy me"));
        auto stat = client().statObject(repo, "dev", "copied/dst.txt");
        LS_VERIFY_OK(stat);
        QCOMPARE(stat->contentType, std::string("text/plain"));
        QVERIFY(stat->metadata == typed.metadata);
        LS_VERIFY_ERROR(client().statObject(repo, "main", "copied/dst.txt"), ErrorCode::NotFound);
        copy.srcPath = "absent.txt";
        LS_VERIFY_ERROR(client().copyObject(repo, "dev", copy), ErrorCode::NotFound);
    }

    void storeRefusesWritesToTagsAndCommits()
    {
        const std::string repo = newRepository();
        LS_VERIFY_OK(upload(repo, "main", "f.txt", "x"));
        CommitCreation creation;
        creation.message = "x";
        auto commit = client().commit(repo, "main", creation);
        LS_VERIFY_OK(commit);
        LS_VERIFY_OK(client().createTag(repo, "v1.0", "main"));
        LS_VERIFY_OK(upload(repo, "main", "later.txt", "y"));
        LS_VERIFY_OK(client().commit(repo, "main", creation));

        struct Case
        {
            std::string ref;
            std::string says;
        };
        for (const Case &refused : {Case{"v1.0", "lakefs://" + repo + "/v1.0 is a tag: writes need a branch"},
                                    Case{commit->id, "is a commit: writes need a branch"},
                                    Case{"main~1", "is a ref expression: writes need a branch"}}) {
            LakeFsStore store(sharedClient(), repo, refused.ref);
            const std::size_t before = tracedRequests().size();
            StringSource bytes("new");
            auto put = store.put("g.txt", bytes);
            LS_VERIFY_ERROR(put, ErrorCode::InvalidInput);
            QVERIFY2(put.error().message.find(refused.says) != std::string::npos, put.error().message.c_str());
            // The upload itself never went out.
            const auto requests = tracedRequests();
            for (std::size_t i = before; i < requests.size(); ++i)
                QVERIFY2(requests[i].find("POST") == std::string::npos, requests[i].c_str());
            LS_VERIFY_ERROR(store.removeBatch({"f.txt"}), ErrorCode::InvalidInput);
            LS_VERIFY_ERROR(store.copy("f.txt", "h.txt"), ErrorCode::InvalidInput);
            LS_VERIFY_ERROR(store.startMultipart("m.bin"), ErrorCode::InvalidInput);
            // Reads work at any ref.
            auto head = store.head("f.txt");
            LS_VERIFY_OK(head);
            QCOMPARE(head->checksum, "md5:" + Md5::hex("x"));
        }
        LakeFsStore branch(sharedClient(), repo, "main");
        StringSource bytes("fine");
        LS_VERIFY_OK(branch.put("g.txt", bytes));
    }

    void traceRedactsTheSecret()
    {
        const std::string secret = peer().secretAccessKey().toStdString();
        std::lock_guard lock(m_traceMutex);
        QVERIFY(!m_trace.empty());
        bool sawAuthorization = false;
        for (const auto &line : m_trace) {
            QVERIFY2(line.find(secret) == std::string::npos, line.c_str());
            if (line.find("Authorization") != std::string::npos) {
                sawAuthorization = true;
                QVERIFY2(line.find("Basic ") == std::string::npos || line.find("redacted") != std::string::npos,
                         line.c_str());
            }
        }
        QVERIFY(sawAuthorization);
    }

    void cleanupTestCase() { stop(); }
};

QTEST_GUILESS_MAIN(TstLakeFsClientObjects)
#include "tst_lakefsclientobjects.moc"
