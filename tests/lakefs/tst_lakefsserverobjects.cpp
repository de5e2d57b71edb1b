// SPDX-License-Identifier: Apache-2.0
#include "core/common/md5.h"
#include "tests/lakefs/lakefsservertest.h"

#include <QTcpSocket>

#include <future>
#include <thread>

namespace lakescope::testing {

namespace {

std::string objectsPath(const std::string &repo, const std::string &ref, const std::string &query)
{
    return "/api/v1/repositories/" + repo + "/refs/" + ref + "/objects" + query;
}

// Bytes that do not repeat within a part, so a misplaced range shows.
std::string patternedBytes(std::size_t size)
{
    std::string data(size, '\0');
    std::uint32_t state = 0x2545f491u;
    for (char &byte : data) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        byte = static_cast<char>(state & 0xff);
    }
    return data;
}

std::string quoted(const std::string &text)
{
    return "\"" + text + "\"";
}

} // namespace

void LakeFsServerTest::pagingAcrossThousandObjects()
{
    createRepository("thousand");
    constexpr int kObjects = 1005;
    for (int i = 0; i < kObjects; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "many/obj-%04d", i);
        auto put = upload("thousand", "main", name, std::to_string(i), "text/plain");
        QVERIFY(put);
        QCOMPARE(put->status, 201);
    }

    auto first = m_client->Get(objectsPath("thousand", "main", "/ls?prefix=many/&amount=1000").c_str());
    QVERIFY(first);
    const Json page = jsonOf(first);
    QCOMPARE(page["results"].size(), std::size_t(1000));
    QCOMPARE(page["pagination"].value("has_more", false), true);
    QCOMPARE(page["pagination"].value("results", 0), 1000);
    QCOMPARE(page["pagination"].value("max_per_page", 0), 1000);
    LAKESCOPE_COMPARE_STR(page["pagination"].value("next_offset", ""), "many/obj-0999");
    auto second = m_client->Get(objectsPath("thousand", "main", "/ls?prefix=many/&amount=1000&after=many/obj-0999").c_str());
    const Json rest = jsonOf(second);
    QCOMPARE(rest["results"].size(), std::size_t(5));
    QCOMPARE(rest["pagination"].value("has_more", true), false);
    LAKESCOPE_COMPARE_STR(rest["results"][0].value("path", ""), "many/obj-1000");

    QCOMPARE(jsonOf(m_client->Get(objectsPath("thousand", "main", "/ls").c_str()))["results"].size(), std::size_t(100));
    auto folded = m_client->Get(objectsPath("thousand", "main", "/ls?delimiter=/").c_str());
    const Json prefixes = jsonOf(folded);
    QCOMPARE(prefixes["results"].size(), std::size_t(1));
    LAKESCOPE_COMPARE_STR(prefixes["results"][0].value("path", ""), "many/");
    LAKESCOPE_COMPARE_STR(prefixes["results"][0].value("path_type", ""), "common_prefix");

    // The uncommitted diff pages the same way.
    auto diff = m_client->Get(api("/repositories/thousand/branches/main/diff?amount=1000").c_str());
    const Json diffPage = jsonOf(diff);
    QCOMPARE(diffPage["results"].size(), std::size_t(1000));
    QCOMPARE(diffPage["pagination"].value("has_more", false), true);
    const std::string after = diffPage["pagination"].value("next_offset", "");
    auto diffRest = m_client->Get(api("/repositories/thousand/branches/main/diff?amount=1000&after=" + after).c_str());
    QCOMPARE(jsonOf(diffRest)["results"].size(), std::size_t(5));

    QCOMPARE(commit("thousand", "main", "a thousand and five")->status, 201);
    auto refDiff = m_client->Get(api("/repositories/thousand/refs/main~1/diff/main?amount=1000").c_str());
    QVERIFY(refDiff);
    QCOMPARE(refDiff->status, 200);
    QCOMPARE(jsonOf(refDiff)["pagination"].value("has_more", false), true);
    LAKESCOPE_COMPARE_STR(jsonOf(refDiff)["results"][0].value("type", ""), "added");

    Json paths = Json::array();
    for (int i = 0; i < 1001; ++i)
        paths.push_back("many/obj-" + std::to_string(i));
    auto tooMany = postJson("/repositories/thousand/branches/main/objects/delete", { { "paths", paths } });
    QVERIFY(tooMany);
    QCOMPARE(tooMany->status, 400);
    LAKESCOPE_COMPARE_STR(jsonOf(tooMany).value("message", ""), "request size exceeded, max paths is set to 1000");
}

void LakeFsServerTest::objectReadHeaders()
{
    createRepository("headers");
    const std::string bytes = "binary\x01\x02";
    QCOMPARE(upload("headers", "main", "data.bin", bytes)->status, 201);
    QCOMPARE(upload("headers", "main", "note.txt", "hello", "text/plain")->status, 201);

    auto get = m_client->Get(objectsPath("headers", "main", "?path=data.bin").c_str());
    QVERIFY(get);
    QCOMPARE(get->status, 200);
    LAKESCOPE_COMPARE_STR(get->body, bytes);
    LAKESCOPE_COMPARE_STR(get->get_header_value("ETag"), quoted(Md5::hex(bytes)));
    LAKESCOPE_COMPARE_STR(get->get_header_value("Content-Type"), "application/octet-stream");
    LAKESCOPE_COMPARE_STR(get->get_header_value("Content-Disposition"), "attachment");
    QVERIFY(QString::fromStdString(get->get_header_value("Last-Modified")).endsWith(QStringLiteral(" GMT")));
    LAKESCOPE_COMPARE_STR(m_client->Get(objectsPath("headers", "main", "?path=note.txt").c_str())
                              ->get_header_value("Content-Disposition"),
                          "inline");

    auto head = m_client->Head(objectsPath("headers", "main", "?path=data.bin").c_str());
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(head->body.empty());
    LAKESCOPE_COMPARE_STR(head->get_header_value("Accept-Ranges"), "bytes");
    LAKESCOPE_COMPARE_STR(head->get_header_value("Content-Length"), std::to_string(bytes.size()));

    auto cached = m_client->Get(objectsPath("headers", "main", "?path=data.bin").c_str(),
                                { { "If-None-Match", quoted(Md5::hex(bytes)) } });
    QCOMPARE(cached->status, 304);
    QVERIFY(cached->body.empty());

    auto stat = m_client->Get(objectsPath("headers", "main", "/stat?path=data.bin").c_str());
    const Json stats = jsonOf(stat);
    LAKESCOPE_COMPARE_STR(stats.value("checksum", ""), Md5::hex(bytes));
    QCOMPARE(stats.value("size_bytes", 0), int(bytes.size()));
    LAKESCOPE_COMPARE_STR(stats.value("path_type", ""), "object");
    QVERIFY(stats.contains("metadata") && stats["metadata"].empty());
    auto bare = m_client->Get(objectsPath("headers", "main", "/stat?path=data.bin&user_metadata=false").c_str());
    QVERIFY(!jsonOf(bare).contains("metadata"));

    auto missing = m_client->Get(objectsPath("headers", "main", "?path=nothing").c_str());
    QCOMPARE(missing->status, 404);
    QVERIFY(!jsonOf(missing).value("message", "").empty());
    QCOMPARE(m_client->Get(objectsPath("headers", "main", "").c_str())->status, 400);
    QCOMPARE(m_client->Get(objectsPath("headers", "main", "?path=data.bin&presign=true").c_str())->status, 400);
}

void LakeFsServerTest::rangeReads()
{
    createRepository("ranges");
    std::string digits;
    for (int i = 0; i < 10; ++i)
        digits += "0123456789";
    QCOMPARE(upload("ranges", "main", "digits.txt", digits, "text/plain")->status, 201);
    const std::string path = objectsPath("ranges", "main", "?path=digits.txt");

    struct Case
    {
        const char *range;
        std::string body;
        const char *contentRange;
    };
    const Case cases[] = {
        { "bytes=10-19", "0123456789", "bytes 10-19/100" },
        { "bytes=95-", "56789", "bytes 95-99/100" },
        { "bytes=-3", "789", "bytes 97-99/100" },
        { "bytes=98-500", "89", "bytes 98-99/100" },
    };
    for (const Case &test : cases) {
        auto reply = m_client->Get(path.c_str(), { { "Range", test.range } });
        QVERIFY(reply);
        QCOMPARE(reply->status, 206);
        LAKESCOPE_COMPARE_STR(reply->body, test.body);
        LAKESCOPE_COMPARE_STR(reply->get_header_value("Content-Range"), test.contentRange);
    }

    for (const char *unsatisfiable : { "bytes=100-", "bytes=100-200", "bytes=0-1,5-6" }) {
        auto reply = m_client->Get(path.c_str(), { { "Range", unsatisfiable } });
        QVERIFY(reply);
        QCOMPARE(reply->status, 416);
        LAKESCOPE_COMPARE_STR(reply->get_header_value("Content-Range"), "bytes */100");
        QVERIFY(!jsonOf(reply).value("message", "").empty());
    }
    auto malformed = m_client->Get(path.c_str(), { { "Range", "bytes=abc" } });
    QCOMPARE(malformed->status, 416);

    auto head = m_client->Head(path.c_str(), { { "Range", "bytes=0-9" } });
    QCOMPARE(head->status, 206);
    LAKESCOPE_COMPARE_STR(head->get_header_value("Content-Range"), "bytes 0-9/100");
    LAKESCOPE_COMPARE_STR(head->get_header_value("Content-Length"), "10");

    // Range means nothing to the JSON endpoints: a listing comes whole.
    auto listing = m_client->Get(objectsPath("ranges", "main", "/ls").c_str(), { { "Range", "bytes=0-5" } });
    QCOMPARE(listing->status, 200);
    QCOMPARE(jsonOf(listing)["results"].size(), std::size_t(1));
}

void LakeFsServerTest::rawUploadStoresContentTypeAndMetadata()
{
    createRepository("rawupload");
    auto put = upload("rawupload", "main", "table.csv", "a,b\n1,2\n", "text/csv",
                      { { "X-Lakefs-Meta-Owner", "Alice" }, { "x-lakefs-meta-Team-Name", "Data" } });
    QVERIFY(put);
    QCOMPARE(put->status, 201);
    const Json stats = jsonOf(put);
    LAKESCOPE_COMPARE_STR(stats.value("content_type", ""), "text/csv");
    LAKESCOPE_COMPARE_STR(stats.value("checksum", ""), Md5::hex("a,b\n1,2\n"));
    QCOMPARE(stats.value("size_bytes", 0), 8);
    LAKESCOPE_COMPARE_STR(stats["metadata"].value("owner", ""), "Alice");
    LAKESCOPE_COMPARE_STR(stats["metadata"].value("team-name", ""), "Data");
    QCOMPARE(stats["metadata"].size(), std::size_t(2));

    auto stat = m_client->Get(objectsPath("rawupload", "main", "/stat?path=table.csv").c_str());
    LAKESCOPE_COMPARE_STR(jsonOf(stat)["metadata"].value("owner", ""), "Alice");
    auto get = m_client->Get(objectsPath("rawupload", "main", "?path=table.csv").c_str());
    LAKESCOPE_COMPARE_STR(get->get_header_value("Content-Type"), "text/csv");

    // Without a Content-Type (which cpp-httplib's client always adds): raw HTTP.
    const QByteArray credentials = (m_peer->accessKeyId() + QLatin1Char(':') + m_peer->secretAccessKey()).toUtf8();
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_peer->port());
    QVERIFY(socket.waitForConnected(10000));
    socket.write("POST /api/v1/repositories/rawupload/branches/main/objects?path=blob HTTP/1.1\r\n"
                 "Host: 127.0.0.1\r\nConnection: close\r\nContent-Length: 3\r\nAuthorization: Basic "
                 + credentials.toBase64() + "\r\n\r\nxyz");
    QByteArray reply;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        reply += socket.readAll();
    reply += socket.readAll();
    QVERIFY2(reply.startsWith("HTTP/1.1 201"), reply.constData());
    const Json untyped = Json::parse(reply.mid(reply.indexOf("\r\n\r\n") + 4).toStdString(), nullptr, false);
    LAKESCOPE_COMPARE_STR(untyped.value("content_type", ""), "application/octet-stream");
    QCOMPARE(upload("rawupload", "nobranch", "x", "x")->status, 404);
    QCOMPARE(m_client->Post(api("/repositories/rawupload/branches/main/objects").c_str(), "x", "text/plain")->status,
             400);
}

void LakeFsServerTest::multipartUploadTakesContentPart()
{
    createRepository("multipart");
    const httplib::MultipartFormDataItems items {
        { "note", "not the object", "", "text/plain" },
        { "content", "id,name\n1,a\n", "people.csv", "text/csv" },
    };
    auto put = m_client->Post(api("/repositories/multipart/branches/main/objects?path=people.csv").c_str(),
                              httplib::Headers { { "X-Lakefs-Meta-Source", "form" } }, items);
    QVERIFY(put);
    QCOMPARE(put->status, 201);
    const Json stats = jsonOf(put);
    LAKESCOPE_COMPARE_STR(stats.value("content_type", ""), "text/csv");
    QCOMPARE(stats.value("size_bytes", 0), 12);
    LAKESCOPE_COMPARE_STR(stats["metadata"].value("source", ""), "form");
    auto get = m_client->Get(objectsPath("multipart", "main", "?path=people.csv").c_str());
    LAKESCOPE_COMPARE_STR(bodyOf(get), "id,name\n1,a\n");

    const httplib::MultipartFormDataItems noContent { { "file", "x", "x.txt", "text/plain" } };
    auto missing = m_client->Post(api("/repositories/multipart/branches/main/objects?path=x.txt").c_str(), noContent);
    QVERIFY(missing);
    QCOMPARE(missing->status, 500);
    QVERIFY(jsonOf(missing).value("message", "").rfind("multipart upload missing key 'content'", 0) == 0);
    QCOMPARE(m_client->Get(objectsPath("multipart", "main", "/stat?path=x.txt").c_str())->status, 404);
}

void LakeFsServerTest::ifNoneMatchAndIfMatch()
{
    createRepository("conditional");
    const httplib::Headers onlyNew { { "If-None-Match", "*" } };
    QCOMPARE(upload("conditional", "main", "once.txt", "first", "text/plain", onlyNew)->status, 201);
    auto second = upload("conditional", "main", "once.txt", "second", "text/plain", onlyNew);
    QVERIFY(second);
    QCOMPARE(second->status, 412);
    LAKESCOPE_COMPARE_STR(second->body, "{\"message\":\"path already exists\"}\n");
    LAKESCOPE_COMPARE_STR(bodyOf(m_client->Get(objectsPath("conditional", "main", "?path=once.txt").c_str())), "first");

    QCOMPARE(upload("conditional", "main", "once.txt", "x", "text/plain", { { "If-None-Match", "\"abc\"" } })->status,
             501);
    QCOMPARE(upload("conditional", "main", "once.txt", "x", "text/plain", { { "If-Match", "\"abc\"" } })->status, 501);
    // Each refusal read its body: the same connection carries on.
    QCOMPARE(upload("conditional", "main", "twice.txt", "ok")->status, 201);
}

void LakeFsServerTest::largeUploadStreams()
{
    createRepository("large");
    const std::string data = patternedBytes(12u << 20);
    auto put = upload("large", "main", "big.bin", data);
    QVERIFY(put);
    QCOMPARE(put->status, 201);
    LAKESCOPE_COMPARE_STR(jsonOf(put).value("checksum", ""), Md5::hex(data));
    auto get = m_client->Get(objectsPath("large", "main", "?path=big.bin").c_str());
    QVERIFY(get);
    QCOMPARE(get->body.size(), data.size());
    QVERIFY(get->body == data);

    const std::string part = patternedBytes(6u << 20);
    const httplib::MultipartFormDataItems items { { "content", part, "part.bin", "application/x-test" } };
    auto form = m_client->Post(api("/repositories/large/branches/main/objects?path=form.bin").c_str(), items);
    QVERIFY(form);
    QCOMPARE(form->status, 201);
    LAKESCOPE_COMPARE_STR(jsonOf(form).value("checksum", ""), Md5::hex(part));
    LAKESCOPE_COMPARE_STR(jsonOf(form).value("content_type", ""), "application/x-test");
}

void LakeFsServerTest::parallelReads()
{
    createRepository("parallel");
    const std::string data = patternedBytes(4u << 20);
    QCOMPARE(upload("parallel", "main", "shared.bin", data)->status, 201);
    const std::string path = objectsPath("parallel", "main", "?path=shared.bin");
    constexpr int kReaders = 12;
    constexpr std::size_t kSlice = (4u << 20) / kReaders;
    std::vector<std::future<std::string>> readers;
    for (int i = 0; i < kReaders; ++i)
        readers.push_back(std::async(std::launch::async, [this, path, i] {
            auto client = newClient(true);
            const std::size_t first = i * kSlice;
            auto reply = client->Get(path.c_str(), { { "Range", "bytes=" + std::to_string(first) + "-"
                                                                     + std::to_string(first + kSlice - 1) } });
            return reply && reply->status == 206 ? reply->body : std::string();
        }));
    for (int i = 0; i < kReaders; ++i) {
        const std::string slice = readers[i].get();
        QCOMPARE(slice.size(), kSlice);
        QVERIFY(slice == data.substr(i * kSlice, kSlice));
    }
}

void LakeFsServerTest::deletes()
{
    createRepository("deletes");
    QCOMPARE(upload("deletes", "main", "committed.txt", "c")->status, 201);
    QCOMPARE(commit("deletes", "main", "c")->status, 201);
    QCOMPARE(upload("deletes", "main", "staged.txt", "s")->status, 201);
    const std::string objects = api("/repositories/deletes/branches/main/objects?path=");

    auto missing = m_client->Delete((objects + "never-there").c_str());
    QVERIFY(missing);
    QCOMPARE(missing->status, 204);
    QVERIFY(missing->body.empty());
    QCOMPARE(m_client->Delete((objects + "staged.txt").c_str())->status, 204);
    QCOMPARE(m_client->Delete((objects + "committed.txt").c_str())->status, 204);
    QCOMPARE(m_client->Get(objectsPath("deletes", "main", "?path=committed.txt").c_str())->status, 404);

    // The staged object leaves no trace; the committed one shows as removed.
    const Json diff = jsonOf(m_client->Get(api("/repositories/deletes/branches/main/diff").c_str()));
    QCOMPARE(diff["results"].size(), std::size_t(1));
    LAKESCOPE_COMPARE_STR(diff["results"][0].value("path", ""), "committed.txt");
    LAKESCOPE_COMPARE_STR(diff["results"][0].value("type", ""), "removed");
    QCOMPARE(m_client->Delete(api("/repositories/deletes/branches/main/objects").c_str())->status, 400);
}

void LakeFsServerTest::bulkDelete()
{
    createRepository("bulk");
    for (const char *name : { "a", "b", "c" })
        QCOMPARE(upload("bulk", "main", name, name)->status, 201);
    auto deleted = postJson("/repositories/bulk/branches/main/objects/delete",
                            { { "paths", { "a", "b", "not-there" } } });
    QVERIFY(deleted);
    QCOMPARE(deleted->status, 200);
    LAKESCOPE_COMPARE_STR(deleted->body, "{\"errors\":[]}\n");
    const Json left = jsonOf(m_client->Get(objectsPath("bulk", "main", "/ls").c_str()));
    QCOMPARE(left["results"].size(), std::size_t(1));
    QCOMPARE(postJson("/repositories/bulk/branches/main/objects/delete", Json::object())->status, 400);
}

void LakeFsServerTest::copyObject()
{
    createRepository("copies");
    QCOMPARE(upload("copies", "main", "src.json", "{}", "application/json", { { "X-Lakefs-Meta-K", "v" } })->status, 201);
    QCOMPARE(commit("copies", "main", "src")->status, 201);
    QCOMPARE(postJson("/repositories/copies/tags", { { "id", "v1" }, { "ref", "main" } })->status, 201);

    auto copied = postJson("/repositories/copies/branches/main/objects/copy?dest_path=dst.json",
                           { { "src_path", "src.json" }, { "src_ref", "v1" } });
    QVERIFY(copied);
    QCOMPARE(copied->status, 201);
    const Json stats = jsonOf(copied);
    LAKESCOPE_COMPARE_STR(stats.value("path", ""), "dst.json");
    LAKESCOPE_COMPARE_STR(stats.value("checksum", ""), Md5::hex("{}"));
    LAKESCOPE_COMPARE_STR(stats.value("content_type", ""), "application/json");
    LAKESCOPE_COMPARE_STR(stats["metadata"].value("k", ""), "v");
    LAKESCOPE_COMPARE_STR(bodyOf(m_client->Get(objectsPath("copies", "main", "?path=dst.json").c_str())), "{}");

    QCOMPARE(postJson("/repositories/copies/branches/main/objects/copy?dest_path=x",
                      { { "src_path", "src.json" }, { "shallow", true } })->status,
             501);
    QCOMPARE(postJson("/repositories/copies/branches/main/objects/copy?dest_path=x", { { "src_path", "nope" } })->status,
             404);
}

} // namespace lakescope::testing
