// SPDX-License-Identifier: Apache-2.0
// The S3 backend against a scripted HTTP server: the faults real services
// show only sometimes (503s, SlowDown, errors inside a 200, broken XML,
// bodies cut short) and what goes over the wire (signing on every retry,
// Content-MD5, addressing, paging).
#include "core/backends/s3/s3store.h"
#include "core/common/md5.h"
#include "tests/support/scriptedhttpserver.h"
#include "tests/support/testassert.h"
#include "tests/support/teststreams.h"

#include <QTest>

#include <atomic>
#include <cstdio>
#include <cstdlib>

using namespace lakescope;
using namespace lakescope::testing;

namespace {

constexpr const char *kBucket = "bucket";

ScriptedResponse xml(int status, std::string body, std::vector<std::pair<std::string, std::string>> headers = {})
{
    ScriptedResponse response = ScriptedResponse::text(status, std::move(body), "application/xml");
    response.headers = std::move(headers);
    return response;
}

std::string errorDocument(std::string_view code, std::string_view message = "details")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + std::string(code) + "</Code><Message>"
           + std::string(message) + "</Message><RequestId>42</RequestId></Error>";
}

bool says(const Error &error, std::string_view text)
{
    return error.message.find(text) != std::string::npos;
}

std::string base64Md5(const std::string &data)
{
    Md5 md5;
    md5.update(std::string_view(data));
    const auto digest = md5.finish();
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < digest.size(); i += 3) {
        const unsigned value = (digest[i] << 16) | ((i + 1 < digest.size() ? digest[i + 1] : 0) << 8)
                               | (i + 2 < digest.size() ? digest[i + 2] : 0);
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += i + 1 < digest.size() ? kAlphabet[(value >> 6) & 63] : '=';
        out += i + 2 < digest.size() ? kAlphabet[value & 63] : '=';
    }
    return out;
}

// Content-MD5 as S3 expects it, from a hex digest (RecordedRequest::bodyMd5).
std::string base64OfHex(const std::string &hex)
{
    std::string binary;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        binary.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < binary.size(); i += 3) {
        const auto byte = [&](std::size_t at) { return at < binary.size() ? static_cast<unsigned char>(binary[at]) : 0u; };
        const unsigned value = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += i + 1 < binary.size() ? kAlphabet[(value >> 6) & 63] : '=';
        out += i + 2 < binary.size() ? kAlphabet[value & 63] : '=';
    }
    return out;
}

// A multipart server: uploads start as "up-1", parts answer with the MD5 of
// what arrived as their ETag, completes with a multipart ETag.
ScriptedResponse multipartServer(const RecordedRequest &request)
{
    if (request.method == "POST" && request.query == "uploads")
        return xml(200, "<InitiateMultipartUploadResult><UploadId>up-1</UploadId></InitiateMultipartUploadResult>");
    if (request.method == "PUT")
        return ScriptedResponse{.status = 200, .headers = {{"ETag", "\"" + request.bodyMd5 + "\""}}};
    if (request.method == "POST")
        return xml(200, "<CompleteMultipartUploadResult><ETag>\"abc-2\"</ETag></CompleteMultipartUploadResult>");
    return ScriptedResponse{.status = 404};
}

} // namespace

class TstS3Faults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::shared_ptr<S3Store> m_store;

    std::shared_ptr<S3Store> storeOn(ScriptedHttpServer &server)
    {
        S3Config config;
        config.credentials = {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", {}};
        config.endpoint = server.url("");
        config.customEndpoint = true;
        config.virtualHosted = false;
        HttpClientConfig httpConfig = config.httpClientConfig();
        if (std::getenv("LAKESCOPE_TEST_HTTP_TRACE"))
            httpConfig.trace = [](std::string_view line) {
                std::fprintf(stderr, "http: %.*s\n", static_cast<int>(line.size()), line.data());
            };
        auto http = std::make_shared<HttpClient>(httpConfig);
        return std::make_shared<S3Store>(std::make_shared<S3Client>(config, http), kBucket);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->isListening());
        m_store = storeOn(*m_server);
    }

    void cleanup()
    {
        m_store.reset();
        m_server.reset();
    }

    void unavailableTwiceThenFine()
    {
        m_server->enqueue({.status = 503});
        m_server->enqueue(xml(503, errorDocument("ServiceUnavailable")));
        m_server->enqueue({.status = 200, .headers = {{"ETag", "\"" + Md5::hex("hello") + "\""}}, .body = "hello"});
        StringSink sink;
        auto got = m_store->get("dir/file.txt", sink);
        LS_VERIFY_OK(got);
        QCOMPARE(sink.data(), std::string("hello"));
        QCOMPARE(got->etag, Md5::hex("hello"));
        QCOMPARE(m_server->requestCount(), std::size_t{3});
        // Every attempt was signed (prepare runs before each one).
        for (const auto &request : m_server->requests()) {
            QCOMPARE(request.path, std::string("/bucket/dir/file.txt"));
            QVERIFY(request.header("Authorization").value_or("").starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
            QVERIFY(request.header("x-amz-date").has_value());
        }
    }

    void slowDownForever()
    {
        m_server->setHandler([](const RecordedRequest &) {
            return xml(503, errorDocument("SlowDown", "Please reduce your request rate."));
        });
        StringSink sink;
        auto got = m_store->get("k", sink);
        LS_VERIFY_ERROR(got, ErrorCode::Transient);
        QVERIFY2(says(got.error(), "SlowDown"), got.error().message.c_str());
        QVERIFY2(says(got.error(), "attempts"), got.error().message.c_str());
        QVERIFY(m_server->requestCount() > 1);
        QVERIFY(sink.data().empty());
    }

    void malformedListing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>1</Size>");
        QTest::newRow("html") << QByteArray("<html><body>Service temporarily down</body></html>");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("huge size") << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>99999999999999999999</Size></Contents></ListBucketResult>");
    }

    void malformedListing()
    {
        QFETCH(QByteArray, body);
        m_server->setHandler([&](const RecordedRequest &) { return xml(200, body.toStdString()); });
        auto page = m_store->list({});
        LS_VERIFY_ERROR(page, ErrorCode::Fatal);
        QVERIFY2(says(page.error(), "ListObjectsV2"), page.error().message.c_str());
        QVERIFY(page.error().toString().find('\n') == std::string::npos);
    }

    void errorInsideA200OnComplete()
    {
        std::atomic<int> completes{0};
        m_server->setHandler([&](const RecordedRequest &request) {
            if (request.method == "POST" && request.query == "uploads")
                return xml(200, "<InitiateMultipartUploadResult><UploadId>up-1</UploadId></InitiateMultipartUploadResult>");
            if (request.method == "PUT")
                return ScriptedResponse{.status = 200, .headers = {{"ETag", "\"0123456789abcdef0123456789abcdef\""}}};
            if (request.method == "POST") {
                ++completes;
                return xml(200, errorDocument(completes < 10 ? "InternalError" : "InvalidPart"));
            }
            return ScriptedResponse{.status = 404};
        });
        auto upload = m_store->startMultipart("big.bin");
        LS_VERIFY_OK(upload);
        QCOMPARE((*upload)->uploadId(), std::string("up-1"));
        GeneratedSource part(100, 1);
        auto put = (*upload)->putPart(1, part);
        LS_VERIFY_OK(put);
        auto done = (*upload)->complete({*put});
        // InternalError in a 200 is repeated a few times, then reported.
        LS_VERIFY_ERROR(done, ErrorCode::Transient);
        QVERIFY2(says(done.error(), "InternalError"), done.error().message.c_str());
        QCOMPARE(completes.load(), 3);
        const auto requests = m_server->requests();
        const auto &complete = requests.back();
        QCOMPARE(complete.query, std::string("uploadId=up-1"));
        QVERIFY(complete.body.find("<PartNumber>1</PartNumber><ETag>\"0123456789abcdef0123456789abcdef\"</ETag>")
                != std::string::npos);
        // A definite error inside a 200 is not repeated.
        completes = 10;
        auto invalid = (*upload)->complete({*put});
        LS_VERIFY_ERROR(invalid, ErrorCode::InvalidInput);
        QCOMPARE(completes.load(), 11);
    }

    void errorInsideA200OnCopy()
    {
        m_server->setHandler([](const RecordedRequest &request) {
            if (request.method == "HEAD")
                return ScriptedResponse{.status = 200, .headers = {{"Content-Length", "5"}, {"ETag", "\"e\""}}};
            return xml(200, errorDocument("AccessDenied", "Access Denied"));
        });
        auto copied = m_store->copy("from file", "to+file");
        LS_VERIFY_ERROR(copied, ErrorCode::PermissionDenied);
        const auto requests = m_server->requests();
        QCOMPARE(requests.back().method, std::string("PUT"));
        QCOMPARE(requests.back().path, std::string("/bucket/to%2Bfile"));
        // cpp-httplib decodes header values, so only the decoded form shows
        // here; the Swift test copies keys that need the encoding.
        QCOMPARE(requests.back().header("x-amz-copy-source").value_or(""), std::string("bucket/from file"));
    }

    void authenticationErrors_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("clock") << "RequestTimeTooSkewed"
                               << "the computer's clock differs from the server's by more than 15 minutes";
        QTest::newRow("secret") << "SignatureDoesNotMatch"
                                << "the secret access key looks wrong (the server rejected the request signature)";
        QTest::newRow("key id") << "InvalidAccessKeyId" << "the access key id is not known to the server";
    }

    void authenticationErrors()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        const std::string document = errorDocument(code.toStdString(), "server words");
        m_server->setHandler([&](const RecordedRequest &request) {
            // HEAD answers carry no body; the store's follow-up GET does.
            return request.method == "HEAD" ? ScriptedResponse{.status = 403} : xml(403, document);
        });
        auto page = m_store->list({});
        LS_VERIFY_ERROR(page, ErrorCode::Unauthenticated);
        QVERIFY2(says(page.error(), message.toStdString()), page.error().message.c_str());
        auto head = m_store->head("k");
        LS_VERIFY_ERROR(head, ErrorCode::Unauthenticated);
        QVERIFY2(says(head.error(), message.toStdString()), head.error().message.c_str());
        QCOMPARE(head.error().httpStatus, 403);
    }

    void truncatedBodyIsReadAgain()
    {
        constexpr std::uint32_t seed = 5;
        const std::string etag = "\"" + GeneratedSource::md5(seed, 0, 100000) + "\"";
        ScriptedResponse cut = ScriptedResponse::generated(100000, seed);
        cut.headers = {{"ETag", etag}};
        cut.closeAfter = 30000;
        m_server->enqueue(cut);
        ScriptedResponse whole = ScriptedResponse::generated(100000, seed);
        whole.headers = {{"ETag", etag}};
        m_server->enqueue(whole);
        Md5Sink sink;
        LS_VERIFY_OK(m_store->get("k", sink));
        // The caller saw one whole copy, never the broken first try.
        QCOMPARE(sink.bytes(), std::uint64_t{100000});
        QCOMPARE(sink.finishHex(), GeneratedSource::md5(seed, 0, 100000));
        QCOMPARE(m_server->requestCount(), std::size_t{2});
    }

    void bytesNotMatchingTheEtag()
    {
        m_server->setHandler([](const RecordedRequest &) {
            return ScriptedResponse{.status = 200, .headers = {{"ETag", "\"" + Md5::hex("xyz") + "\""}}, .body = "abc"};
        });
        StringSink sink;
        auto got = m_store->get("k", sink);
        LS_VERIFY_ERROR(got, ErrorCode::Transient);
        QVERIFY2(says(got.error(), "do not match its MD5 ETag"), got.error().message.c_str());
        QVERIFY(sink.data().empty());
        QCOMPARE(m_server->requestCount(), std::size_t{6});
    }

    void directReadsHandBytesOverAtOnce()
    {
        // The caller (the transfer engine) checks the MD5 itself: the store
        // neither holds the body back nor reads it again.
        m_server->setHandler([](const RecordedRequest &) {
            return ScriptedResponse{.status = 200, .headers = {{"ETag", "\"" + Md5::hex("xyz") + "\""}}, .body = "abc"};
        });
        StringSink sink;
        GetOptions direct;
        direct.direct = true;
        auto got = m_store->get("k", sink, {}, direct);
        LS_VERIFY_OK(got);
        QCOMPARE(sink.data(), std::string("abc"));
        QCOMPARE(got->checksum, "md5:" + Md5::hex("xyz"));
        QCOMPARE(m_server->requestCount(), std::size_t{1});
    }

    void retriedPutSendsTheWholeBodyAgain()
    {
        m_server->enqueue({.status = 503});
        m_server->enqueue({.status = 200, .headers = {{"ETag", "\"" + Md5::hex(std::string(1000, 'x')) + "\""}}});
        StringSource data(std::string(1000, 'x'));
        PutOptions options;
        options.contentType = "text/plain";
        options.metadata = {{"Owner", "ana"}};
        auto put = m_store->put("a b/c.txt", data, options);
        LS_VERIFY_OK(put);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), std::size_t{2});
        for (const auto &request : requests) {
            QCOMPARE(request.method, std::string("PUT"));
            QCOMPARE(request.path, std::string("/bucket/a%20b/c.txt"));
            QCOMPARE(request.bodySize, std::uint64_t{1000});
            QCOMPARE(request.bodyMd5, Md5::hex(std::string(1000, 'x')));
            QCOMPARE(request.header("Content-MD5").value_or(""), base64Md5(std::string(1000, 'x')));
            QCOMPARE(request.header("Content-Type").value_or(""), std::string("text/plain"));
            QCOMPARE(request.header("x-amz-meta-owner").value_or(""), std::string("ana"));
        }
    }

    void partsFromMemoryCarryContentMd5()
    {
        m_server->setHandler(multipartServer);
        auto upload = m_store->startMultipart("parts.bin");
        LS_VERIFY_OK(upload);
        const std::string bytes = "a part that is already in memory";
        StringSource inMemory(bytes);
        auto hashed = (*upload)->putPart(1, inMemory);
        LS_VERIFY_OK(hashed);
        QCOMPARE(hashed->md5, Md5::hex(bytes));
        QCOMPARE(hashed->etag, Md5::hex(bytes));
        QCOMPARE(hashed->size, std::uint64_t{bytes.size()});
        // A streamed part is sent as it is read, as before: no digest.
        GeneratedSource streamed(1000, 9);
        auto plain = (*upload)->putPart(2, streamed);
        LS_VERIFY_OK(plain);
        QVERIFY(plain->md5.empty());

        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), std::size_t{3});
        QCOMPARE(requests[1].query, std::string("partNumber=1&uploadId=up-1"));
        QCOMPARE(requests[1].bodyMd5, Md5::hex(bytes));
        QCOMPARE(requests[1].header("Content-MD5").value_or(""), base64Md5(bytes));
        QCOMPARE(requests[2].bodySize, std::uint64_t{1000});
        QVERIFY(!requests[2].header("Content-MD5").has_value());
    }

    void aDigestTheCallerKnowsIsSentAsIs()
    {
        m_server->setHandler(multipartServer);
        auto upload = m_store->startMultipart("known.bin");
        LS_VERIFY_OK(upload);
        // A wrong digest on purpose: sent unchanged, it proves the store did
        // not hash again (the server would then refuse the part).
        const std::string claimed = Md5::hex("something else");
        ViewSource known("the part's bytes", claimed);
        auto part = (*upload)->putPart(1, known);
        LS_VERIFY_OK(part);
        QCOMPARE(part->md5, claimed);
        QCOMPARE(m_server->requests()[1].header("Content-MD5").value_or(""), base64OfHex(claimed));
    }

    void badDigestIsFinal()
    {
        m_server->setHandler([](const RecordedRequest &request) {
            if (request.method == "PUT")
                return xml(400, errorDocument("BadDigest", "The Content-MD5 you specified did not match what we received."));
            return multipartServer(request);
        });
        auto upload = m_store->startMultipart("damaged.bin");
        LS_VERIFY_OK(upload);
        StringSource part(std::string(5000, 'd'));
        auto put = (*upload)->putPart(1, part);
        LS_VERIFY_ERROR(put, ErrorCode::Fatal);
        QVERIFY(!put.error().retryable());
        QCOMPARE(put.error().httpStatus, 400);
        QVERIFY2(says(put.error(), "s3://bucket/damaged.bin arrived damaged"), put.error().message.c_str());
        QVERIFY2(says(put.error(), "Content-MD5"), put.error().message.c_str());
        // Sent once: the same bytes would not arrive any better.
        QCOMPARE(m_server->requestCount(), std::size_t{2});

        StringSource object(std::string(100, 'o'));
        auto single = m_store->put("damaged.txt", object);
        LS_VERIFY_ERROR(single, ErrorCode::Fatal);
        QVERIFY2(says(single.error(), "arrived damaged"), single.error().message.c_str());
        QCOMPARE(m_server->requestCount(), std::size_t{3});
    }

    void singlePutsReportTheirMd5()
    {
        // The server's ETag is no MD5 here (as with SSE-KMS): the checksum
        // still is, from what was sent.
        m_server->setHandler([](const RecordedRequest &) {
            return ScriptedResponse{.status = 200, .headers = {{"ETag", "\"opaque-etag\""}}};
        });
        const std::string bytes(3000, 'm');
        StringSource inMemory(bytes);
        auto fromMemory = m_store->put("memory.txt", inMemory);
        LS_VERIFY_OK(fromMemory);
        QCOMPARE(fromMemory->checksum, "md5:" + Md5::hex(bytes));
        QCOMPARE(fromMemory->etag, std::string("opaque-etag"));

        GeneratedSource streamed(3000, 12);
        auto buffered = m_store->put("buffered.bin", streamed);
        LS_VERIFY_OK(buffered);
        QCOMPARE(buffered->checksum, "md5:" + GeneratedSource::md5(12, 0, 3000));

        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), std::size_t{2});
        QCOMPARE(requests[0].header("Content-MD5").value_or(""), base64Md5(bytes));
        QCOMPARE(requests[1].header("Content-MD5").value_or(""), base64OfHex(GeneratedSource::md5(12, 0, 3000)));
    }

    void largeBodyInMemoryGoesInHashedSlices()
    {
        // 20 MiB on a server that is not AWS: parts of 16 MiB and 4 MiB,
        // each with its own Content-MD5, none of them a copy.
        m_server->setHandler(multipartServer);
        m_server->setKeptBodyBytes(0);
        constexpr std::uint64_t size = 20u << 20;
        std::string bytes(size, '\0');
        GeneratedSource::fill(44, 0, bytes);
        ViewSource view(bytes);
        auto put = m_store->put("big.bin", view);
        LS_VERIFY_OK(put);
        QCOMPARE(put->size, size);
        std::vector<RecordedRequest> parts;
        for (const auto &request : m_server->requests()) {
            if (request.method == "PUT")
                parts.push_back(request);
        }
        QCOMPARE(parts.size(), std::size_t{2});
        QCOMPARE(parts[0].bodySize, std::uint64_t{16u << 20});
        QCOMPARE(parts[1].bodySize, std::uint64_t{4u << 20});
        QCOMPARE(parts[0].bodyMd5, GeneratedSource::md5(44, 0, 16u << 20));
        QCOMPARE(parts[1].bodyMd5, GeneratedSource::md5(44, 16u << 20, 4u << 20));
        for (const auto &part : parts)
            QCOMPARE(part.header("Content-MD5").value_or(""), base64OfHex(part.bodyMd5));
    }

    void resumeAsksTheServerFirst()
    {
        std::atomic<int> mode{0};
        m_server->setHandler([&](const RecordedRequest &) {
            if (mode == 0)
                return xml(200, "<ListPartsResult><IsTruncated>false</IsTruncated><Part><PartNumber>1</PartNumber>"
                                "<ETag>\"0123456789abcdef0123456789abcdef\"</ETag><Size>5</Size></Part></ListPartsResult>");
            if (mode == 1)
                return xml(404, errorDocument("NoSuchUpload", "The specified upload does not exist."));
            return xml(405, errorDocument("MethodNotAllowed", "The specified method is not allowed."));
        });
        auto resumed = m_store->resumeMultipart("k/obj.bin", "up-7");
        LS_VERIFY_OK(resumed);
        QCOMPARE((*resumed)->uploadId(), std::string("up-7"));
        QCOMPARE((*resumed)->key(), std::string("k/obj.bin"));
        auto first = m_server->requests().at(0);
        QCOMPARE(first.method, std::string("GET"));
        QCOMPARE(first.path, std::string("/bucket/k/obj.bin"));
        QVERIFY2(first.query.find("uploadId=up-7") != std::string::npos, first.query.c_str());
        QVERIFY2(first.query.find("max-parts=1") != std::string::npos, first.query.c_str());
        auto parts = (*resumed)->listParts();
        LS_VERIFY_OK(parts);
        QCOMPARE(parts->size(), std::size_t{1});
        QCOMPARE(parts->at(0).etag, std::string("0123456789abcdef0123456789abcdef"));

        mode = 1;
        auto gone = m_store->resumeMultipart("k/obj.bin", "up-7");
        LS_VERIFY_ERROR(gone, ErrorCode::NotFound);
        QVERIFY2(says(gone.error(), "no longer exists"), gone.error().message.c_str());
        mode = 2;
        auto unknowable = m_store->resumeMultipart("k/obj.bin", "up-7");
        LS_VERIFY_ERROR(unknowable, ErrorCode::NotSupported);
        QVERIFY2(says(unknowable.error(), "does not support ListParts"), unknowable.error().message.c_str());
        LS_VERIFY_ERROR(m_store->resumeMultipart("k/obj.bin", ""), ErrorCode::InvalidInput);
        LS_VERIFY_ERROR(m_store->resumeMultipart("/abs", "up-7"), ErrorCode::InvalidInput);
        QCOMPARE(m_server->requestCount(), std::size_t{4});
    }

    void batchDeleteOutcomes()
    {
        m_server->setHandler([](const RecordedRequest &) {
            return xml(200, "<DeleteResult><Deleted><Key>a</Key></Deleted>"
                            "<Error><Key>b&amp;c</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
                            "<Error><Key>gone</Key><Code>NoSuchKey</Code><Message>x</Message></Error></DeleteResult>");
        });
        auto removed = m_store->removeBatch({"a", "b&c", "gone", "", "quiet"});
        LS_VERIFY_OK(removed);
        QCOMPARE(removed->size(), std::size_t{5});
        QVERIFY(removed->at(0).ok);
        QVERIFY(!removed->at(1).ok);
        QVERIFY2(removed->at(1).error.find("permission denied") != std::string::npos, removed->at(1).error.c_str());
        QVERIFY(removed->at(2).ok);  // already gone is fine
        QVERIFY(!removed->at(3).ok); // an empty key is never sent
        QVERIFY(removed->at(4).ok);  // not mentioned: deleted
        const auto request = m_server->requests().at(0);
        QCOMPARE(request.method, std::string("POST"));
        QCOMPARE(request.query, std::string("delete"));
        QCOMPARE(request.header("Content-MD5").value_or(""), base64Md5(request.body));
        QVERIFY(request.body.find("<Quiet>false</Quiet>") != std::string::npos);
        QVERIFY(request.body.find("<Key>b&amp;c</Key>") != std::string::npos);
        QVERIFY(request.body.find("<Key></Key>") == std::string::npos);
    }

    void batchesOfAThousand()
    {
        m_server->setHandler([](const RecordedRequest &) { return xml(200, "<DeleteResult/>"); });
        std::vector<std::string> keys;
        for (int i = 0; i < 2500; ++i)
            keys.push_back("k" + std::to_string(i));
        auto removed = m_store->removeBatch(keys);
        LS_VERIFY_OK(removed);
        QCOMPARE(removed->size(), keys.size());
        QCOMPARE(m_server->requestCount(), std::size_t{3});
    }

    void pagesAreCutAndResumed()
    {
        // A server that sends entries out of order, counts only objects and
        // ignores max-keys: pages still hold maxKeys sorted entries, and
        // the next one starts after the last entry returned.
        m_server->setHandler([](const RecordedRequest &request) {
            if (request.query.find("start-after=p%2Fa-dir%2F") != std::string::npos)
                return xml(200, "<ListBucketResult><IsTruncated>false</IsTruncated>"
                                "<Contents><Key>p/c</Key><Size>3</Size></Contents>"
                                "<Contents><Key>p/b</Key><Size>2</Size></Contents></ListBucketResult>");
            return xml(200, "<ListBucketResult><IsTruncated>true</IsTruncated>"
                            "<NextContinuationToken>opaque</NextContinuationToken>"
                            "<Contents><Key>p/b</Key><Size>2</Size></Contents>"
                            "<Contents><Key>p/a</Key><Size>1</Size></Contents>"
                            "<CommonPrefixes><Prefix>p/a-dir/</Prefix></CommonPrefixes></ListBucketResult>");
        });
        ListOptions options;
        options.prefix = "p/";
        options.delimiter = "/";
        options.maxKeys = 2;
        auto first = m_store->list(options);
        LS_VERIFY_OK(first);
        QCOMPARE(first->objects.size(), std::size_t{1});
        QCOMPARE(first->objects[0].key, std::string("p/a"));
        QCOMPARE(first->commonPrefixes, std::vector<std::string>{"p/a-dir/"});
        QCOMPARE(first->nextPageToken, std::string("p/a-dir/"));
        options.pageToken = first->nextPageToken;
        auto second = m_store->list(options);
        LS_VERIFY_OK(second);
        QCOMPARE(second->objects.size(), std::size_t{2});
        QCOMPARE(second->objects[0].key, std::string("p/b"));
        QCOMPARE(second->objects[1].key, std::string("p/c"));
        QVERIFY(second->commonPrefixes.empty());
        QVERIFY(second->nextPageToken.empty());
        const auto requests = m_server->requests();
        QVERIFY(requests[0].query.find("list-type=2") != std::string::npos);
        QVERIFY(requests[0].query.find("encoding-type=url") != std::string::npos);
        QCOMPARE(requests.size(), std::size_t{2});
        // Not the server's token: the page ended before the server's did.
        QVERIFY(requests[1].query.find("start-after=p%2Fa-dir%2F") != std::string::npos);
        QVERIFY(requests[1].query.find("continuation-token") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstS3Faults)
#include "tst_s3faults.moc"
